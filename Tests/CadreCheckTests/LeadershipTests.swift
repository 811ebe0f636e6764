import CadreCheck
import CadreModel
import Testing

/// Release, common planning and observation windows, for teaching and non-teaching leaders.
@Suite struct LeadershipTests {
  /// The base school on one day (Mon, P1-P4: T = 4) with a third math class for T-ANA, and
  /// Team Lead Ana (leader L-ANA, teacher T-ANA) leading team G3 = [T-BOB].
  static func school(release: Double = 0.5, periodsPerDay: Int? = nil) -> School {
    var s = Fixture.school(cycle: Fixture.cycle(days: ["Mon"]))
    s.classes.append(SchoolClass(id: "5C", grade: "5"))
    s.lessons.append(
      Lesson(id: "5C-math", classID: "5C", subject: "math", meetings: 1, teacher: "T-ANA"))
    s.leadership = Leadership(
      roles: [
        Role(
          id: "TL", name: "Team Lead", kind: .teamLead, release: release,
          releasePeriodsPerDay: periodsPerDay, spanLimit: 8)
      ],
      leaders: [Leader(id: "L-ANA", name: "Team Lead Ana", role: "TL", teacher: "T-ANA")],
      teams: [Team(id: "G3", leader: "L-ANA", members: ["T-BOB"])])
    s.policy.observableSlotsPerMember = 0
    return s
  }

  /// T-ANA teaches P1-P3, T-BOB P2 and P3.
  static let busy = Schedule(meetings: [
    meet("3A-math", "Mon P1", "T-ANA"), meet("4B-math", "Mon P2", "T-ANA"),
    meet("5C-math", "Mon P3", "T-ANA"), meet("3A-art", "Mon P2", "T-BOB"),
    meet("4B-art", "Mon P3", "T-BOB"),
  ])

  /// T-ANA teaches P1 and P2, T-BOB P2 and P3 (5C-math is left out of the school).
  static func light(_ s: School) -> (School, Schedule) {
    var s = s
    s.lessons.removeAll { $0.id == "5C-math" }
    return (
      s,
      Schedule(meetings: [
        meet("3A-math", "Mon P1", "T-ANA"), meet("4B-math", "Mon P2", "T-ANA"),
        meet("3A-art", "Mon P2", "T-BOB"), meet("4B-art", "Mon P3", "T-BOB"),
      ])
    )
  }

  @Test func leaderOverloadWithReleaseFraction() {
    // ⌊0.5 × 4⌋ = 2 allowed, 3 taught.
    let report = Checker.check(school: Self.school(), schedule: Self.busy)
    expectCounts(report, ["leader-overload": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "leader-overload") == [
        "Team Lead Ana (T-ANA) teaches 3 periods, release 0.5 allows 2"
      ])
  }

  @Test(arguments: [(1, 0), (2, 1), (5, 3)])
  func leaderOverloadWithPeriodsPerDay(perDay: Int, expected: Int) {
    // limit = 4 − perDay × 1 cycle day, never below 0; 3 taught.
    let school = Self.school(release: 0.9, periodsPerDay: perDay)
    let report = Checker.check(school: school, schedule: Self.busy)
    expectCounts(report, ["leader-overload": expected], cost: HardSoft(hard: expected, soft: 0))
  }

  @Test func leaderOverloadIgnoresBlockedSlotsInTheLimit() {
    // Blocking P4 leaves T = 3: ⌊0.5 × 3 + 1e-9⌋ = 1 allowed, 3 taught.
    var school = Self.school()
    school.cycle.blocked = [BlockedSlot(slot: at("Mon P4"))]
    let report = Checker.check(school: school, schedule: Self.busy)
    expectCounts(report, ["leader-overload": 2], cost: HardSoft(hard: 2, soft: 0))
  }

