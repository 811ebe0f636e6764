import CadreCheck
import CadreModel
import Testing

/// Tiny schools, master schedules and coaching calendars for the calendar given/expect tests.
///
/// The base school: a Mon-Fri cycle of P1-P4 (45 minutes from 08:00, 5 minutes apart), a year
/// from 2026-09-07 (Mon) to 2026-09-18 (Fri) with 2026-09-11 closed (9 school days, indices
/// 0-8, 2026-09-14 is index 4: the worked example of docs/CALENDAR.md). Leader L-ANA (no
/// teaching) leads team TM-1 of T-BOB and T-CAT. T-BOB teaches 3A-math in P1 every day,
/// T-CAT teaches 4B-read in P2 every day; P3 and P4 are free for everyone.
enum CalendarFixture {
  static func date(_ text: String) -> CivilDate { CivilDate(text) ?? CivilDate(dayNumber: 0) }

  static func year(
    from first: String = "2026-09-07", to last: String = "2026-09-18",
    closed: [(String, String)] = [("2026-09-11", "2026-09-11")], terms: [(String, String)] = [],
    firstCycleWeek: Int = 0
  ) -> SchoolYear {
    SchoolYear(
      firstDay: date(first), lastDay: date(last), timeZone: "America/Denver",
      closures: closed.map { DateRange(name: "Closed", from: date($0.0), to: date($0.1)) },
      terms: terms.enumerated().map {
        DateRange(name: "Term \($0.offset + 1)", from: date($0.element.0), to: date($0.element.1))
      },
      firstCycleWeek: firstCycleWeek)
  }

  static func school(
    cycle: Cycle = Fixture.cycle(), year: SchoolYear? = year(), policy: Policy = Policy(),
    leaders: [Leader] = [Leader(id: "L-ANA", name: "Ana", role: "R-TL")],
    teams: [Team] = [Team(id: "TM-1", leader: "L-ANA", members: ["T-BOB", "T-CAT"])],
    extraTeachers: [Teacher] = [], unavailable: [String: [SlotRef]] = [:]
  ) -> School {
    let teachers = ["T-BOB", "T-CAT"].map {
      Teacher(id: TeacherID($0), unavailable: unavailable[$0] ?? [])
    }
    return School(
      name: "Calendar fixture", cycle: cycle, year: year, teachers: teachers + extraTeachers,
      classes: [SchoolClass(id: "3A", grade: "3"), SchoolClass(id: "4B", grade: "4")],
      lessons: [
        Lesson(id: "3A-math", classID: "3A", subject: "math", meetings: 5, teacher: "T-BOB"),
        Lesson(id: "4B-read", classID: "4B", subject: "reading", meetings: 5, teacher: "T-CAT"),
      ],
      leadership: Leadership(
        roles: [Role(id: "R-TL", kind: .teamLead, release: 0.5, spanLimit: 8)], leaders: leaders,
        teams: teams),
      policy: policy)
  }

  /// T-BOB in P1 and T-CAT in P2 on every day of a one-week Mon-Fri cycle.
  static let schedule = Schedule(
    meetings: Fixture.weekdays.enumerated().flatMap { i, day in
      [
        meet("3A-math", "\(day) P1", "T-BOB", index: i),
        meet("4B-read", "\(day) P2", "T-CAT", index: i),
      ]
    })

  /// An event with the times docs/CALENDAR.md requires in the fixture cycle (P1-P4 from
  /// 08:00, 45 minutes, 5 apart; spot visits 15 minutes, huddles a whole period).
  static func event(
    _ kind: CoachingEventKind, _ id: String, _ day: String, _ period: String,
    leader: String = "L-ANA", teachers: [String], team: String? = "TM-1", lesson: String? = nil,
    follows: String? = nil, spotMinutes: Int = 15, huddleMinutes: Int = 45
  ) -> CoachingEvent {
    let p = Int(period.dropFirst()) ?? 1
    let start = 480 + 50 * (p - 1)
    let length: Int
    switch kind {
    case .spotObservation: length = spotMinutes
    case .huddle: length = huddleMinutes
    default: length = 45
    }
    return CoachingEvent(
      id: id, kind: kind, date: date(day), period: period, start: TimeOfDay(minutes: start),
      end: TimeOfDay(minutes: start + length), leader: LeaderID(leader),
      teachers: teachers.map { TeacherID($0) }, team: team.map { TeamID($0) },
      lesson: lesson.map { LessonID($0) }, follows: follows)
  }

  /// A spot visit of T-BOB in 3A-math (P1) or T-CAT in 4B-read (P2), as fits the teacher.
  static func spot(
    _ teacher: String, _ day: String, _ id: String, kind: CoachingEventKind = .spotObservation
  ) -> CoachingEvent {
    let bob = teacher == "T-BOB"
    return event(
      kind, id, day, bob ? "P1" : "P2", teachers: [teacher], lesson: bob ? "3A-math" : "4B-read")
  }

  /// The debrief of `observation` in `period` of `day`.
  static func debrief(of observation: CoachingEvent, _ day: String, _ period: String = "P3")
    -> CoachingEvent
  {
    event(
      .debrief, "debrief-" + observation.id, day, period,
      leader: observation.leader.raw, teachers: observation.teachers.map(\.raw),
      follows: observation.id)
  }

  static func check(_ school: School, _ events: [CoachingEvent], schedule: Schedule = schedule)
    -> CalendarReport
  {
    CalendarChecker.check(
      school: school, schedule: schedule, calendar: CoachingCalendar(events: events))
  }
}

/// Checks the counts of the listed rules exactly and that every other rule counts 0, except
/// those in `ignoring`; and that the violations add up to the table.
func expectCalendar(
  _ report: CalendarReport, _ counts: [String: Int], ignoring: Set<String> = [],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  for row in report.countsByRule where !ignoring.contains(row.rule) {
    #expect(
      row.count == counts[row.rule] ?? 0, "rule \(row.rule)\n\(report.text)",
      sourceLocation: sourceLocation)
  }
  for rule in counts.keys.sorted() {
    #expect(
      report.countsByRule.contains { $0.rule == rule }, "unknown rule \(rule)",
      sourceLocation: sourceLocation)
  }
  var hard = 0
  var soft = 0
  for row in report.countsByRule {
    let sum = report.violations.filter { $0.rule == row.rule }.reduce(0) { $0 + $1.count }
    #expect(sum == row.count, "violations of \(row.rule)", sourceLocation: sourceLocation)
    if row.hard { hard += row.weighted } else { soft += row.weighted }
  }
  #expect(report.cost == HardSoft(hard: hard, soft: soft), sourceLocation: sourceLocation)
}

func messages(_ report: CalendarReport, _ rule: String) -> [String] {
  report.violations.filter { $0.rule == rule }.map(\.message)
}
