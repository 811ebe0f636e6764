import Cadre
import CadreIO
import CadreModel

/// `cadre export SCHOOL.json --schedule SCHEDULE.json --oneroster DIR [--roster PATH]`: a
/// solved timetable as OneRoster CSV for the SIS (docs/ONEROSTER.md, "Export"). Writes
/// `DIR/classes.csv` with each section's `periods` (the period names it meets in) and
/// `DIR/cadre-meetings.csv` (every meeting's day and period, which OneRoster cannot say), each
/// atomically. With `--roster`, classes.csv is the original one with only `periods` changed.
/// Exit 0 written, 64 usage, 65 invalid school, schedule or roster, 73 DIR unwritable.
enum ExportOneRoster {
  static func run(_ parsed: Arguments, school path: String) throws(UsageError) -> ExitCode {
    guard let dir = parsed.values["oneroster"], !dir.isEmpty else {
      throw UsageError("--oneroster needs a folder", hint: "e.g. --oneroster out/oneroster")
    }
    guard let schedulePath = parsed.values["schedule"] else {
      throw UsageError(
        "export --oneroster needs --schedule SCHEDULE.json (the timetable to write)",
        hint: "e.g. cadre export \(path) --schedule out/schedule.json --oneroster \(dir)")
    }
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    let finish = { (code: ExitCode, members: [(String, JSONValue)]) -> ExitCode in
      if json {
        Console.out(Summary.document(file: path, input: .school, exit: code, members))
      }
      return code
    }
    let unwritten: [(String, JSONValue)] = [("written", .bool(false))]
    guard let school = Inputs.school(at: path) else { return finish(.invalidInput, unwritten) }
    guard let schedule = Inputs.schedule(at: schedulePath) else {
      return finish(.invalidInput, unwritten)
    }
    var original: CSVTable?
    if let rosterPath = parsed.values["roster"] {
      guard let table = classesTable(rosterPath) else { return finish(.invalidInput, unwritten) }
      original = table
    }
    let periods = Cadre.sectionPeriods(school, schedule)
    let rows = school.classes.compactMap { c -> (id: String, title: String, periods: [String])? in
      guard let p = periods[c.id] else { return nil }
      return (c.id.raw, c.name, p)
    }
    let classes = OneRosterWriter.classes(periods: rows, original: original)
    let meetings = meetingsCSV(school, Cadre.sectionMeetings(school, schedule))
    do {
      try OutputFolder.ensureFolder(dir)
      try AtomicFile.write(classes, to: dir + "/classes.csv")
      try AtomicFile.write(meetings, to: dir + "/cadre-meetings.csv")
    } catch {
      Console.report([error.diagnostic], file: dir)
      Console.err("cadre: \(dir) could not be written")
      return finish(.cannotWrite, unwritten)
    }
    let missing = school.classes.count - rows.count
    // The checker's students summary: the pairs of sections that share students, and how
    // many of them the timetable could not keep apart.
    let checked = Cadre.checkSchedule(school: school, schedule: schedule, previous: nil)
    let clashes = checked.count("student-clash")
    let shared = checked.students?.sharedPairs ?? 0
    let together = checked.students?.clashingPairs ?? 0
    if !quiet {
      var text =
        "Wrote \(dir)/classes.csv (\(rows.count) sections with their periods"
        + (original == nil ? ")" : ", every other column as in the original)")
        + " and \(dir)/cadre-meetings.csv (every meeting's day and period)"
      if missing > 0 {
        text += "\n  \(missing) classes have no scheduled meeting: periods left as they were"
      }
      if let s = checked.students, s.sharedPairs > 0 {
        text +=
          "\n  \(s.sharedPairs) pairs of sections share students; \(s.clashingPairs) of them "
          + "meet at the same time at least once (" + Format.fixed(100 * s.clashingShare, digits: 1)
          + "%), \(clashes) student clashes"
      }
      Console.out(text)
    }
    return finish(
      .ok,
      [
        ("written", .string(dir)), ("sections", .integer(rows.count)),
        ("unscheduled", .integer(missing)), ("sharedPairs", .integer(shared)),
        ("clashingPairs", .integer(together)), ("studentClashes", .integer(clashes)),
      ])
  }

  /// The original export's classes.csv as a table, or nil after printing why.
  static func classesTable(_ path: String) -> CSVTable? {
    let files: OneRosterFiles
    do {
      files = try OneRosterFiles.load(path)
    } catch {
      Console.report([error.diagnostic], file: path)
      return nil
    }
    guard let bytes = files.contents["classes.csv"] else {
      Console.report(
        [
          .error(
            "oneroster-missing-file", at: "/classes.csv", "the export has no classes.csv",
            hint: "give the folder or .zip the school was imported from")
        ], file: path)
      return nil
    }
    let (table, diagnostics) = CSVReader.parse(bytes: bytes, pointer: "/classes.csv")
    Console.report(diagnostics, file: path)
    return table
  }

  /// `cadre-meetings.csv`: one row per period a section meets (classSourcedId, week when the
  /// cycle has several, day, period, start, end, teacherSourcedId).
  static func meetingsCSV(_ school: School, _ meetings: [SectionMeeting]) -> String {
    let cycle = school.cycle
    let weeks = cycle.weeks.count > 1
    var header = ["classSourcedId", "day", "period", "start", "end", "teacherSourcedId"]
    if weeks { header.insert("week", at: 1) }
    let rows = meetings.sorted { ($0.classID.raw, $0.slot) < ($1.classID.raw, $1.slot) }.map {
      m -> [String] in
      let p = cycle.periods[m.slot.period]
      var row = [
        m.classID.raw, cycle.days[m.slot.day], p.name, p.start.description, p.end.description,
        m.teacher?.raw ?? "",
      ]
      if weeks { row.insert(cycle.weeks[m.slot.week], at: 1) }
      return row
    }
    return CSVWriter.table(header: header, rows: rows)
  }
}
