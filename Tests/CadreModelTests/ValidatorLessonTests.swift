import CadreModel
import Testing

@Suite struct ValidatorLessonTests {
  @Test func unknownClass() {
    var s = validSchool()
    s.lessons[1].classID = "3C"
    let d = expectDiagnostic("unknown-class", at: "/lessons/1/class", in: s)
    #expect(d?.hint == "did you mean '3A'?")
  }

  @Test func emptySubject() {
    var s = validSchool()
    s.lessons[1].subject = ""
    expectDiagnostic("empty-subject", at: "/lessons/1/subject", in: s)
  }

  @Test func meetingsAndDurationBelowOne() {
    var s = validSchool()
    s.lessons[1].meetings = 0
    s.lessons[2].duration = 0
    expectDiagnostic("out-of-range", at: "/lessons/1/meetings", in: s)
    expectDiagnostic("out-of-range", at: "/lessons/2/duration", in: s)
  }

  @Test func lessonLongerThanDay() {
    var s = validSchool()
    s.lessons[3].duration = 5
    let d = expectDiagnostic("lesson-longer-than-day", at: "/lessons/3/duration", in: s)
    #expect(d?.message == "Lesson 3B-sci lasts 5 periods but a day has 4")
  }

  @Test func fixedTeacherNotAmongCandidates() {
    var s = validSchool()
    s.lessons[2].teacher = "T-CY"
    expectDiagnostic("teacher-not-candidate", at: "/lessons/2/teacher", in: s)
  }

  @Test func splitNeedsTwoTeachers() {
    var s = validSchool()
    s.lessons[0].allowSplit = true  // fixed teacher
    s.lessons[1].allowSplit = true  // reading: Ben and Cy qualify
    s.lessons[2].allowSplit = true  // one candidate
    s.lessons[3].allowSplit = true  // science: only Cy qualifies
    let fixed = expectDiagnostic("split-one-teacher", at: "/lessons/0/allowSplit", in: s)
    #expect(fixed?.message == "Lesson 3A-math allows a split but is fixed to teacher 'T-ANA'")
    let one = expectDiagnostic("split-one-teacher", at: "/lessons/2/allowSplit", in: s)
    #expect(one?.message == "Lesson 3B-math allows a split but has one candidate teacher")
    let qualified = expectDiagnostic("split-one-teacher", at: "/lessons/3/allowSplit", in: s)
    #expect(qualified?.message.hasSuffix("(one teacher qualifies)") == true)
    #expect(!Validator.validate(s).contains { $0.pointer == "/lessons/1/allowSplit" })
  }

  @Test func noQualifiedTeacher() {
    var s = validSchool()
    s.teachers[2].subjects = ["art"]
    let d = expectDiagnostic("no-qualified-teacher", at: "/lessons/3/subject", in: s)
    #expect(d?.message.contains("science to class 3B (grade 3)") == true)
  }

  @Test func fixedTeacherNotQualifiedIsAWarning() {
    var s = validSchool()
    s.lessons[1].teacher = "T-ANA"
    let d = expectDiagnostic(
      "teacher-not-qualified", at: "/lessons/1/teacher", in: s, severity: .warning)
    #expect(d?.message.contains("subject 'reading'") == true)
  }

  @Test func candidateOfWrongGradeIsAWarning() {
    var s = validSchool()
    s.classes[1].grade = "4"
    s.lessons[2].candidates = ["T-ANA", "T-BEN"]
    expectDiagnostic(
      "teacher-not-qualified", at: "/lessons/2/candidates/0", in: s, severity: .warning)
  }

  @Test func unknownRoom() {
    var s = validSchool()
    s.lessons[3].room = "LABB"
    s.lessons[3].roomKind = nil
    let d = expectDiagnostic("unknown-room", at: "/lessons/3/room", in: s)
    #expect(d?.hint == "did you mean 'LAB'?")
  }

  @Test func fixedRoomTooSmall() {
    var s = validSchool()
    s.rooms[1].capacity = 20
    s.lessons[3].room = "LAB"
    expectDiagnostic("room-too-small", at: "/lessons/3/room", in: s)
  }

  @Test func noRoomOfKind() {
    var s = validSchool()
    s.lessons[3].roomKind = "labs"
    let d = expectDiagnostic("no-room-of-kind", at: "/lessons/3/roomKind", in: s)
    #expect(d?.hint == "did you mean 'lab'?")
  }

  @Test func everyRoomOfKindTooSmall() {
    var s = validSchool()
    s.rooms[1].capacity = 10
    expectDiagnostic("room-too-small", at: "/lessons/3/roomKind", in: s)
  }

  @Test func roomAndKindDisagree() {
    var s = validSchool()
    s.lessons[3].room = "R1"
    expectDiagnostic("room-kind-mismatch", at: "/lessons/3/roomKind", in: s)
  }

  @Test func preferredSlotUnknownDay() {
    var s = validSchool()
    s.lessons[1].preferred = [SlotRef(day: "Thurs", period: "P1")]
    expectDiagnostic("unknown-day", at: "/lessons/1/preferred/0/day", in: s)
  }
}
