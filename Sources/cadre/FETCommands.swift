import Cadre
import CadreIO
import CadreModel
import Foundation

/// `validate`, `solve` and `check` on FET data files (`.fet`): read by `FETReader`, mapped into
/// the general model by the facade (`fetMapping`), solved by the XHSTT engine and scored by the
/// XHSTT evaluator. See docs/FET.md.
enum FETCommands {
  static func isFET(_ path: String) -> Bool { path.lowercased().hasSuffix(".fet") }

  struct Loaded {
    var path: String
    var file: FETFile
    var mapping: FETMapping
    var instance: XInstance { mapping.instance }
  }

  /// Reads and maps the file, printing every problem; nil when it cannot be used.
  static func load(_ path: String, digest: Bool = false) -> Loaded? {
    guard let text = Inputs.text(at: path, digest: digest) else { return nil }
    let (file, readDiagnostics) = FETReader.read(text: text)
    Console.report(readDiagnostics, file: path)
    guard let file else { return nil }
    let (mapping, mapDiagnostics) = Cadre.fetMapping(file)
    Console.report(mapDiagnostics, file: path)
    guard let mapping else { return nil }
    return Loaded(path: path, file: file, mapping: mapping)
  }

  /// Unsupported constraint types by name and count; true when the command may go on. With
  /// `--ignore-unsupported` it says loudly what is not scored, rooms first.
  static func unsupportedAllowed(_ loaded: Loaded, parsed: Arguments) -> Bool {
    let unsupported = loaded.instance.unsupportedConstraintCounts
    if unsupported.isEmpty { return true }
    let total = unsupported.reduce(0) { $0 + $1.count }
    let list = unsupported.map { "\($0.type) x\($0.count)" }.joined(separator: ", ")
    if parsed.switches.contains("ignore-unsupported") {
      Console.err(
        "\(loaded.path): WARNING: \(total) constraint(s) of \(unsupported.count) unsupported "
          + "type(s) are NOT scored and NOT searched for: \(list)")
      if loaded.mapping.roomConstraints > 0 {
        Console.err(
          "\(loaded.path): WARNING: rooms are NOT assigned (nor scored) with the "
            + "\(loaded.mapping.roomConstraints) unsupported space constraint(s) above in mind: "
            + "the rooms Cadre writes respect the supported room constraints only")
      }
      Console.err(
        "\(loaded.path): WARNING: \"feasible\" below means feasible for the supported "
          + "constraints only; FET would also enforce the ones listed above")
      return true
    }
    Console.err(
      "\(loaded.path): error [fet-unsupported]: \(total) constraint(s) of types Cadre does not "
        + "support: \(list)")
    Console.err(
      "  hint: --ignore-unsupported goes on, scoring and searching only the supported types "
        + "(docs/FET.md lists them)")
    return false
  }

  // MARK: validate

