import CadreCheck
import CadreModel
import Testing

/// Multi-week cycles, double lessons and blocked slots, across the rules they touch.
@Suite struct CycleTests {
  /// A/B weeks of Mon and Tue, P1-P3 (P3 late): 12 slots, 4 cycle days. 3A-math meets twice
  /// (T-ANA); the other lessons of the base school are dropped.
  static func twoWeeks() -> School {
    var s = Fixture.school(
      cycle: Fixture.cycle(weeks: ["A", "B"], days: ["Mon", "Tue"], periods: 3))
    s.lessons = [s.lessons[0]]
    s.lessons[0].meetings = 2
    return s
  }

  static func math(_ first: String, _ second: String) -> Schedule {
    Schedule(meetings: [
      meet("3A-math", first, "T-ANA"), meet("3A-math", second, "T-ANA", index: 1),
    ])
  }

  @Test func oneMeetingAWeekIsEvenlySpread() {
    // Cycle days A Mon = 0, B Mon = 2; g = ⌊4 / 2⌋ = 2.
    let report = Checker.check(school: Self.twoWeeks(), schedule: Self.math("A Mon P1", "B Mon P1"))
    expectCounts(report, [:], cost: .zero)
  }

  @Test func sameWeekMeetingsAreBunched() {
    let spread = Checker.check(school: Self.twoWeeks(), schedule: Self.math("A Mon P1", "A Tue P1"))
    expectCounts(spread, ["uneven-spread": 1], cost: HardSoft(hard: 0, soft: 2))
    let sameDay = Checker.check(
      school: Self.twoWeeks(), schedule: Self.math("A Mon P1", "A Mon P2"))
    expectCounts(
      sameDay, ["uneven-spread": 2, "same-subject-twice": 1], cost: HardSoft(hard: 0, soft: 9))
    #expect(messages(sameDay, "same-subject-twice") == ["3A has math twice on A Mon"])
  }

