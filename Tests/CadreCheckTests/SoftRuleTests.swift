import CadreCheck
import CadreModel
import Testing

/// One given/expect test per soft rule; the cost is count × the school's weight.
@Suite struct SoftRuleTests {
  /// One teacher (T-X, any subject) teaching one single-meeting lesson per listed Mon period,
  /// each to its own class, in a day of `periods` periods.
  static func solo(
    periods: Int, teaching: [Int], blocked: [String] = [], unavailable: [String] = []
  ) -> (School, Schedule) {
    var lessons: [Lesson] = []
    var classes: [SchoolClass] = []
    var meetings: [Meeting] = []
    for p in teaching {
      classes.append(SchoolClass(id: ClassID("C\(p)")))
      lessons.append(
        Lesson(id: LessonID("L\(p)"), classID: ClassID("C\(p)"), subject: "s", meetings: 1))
      meetings.append(meet("L\(p)", "Mon P\(p)", "T-X"))
    }
    let school = School(
      name: "Solo", cycle: Fixture.cycle(days: ["Mon"], periods: periods, blocked: blocked),
      teachers: [Teacher(id: "T-X", unavailable: unavailable.map(at))], classes: classes,
      lessons: lessons)
    return (school, Schedule(meetings: meetings))
  }

  @Test func teacherGap() {
    let (school, schedule) = Self.solo(periods: 5, teaching: [1, 4])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["teacher-gap": 2], cost: HardSoft(hard: 0, soft: 6))
    #expect(messages(report, "teacher-gap") == ["T-X has 2 idle periods on Mon: P2, P3"])
  }

  @Test func workedExampleOfRulesMD() {
    // P1, P2 and P5 on Monday: a gap of 2 (P3, P4).
    let (school, schedule) = Self.solo(periods: 7, teaching: [1, 2, 5])
    expectCounts(
      Checker.check(school: school, schedule: schedule), ["teacher-gap": 2],
      cost: HardSoft(hard: 0, soft: 6))
  }

  @Test func teacherGapSkipsBlockedAndUnavailablePeriods() {
    let blocked = Self.solo(periods: 5, teaching: [1, 4], blocked: ["Mon P2"])
    expectCounts(
      Checker.check(school: blocked.0, schedule: blocked.1), ["teacher-gap": 1],
      cost: HardSoft(hard: 0, soft: 3))
    let both = Self.solo(
      periods: 5, teaching: [1, 4], blocked: ["Mon P2"], unavailable: ["Mon P3"])
    expectCounts(Checker.check(school: both.0, schedule: both.1), [:], cost: .zero)
  }

  @Test func teacherGapWeightIsTheSchools() {
    var (school, schedule) = Self.solo(periods: 5, teaching: [1, 4])
    school.weights.teacherGap = 7
    expectCounts(
      Checker.check(school: school, schedule: schedule), ["teacher-gap": 2],
      cost: HardSoft(hard: 0, soft: 14))
  }

  @Test func sameSubjectTwice() {
    var school = Fixture.school()
    school.lessons.append(
      Lesson(id: "3A-math2", classID: "3A", subject: "math", meetings: 1, teacher: "T-ANA"))
    var schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Tue P2", "T-BOB")])
    schedule.meetings.append(meet("3A-math2", "Mon P2", "T-ANA"))
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["same-subject-twice": 1], cost: HardSoft(hard: 0, soft: 5))
    #expect(messages(report, "same-subject-twice") == ["3A has math twice on Mon"])
  }

  @Test(arguments: [("Tue P2", 1), ("Wed P1", 0), ("Fri P1", 0)])
  func unevenSpreadOfTwoMeetings(second: String, expected: Int) {
    // g = ⌊5 / 2⌋ = 2 days between meetings.
    var school = Fixture.school()
    school.lessons[0].meetings = 2
    var schedule = Fixture.clean
    schedule.meetings.append(meet("3A-math", second, "T-ANA", index: 1))
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["uneven-spread": expected], cost: HardSoft(hard: 0, soft: 2 * expected))
  }

  @Test func unevenSpreadSortsTheDays() {
    // Days Wed, Mon, Thu -> 0, 2, 3 with g = ⌊5 / 3⌋ = 1: short 0 + 0; Mon twice: short 1.
    var school = Fixture.school()
    school.lessons[0].meetings = 3
    var schedule = Fixture.clean
    schedule.meetings += [
      meet("3A-math", "Wed P1", "T-ANA", index: 1), meet("3A-math", "Thu P1", "T-ANA", index: 2),
    ]
    expectCounts(Checker.check(school: school, schedule: schedule), [:], cost: .zero)
    schedule.meetings[5].start = at("Mon P3")
    // T-ANA Mon P1 and P3 (gap 1), 3A math twice on Mon; days 0, 0, 2: short 1 + 0.
    expectCounts(
      Checker.check(school: school, schedule: schedule),
      ["uneven-spread": 1, "same-subject-twice": 1, "teacher-gap": 1],
      cost: HardSoft(hard: 0, soft: 2 + 5 + 3))
  }

  @Test func consecutive() {
    let (school, schedule) = Self.solo(periods: 8, teaching: [1, 2, 3, 4, 5, 6])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["consecutive": 2], cost: HardSoft(hard: 0, soft: 4))
    #expect(
      messages(report, "consecutive") == ["T-X teaches 6 periods in a row on Mon (P1-P6), max 4"])
  }

  @Test func consecutiveRunsEndAtBlockedPeriods() {
    let free = Self.solo(periods: 8, teaching: [1, 2, 4, 5, 6, 7], blocked: ["Mon P3"])
    expectCounts(Checker.check(school: free.0, schedule: free.1), [:], cost: .zero)
    // Teaching in the blocked period still ends the run there: runs of 2 and 3.
    let taught = Self.solo(periods: 8, teaching: [1, 2, 3, 4, 5, 6], blocked: ["Mon P3"])
    expectCounts(
      Checker.check(school: taught.0, schedule: taught.1), ["blocked-slot": 1],
      cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func consecutiveUsesThePolicyLimit() {
    var (school, schedule) = Self.solo(periods: 8, teaching: [1, 2, 3, 5, 6, 7])
    school.policy.maxConsecutivePeriods = 2
    // Two runs of 3 around an idle P4.
    expectCounts(
      Checker.check(school: school, schedule: schedule), ["consecutive": 2, "teacher-gap": 1],
      cost: HardSoft(hard: 0, soft: 4 + 3))
  }

  @Test func lateDayDefaultsToTheLastPeriod() {
    let (school, schedule) = Self.solo(periods: 4, teaching: [3, 4])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["late-day": 1], cost: HardSoft(hard: 0, soft: 1))
    #expect(messages(report, "late-day") == ["L4 (index 0) meets late on Mon P4"])
  }

  @Test func lateDayUsesMarkedPeriodsAndCountsEachOccupiedPeriod() {
    var (school, schedule) = Self.solo(periods: 5, teaching: [1, 3])
    school.cycle.periods[2].late = true
    school.cycle.periods[3].late = true
    school.lessons[1].duration = 2  // L3 occupies P3 and P4, both late; P5 is not marked
    school.weights.lateDay = 4
    expectCounts(
      Checker.check(school: school, schedule: schedule), ["late-day": 2, "teacher-gap": 1],
      cost: HardSoft(hard: 0, soft: 8 + 3))
  }

  @Test func preferredSlot() {
    var school = Fixture.school()
    school.lessons[0].preferred = [at("Mon P1"), at("Tue P2")]
    expectCounts(Checker.check(school: school, schedule: Fixture.clean), [:], cost: .zero)
    let schedule = Fixture.clean(replacing: "3A-math", with: [meet("3A-math", "Wed P1", "T-ANA")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["preferred-slot": 1], cost: HardSoft(hard: 0, soft: 3))
    #expect(
      messages(report, "preferred-slot") == ["3A-math (index 0) is on Wed P1, not a preferred slot"]
    )
  }

  @Test func movedCountsSlotAndTeacherChanges() {
    var school = Fixture.school()
    school.teachers.append(Teacher(id: "T-CAT"))
    let previous = Fixture.clean
    // Without a previous schedule nothing counts as moved.
    expectCounts(Checker.check(school: school, schedule: previous), [:], cost: .zero)
    expectCounts(
      Checker.check(school: school, schedule: previous, previous: previous), [:], cost: .zero)
    var now = previous
    now.meetings[0].start = at("Wed P1")  // 3A-math moved
    now.meetings[3].teacher = "T-CAT"  // 4B-art: same slot, another teacher
    let report = Checker.check(school: school, schedule: now, previous: previous)
    expectCounts(report, ["moved": 2], cost: HardSoft(hard: 0, soft: 20))
    #expect(
      messages(report, "moved") == [
        "3A-math (index 0) moved from Mon P1 to Wed P1",
        "4B-art changed teacher from T-BOB to T-CAT",
      ])
  }

  @Test func movedIgnoresMeetingsThePreviousScheduleLacks() {
    var school = Fixture.school()
    school.lessons[0].meetings = 2
    var now = Fixture.clean
    now.meetings.append(meet("3A-math", "Thu P1", "T-ANA", index: 1))
    let report = Checker.check(school: school, schedule: now, previous: Fixture.clean)
    expectCounts(report, [:], cost: .zero)
  }

  @Test func movedCountsAMeetingLeftUnplaced() {
    let school = Fixture.school()
    let now = Fixture.clean(replacing: "3A-math", with: [])
    let report = Checker.check(school: school, schedule: now, previous: Fixture.clean)
    expectCounts(report, ["unplaced": 1, "moved": 1], cost: HardSoft(hard: 1, soft: 10))
  }

  @Test func movedCountsATeacherChangeOncePerLesson() {
    var school = Fixture.school()
    school.lessons[2].meetings = 3
    let previous = Fixture.clean(
      replacing: "3A-art",
      with: [
        meet("3A-art", "Mon P2", "T-BOB"), meet("3A-art", "Tue P2", "T-BOB", index: 1),
        meet("3A-art", "Wed P2", "T-BOB", index: 2),
      ])
    var now = previous
    for k in now.meetings.indices where now.meetings[k].lesson == "3A-art" {
      now.meetings[k].teacher = "T-ANA"
    }
    now.meetings[now.meetings.count - 1].start = at("Thu P2")
    school.teachers[0].subjects = []
    let report = Checker.check(school: school, schedule: now, previous: previous)
    // Three meetings change teacher: one unit for the lesson; one meeting moved day: one more.
    expectCounts(report, ["moved": 2], cost: HardSoft(hard: 0, soft: 20))
    #expect(
      messages(report, "moved") == [
        "3A-art (index 2) moved from Wed P2 to Thu P2",
        "3A-art changed teacher from T-BOB to T-ANA",
      ])
  }

  @Test func splitLessonIsHardUnlessAllowed() {
    var school = Fixture.school()
    school.teachers.append(Teacher(id: "T-CAT"))
    school.lessons[2].meetings = 3
    let now = Fixture.clean(
      replacing: "3A-art",
      with: [
        meet("3A-art", "Mon P2", "T-BOB"), meet("3A-art", "Tue P2", "T-CAT", index: 1),
        meet("3A-art", "Wed P2", "T-BOB", index: 2),
      ])
    let report = Checker.check(school: school, schedule: now)
    expectCounts(report, ["split-lesson": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "split-lesson") == [
        "3A-art is taught by T-BOB, T-CAT; a lesson has one teacher unless it allows a split "
          + "(\"allowSplit\": true)"
      ])
    school.lessons[2].allowSplit = true
    expectCounts(Checker.check(school: school, schedule: now), [:], cost: .zero)
  }

  @Test func roomStabilityCountsExtraRoomsPerLesson() {
    var school = Fixture.school()
    school.rooms = [
      Room(id: "R1", kind: "art"), Room(id: "R2", kind: "art"), Room(id: "R3", kind: "art"),
    ]
    school.lessons[2].meetings = 3
    school.lessons[2].roomKind = "art"
    school.weights.roomStability = 4
    let now = Fixture.clean(
      replacing: "3A-art",
      with: [
        meet("3A-art", "Mon P2", "T-BOB", room: "R1"),
        meet("3A-art", "Tue P2", "T-BOB", index: 1, room: "R3"),
        meet("3A-art", "Wed P2", "T-BOB", index: 2, room: "R2"),
      ])
    let report = Checker.check(school: school, schedule: now)
    expectCounts(report, ["room-stability": 2], cost: HardSoft(hard: 0, soft: 8))
    #expect(
      messages(report, "room-stability") == [
        "3A-art meets in R1, R3, R2 (one room for all its meetings is preferred)"
      ])
    school.weights.required = [.roomStability]
    expectCounts(
      Checker.check(school: school, schedule: now), ["room-stability": 2],
      cost: HardSoft(hard: 2, soft: 0))
  }
}