  static func validate(_ path: String, parsed: Arguments) -> ExitCode {
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    guard let loaded = load(path) else {
      if json {
        Console.out(
          Summary.document(
            file: path, input: .xhstt, inputName: "fet", exit: .invalidInput,
            [("valid", .bool(false))]))
      }
      return .invalidInput
    }
    let allowed = unsupportedAllowed(loaded, parsed: parsed)
    let code: ExitCode = allowed ? .ok : .invalidInput
    let f = loaded.file
    let m = loaded.mapping
    let subgroups = m.instance.resources.filter { $0.type == 1 }.count
    if json {
      Console.out(
        Summary.document(
          file: path, input: .xhstt, inputName: "fet", exit: code,
          [
            ("valid", .bool(allowed)),
            (
              "fet",
              .object([
                ("version", .string(f.version)), ("days", .integer(f.days.count)),
                ("hours", .integer(f.hours.count)), ("teachers", .integer(f.teachers.count)),
                ("subgroups", .integer(subgroups)), ("activities", .integer(m.activityIds.count)),
                ("inactiveActivities", .integer(m.inactiveActivities)),
                ("rooms", .integer(f.rooms.count)),
                ("timeConstraints", .integer(f.timeConstraints.count)),
                ("spaceConstraints", .integer(f.spaceConstraints.count)),
                (
                  "unsupported",
                  .object(
                    m.instance.unsupportedConstraintCounts.map { ($0.type, .integer($0.count)) })
                ),
              ])
            ),
          ]))
      return code
    }
    guard !quiet else { return code }
    let duration = m.instance.events.reduce(0) { $0 + $1.duration }
    Console.out("\(path): valid FET file (version \(f.version.isEmpty ? "?" : f.version))")
    Console.out(
      "  \(f.days.count) days x \(f.hours.count) hours, \(f.teachers.count) teachers, "
        + "\(subgroups) subgroups, \(m.activityIds.count) active activities (total duration "
        + "\(duration); \(m.inactiveActivities) inactive), \(f.rooms.count) rooms")
    Console.out(
      "  \(f.timeConstraints.count) time and \(f.spaceConstraints.count) space constraints "
        + "(\(m.inactiveConstraints) inactive) -> \(m.instance.constraints.count) XHSTT constraints"
    )
    var counts: [String: Int] = [:]
    for c in f.timeConstraints + f.spaceConstraints where c.value("Active") != "false" {
      counts[c.name, default: 0] += 1
    }
    let unsupported = Set(m.instance.unsupportedConstraintCounts.map(\.type))
    for name in counts.keys.sorted() {
      Console.out(
        "  \(name): \(counts[name] ?? 0)\(unsupported.contains(name) ? " (unsupported)" : "")")
    }
    return code
  }

  // MARK: check

  static func check(_ parsed: Arguments) throws(UsageError) -> ExitCode {
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    let path = parsed.positionals.first ?? ""
    let finish = { (code: ExitCode, cost: (hard: Int, soft: Int)?) -> ExitCode in
      if json {
        var members: [(String, JSONValue)] = [
          ("feasible", .null), ("hard", .null), ("soft", .null),
        ]
        if let cost {
          members = [
            ("feasible", .bool(cost.hard == 0)), ("hard", .integer(cost.hard)),
            ("soft", .integer(cost.soft)),
          ]
        }
        Console.out(
          Summary.document(
            file: parsed.positionals.last ?? "", input: .xhstt, inputName: "fet", exit: code,
            members))
      }
      return code
    }
    guard parsed.positionals.count == 2 else {
      throw UsageError(
        "check FILE.fet takes the FET file and an activities timetable",
        hint: "fet-cl's NAME_activities.xml, or the fet_activities.xml cadre solve wrote")
    }
    guard let loaded = load(path) else { return finish(.invalidInput, nil) }
    let timetablePath = parsed.positionals[1]
    guard let text = Inputs.text(at: timetablePath) else { return finish(.invalidInput, nil) }
    let (placements, readDiagnostics) = FETReader.readTimetable(text: text)
    Console.report(readDiagnostics, file: timetablePath)
    guard let placements else { return finish(.invalidInput, nil) }
    if !unsupportedAllowed(loaded, parsed: parsed) { return finish(.invalidInput, nil) }
    let (timetable, diagnostics) = Cadre.fetTimetable(placements, mapping: loaded.mapping)
    Console.report(diagnostics, file: timetablePath)
    guard let timetable else { return finish(.invalidInput, nil) }
    let report = Cadre.evaluateXHSTT(loaded.instance, timetable)
    if !quiet {
      Console.out("\(timetablePath) on \(path)")
      Console.out(report.text)
      Console.out(
        "FET conflicts factor of the soft constraints: "
          + fetConflicts(report.objective))
    }
    return finish(
      report.infeasibility == 0 ? .ok : .hardViolations, (report.infeasibility, report.objective))
  }

  /// The objective in FET's terms: weights are percentage × 100, so objective / 10,000.
  static func fetConflicts(_ objective: Int) -> String {
    String(format: "%.2f", Double(objective) / 10_000)
  }

