import CadreCheck
import CadreIO
import CadreModel

/// `cadre check SCHOOL SCHEDULE`: the independent checker's verdict.
enum CheckCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(
      args,
      spec: .init(
        valued: ["from", "calendar"] + XHSTTCommands.valued, switches: XHSTTCommands.switches))
    if let first = parsed.positionals.first, XHSTTCommands.isXHSTT(first) {
      return try XHSTTCommands.check(parsed)
    }
    try parsed.rejectXHSTTFlags()
    guard parsed.positionals.count == 2 else {
      throw UsageError(
        "check takes a school file and a schedule file, got \(parsed.positionals.count) files")
    }
    guard let school = Inputs.school(at: parsed.positionals[0]),
      let schedule = Inputs.schedule(at: parsed.positionals[1])
    else { return .invalidInput }
    var previous: Schedule?
    if let from = parsed.values["from"] {
      guard let p = Inputs.schedule(at: from) else { return .invalidInput }
      previous = p
    }
    let report = Checker.check(school: school, schedule: schedule, previous: previous)
    Console.out(report.text)
    var feasible = report.isFeasible
    if let path = parsed.values["calendar"] {
      guard let calendar = Inputs.calendar(at: path) else { return .invalidInput }
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
        return .invalidInput
      }
      let calendarReport = CalendarChecker.check(
        school: school, schedule: schedule, calendar: calendar)
      Console.out("")
      Console.out(calendarReport.text)
      feasible = feasible && calendarReport.isFeasible
    }
    return feasible ? .ok : .hardViolations
  }
}
