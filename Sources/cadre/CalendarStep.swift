import Cadre
import CadreIO
import CadreModel
import Foundation

/// The coaching-calendar half of `cadre solve`'s outputs: `calendar.json` and the iCalendar
/// files of the year the pipeline planned, and its summary lines.
enum CalendarStep {
  /// calendar.json (naming the schedule it was planned on by the SHA-256 of schedule.json),
  /// calendar-check.txt, shortfalls.txt (every policy number the plan falls short of), then ics/school.ics, ics/leaders/*.ics and ics/teachers/*.ics (with
  /// each teacher's lessons of `scheduleValue` over the year).
  static func write(
    _ calendar: CalendarOutcome, school: School, schedule: String, scheduleValue: Schedule,
    stamp: String, to folder: OutputFolder
  ) throws(FileError) {
    let (plan, check) = (calendar.plan, calendar.check)
    try folder.write(
      CalendarJSON.encode(
        plan.calendar, school: school, extra: [("schedule", "sha256:" + schedule)]),
      to: "calendar.json")
    try folder.write(check.text, to: "calendar-check.txt")
    try folder.write(shortfalls(calendar), to: "shortfalls.txt")
    // The teaching timetable goes into the teachers' files too, on the planner's school days.
    let days = Cadre.schoolDays(school).map {
      ICalendarSchoolDay(date: $0.date, week: $0.week, day: $0.day)
    }
    for file in ICalendar.files(
      calendar: plan.calendar, school: school, stamp: stamp, schedule: scheduleValue, days: days)
    {
      try folder.write(file.content, to: "ics/" + file.path)
    }
  }

  /// DTSTAMP (when the calendar was made): SOURCE_DATE_EPOCH when set (the reproducible-builds
  /// convention); else, for a step-limited run, the time the school file was last saved, so
  /// that two step-limited runs on the same file give byte-identical .ics files; else now.
  static func stamp(input: String, stepLimited: Bool) -> String {
    if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
      let seconds = Double(text)
    {
      return ICalendar.stamp(Date(timeIntervalSince1970: seconds))
    }
    if stepLimited,
      let saved = try? FileManager.default.attributesOfItem(atPath: input)[.modificationDate]
        as? Date
    {
      return ICalendar.stamp(
        Date(timeIntervalSince1970: saved.timeIntervalSince1970.rounded(.down)))
    }
    return ICalendar.stamp(Date())
  }

  /// The per-rule table printed when the planner and the calendar checker disagree.
  static func disagreement(_ calendar: CalendarOutcome) -> String {
    let (plan, check) = (calendar.plan, calendar.check)
    var lines = ["rule                      planner checker"]
    for row in check.countsByRule {
      let mine = plan.costByRule.first(where: { $0.rule.rawValue == row.rule })?.count ?? 0
      lines.append(
        row.rule.padding(26) + String(mine).padding(8) + String(row.count)
          + (mine == row.count ? "" : "   <- differs"))
    }
    return lines.joined(separator: "\n")
  }

  /// Per leader: the year's observations and what they cost in time, in forty-hour weeks of
  /// the leader's time (periods x the school's mean period length), from the checker's figures.
  static func leaderTime(_ calendar: CalendarOutcome, school: School) -> String {
    let check = calendar.check
    let periods = school.cycle.periods
    let minutes =
      periods.isEmpty
      ? 0 : periods.reduce(0) { $0 + max(0, $1.end.minutes - $1.start.minutes) } / periods.count
    var lines = ["Leader time over the year (a period is \(minutes) minutes on average):"]
    for l in check.leaderLoad {
      let observationPeriods = l.weeks.reduce(0) { $0 + $1.observations + $1.debriefs }
      let hours = Double(l.totalPeriods * minutes) / 60
      lines.append(
        "  \(l.name) (\(l.leader.raw)), \(l.members) teachers: \(l.observationsScheduled) of "
          + "\(l.observationsRequired) observations; \(observationPeriods) periods observing and "
          + "debriefing, \(l.totalPeriods) coaching periods in all = "
          + "\(Format.fixed(hours, digits: 0)) hours, \(Format.fixed(hours / 40, digits: 1)) "
          + "forty-hour weeks; busiest week \(l.peakPeriodsPerWeek) periods")
    }
    return lines.joined(separator: "\n")
  }

  static func summary(_ calendar: CalendarOutcome) -> String {
    let plan = calendar.plan
    let s = plan.stats
    var lines = [
      "Coaching calendar: \(s.events) events over \(s.schoolDays) school days in "
        + "\(s.calendarWeeks) weeks; observations \(s.placedObservations) of "
        + "\(s.requiredObservations) required; cost (hard \(plan.cost.hard), soft "
        + "\(plan.cost.soft)) in \(Format.seconds(s.seconds))"
    ]
    for reason in plan.unmet.prefix(10) { lines.append("  - \(reason)") }
    if plan.unmet.count > 10 {
      lines.append("  ... and \(plan.unmet.count - 10) more in shortfalls.txt")
    }
    if calendar.rounds.count > 1 { lines.append(feedback(calendar)) }
    return lines.joined(separator: "\n")
  }

  /// The calendar feedback's rounds, one line each, and the one kept (only printed when the
  /// first calendar fell short and the schedule was searched again).
  static func feedback(_ calendar: CalendarOutcome) -> String {
    var lines = [
      "Calendar feedback: \(calendar.rounds.count) rounds, kept round \(calendar.keptRound)"
    ]
    for r in calendar.rounds {
      lines.append(
        "  - \(r.line) (search \(Format.seconds(r.searchSeconds)), calendar "
          + "\(Format.seconds(r.calendarSeconds)))")
    }
    return lines.joined(separator: "\n")
  }

  /// shortfalls.txt: every way the plan falls short of the school's policy numbers, in full
  /// (the terminal shows the first 10).
  static func shortfalls(_ calendar: CalendarOutcome) -> String {
    let unmet = calendar.plan.unmet
    // The rounds without their timings, so that a step-limited run writes the same file twice.
    let rounds =
      calendar.rounds.count > 1
      ? "\nCalendar feedback: \(calendar.rounds.count) rounds (the schedule searched again for "
        + "the teachers a calendar fell short for), kept round \(calendar.keptRound):\n"
        + calendar.rounds.map { "- \($0.line)\n" }.joined() : ""
    guard !unmet.isEmpty else {
      return "The coaching calendar meets every policy number of the school.\n" + rounds
    }
    return "The coaching calendar falls short of the school's policy in \(unmet.count) ways:\n"
      + unmet.map { "- \($0)\n" }.joined() + rounds
  }
}
