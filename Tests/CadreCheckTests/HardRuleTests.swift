import CadreCheck
import CadreModel
import Testing

/// One given/expect test per hard rule on the base fixture school.
@Suite struct HardRuleTests {
  let school = Fixture.school()

  @Test func cleanScheduleBreaksNothing() {
    let report = Checker.check(school: school, schedule: Fixture.clean)
    expectCounts(report, [:], cost: .zero)
    #expect(report.isFeasible)
    #expect(report.violations.isEmpty)
  }

  @Test func unplacedCountsMissingAndStartlessMeetings() {
    let schedule = Schedule(meetings: [
      meet("3A-math", "Mon P1", "T-ANA"),
      meet("3A-art", nil, "T-BOB"),
      meet("4B-art", "Mon P3", "T-BOB"),
    ])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["unplaced": 2], cost: HardSoft(hard: 2, soft: 0))
    #expect(
      messages(report, "unplaced") == [
        "4B-math (index 0) is not placed", "3A-art (index 0) is not placed",
      ])
  }

  @Test func noTeacher() {
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Mon P2", nil)])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["no-teacher": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(messages(report, "no-teacher") == ["3A-art (index 0) on Mon P2 has no teacher"])
  }

  @Test func teacherClash() {
    let schedule = Fixture.clean(replacing: "4B-math", with: [meet("4B-math", "Mon P1", "T-ANA")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["teacher-clash": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "teacher-clash") == ["T-ANA teaches 2 lessons on Mon P1: 3A-math, 4B-math"]
    )
  }

  @Test func classClashCountsEachExtraLesson() {
    var school = self.school
    school.lessons.append(
      Lesson(id: "3A-music", classID: "3A", subject: "music", meetings: 1, teacher: "T-CAT"))
    school.teachers.append(Teacher(id: "T-CAT"))
    let schedule = Schedule(meetings: [
      meet("3A-math", "Mon P1", "T-ANA"), meet("4B-math", "Tue P1", "T-ANA"),
      meet("3A-art", "Mon P1", "T-BOB"), meet("4B-art", "Mon P2", "T-BOB"),
      meet("3A-music", "Mon P1", "T-CAT"),
    ])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["class-clash": 2], cost: HardSoft(hard: 2, soft: 0))
    #expect(
      messages(report, "class-clash") == ["3A has 3 lessons on Mon P1: 3A-math, 3A-art, 3A-music"])
  }

  @Test func roomClash() {
    var school = self.school
    school.rooms = [Room(id: "R1"), Room(id: "R2")]
    let schedule = Schedule(meetings: [
      meet("3A-math", "Mon P1", "T-ANA", room: "R1"),
      meet("4B-math", "Tue P1", "T-ANA", room: "R1"),
      meet("3A-art", "Tue P1", "T-BOB", room: "R1"),
      meet("4B-art", "Mon P1", "T-BOB", room: "R2"),
    ])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["room-clash": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "room-clash") == ["Room R1 holds 2 lessons on Tue P1: 4B-math, 3A-art"])
  }

  @Test func blockedSlot() {
    let school = Fixture.school(cycle: Fixture.cycle(blocked: ["Wed P2"]))
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Wed P2", "T-BOB")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["blocked-slot": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "blocked-slot") == [
        "3A-art (index 0) meets on Wed P2, which is blocked (Lunch)"
      ])
  }

  @Test func teacherUnavailable() {
    var school = self.school
    school.teachers[1].unavailable = [at("Mon P2"), at("Mon P3")]
    let report = Checker.check(school: school, schedule: Fixture.clean)
    expectCounts(report, ["teacher-unavailable": 2], cost: HardSoft(hard: 2, soft: 0))
    #expect(
      messages(report, "teacher-unavailable").first
        == "T-BOB is unavailable on Mon P2 but teaches 3A-art (index 0)")
  }

  @Test func classUnavailable() {
    var school = self.school
    school.classes[0].unavailable = [at("Mon P2")]
    let report = Checker.check(school: school, schedule: Fixture.clean)
    expectCounts(report, ["class-unavailable": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "class-unavailable") == [
        "3A is unavailable on Mon P2 but has 3A-art (index 0)"
      ])
  }

  @Test func roomUnavailable() {
    var school = self.school
    school.rooms = [Room(id: "R1", unavailable: [at("Mon P1")])]
    let schedule = Fixture.clean(
      replacing: "3A-math", with: [meet("3A-math", "Mon P1", "T-ANA", room: "R1")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["room-unavailable": 1], cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func doubleLessonOverflowAlsoCountsTheLatePeriodItReaches() {
    var school = self.school
    school.lessons[2].duration = 2
    // Starts in P4 (late): occupies P4 only; P5 does not exist.
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Tue P4", "T-BOB")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(
      report, ["double-lesson-overflow": 1, "late-day": 1], cost: HardSoft(hard: 1, soft: 1))
    #expect(
      messages(report, "double-lesson-overflow") == [
        "3A-art (index 0) lasts 2 periods from Tue P4, past the end of the day"
      ])
  }

  @Test func doubleLessonEndingOnTheLastPeriodFits() {
    var school = self.school
    school.lessons[2].duration = 2
    school.cycle.periods[1].late = true  // only P2 is late now, and nothing meets in P2
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Wed P3", "T-BOB")])
    expectCounts(Checker.check(school: school, schedule: schedule), [:], cost: .zero)
  }

  @Test func pinnedMoved() {
    var school = self.school
    school.lessons[0].pinned = [at("Mon P1")]
    #expect(Checker.check(school: school, schedule: Fixture.clean).cost == .zero)
    let moved = Fixture.clean(replacing: "3A-math", with: [meet("3A-math", "Tue P2", "T-ANA")])
    let report = Checker.check(school: school, schedule: moved)
    expectCounts(report, ["pinned-moved": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "pinned-moved") == [
        "3A-math (index 0) is pinned to Mon P1 but placed on Tue P2"
      ])
  }

  @Test func pinnedMeetingLeftUnplacedCountsBoth() {
    var school = self.school
    school.lessons[0].pinned = [at("Mon P1")]
    let schedule = Fixture.clean(replacing: "3A-math", with: [meet("3A-math", nil, nil)])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["pinned-moved": 1, "unplaced": 1], cost: HardSoft(hard: 2, soft: 0))
  }

  @Test func unqualifiedTeacherAgainstFixedTeacher() {
    let schedule = Fixture.clean(replacing: "3A-math", with: [meet("3A-math", "Mon P1", "T-BOB")])
    let report = Checker.check(school: school, schedule: schedule)
    // T-BOB now also has Mon P1-P3 in a row: no gap, no clash.
    expectCounts(report, ["unqualified-teacher": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "unqualified-teacher") == [
        "3A-math (index 0) is taught by T-BOB, but the lesson's teacher is T-ANA"
      ])
  }

  @Test func unqualifiedTeacherAgainstCandidateList() {
    var school = self.school
    school.lessons[2].candidates = ["T-ANA"]
    let report = Checker.check(school: school, schedule: Fixture.clean)
    expectCounts(report, ["unqualified-teacher": 1], cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func roomUnsuitableForEachReason() {
    var school = self.school
    school.rooms = [
      Room(id: "R1"), Room(id: "R2"), Room(id: "LAB", kind: "lab", capacity: 20),
      Room(id: "LAB2", kind: "lab", capacity: 30),
    ]
    school.classes[1].homeRoom = "R2"
    school.lessons[0].roomKind = "lab"  // 3A-math: a lab for 25 students
    school.lessons[2].room = "R1"  // 3A-art: fixed room R1
    func check(_ rooms: [String: String?]) -> CheckReport {
      let meetings = Fixture.clean.meetings.map { m -> Meeting in
        var m = m
        m.room = (rooms[m.lesson.raw] ?? nil).map { RoomID($0) }
        return m
      }
      return Checker.check(school: school, schedule: Schedule(meetings: meetings))
    }
    // 3A-math needs a lab of 25 seats, 3A-art R1, 4B lessons their home room R2.
    let good = check(["3A-math": "LAB2", "4B-math": "R2", "3A-art": "R1", "4B-art": "R2"])
    expectCounts(good, [:], cost: .zero)
    let bad = check(["3A-math": "LAB", "4B-math": "R1", "3A-art": nil, "4B-art": "LAB2"])
    expectCounts(bad, ["room-unsuitable": 4], cost: HardSoft(hard: 4, soft: 0))
    #expect(
      messages(bad, "room-unsuitable") == [
        "3A-math (index 0) is in room LAB, but LAB seats 20 and 3A has 25 students",
        "4B-math (index 0) is in room R1, but its room is R2",
        "3A-art (index 0) has no room, needs room R1",
        "4B-art (index 0) is in room LAB2, but its room is R2",
      ])
    let kind = check(["3A-math": "R1", "4B-math": "R2", "3A-art": "R1", "4B-art": "R2"])
    expectCounts(kind, ["room-unsuitable": 1], cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func lessonWithoutRoomNeedsAcceptsAnyRoomOrNone() {
    var school = self.school
    school.rooms = [Room(id: "CLOSET", capacity: 1)]
    let schedule = Fixture.clean(
      replacing: "3A-art", with: [meet("3A-art", "Mon P2", "T-BOB", room: "CLOSET")])
    expectCounts(Checker.check(school: school, schedule: schedule), [:], cost: .zero)
  }

  @Test(arguments: [(1, 1), (2, 0), (3, 0)])
  func teacherDayMax(limit: Int, expected: Int) {
    var school = self.school
    school.teachers[1].maxPerDay = limit
    // T-BOB teaches 2 periods on Mon (P2, P3).
    let report = Checker.check(school: school, schedule: Fixture.clean)
    expectCounts(report, ["teacher-day-max": expected], cost: HardSoft(hard: expected, soft: 0))
    if expected > 0 {
      #expect(messages(report, "teacher-day-max") == ["T-BOB teaches 2 periods on Mon, max 1"])
    }
  }

  @Test func teacherWeekMax() {
    var school = self.school
    school.teachers[0].maxPerWeek = 1
    let report = Checker.check(school: school, schedule: Fixture.clean)
    expectCounts(report, ["teacher-week-max": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(messages(report, "teacher-week-max") == ["T-ANA teaches 2 periods in week A, max 1"])
  }
}
