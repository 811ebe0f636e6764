import Cadre
import CadreIO
import CadreModel
import Foundation

/// `validate`, `solve` and `check` on XHSTT archives (`.xml`): the ITC 2011 format of the
/// High School Timetabling archive. See docs/XHSTT.md.
enum XHSTTCommands {
  static func isXHSTT(_ path: String) -> Bool { path.lowercased().hasSuffix(".xml") }

  /// An archive read from disk, with the instance the command works on.
  struct Loaded {
    var path: String
    var text: String
    var archive: XArchive
    var instance: XInstance
  }

  /// Reads the archive and picks the instance (`--instance ID`, or the only one). Prints every
  /// problem; nil when the file cannot be used.
  static func load(
    _ path: String, parsed: Arguments, needInstance: Bool = true, digest: Bool = false
  ) throws(UsageError) -> Loaded? {
    guard let text = Inputs.text(at: path, digest: digest) else { return nil }
    let (archive, diagnostics) = XHSTTReader.read(text: text)
    Console.report(diagnostics, file: path)
    guard let archive else { return nil }
    let ids = archive.instances.map(\.id)
    if let wanted = parsed.values["instance"] {
      guard let instance = archive.instance(id: wanted) else {
        let hint = closestMatch(to: wanted, in: ids).map { "did you mean '\($0)'?" }
        throw UsageError(
          "no instance '\(wanted)' in \(path)",
          hint: hint ?? "instances: \(ids.joined(separator: ", "))")
      }
      return Loaded(path: path, text: text, archive: archive, instance: instance)
    }
    if archive.instances.count == 1 || (!needInstance && archive.instances.count > 1) {
      return Loaded(path: path, text: text, archive: archive, instance: archive.instances[0])
    }
    if archive.instances.isEmpty {
      Console.err("\(path): error [xhstt-no-instance]: the archive holds no <Instance>")
      return nil
    }
    throw UsageError(
      "\(path) holds \(ids.count) instances; pick one with --instance ID",
      hint: "instances: \(ids.joined(separator: ", "))")
  }

  /// Unsupported constraint types by name and count; true when the command may go on.
  static func unsupportedAllowed(_ loaded: Loaded, parsed: Arguments) -> Bool {
    let unsupported = loaded.instance.unsupportedConstraintCounts
    if unsupported.isEmpty { return true }
    let list = unsupported.map { "\($0.type) x\($0.count)" }.joined(separator: ", ")
    if parsed.switches.contains("ignore-unsupported") {
      Console.err("\(loaded.path): warning: ignoring unsupported constraint types: \(list)")
      return true
    }
    Console.err(
      "\(loaded.path): error [xhstt-unsupported]: instance '\(loaded.instance.id)' uses "
        + "constraint types Cadre does not support: \(list)")
    Console.err("  hint: --ignore-unsupported goes on and scores only the supported types")
    return false
  }

  // MARK: validate

  static func validate(_ path: String, parsed: Arguments) throws(UsageError) -> ExitCode {
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    guard let loaded = try load(path, parsed: parsed) else {
      if json {
        Console.out(
          Summary.document(
            file: path, input: .xhstt, exit: .invalidInput, [("valid", .bool(false))]))
      }
      return .invalidInput
    }
    let i = loaded.instance
    let allowed = unsupportedAllowed(loaded, parsed: parsed)
    let code: ExitCode = allowed ? .ok : .invalidInput
    let totalDuration = i.events.reduce(0) { $0 &+ $1.duration }
    if json {
      Console.out(
        Summary.document(
          file: path, input: .xhstt, exit: code,
          [
            ("valid", .bool(allowed)),
            (
              "instance",
              .object([
                ("id", .string(i.id)), ("name", .string(i.name)),
                ("times", .integer(i.times.count)), ("resources", .integer(i.resources.count)),
                ("events", .integer(i.events.count)), ("duration", .integer(totalDuration)),
                ("constraints", .integer(i.constraints.count)),
                ("solutionGroups", .integer(loaded.archive.solutionGroups.count)),
              ])
            ),
          ]))
      return code
    }
    guard !quiet else { return code }
    Console.out("\(path): valid XHSTT archive, instance \(i.id) (\(i.name))")
    Console.out(
      "  \(i.times.count) times, \(i.resources.count) resources, \(i.events.count) events "
        + "(total duration \(totalDuration)), "
        + "\(i.constraints.count) constraints, "
        + "\(loaded.archive.solutionGroups.count) solution groups")
    var counts: [String: (hard: Int, soft: Int)] = [:]
    for c in i.constraints {
      let name = Cadre.xhsttShortTypeName(c.kind.typeName)
      var n = counts[name] ?? (0, 0)
      if c.required { n.hard += 1 } else { n.soft += 1 }
      counts[name] = n
    }
    for name in counts.keys.sorted() {
      let n = counts[name] ?? (0, 0)
      Console.out("  \(name): \(n.hard) required, \(n.soft) soft")
    }
    return code
  }

