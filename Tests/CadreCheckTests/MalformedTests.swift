import CadreCheck
import CadreModel
import Testing

/// Schedules naming what the school does not have: reported under the checker-only rules,
/// never a trap, and the meeting is treated as unplaced everywhere else.
@Suite struct MalformedTests {
  let school = Fixture.school()

  @Test func unknownLessonIsReportedAndIgnored() {
    var schedule = Fixture.clean
    schedule.meetings.append(meet("9Z-latin", "Mon P1", "T-ANA"))
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["unknown-lesson": 1], cost: HardSoft(hard: 1, soft: 0))
    #expect(
      messages(report, "unknown-lesson") == [
        "The schedule names lesson '9Z-latin' (index 0), which is not in the school"
      ])
  }

  @Test(arguments: [-1, 1, Int.max])
  func indexOutOfRangeIsAnUnknownLesson(index: Int) {
    var schedule = Fixture.clean
    schedule.meetings.append(meet("3A-math", "Wed P1", "T-ANA", index: index))
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["unknown-lesson": 1], cost: HardSoft(hard: 1, soft: 0))
  }

  @Test func unknownTeacherLeavesTheMeetingUnplaced() {
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "Mon P2", "T-ZED")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["unknown-teacher": 1, "unplaced": 1], cost: HardSoft(hard: 2, soft: 0))
    #expect(
      messages(report, "unknown-teacher") == [
        "3A-art (index 0) names teacher 'T-ZED', who is not in the school"
      ])
  }

  @Test func unknownRoomLeavesTheMeetingUnplaced() {
    let schedule = Fixture.clean(
      replacing: "3A-art", with: [meet("3A-art", "Mon P2", "T-BOB", room: "R-404")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["unknown-room": 1, "unplaced": 1], cost: HardSoft(hard: 2, soft: 0))
  }

  @Test(arguments: ["Sun P1", "Mon P9", "B Mon P1"])
  func unknownSlotLeavesTheMeetingUnplaced(slot: String) {
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", slot, "T-BOB")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["unknown-slot": 1, "unplaced": 1], cost: HardSoft(hard: 2, soft: 0))
  }

  @Test func startNamingTheOnlyWeekIsFine() {
    let schedule = Fixture.clean(replacing: "3A-art", with: [meet("3A-art", "A Mon P2", "T-BOB")])
    expectCounts(Checker.check(school: school, schedule: schedule), [:], cost: .zero)
  }

  @Test func duplicateMeetingCountsEachExtraEntry() {
    var schedule = Fixture.clean
    schedule.meetings += [meet("3A-art", "Mon P2", "T-BOB"), meet("3A-art", "Fri P1", "T-BOB")]
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(report, ["duplicate-meeting": 2, "unplaced": 1], cost: HardSoft(hard: 3, soft: 0))
    #expect(
      messages(report, "duplicate-meeting") == ["3A-art (index 0) appears 3 times in the schedule"])
  }

  @Test func severalProblemsInOneEntryEachCount() {
    let schedule = Fixture.clean(
      replacing: "3A-art", with: [meet("3A-art", "Sun P1", "T-ZED", room: "R-404")])
    let report = Checker.check(school: school, schedule: schedule)
    expectCounts(
      report, ["unknown-slot": 1, "unknown-teacher": 1, "unknown-room": 1, "unplaced": 1],
      cost: HardSoft(hard: 4, soft: 0))
  }

  @Test func oddSchoolsNeverTrap() {
    // Inputs the validator rejects; the checker must still answer.
    var school = self.school
    school.lessons[0].duration = 0
    school.lessons[1].duration = -3
    school.lessons[2].duration = Int.max
    school.lessons[3].meetings = -2
    school.teachers[0].maxPerDay = Int.min
    school.teachers[1].maxPerWeek = Int.max
    school.policy.huddlesPerWeek = Int.max
    school.policy.observableSlotsPerMember = Int.min
    school.policy.maxConsecutivePeriods = Int.min
    school.weights.lateDay = Int.max
    school.lessons[0].pinned = [at("Sun P1"), at("Mon P1")]
    school.lessons[0].preferred = [at("Sun P1")]
    school.leadership = Leadership(
      roles: [
        Role(id: "R", kind: .teamLead, release: -1e300, spanLimit: 1),
        Role(id: "Q", kind: .teamLead, release: .nan, releasePeriodsPerDay: Int.min, spanLimit: 1),
      ],
      leaders: [
        Leader(id: "L1", role: "R", teacher: "T-ANA"),
        Leader(id: "L2", role: "Q", teacher: "T-BOB"),
        Leader(id: "L3", role: "NOPE", teacher: "T-NOBODY"),
      ],
      teams: [Team(id: "G", leader: "L-GHOST", members: ["T-ANA", "T-GHOST"])])
    let report = Checker.check(school: school, schedule: Fixture.clean)
    #expect(!report.isFeasible)
    #expect(report.cost.soft == Int.max)  // late-day with weight Int.max saturates
    let empty = School(
      name: "Empty", cycle: Cycle(weeks: [], days: [], periods: []), teachers: [], classes: [],
      lessons: [Lesson(id: "L", classID: "C", subject: "s", meetings: 1)])
    let nothing = Checker.check(
      school: empty, schedule: Schedule(meetings: [meet("L", "Mon P1", nil)]))
    expectCounts(nothing, ["unknown-slot": 1, "unplaced": 1], cost: HardSoft(hard: 2, soft: 0))
  }
}