  // MARK: solve

  static func solve(
    _ parsed: Arguments, options: SolveOptions, out: String, interrupt: Interrupt
  ) -> ExitCode {
    guard let loaded = load(parsed.positionals[0], digest: true) else { return .invalidInput }
    if !unsupportedAllowed(loaded, parsed: parsed) { return .invalidInput }
    let (ready, failure) = Outputs.runFolder(out, interrupt: interrupt)
    guard let folder = ready else { return failure }
    var options = options
    let quiet = parsed.switches.contains("quiet")
    Inputs.live(&options, quiet: quiet, label: ("hard", "soft"), interrupt: interrupt)
    let result = Cadre.solveXHSTT(loaded.instance, options: options)
    Console.endStatus()
    let report = Cadre.evaluateXHSTT(loaded.instance, result.timetable)
    let description =
      "Cadre seed \(options.seed), \(options.threads) thread(s), "
      + "\(result.stats.steps) steps, stopped by \(result.stopReason.rawValue)"
      + (result.ignored.isEmpty ? "" : "; unsupported constraint types were ignored and not scored")
    let xml = XHSTTWriter.instanceArchive(
      loaded.instance,
      solution: XHSTTSolutionPart(
        timetable: result.timetable, groupId: "Cadre", description: description, report: report))
    let placements = Cadre.fetPlacements(result.timetable, mapping: loaded.mapping)
    var text = "FET file \(loaded.path), as an XHSTT instance\n" + report.text
    text += "FET conflicts factor of the soft constraints: \(fetConflicts(report.objective))\n"
    if !result.ignored.isEmpty {
      text += "NOTE: scored without the unsupported constraint types listed above\n"
    }
    if loaded.mapping.roomConstraints > 0 {
      text +=
        "NOTE: rooms respect the supported room constraints only; "
        + "\(loaded.mapping.roomConstraints) unsupported space constraint(s) were not scored\n"
    }
    let code = XHSTTCommands.commit(
      [
        ("fet_activities.xml", FETWriter.activitiesTimetable(placements)),
        ("solution.xml", xml), ("evaluation.txt", text),
      ], result: result, report: report, input: loaded.path, options: options, to: folder,
      out: out, interrupt: interrupt)
    if code == .cannotWrite || code == .internalError { return code }
    if parsed.switches.contains("json") {
      Console.out(
        JSONWriter.write(
          .object([
            ("input", .string("fet")),
            ("feasible", .bool(report.infeasibility == 0)),
            ("exitCode", .integer(Int(code.rawValue))),
            ("hard", .integer(report.infeasibility)),
            ("soft", .integer(report.objective)),
            ("stopReason", .string(result.stopReason.rawValue)),
            ("steps", .integer(result.stats.steps)),
            ("seconds", .double(result.stats.elapsed)),
            (
              "firstFeasibleSeconds",
              result.stats.firstFeasibleSeconds.map { .double($0) } ?? .null
            ),
            ("firstFeasibleSteps", result.stats.firstFeasibleSteps.map { .integer($0) } ?? .null),
            ("interrupted", .bool(code == .interrupted)),
          ])))
    } else if !quiet {
      Console.out(
        "\(loaded.path): hard \(report.infeasibility), soft \(report.objective) (FET conflicts "
          + "\(fetConflicts(report.objective))) after \(Format.seconds(result.stats.elapsed)) "
          + "(\(result.stats.steps) steps, stopped by \(result.stopReason.rawValue))")
      Console.out(
        "Wrote \(Outputs.path(out, "fet_activities.xml")) (FET's activities timetable), "
          + "\(Outputs.path(out, "solution.xml")) (the XHSTT instance with Cadre's solution) and "
          + "\(Outputs.path(out, "evaluation.txt"))")
    }
    Outputs.sayInterrupted(code, out: out, json: parsed.switches.contains("json"))
    return code
  }
}