  // MARK: check

  static func check(_ parsed: Arguments) throws(UsageError) -> ExitCode {
    let embedded = parsed.switches.contains("embedded")
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    var solutions: [JSONValue] = []
    var allFeasible = true
    let finish = { (code: ExitCode) -> ExitCode in
      if json {
        let only = solutions.count == 1 ? solutions[0] : nil
        Console.out(
          Summary.document(
            file: parsed.positionals.last ?? "", input: .xhstt, exit: code,
            [
              ("feasible", code == .invalidInput ? .null : .bool(allFeasible)),
              ("hard", only?["hard"] ?? .null), ("soft", only?["soft"] ?? .null),
              ("solutions", .array(solutions)),
            ]))
      }
      return code
    }
    guard parsed.positionals.count == (embedded ? 1 : 2) else {
      throw UsageError(
        embedded
          ? "check --embedded takes one XHSTT file"
          : "check takes an XHSTT instance file and a solution file (or --embedded)")
    }
    guard let loaded = try load(parsed.positionals[0], parsed: parsed, needInstance: !embedded)
    else { return finish(.invalidInput) }
    var groups: [(source: String, group: XSolutionGroup)] = []
    if embedded {
      groups = loaded.archive.solutionGroups.map { (loaded.path, $0) }
      if groups.isEmpty {
        if !quiet { Console.out("\(loaded.path): no solution groups to score") }
        return finish(.ok)
      }
    } else {
      let path = parsed.positionals[1]
      guard let text = Inputs.text(at: path) else { return finish(.invalidInput) }
      let (archive, diagnostics) = XHSTTReader.read(text: text)
      Console.report(diagnostics, file: path)
      guard let archive else { return finish(.invalidInput) }
      groups = archive.solutionGroups.map { (path, $0) }
      if groups.isEmpty {
        Console.report(
          [
            .error(
              "xhstt-no-solution", at: "", "no <SolutionGroup> in the file",
              hint: "give the file cadre solve wrote (solution.xml), or use --embedded")
          ], file: path)
        return finish(.invalidInput)
      }
    }
    if !unsupportedAllowed(loaded, parsed: parsed) { return finish(.invalidInput) }
    var scored = 0
    var invalid = false
    for (source, group) in groups {
      for solution in group.solutions {
        guard
          let instance = loaded.archive.instance(id: solution.instanceId)
            ?? (solution.instanceId == loaded.instance.id ? loaded.instance : nil)
        else {
          if !embedded || parsed.values["instance"] == nil {
            Console.err(
              "\(source): solution group '\(group.id)' refers to instance "
                + "'\(solution.instanceId)', which \(loaded.path) does not hold")
            invalid = true
          }
          continue
        }
        if let wanted = parsed.values["instance"], wanted != instance.id { continue }
        let (timetable, diagnostics) = solution.timetable(in: instance)
        Console.report(diagnostics, file: "\(source) (solution group \(group.id))")
        guard let timetable else {
          invalid = true
          continue
        }
        let report = Cadre.evaluateXHSTT(instance, timetable)
        if !quiet {
          Console.out("== solution group \(group.id), instance \(instance.id)")
          Console.out(report.text)
          if let ri = solution.reportedInfeasibility, let ro = solution.reportedObjective,
            ri != report.infeasibility || ro != report.objective
          {
            Console.out("  (the file's own report says (\(ri), \(ro)))")
          }
        }
        solutions.append(
          .object([
            ("group", .string(group.id)), ("instance", .string(instance.id)),
            ("feasible", .bool(report.infeasibility == 0)),
            ("hard", .integer(report.infeasibility)), ("soft", .integer(report.objective)),
            ("infeasibility", .integer(report.infeasibility)),
            ("objective", .integer(report.objective)),
          ]))
        scored += 1
        allFeasible = allFeasible && report.infeasibility == 0
      }
    }
    if invalid { return finish(.invalidInput) }
    if scored == 0 {
      Console.err("cadre: no solution for the chosen instance was found")
      return finish(.invalidInput)
    }
    return finish(allFeasible ? .ok : .hardViolations)
  }

  // MARK: solve

