import Cadre
import CadreIO
import CadreModel

/// `cadre import oneroster DIR_OR_ZIP --out SCHOOL.json [--options FILE.json]`: a OneRoster 1.1
/// CSV export (a folder or a .zip) as a `cadre/1` school (docs/ONEROSTER.md). Every problem of
/// the export is printed at once with its file, line and column; every default assumed is a
/// warning. Exit 0 written, 64 usage, 65 invalid export or options file, 73 OUT unwritable.
enum ImportCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, command: "import")
    guard parsed.positionals.first == "oneroster" else {
      throw UsageError(
        parsed.positionals.isEmpty
          ? "import needs a kind of export and its path"
          : "import reads OneRoster exports, not '\(parsed.positionals[0])'",
        hint: "e.g. cadre import oneroster roster/ --out school.json")
    }
    guard parsed.positionals.count == 2 else {
      throw UsageError(
        "import oneroster takes one folder or .zip, got \(parsed.positionals.count - 1)",
        hint: "e.g. cadre import oneroster roster.zip --out school.json")
    }
    let path = parsed.positionals[1]
    try parsed.check(applies: .roster)
    guard let out = parsed.values["out"], !out.isEmpty else {
      throw UsageError(
        "import needs --out SCHOOL.json",
        hint: "e.g. cadre import oneroster \(path) --out school.json")
    }
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    let finish = { (code: ExitCode, members: [(String, JSONValue)]) -> ExitCode in
      if json {
        Console.out(
          Summary.document(
            file: path, input: .roster, inputName: "oneroster", exit: code, members))
      }
      return code
    }
    // The options file first: a mistake there is cheaper to find than one in the roster.
    var options = OneRosterOptions()
    if let file = parsed.values["options"] {
      let bytes: [UInt8]
      do {
        bytes = try AtomicFile.readBytes(file)
      } catch {
        Console.report([error.diagnostic], file: file)
        return finish(.invalidInput, [("written", .bool(false))])
      }
      let (decoded, diagnostics) = OneRosterOptionsJSON.decode(bytes: bytes)
      Console.report(diagnostics, file: file)
      guard let decoded else { return finish(.invalidInput, [("written", .bool(false))]) }
      options = decoded
    }
    if let term = parsed.values["term"] { options.term = term }
    let files: OneRosterFiles
    do {
      files = try OneRosterFiles.load(path)
    } catch {
      Console.report([error.diagnostic], file: path)
      return finish(.invalidInput, [("written", .bool(false))])
    }
    let (roster, diagnostics) = OneRosterReader.read(files)
    guard let roster else {
      Console.report(diagnostics, file: path)
      return finish(.invalidInput, [("written", .bool(false))])
    }
    let result = Cadre.importOneRoster(roster, options: options)
    if result.diagnostics.contains(where: { $0.severity == .error }) {
      Console.report(diagnostics + result.diagnostics, file: path)
      return finish(.invalidInput, [("written", .bool(false))])
    }
    let problems = Validator.validate(result.school)
    Console.report(diagnostics + result.diagnostics + problems, file: path)
    // A school that cannot fit (capacity facts: a group attends more periods than the cycle
    // has) is still the roster's school: written, so that explain can say why.
    let cannotFit = problems.contains {
      $0.severity == .error && Cadre.capacityCodes.contains($0.code)
    }
    if problems.contains(where: { $0.severity == .error && !Cadre.capacityCodes.contains($0.code) })
    {
      Console.err("cadre: the roster maps to a school that is not valid; nothing was written")
      return finish(.invalidInput, [("written", .bool(false))])
    }
    do {
      try AtomicFile.write(SchoolJSON.encode(result.school), to: out)
    } catch {
      Console.report([error.diagnostic], file: out)
      Console.err("cadre: nothing was written to \(out)")
      return finish(.cannotWrite, [("written", .bool(false))])
    }
    let c = result.counts
    if !quiet { Console.out(text(result, out)) }
    if cannotFit {
      Console.err(
        "cadre: \(out) cannot fit as it stands (the errors above); it is written so that "
          + "'cadre explain \(out)' can say why and what would fix it")
    }
    let skipped = JSONValue.object(
      c.skipped.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })
    return finish(
      .ok,
      [
        ("written", .string(out)), ("teachers", .integer(c.teachers)),
        ("sections", .integer(c.sections)), ("homerooms", .integer(c.homerooms)),
        ("otherTerms", .integer(c.otherTerms)),
        ("students", .integer(c.students)),
        ("studentGroups", .integer(result.school.studentGroups.count)),
        ("sharedPairs", .integer(c.sharedPairs)), ("untaught", .integer(c.untaught)),
        ("coTeachers", .integer(c.coTeachers)), ("rooms", .integer(c.rooms)),
        ("locatedSections", .integer(c.locatedSections)), ("skipped", skipped),
      ])
  }

  static func text(_ result: RosterImport, _ out: String) -> String {
    let c = result.counts
    let s = result.school
    let meetings = s.lessons.reduce(0) { $0 + $1.meetings }
    var lines = [
      "Wrote \(out): \(s.name)",
      "  \(c.teachers) teachers, \(c.sections) sections (one lesson each, \(meetings) meetings "
        + "a cycle), \(c.students) students in \(c.studentEnrollments) section enrollments",
      "  \(result.school.studentGroups.count) student groups (students attending the same sections); "
        + "\(c.sharedPairs) pairs of sections share students and may not meet together",
    ]
    if c.homerooms > 0 { lines.append("  \(c.homerooms) homerooms not timetabled") }
    if c.rooms > 0 {
      lines.append(
        "  \(c.rooms) rooms from the sections' locations (\(c.locatedSections) sections each "
          + "in its location)")
    }
    if c.otherTerms > 0 {
      lines.append("  \(c.otherTerms) sections of other terms left out")
    }
    let skipped = c.skipped.filter { $0.value > 0 }.sorted { $0.key < $1.key }
    if !skipped.isEmpty {
      lines.append(
        "  left out (status tobedeleted): "
          + skipped.map { "\($0.value) in \($0.key)" }.joined(separator: ", "))
    }
    lines.append(
      "Next: cadre validate \(out), then cadre solve \(out) --out DIR, then cadre export \(out) "
        + "--schedule DIR/schedule.json --oneroster DIR/oneroster")
    return lines.joined(separator: "\n")
  }
}