  @Test func startWithoutWeekIsUnknownInAMultiWeekCycle() {
    let report = Checker.check(school: Self.twoWeeks(), schedule: Self.math("Mon P1", "B Mon P1"))
    expectCounts(report, ["unknown-slot": 1, "unplaced": 1], cost: HardSoft(hard: 2, soft: 0))
    #expect(
      messages(report, "unknown-slot") == [
        "3A-math (index 0) starts on Mon P1, which is not a slot of the cycle (no week given)"
      ])
  }

  @Test func unavailabilityWithoutWeekAppliesToEveryWeek() {
    var school = Self.twoWeeks()
    school.teachers[0].unavailable = [at("Mon P1")]
    let report = Checker.check(school: school, schedule: Self.math("A Mon P1", "B Mon P1"))
    expectCounts(report, ["teacher-unavailable": 2], cost: HardSoft(hard: 2, soft: 0))
    #expect(
      messages(report, "teacher-unavailable").last
        == "T-ANA is unavailable on B Mon P1 but teaches 3A-math (index 1)")
  }

  @Test func blockedWithWeekBlocksOnlyThatWeek() {
    var school = Self.twoWeeks()
    school.cycle.blocked = [BlockedSlot(slot: at("B Tue P2"))]
    let report = Checker.check(school: school, schedule: Self.math("A Tue P2", "B Tue P2"))
    expectCounts(report, ["blocked-slot": 1], cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func weekMaxCountsEachWeek() {
    var school = Self.twoWeeks()
    school.teachers[0].maxPerWeek = 1
    expectCounts(
      Checker.check(school: school, schedule: Self.math("A Mon P1", "B Mon P1")), [:], cost: .zero)
    let report = Checker.check(school: school, schedule: Self.math("B Mon P1", "B Tue P2"))
    expectCounts(
      report, ["teacher-week-max": 1, "uneven-spread": 1], cost: HardSoft(hard: 1, soft: 2))
    #expect(messages(report, "teacher-week-max") == ["T-ANA teaches 2 periods in week B, max 1"])
  }

  @Test func commonPlanningIsCountedPerWeek() {
    var school = Self.twoWeeks()
    school.leadership = Leadership(
      roles: [Role(id: "TL", kind: .teamLead, release: 0.5, spanLimit: 8)],
      leaders: [Leader(id: "L-ANA", role: "TL", teacher: "T-ANA")],
      teams: [Team(id: "G3", leader: "L-ANA", members: ["T-BOB"])])
    school.policy.huddlesPerWeek = 3
    school.policy.observableSlotsPerMember = 0
    school.teachers[1].unavailable = ["A Mon P1", "A Mon P2", "A Mon P3", "A Tue P1"].map(at)
    // Week A: free together only A Tue P2, P3: one day of the 3 huddles' different days, short
    // 2. Week B: 5 slots on Mon and Tue, two days, short 1.
    let report = Checker.check(school: school, schedule: Self.math("A Mon P1", "B Mon P1"))
    expectCounts(report, ["common-planning": 3], cost: HardSoft(hard: 3, soft: 0))
    let why =
      " (3 huddles a team on different days, in slots the leader and every member have free, "
      + "one team at a time)"
    #expect(
      messages(report, "common-planning") == [
        "Team G3 (leader L-ANA) has common planning time on 1 day in week A, needs 3" + why,
        "Team G3 (leader L-ANA) has common planning time on 2 days in week B, needs 3" + why,
      ])
  }

  @Test func releaseLimitCoversTheWholeCycle() {
    // T = 12; release 0.75 allows ⌊3 + 1e-9⌋ = 3 periods over both weeks; a double counts 2.
    var school = Self.twoWeeks()
    school.lessons[0].duration = 2
    school.cycle.periods[0].late = true  // keep P3 from being late
    school.leadership = Leadership(
      roles: [Role(id: "TL", name: "Team Lead", kind: .teamLead, release: 0.75, spanLimit: 8)],
      leaders: [Leader(id: "L-ANA", name: "Ana", role: "TL", teacher: "T-ANA")])
    let report = Checker.check(school: school, schedule: Self.math("A Mon P2", "B Mon P2"))
    expectCounts(report, ["leader-overload": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "leader-overload") == [
        "Ana (T-ANA) teaches 4 periods, release 0.75 allows 3"
      ])
  }

  // MARK: Double lessons

  /// The base school with 3A-art a double period.
  static func doubleArt() -> School {
    var s = Fixture.school()
    s.lessons[2].duration = 2
    return s
  }

  @Test func doubleLessonClashesInItsSecondPeriod() {
    // 3A-art Mon P2-P3 meets 4B-art (T-BOB) in P3.
    let report = Checker.check(school: Self.doubleArt(), schedule: Fixture.clean)
    expectCounts(report, ["teacher-clash": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "teacher-clash") == ["T-BOB teaches 2 lessons on Mon P3: 3A-art, 4B-art"])
  }

  @Test func doubleLessonClassClashInItsSecondPeriod() {
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Wed P1", "T-BOB")])
    var moved = schedule
    moved.meetings[0].start = at("Wed P2")  // 3A-math inside the double
    let report = Checker.check(school: Self.doubleArt(), schedule: moved)
    expectCounts(report, ["class-clash": 1], cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func doubleLessonSecondPeriodBlockedOrUnavailable() {
    var school = Self.doubleArt()
    school.cycle.blocked = [BlockedSlot(slot: at("Wed P2"))]
    school.teachers[1].unavailable = [at("Wed P2")]
    school.classes[0].unavailable = [at("Wed P2")]
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Wed P1", "T-BOB")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(
      report, ["blocked-slot": 1, "teacher-unavailable": 1, "class-unavailable": 1],
      cost: HardSoft(hard: 3, soft: 0))
  }

  @Test func doubleLessonFillsGapsAndRunsAndLatePeriods() {
    var school = Self.doubleArt()
    school.policy.maxConsecutivePeriods = 2
    // T-BOB: 3A-art Mon P2-P3 and 4B-art Mon P4 (late): one run of 3, no gap.
    let schedule = Fixture.clean(replacing: "4B-art", with: [meet("4B-art", "Mon P4", "T-BOB")])
    expectCounts(
      Checker.check(school: school, schedule: schedule), ["consecutive": 1, "late-day": 1],
      cost: HardSoft(hard: 0, soft: 2 + 1))
    // 3A-art Tue P3-P4 (late once) and 4B-art Tue P1: one idle period (P2).
    let apart = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Tue P3", "T-BOB")])
    var later = apart
    later.meetings[2].start = at("Tue P1")  // 4B-art; 4B-math is at Tue P1 too
    later.meetings[1].start = at("Thu P1")  // move 4B-math away
    expectCounts(
      Checker.check(school: school, schedule: later), ["teacher-gap": 1, "late-day": 1],
      cost: HardSoft(hard: 0, soft: 3 + 1))
  }

  @Test func doubleLessonIsOneMeetingForSameSubject() {
    var school = Self.doubleArt()
    school.lessons[0].duration = 2
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Tue P2", "T-BOB")])
    // 3A-math Mon P1-P2: one start, not twice on Mon.
    expectCounts(Checker.check(school: school, schedule: schedule), [:], cost: .zero)
  }
}