  static func solve(
    _ parsed: Arguments, options: SolveOptions, out: String, interrupt: Interrupt
  ) throws(UsageError) -> ExitCode {
    guard let loaded = try load(parsed.positionals[0], parsed: parsed, digest: true) else {
      return .invalidInput
    }
    if !unsupportedAllowed(loaded, parsed: parsed) { return .invalidInput }
    let (ready, failure) = Outputs.runFolder(out, interrupt: interrupt)
    guard let folder = ready else { return failure }
    var options = options
    let quiet = parsed.switches.contains("quiet")
    Inputs.live(
      &options, quiet: quiet, label: ("infeasibility", "objective"), interrupt: interrupt)
    let result = Cadre.solveXHSTT(loaded.instance, options: options)
    Console.endStatus()

    let report = Cadre.evaluateXHSTT(loaded.instance, result.timetable)
    let description =
      "Cadre seed \(options.seed), \(options.threads) thread(s), "
      + "\(result.stats.steps) steps, stopped by \(result.stopReason.rawValue)"
      + (result.ignored.isEmpty
        ? "" : "; unsupported constraint types were ignored and not scored")
    let xml =
      XHSTTWriter.archive(
        originalXML: loaded.text, instance: loaded.instance, timetable: result.timetable,
        groupId: "Cadre", description: description, report: report)
      ?? XHSTTWriter.solutionGroups(
        instance: loaded.instance, timetable: result.timetable, groupId: "Cadre",
        description: description, report: report)
    var text = "instance \(loaded.instance.id) (\(loaded.path))\n" + report.text
    if !result.ignored.isEmpty {
      text += "NOTE: scored without the unsupported constraint types listed above\n"
    }
    let code = commit(
      [("solution.xml", xml), ("evaluation.txt", text)], result: result, report: report,
      input: loaded.path, options: options, to: folder, out: out, interrupt: interrupt)
    if code == .cannotWrite || code == .internalError { return code }
    if parsed.switches.contains("json") {
      Console.out(
        JSONWriter.write(
          .object([
            ("instance", .string(loaded.instance.id)),
            ("feasible", .bool(report.infeasibility == 0)),
            ("exitCode", .integer(Int(code.rawValue))),
            ("hard", .integer(report.infeasibility)),
            ("soft", .integer(report.objective)),
            ("stopReason", .string(result.stopReason.rawValue)),
            ("infeasibility", .integer(report.infeasibility)),
            ("objective", .integer(report.objective)),
            ("steps", .integer(result.stats.steps)),
            ("seconds", .double(result.stats.elapsed)),
            (
              "firstFeasibleSeconds",
              result.stats.firstFeasibleSeconds.map { .double($0) } ?? .null
            ),
            ("firstFeasibleSteps", result.stats.firstFeasibleSteps.map { .integer($0) } ?? .null),
            ("stop", .string(result.stopReason.rawValue)),
            ("interrupted", .bool(code == .interrupted)),
            ("exit", .integer(Int(code.rawValue))),
          ])))
    } else if !quiet {
      Console.out(
        "\(loaded.instance.id): infeasibility \(report.infeasibility), objective "
          + "\(report.objective) after \(Format.seconds(result.stats.elapsed)) "
          + "(\(result.stats.steps) steps, stopped by \(result.stopReason.rawValue))")
      Console.out(text.split(separator: "\n").dropFirst(2).prefix(14).joined(separator: "\n"))
      Console.out(
        "Wrote \(Outputs.path(out, "solution.xml")) (the instance with a Cadre solution "
          + "group) and \(Outputs.path(out, "evaluation.txt"))")
    }
    Outputs.sayInterrupted(code, out: out, json: parsed.switches.contains("json"))
    return code
  }

  /// The end of a timetable run (an XHSTT archive or a FET file): its files, then the
  /// manifest, then the folder takes the old one's place. The exit code comes from the
  /// evaluator's score; when the search scored otherwise, the files are kept for a bug report
  /// and the code is 70. 73 when nothing could be written.
  static func commit(
    _ files: [(name: String, text: String)], result: XHSTTSolveResult, report: some XCost,
    input: String, options: SolveOptions, to folder: OutputFolder, out: String,
    interrupt: Interrupt
  ) -> ExitCode {
    let disagrees =
      report.infeasibility != result.cost.hard || report.objective != result.cost.soft
    var code: ExitCode =
      disagrees
      ? .internalError
      : interrupt.happened ? .interrupted : report.infeasibility == 0 ? .ok : .noFeasibleFound
    do {
      for (name, text) in files { try folder.write(text, to: name) }
      code = Outputs.settle(code, interrupted: interrupt.happened)
      try Outputs.commit(
        folder, command: "solve", input: input, options: options,
        stop: result.stopReason.rawValue, exit: code)
    } catch {
      folder.discard()
      Console.err("cadre: could not write to \(out): \(error.diagnostic.rendered)")
      Console.err("cadre: nothing was replaced in \(out)")
      return .cannotWrite
    }
    if disagrees {
      Console.err(
        "cadre: internal error: the search scored (\(result.cost.hard), \(result.cost.soft)) "
          + "but the evaluator scored (\(report.infeasibility), \(report.objective)); "
          + "outputs are kept in \(out) for a bug report")
    }
    return code
  }
}
