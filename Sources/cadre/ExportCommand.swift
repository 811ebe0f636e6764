import Cadre
import CadreIO
import CadreModel

/// `cadre export SCHOOL.json --xhstt OUT.xml [--schedule SCHEDULE.json]`: the school as an
/// XHSTT archive (with `--oneroster DIR` instead, the timetable as OneRoster CSV:
/// `ExportOneRoster`) (docs/XHSTT.md, "Exporting a school"), with every rule's fate printed.
/// Exit 0 when the archive is written, whatever rules it leaves out (they are named); 64
/// usage; 65 invalid school or schedule; 70 when, with --schedule, a wholly exported rule
/// costs differently in the archive than in the checker (a bug: the file is still written);
/// 73 when OUT cannot be written (nothing is replaced).
enum ExportCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, command: "export")
    guard parsed.positionals.count == 1 else {
      throw UsageError("export takes one school file, got \(parsed.positionals.count)")
    }
    let path = parsed.positionals[0]
    if XHSTTCommands.isXHSTT(path) {
      throw UsageError(
        "export reads a school file (.json); \(path) is already an XHSTT archive",
        hint: "cadre validate, solve and check read XHSTT archives directly")
    }
    try parsed.check(applies: .school)
    if parsed.values["oneroster"] != nil {
      guard parsed.values["xhstt"] == nil else {
        throw UsageError("export writes one of --xhstt and --oneroster, not both")
      }
      return try ExportOneRoster.run(parsed, school: path)
    }
    if parsed.values["roster"] != nil {
      throw UsageError("--roster goes with --oneroster DIR")
    }
    guard let out = parsed.values["xhstt"] else {
      throw UsageError(
        "export needs --xhstt OUT.xml or --oneroster DIR",
        hint: "e.g. cadre export \(path) --xhstt school.xml")
    }
    guard XHSTTCommands.isXHSTT(out), out.count > 4 else {
      throw UsageError(
        "--xhstt must name a .xml file, got '\(out)'",
        hint: "cadre validate, solve and check know XHSTT archives by the .xml ending")
    }
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    let fail = { (code: ExitCode) -> ExitCode in
      if json {
        Console.out(
          Summary.document(file: path, input: .school, exit: code, [("written", .bool(false))]))
      }
      return code
    }
    guard let school = Inputs.school(at: path) else { return fail(.invalidInput) }
    var schedule: Schedule?
    if let s = parsed.values["schedule"] {
      guard let read = Inputs.schedule(at: s) else { return fail(.invalidInput) }
      schedule = read
    }
    let result = Cadre.exportXHSTT(school, schedule: schedule)
    let exported = result.export
    let solution = result.solution.map {
      XHSTTSolutionPart(
        timetable: $0.timetable, groupId: "Cadre",
        description: "The schedule \(parsed.values["schedule"] ?? ""); the school checker "
          + "scores it (hard \($0.checked.hard), soft \($0.checked.soft)) on all of Cadre's rules",
        report: $0.report)
    }
    let xml = XHSTTWriter.instanceArchive(exported.instance, solution: solution)
    do {
      try AtomicFile.write(xml, to: out)
    } catch {
      Console.report([error.diagnostic], file: out)
      Console.err("cadre: nothing was written to \(out)")
      return fail(.cannotWrite)
    }
    if xml.utf8.count > XHSTTReader.maxBytes {
      Console.err(
        "\(out): warning: \(xml.utf8.count) bytes, more than the \(XHSTTReader.maxBytes) "
          + "Cadre's XHSTT reader takes; other XHSTT tools may still read it")
    }
    var code = ExitCode.ok
    if let s = result.solution, s.structureBroken.isEmpty, !s.agrees || s.structural != 0 {
      code = .internalError
      Console.err(
        "cadre: internal error: a wholly exported rule costs differently in the archive than "
          + "in the school checker (listed below); \(out) is written for a bug report")
    }
    if json {
      Console.out(Summary.document(file: path, input: .school, exit: code, summary(result, out)))
    } else if !quiet || code != .ok {
      Console.out(text(result, out))
    }
    return code
  }

  // MARK: Output

  static func text(_ result: XHSTTSchoolExport, _ out: String) -> String {
    let e = result.export
    let i = e.instance
    var lines: [String] = []
    lines.append(
      "Wrote \(out): XHSTT instance \(i.id), \(i.times.count) times, \(i.resources.count) "
        + "resources, \(i.events.count) events (one per meeting), \(i.constraints.count) "
        + "constraints")
    let width = (e.rules.map(\.rule.count).max() ?? 0) + 2
    func pad(_ s: String) -> String { s + String(repeating: " ", count: max(1, width - s.count)) }
    // Each reason a mapping is partial is printed once, numbered.
    var reasons: [String] = []
    func partly(_ partial: [String]) -> String {
      guard !partial.isEmpty else { return "" }
      for p in partial where !reasons.contains(p) { reasons.append(p) }
      let refs = partial.map { "[\((reasons.firstIndex(of: $0) ?? 0) + 1)]" }
      return " (partly: " + refs.joined(separator: ", ") + ")"
    }
    lines.append("Exported (rule: XHSTT constraints):")
    for r in e.rules {
      guard case .constraints(let list) = r.mapping else { continue }
      let what =
        list.isEmpty
        ? "nothing to export in this school"
        : types(list, i) + (r.required ? ", required" : ", weight \(r.weight)")
      lines.append("  " + pad(r.rule) + what + partly(r.partial))
    }
    lines.append("Held by the archive's structure:")
    for r in e.rules {
      guard case .structure(let how) = r.mapping else { continue }
      lines.append("  " + pad(r.rule) + how + partly(r.partial))
    }
    lines.append("Not exported (Cadre-only rules):")
    for r in e.rules {
      guard case .notExported(let why) = r.mapping else { continue }
      lines.append("  " + pad(r.rule) + why)
    }
    if !reasons.isEmpty {
      lines.append("Partly exported:")
      for (k, reason) in reasons.enumerated() { lines.append("  [\(k + 1)] " + reason) }
    }
    if !e.notes.isEmpty {
      lines.append("Notes:")
      lines += e.notes.map { "  " + $0 }
    }
    if let s = result.solution {
      lines.append(
        "The schedule as the archive's solution: infeasibility \(s.report.infeasibility), "
          + "objective \(s.report.objective) (the school checker on every rule: hard "
          + "\(s.checked.hard), soft \(s.checked.soft)). Rule by rule, checker = archive:")
      for r in s.rules {
        let mark =
          r.checker == r.archive
          ? ""
          : r.partial
            ? "  (partly exported)"
            : r.mayCountLess && r.archive < r.checker
              ? "  (a resource with two meetings at once counts once)" : "  DIFFERS"
        lines.append("  " + pad(r.rule) + "\(r.checker) = \(r.archive)" + mark)
      }
      if !s.structureBroken.isEmpty {
        lines.append(
          "The schedule breaks rules the archive holds by its structure ("
            + s.structureBroken.map { "\($0.rule) \($0.count)" }.joined(separator: ", ")
            + "): the archive's timetable is not quite the schedule (a pinned meeting is at its "
            + "pin, a teacher or room is the archive's, a meeting past its day's end runs into "
            + "the next day), so costs may differ")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// "AvoidUnavailableTimes x2".
  static func types(_ list: [Int], _ i: XInstance) -> String {
    var order: [String] = []
    var count: [String: Int] = [:]
    for c in list where i.constraints.indices.contains(c) {
      let name = String(i.constraints[c].kind.typeName.dropLast("Constraint".count))
      if count[name] == nil { order.append(name) }
      count[name, default: 0] += 1
    }
    return order.map { "\($0) x\(count[$0] ?? 0)" }.joined(separator: ", ")
  }

  static func summary(_ result: XHSTTSchoolExport, _ out: String) -> [(String, JSONValue)] {
    let e = result.export
    func rule(_ r: String, _ extra: [(String, JSONValue)]) -> JSONValue {
      .object([("rule", .string(r))] + extra)
    }
    var exported: [JSONValue] = []
    var structure: [JSONValue] = []
    var left: [JSONValue] = []
    for r in e.rules {
      let partial: JSONValue = .array(r.partial.map { .string($0) })
      switch r.mapping {
      case .constraints(let list):
        exported.append(
          rule(
            r.rule,
            [
              ("constraints", .array(list.map { .string(e.instance.constraints[$0].id) })),
              ("required", .bool(r.required)), ("weight", .integer(r.weight)),
              ("partial", partial),
            ]))
      case .structure(let how):
        structure.append(rule(r.rule, [("how", .string(how)), ("partial", partial)]))
      case .notExported(let why):
        left.append(rule(r.rule, [("why", .string(why))]))
      }
    }
    var members: [(String, JSONValue)] = [
      ("written", .string(out)), ("instance", .string(e.instance.id)),
      ("exported", .array(exported)), ("structure", .array(structure)),
      ("notExported", .array(left)), ("notes", .array(e.notes.map { .string($0) })),
    ]
    if let s = result.solution {
      members += [
        ("hard", .integer(s.report.infeasibility)), ("soft", .integer(s.report.objective)),
        ("agrees", .bool(s.agrees && s.structural == 0)),
      ]
    }
    return members
  }
}
