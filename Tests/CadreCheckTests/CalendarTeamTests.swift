import CadreCheck
import CadreModel
import Testing

/// Huddles and one-on-ones: how many are owed, when, and in what pattern.
@Suite struct CalendarTeamTests {
  typealias F = CalendarFixture

  func huddle(_ day: String, _ period: String = "P3", team: String = "TM-1") -> CoachingEvent {
    let members = team == "TM-1" ? ["T-BOB", "T-CAT"] : ["T-CAT"]
    return F.event(
      .huddle, "huddle-\(team)-\(day)-\(period)", day, period, teachers: members, team: team)
  }

  @Test func eachWeekOwesItsHuddles() {
    // P3 and P4 are open every day: R = min(2, days) = 2 in both calendar weeks.
    let school = F.school(policy: Policy(huddlesPerWeek: 2))
    let none = F.check(school, [])
    expectCalendar(none, ["huddle-count": 4])
    #expect(
      messages(none, "huddle-count").first
        == "L-ANA in the week of 2026-09-07 holds huddles [TM-1 0]; owes 2 in all (at most 2 "
        + "per team, open slots permitting)")
    // Three in the first week (one too many), two in the second.
    let events = [
      huddle("2026-09-07"), huddle("2026-09-08"), huddle("2026-09-09"), huddle("2026-09-14"),
      huddle("2026-09-15"),
    ]
    expectCalendar(
      F.check(school, events), ["huddle-count": 1, "huddle-pattern": 1], ignoring: ["leader-load"])
  }

  /// T-BOB (TM-1) and T-CAT (TM-2), both led by L-ANA, are free only in P4; a two-day week
  /// has two dated slots, so the leader owes 2 huddles, not 2 per team.
  @Test func capacityIsAMaximumFlowOverSharedSlots() {
    let away = ["Mon", "Tue", "Wed", "Thu", "Fri"].flatMap { d in
      ["P1", "P2", "P3"].map { at("\(d) \($0)") }
    }
    let school = F.school(
      year: F.year(to: "2026-09-11", closed: [("2026-09-09", "2026-09-11")]),
      policy: Policy(huddlesPerWeek: 2),
      teams: [
        Team(id: "TM-1", leader: "L-ANA", members: ["T-BOB"]),
        Team(id: "TM-2", leader: "L-ANA", members: ["T-CAT"]),
      ],
      unavailable: ["T-BOB": away, "T-CAT": away])
    #expect(F.check(school, []).count("huddle-count") == 2)
    let bob = F.event(.huddle, "h1", "2026-09-07", "P4", teachers: ["T-BOB"], team: "TM-1")
    let cat = F.event(.huddle, "h2", "2026-09-08", "P4", teachers: ["T-CAT"], team: "TM-2")
    expectCalendar(F.check(school, [bob, cat]), [:], ignoring: ["leader-load"])
    // A week without open slots owes nothing.
    let closed = F.school(
      year: F.year(to: "2026-09-11", closed: [("2026-09-09", "2026-09-11")]),
      policy: Policy(huddlesPerWeek: 2),
      unavailable: ["T-BOB": away + [at("Mon P4"), at("Tue P4")]])
    #expect(F.check(closed, []).count("huddle-count") == 0)
  }

  @Test func oneHuddleATeamADay() {
    let school = F.school(policy: Policy(huddlesPerWeek: 2))
    let report = F.check(school, [huddle("2026-09-08", "P3"), huddle("2026-09-08", "P4")])
    expectCalendar(report, ["huddle-same-day": 1, "huddle-count": 2], ignoring: ["leader-load"])
    #expect(messages(report, "huddle-same-day") == ["Team TM-1 has 2 huddles on 2026-09-08, max 1"])
  }

  @Test func huddlesRepeatTheSameWeeklySlots() {
    // One a week: Mon P3, then Tue P3; two weekly slots where one would do.
    let school = F.school(policy: Policy(huddlesPerWeek: 1))
    let report = F.check(school, [huddle("2026-09-07"), huddle("2026-09-15")])
    expectCalendar(report, ["huddle-pattern": 1], ignoring: ["leader-load"])
    #expect(report.countsByRule.first { $0.rule == "huddle-pattern" }?.weighted == 4)
    // The worked example: Tue P4 and Thu P4 in both weeks.
    let two = F.school(policy: Policy(huddlesPerWeek: 2))
    let example = ["2026-09-08", "2026-09-10", "2026-09-15", "2026-09-17"].map { huddle($0, "P4") }
    expectCalendar(F.check(two, example), [:], ignoring: ["leader-load"])
  }

  /// September 28-30 and October 1-2: 3 and 2 school days. With 3 a month, T-BOB owes 3 and 2;
  /// T-CAT gets all hers. A one-on-one without a team does not count.
  @Test func oneOnOnesPerMonthUpToTheDaysThatAllowThem() {
    let school = F.school(
      year: F.year(from: "2026-09-28", to: "2026-10-02", closed: []),
      policy: Policy(oneOnOnesPerMonth: 3))
    var noTeam = F.event(.oneOnOne, "no-team", "2026-10-01", "P4", teachers: ["T-BOB"])
    noTeam.team = nil
    let cat = ["2026-09-28", "2026-09-29", "2026-09-30", "2026-10-01", "2026-10-02"].map {
      F.event(.oneOnOne, "cat-\($0)", $0, "P3", teachers: ["T-CAT"])
    }
    let events = cat + [F.event(.oneOnOne, "bob", "2026-09-28", "P4", teachers: ["T-BOB"]), noTeam]
    let report = F.check(school, events)
    expectCalendar(
      report, ["one-on-one-count": 4, "event-people": 1], ignoring: ["leader-load"])
    #expect(
      messages(report, "one-on-one-count")
        == [
          "T-BOB has 1 one-on-one with L-ANA in 2026-09, needs 3",
          "T-BOB has 0 one-on-ones with L-ANA in 2026-10, needs 2",
        ])
  }

  @Test func daysWithoutACommonFreePeriodOweNoOneOnOne() {
    // T-CAT is away whenever she does not teach: no day has a period she and L-ANA share.
    let away = ["Mon", "Tue", "Wed", "Thu", "Fri"].flatMap { d in
      ["P1", "P3", "P4"].map { at("\(d) \($0)") }
    }
    let school = F.school(policy: Policy(oneOnOnesPerMonth: 1), unavailable: ["T-CAT": away])
    let report = F.check(
      school, [F.event(.oneOnOne, "cat", "2026-09-08", "P3", teachers: ["T-CAT"])])
    // T-BOB owes 1 and has none; T-CAT owes 0 and has 1 (in a period she is away).
    expectCalendar(
      report, ["one-on-one-count": 2, "person-busy": 1], ignoring: ["leader-load"])
  }
}
