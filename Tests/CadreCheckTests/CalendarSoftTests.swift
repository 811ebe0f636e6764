import CadreCheck
import CadreModel
import Testing

/// The soft rules of a calendar: even spacing, varied slots, even days, prompt debriefs.
@Suite struct CalendarSoftTests {
  typealias F = CalendarFixture

  func debriefed(_ observations: [CoachingEvent]) -> [CoachingEvent] {
    observations.flatMap { [$0, F.debrief(of: $0, "\($0.date)")] }
  }

  /// The worked example: E = 9, two observations on days 1 and 6, g = 4, |5 − 4| = 1. With one
  /// blackout day at each end E = 7 and g = 3: |5 − 3| = 2.
  @Test(arguments: [(0, 1), (1, 2)])
  func observationsAreSpreadOverTheEligibleDays(blackout: Int, expected: Int) {
    let policy = Policy(
      observations: [ObservationQuota(kind: .spot, perYear: 2)],
      noObservationDaysAtStart: blackout, noObservationDaysAtEnd: blackout)
    let events = debriefed([
      F.spot("T-BOB", "2026-09-08", "b1"), F.spot("T-BOB", "2026-09-16", "b2"),
      F.spot("T-CAT", "2026-09-09", "c1"), F.spot("T-CAT", "2026-09-15", "c2"),
    ])
    let report = F.check(F.school(policy: policy), events)
    // T-CAT: days 2 and 5, gap 3: |3 − 4| = 1 or |3 − 3| = 0.
    expectCalendar(
      report, ["uneven-observations": expected + (blackout == 0 ? 1 : 0)],
      ignoring: ["leader-load"])
    #expect(
      messages(report, "uneven-observations").first
        == "T-BOB's 2 observations are spaced unevenly (ideal gap \(blackout == 0 ? 4 : 3) "
        + "school days, off by \(expected) in all)")
  }

  /// A/B weeks: 2026-09-07 is A Mon and 2026-09-14 B Mon, the same cycle day of the week.
  @Test func observationsAvoidTheSameDayAndPeriodOfTheWeek() {
    let cycle = Fixture.cycle(weeks: ["A", "B"])
    let schedule = Schedule(meetings: [
      meet("3A-math", "A Mon P1", "T-BOB"), meet("3A-math", "B Mon P1", "T-BOB", index: 1),
      meet("3A-math", "B Tue P1", "T-BOB", index: 2),
    ])
    let events = debriefed([
      F.spot("T-BOB", "2026-09-07", "b1"), F.spot("T-BOB", "2026-09-14", "b2"),
      F.spot("T-BOB", "2026-09-15", "b3"),
    ])
    let report = F.check(F.school(cycle: cycle), events, schedule: schedule)
    #expect(report.count("repeated-slot") == 1)
    #expect(report.countsByRule.first { $0.rule == "repeated-slot" }?.weighted == 3)
    #expect(messages(report, "repeated-slot") == ["T-BOB is observed 2 times on Mon P1"])
  }

  @Test func aLeadersDaysInAWeekAreEven() {
    let events = [
      F.event(.oneOnOne, "a", "2026-09-07", "P3", teachers: ["T-BOB"]),
      F.event(.oneOnOne, "b", "2026-09-07", "P4", teachers: ["T-CAT"]),
    ]
    let report = F.check(F.school(), events)
    // Week of 09-07: 2 on Monday, 0 on Tuesday to Thursday; the next week is even (all 0).
    expectCalendar(report, ["leader-load": 2, "one-on-one-count": 2])
    // One-on-ones are soft (weight 10): the 2 still owed cost 10 each.
    #expect(report.cost == HardSoft(hard: 0, soft: 2 * 2 + 2 * 10))
    #expect(
      messages(report, "leader-load")
        == ["L-ANA has between 0 and 2 events a day in the week of 2026-09-07"])
    // Weeks of a single school day do not count.
    let short = F.school(year: F.year(to: "2026-09-14", closed: [("2026-09-08", "2026-09-11")]))
    #expect(F.check(short, events).count("leader-load") == 0)
  }
}
