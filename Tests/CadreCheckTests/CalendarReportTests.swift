import CadreCheck
import CadreModel
import Testing

/// The report as a whole: its table, text, leader load, and malformed input.
@Suite struct CalendarReportTests {
  typealias F = CalendarFixture

  static let codes = [
    "not-school-day", "unknown-period", "event-people", "event-times", "observation-quota",
    "observation-not-teaching", "observation-blackout", "observation-spacing",
    "observation-term", "leader-day-max", "debrief-missing", "debrief-orphan", "huddle-count",
    "huddle-same-day", "person-busy", "person-clash", "uneven-observations", "repeated-slot",
    "leader-load", "debrief-delay", "huddle-pattern", "one-on-one-count", "team-policy",
  ]

  @Test func anEmptyCalendarWithNothingOwedIsClean() {
    let report = F.check(F.school(), [])
    #expect(report.countsByRule.map(\.rule) == Self.codes)
    #expect(report.countsByRule.filter { !$0.hard }.count == 7)
    expectCalendar(report, [:])
    #expect(report.isFeasible)
    #expect(report.text.hasPrefix("Calendar is feasible (hard 0, soft 0)\n"))
  }

  @Test func leaderLoadShowsQuotasAndWeeklyPeriods() {
    let policy = Policy(observations: [
      ObservationQuota(kind: .spot, perYear: 2), ObservationQuota(kind: .formal, perYear: 1),
    ])
    let spot = F.spot("T-BOB", "2026-09-08", "b1")
    let events = [
      spot, F.debrief(of: spot, "2026-09-08"),
      F.event(.huddle, "h", "2026-09-14", "P4", teachers: ["T-BOB", "T-CAT"]),
      F.event(.oneOnOne, "o", "2026-09-15", "P4", teachers: ["T-CAT"]),
    ]
    let report = F.check(F.school(policy: policy), events)
    #expect(report.leaderLoad.count == 1)
    let load = report.leaderLoad[0]
    #expect(load.leader == "L-ANA" && load.members == 2)
    #expect(load.observationsRequired == 6 && load.observationsScheduled == 1)
    #expect(load.weeks.map(\.monday) == [F.date("2026-09-07"), F.date("2026-09-14")])
    #expect(load.weeks.map(\.schoolDays) == [4, 5])
    #expect(load.weeks[0].observations == 1 && load.weeks[0].debriefs == 1)
    #expect(load.weeks[1].huddles == 1 && load.weeks[1].oneOnOnes == 1)
    #expect(load.peakPeriodsPerWeek == 2 && load.totalPeriods == 4)
    #expect(report.text.contains("Ana (L-ANA): 2 members, observations 1 of 6 scheduled"))
    #expect(!report.isFeasible)
    // The one-on-one still owed is soft now (10), not a third hard rule.
    #expect(report.text.hasPrefix("Calendar breaks 2 hard rules (hard 6, soft "))
  }

  @Test func malformedInputNeverTraps() {
    var weird = F.school(
      cycle: Cycle(weeks: [], days: [], periods: []),
      year: F.year(firstCycleWeek: Int.min),
      policy: Policy(
        observations: [ObservationQuota(kind: .spot, perYear: Int.max, minutes: Int.min)],
        debriefWindowDays: Int.min, minDaysBetweenObservations: Int.max,
        maxObservationsPerLeaderPerDay: Int.min, huddlesPerWeek: Int.min, huddleMinutes: Int.min,
        oneOnOnesPerMonth: Int.max, noObservationDaysAtStart: Int.max,
        noObservationDaysAtEnd: Int.min))
    let events = [
      F.spot("T-BOB", "2026-09-08", "b1"), F.event(.huddle, "h", "2026-09-08", "P3", teachers: []),
    ]
    _ = F.check(weird, events)
    weird.cycle = Fixture.cycle(weeks: ["A", "B"])
    weird.cycle.periods[0].end = TimeOfDay(minutes: Int.min)
    let report = F.check(weird, events)
    #expect(report.cost.hard > 0)
    var empty = F.school(year: F.year(from: "2026-09-07", to: "2026-09-07", closed: []))
    empty.leadership = Leadership()
    let onTheDay = [
      F.spot("T-BOB", "2026-09-07", "b1"),
      F.event(.huddle, "h", "2026-09-07", "P3", teachers: []),
    ]
    #expect(F.check(empty, onTheDay).count("event-people") == 2)
  }
}
