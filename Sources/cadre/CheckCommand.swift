import Cadre
import CadreIO
import CadreModel

/// `cadre check SCHOOL SCHEDULE`: the independent checker's verdict.
enum CheckCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, command: "check")
    if let first = parsed.positionals.first, FETCommands.isFET(first) {
      try parsed.check(applies: .fet)
      return try FETCommands.check(parsed)
    }
    if let first = parsed.positionals.first, XHSTTCommands.isXHSTT(first) {
      try parsed.check(applies: .xhstt)
      return try XHSTTCommands.check(parsed)
    }
    try parsed.check(applies: .school)
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    guard parsed.positionals.count == 2 else {
      throw UsageError(
        "check takes a school file and a schedule file, got \(parsed.positionals.count) files")
    }
    let invalid = { () -> ExitCode in
      if json {
        Console.out(
          Summary.document(
            file: parsed.positionals[1], input: .school, exit: .invalidInput,
            [("feasible", .null), ("hard", .null), ("soft", .null)]))
      }
      return .invalidInput
    }
    guard let school = Inputs.school(at: parsed.positionals[0]),
      let schedule = Inputs.schedule(at: parsed.positionals[1])
    else { return invalid() }
    var previous: Schedule?
    if let from = parsed.values["from"] {
      // A previous output folder or its schedule.json, refused when of another school.
      guard let p = PreviousRun.read(from, school: school) else { return invalid() }
      previous = p.schedule
    }
    let report = Cadre.checkSchedule(school: school, schedule: schedule, previous: previous)
    if !quiet { Console.out(report.text) }
    var feasible = report.isFeasible
    var calendarSummary: JSONValue = .null
    if let path = parsed.values["calendar"] {
      guard let calendar = Inputs.calendar(at: path) else { return invalid() }
      // A calendar planned on another schedule cannot be judged against this one.
      if let text = Inputs.text(at: path), let named = CalendarJSON.plannedOn(text),
        let scheduleText = Inputs.text(at: parsed.positionals[1]),
        named != "sha256:" + SHA256.hex(scheduleText.utf8)
      {
        Console.report(
          [
            .error(
              "calendar-of-another-schedule", at: "/schedule",
              "\(path) was planned on another schedule than \(parsed.positionals[1])",
              hint: "check the calendar.json written beside that schedule.json, or remove "
                + "\"schedule\" from the calendar to judge it anyway")
          ], file: path)
        return invalid()
      }
      let c = Cadre.checkCalendar(school: school, schedule: schedule, calendar: calendar)
      if !quiet {
        Console.out("")
        Console.out(c.text)
      }
      feasible = feasible && c.isFeasible
      calendarSummary = .object([
        ("feasible", .bool(c.isFeasible)), ("hard", .integer(c.cost.hard)),
        ("soft", .integer(c.cost.soft)), ("violationsByRule", Summary.counts(c.countsByRule)),
      ])
    }
    let code: ExitCode = feasible ? .ok : .hardViolations
    if json {
      Console.out(
        Summary.document(
          file: parsed.positionals[1], input: .school, exit: code,
          [
            ("feasible", .bool(feasible)),
            ("hard", .integer(report.cost.hard)),
            ("soft", .integer(report.cost.soft)),
            ("violationsByRule", Summary.counts(report.countsByRule)),
            ("calendar", calendarSummary),
          ]))
    }
    return code
  }
}