  @Test func workedExampleOfRulesMD() {
    // Mon-Fri × 7 periods = 35 slots; release 0.5 allows ⌊17.5⌋ = 17; Ana teaches 19.
    var lessons: [Lesson] = []
    var classes: [SchoolClass] = []
    var meetings: [Meeting] = []
    let days = Fixture.weekdays
    for i in 0..<19 {
      classes.append(SchoolClass(id: ClassID("C\(i)")))
      lessons.append(
        Lesson(id: LessonID("L\(i)"), classID: ClassID("C\(i)"), subject: "math", meetings: 1))
      meetings.append(meet("L\(i)", "\(days[i / 7]) P\(i % 7 + 1)", "T-ANA"))
    }
    let school = School(
      name: "Worked", cycle: Fixture.cycle(periods: 7), teachers: [Teacher(id: "T-ANA")],
      classes: classes, lessons: lessons,
      leadership: Leadership(
        roles: [Role(id: "TL", kind: .teamLead, release: 0.5, spanLimit: 8)],
        leaders: [Leader(id: "L-ANA", name: "Team Lead Ana", role: "TL", teacher: "T-ANA")]))
    let report = Checker.check(school: school, schedule: Schedule(meetings: meetings))
    // Runs of 7, 7 and 5 over a limit of 4: 3 + 3 + 1 = 7 (×2); P7 on Mon and Tue is late.
    expectCounts(
      report, ["leader-overload": 2, "consecutive": 7, "late-day": 2],
      cost: HardSoft(hard: 2, soft: 16))
    #expect(
      messages(report, "leader-overload") == [
        "Team Lead Ana (T-ANA) teaches 19 periods, release 0.5 allows 17"
      ])
  }

  @Test(arguments: [(1, 0), (2, 1), (3, 2)])
  func commonPlanning(huddles: Int, expected: Int) {
    // Only P4 is free for both L-ANA (T-ANA) and T-BOB.
    var (school, schedule) = Self.light(Self.school(release: 0))
    school.policy.huddlesPerWeek = huddles
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["common-planning": expected], cost: HardSoft(hard: expected, soft: 0))
    if huddles == 2 {
      #expect(
        messages(report, "common-planning") == [
          "Team G3 (leader L-ANA) has common planning time on 1 day in week A, needs 2 (2 "
            + "huddles a team on different days, in slots the leader and every member have "
            + "free, one team at a time)"
        ])
    }
  }

  @Test func aLeaderOfTwoTeamsAttendsOneHuddleAtATime() {
    // A principal (no teacher record) leads G3 (T-BOB) and G4 (T-CAT), 2 huddles a week each
    // on different days. Both teams are free only at P4 on Mon and Tue: the principal holds 2
    // of the 4 huddles. With T-CAT free at Mon P3 too, 3.
    var s = Fixture.school(cycle: Fixture.cycle(days: ["Mon", "Tue"]))
    s.lessons = []
    s.teachers.append(Teacher(id: "T-CAT"))
    let busy = ["P1", "P2", "P3"].flatMap { p in ["Mon", "Tue"].map { at("\($0) \(p)") } }
    s.teachers[1].unavailable = busy
    s.teachers[2].unavailable = busy
    s.leadership = Leadership(
      roles: [Role(id: "PR", kind: .principal, spanLimit: 30)],
      leaders: [Leader(id: "L-PR", role: "PR")],
      teams: [
        Team(id: "G3", leader: "L-PR", members: ["T-BOB"]),
        Team(id: "G4", leader: "L-PR", members: ["T-CAT"]),
      ])
    s.policy.huddlesPerWeek = 2
    s.policy.observableSlotsPerMember = 0
    let report = Checker.check(school: s, schedule: Schedule(meetings: []))
    expectCounts(report, ["common-planning": 2], cost: HardSoft(hard: 2, soft: 0))
    #expect(
      messages(report, "common-planning") == [
        "Leader L-PR's teams G3, G4 can hold 2 huddles in week A, needs 4 (2 huddles a team on "
          + "different days, in slots the leader and every member have free, one team at a time)"
      ])
    s.teachers[2].unavailable.removeAll { $0 == at("Mon P3") }
    expectCounts(
      Checker.check(school: s, schedule: Schedule(meetings: [])), ["common-planning": 1],
      cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func teachingLeaderUsesTheTeacherRecordsUnavailability() {
    var (school, schedule) = Self.light(Self.school(release: 0))
    school.policy.huddlesPerWeek = 1
    school.leadership.leaders[0].unavailable = [at("Mon P4")]  // ignored: L-ANA teaches
    expectCounts(Checker.check(school: school, schedule: schedule), [:], cost: .zero)
    school.teachers[0].unavailable = [at("Mon P4")]  // counts
    expectCounts(
      Checker.check(school: school, schedule: schedule), ["common-planning": 1],
      cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func teamWithoutMembersNeedsNoPlanning() {
    var (school, schedule) = Self.light(Self.school(release: 0))
    school.policy.huddlesPerWeek = 3
    school.policy.observableSlotsPerMember = 3
    school.leadership.teams[0].members = []
    expectCounts(Checker.check(school: school, schedule: schedule), [:], cost: .zero)
  }

  @Test(arguments: [(1, 0), (2, 1), (3, 2)])
  func observationWindow(k: Int, expected: Int) {
    // T-BOB teaches P2 (Ana teaches too) and P3 (Ana is free): o = 1. Both are free only at
    // P4 (Ana teaches P1, P2): d = 1, so debrief-time is short as much.
    var (school, schedule) = Self.light(Self.school(release: 0))
    school.policy.observableSlotsPerMember = k
    let report = Checker.check(school: school, schedule: schedule)
    // P4 follows the one chance, P3: debrief-window counts as observation-window does.
    expectCounts(
      report,
      ["observation-window": expected, "debrief-time": expected, "debrief-window": expected],
      cost: HardSoft(hard: 3 * expected, soft: 0))
    if k == 2 {
      #expect(
        messages(report, "observation-window") == [
          "T-BOB (team G3) teaches 1 slot in week A while leader L-ANA is free, needs 2"
        ])
      #expect(
        messages(report, "debrief-time") == [
          "T-BOB (team G3) and leader L-ANA are both free in 1 slot in week A, need 2 (a "
            + "debrief needs them together)"
        ])
    }
  }

  /// T-ANA teaches P1 and P2, T-BOB P2 and P4: his one chance is P4 (Ana is free), and the
  /// one slot both are free, P3, comes before it. Within the day there is no debrief; with a
  /// window of a day, the next school day (Mon again) has P3.
  @Test(arguments: [(0, 1), (1, 0), (2, 0)])
  func debriefWindowNeedsJointTimeAfterTheChance(window: Int, expected: Int) {
    var (school, _) = Self.light(Self.school(release: 0))
    school.policy.observableSlotsPerMember = 1
    school.policy.debriefWindowDays = window
    let schedule = Schedule(meetings: [
      meet("3A-math", "Mon P1", "T-ANA"), meet("4B-math", "Mon P2", "T-ANA"),
      meet("3A-art", "Mon P2", "T-BOB"), meet("4B-art", "Mon P4", "T-BOB"),
    ])
    let report = Checker.check(school: school, schedule: schedule)
    #expect(report.count("debrief-window") == expected)
    #expect(report.count("observation-window") == 0 && report.count("debrief-time") == 0)
    #expect(report.cost.hard == expected)
    if expected > 0 {
      #expect(
        messages(report, "debrief-window") == [
          "T-BOB (team G3) has 0 observation chances in week A that a debrief with leader "
            + "L-ANA can follow within 0 days, needs 1"
        ])
    }
  }

  @Test func principalWhoDoesNotTeach() {
    // The principal has no teacher record: never overloaded, free unless their own
    // unavailability says otherwise, and T-ANA is an ordinary teacher again (gaps count).
    var (school, schedule) = Self.light(Self.school(release: 0))
    school.leadership = Leadership(
      roles: [Role(id: "P", name: "Principal", kind: .principal, release: 1, spanLimit: 40)],
      leaders: [
        Leader(id: "L-PRIN", name: "Principal Diaz", role: "P", unavailable: [at("Mon P3")])
      ],
      teams: [Team(id: "ALL", leader: "L-PRIN", members: ["T-ANA", "T-BOB"])])
    school.policy.huddlesPerWeek = 1
    school.policy.observableSlotsPerMember = 2
    let report = Checker.check(school: school, schedule: schedule)
    // T-ANA teaches P1, P2, both observable; T-BOB P2 and P3 (principal away): o = 1.
    // Common planning: P4 is free for all three. Debriefs: T-ANA and the principal are both
    // free only at P4 (d = 1), T-BOB and the principal at P1 and P4 (d = 2).
    // Debrief window: T-ANA's chances P1, P2 are followed by P4 (u = 2); T-BOB's one, P2, too.
    expectCounts(
      report, ["observation-window": 1, "debrief-time": 1, "debrief-window": 1],
      cost: HardSoft(hard: 3, soft: 0))
    school.leadership.leaders[0].unavailable.append(at("Mon P4"))
    // Now T-ANA and the principal share no free slot (u = 0); T-BOB's P1 comes before his
    // chance, but the next school day (Mon again, within 2 days) has it (u = 1).
    expectCounts(
      Checker.check(school: school, schedule: schedule),
      ["observation-window": 1, "common-planning": 1, "debrief-time": 3, "debrief-window": 3],
      cost: HardSoft(hard: 8, soft: 0))
  }

  @Test func teachingLeaderHasNoGaps() {
    var (school, _) = Self.light(Self.school(release: 0))
    school.leadership.teams = []
    let schedule = Schedule(meetings: [
      meet("3A-math", "Mon P1", "T-ANA"), meet("4B-math", "Mon P3", "T-ANA"),
      meet("3A-art", "Mon P2", "T-BOB"), meet("4B-art", "Mon P1", "T-BOB"),
    ])
    expectCounts(Checker.check(school: school, schedule: schedule), [:], cost: .zero)
    school.leadership = Leadership()
    expectCounts(
      Checker.check(school: school, schedule: schedule), ["teacher-gap": 1],
      cost: HardSoft(hard: 0, soft: 3))
  }
}
