import CadreModel
import Testing

@Suite struct ValidatorCapacityTests {
  @Test func classNeedsMoreThanItsSlots() {
    var s = validSchool()
    s.lessons.append(Lesson(id: "3A-art", classID: "3A", subject: "art", meetings: 13))
    let d = expectDiagnostic("over-capacity", at: "/classes/0", in: s)
    #expect(
      d?.message == "Class 3A needs 20 periods a cycle but is free in 19 of the cycle's 20 slots")
  }

  @Test func classUnavailabilityCounts() {
    var s = validSchool()
    s.classes[1].unavailable = (1...4).map { SlotRef(day: "Mon", period: "P\($0)") }
    s.lessons.append(Lesson(id: "3B-art", classID: "3B", subject: "art", meetings: 10))
    expectDiagnostic("over-capacity", at: "/classes/1", in: s)
  }

  @Test func teacherFixedLessonsExceedFreeSlots() {
    var s = validSchool()
    s.teachers[2].unavailable = [
      SlotRef(day: "Mon", period: "P1"), SlotRef(day: "Tue", period: "P1"),
    ]
    s.lessons[3].teacher = "T-CY"
    s.lessons[3].meetings = 18
    s.lessons[3].roomKind = nil
    expectDiagnostic("over-capacity", at: "/teachers/2", in: s)
  }

  @Test func teacherFixedLessonsExceedMaxPerWeek() {
    var s = validSchool()
    s.teachers[2].maxPerWeek = 2
    s.lessons[3].teacher = "T-CY"
    s.lessons[3].meetings = 3
    expectDiagnostic("over-capacity", at: "/teachers/2/maxPerWeek", in: s)
  }

  @Test func teacherFixedLessonsExceedMaxPerDay() {
    var s = validSchool()
    s.teachers[2].maxPerDay = 1
    s.lessons[3].teacher = "T-CY"
    s.lessons[3].meetings = 6
    expectDiagnostic("over-capacity", at: "/teachers/2/maxPerDay", in: s)
  }

  @Test func leaderFixedLessonsExceedRelease() {
    var s = validSchool()
    s.lessons[0].meetings = 12
    let d = expectDiagnostic("over-capacity", at: "/leadership/leaders/0", in: s)
    #expect(
      d?.message
        == "Team Lead Ana (T-ANA) must teach 12 periods of fixed lessons but release 0.5 "
        + "leaves 9 of 19")
  }

  @Test func leaderReleasedPeriodsPerDay() {
    var s = validSchool()
    s.leadership.roles[0].releasePeriodsPerDay = 3
    s.lessons[0].meetings = 5
    let d = expectDiagnostic("over-capacity", at: "/leadership/leaders/0", in: s)
    #expect(d?.message.hasSuffix("release of 3 periods a day leaves 4 of 19") == true)
  }

  @Test func subjectNeedsMoreThanItsTeachersCanGive() {
    var s = validSchool()
    s.teachers[1].maxPerWeek = 2
    s.teachers[2].subjects = ["science"]
    let d = expectDiagnostic("over-capacity", at: "/lessons/1/subject", in: s)
    #expect(
      d?.message
        == "Lessons in reading need 4 periods a cycle but the 1 teacher who may teach them can "
        + "teach 2 between them")
  }

  @Test func schoolNeedsMoreThanAllTeachers() {
    var s = validSchool()
    s.teachers[1].maxPerWeek = 1
    s.teachers[2].maxPerWeek = 1
    expectDiagnostic("over-capacity", at: "/lessons", in: s)
  }

  @Test func capacityFactsAreNotRaisedForAFeasibleLoad() {
    var s = validSchool()
    s.lessons[0].meetings = 9  // exactly Ana's limit
    s.lessons[1].meetings = 10  // 3A: 9 + 10 = 19 = its free slots
    #expect(!codes(s).contains("over-capacity"))
  }
}
