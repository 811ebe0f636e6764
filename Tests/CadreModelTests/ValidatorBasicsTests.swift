import CadreModel
import Testing

@Suite struct ValidatorBasicsTests {
  @Test func validSchoolHasNoDiagnostics() {
    #expect(Validator.validate(validSchool()).map(\.rendered) == [])
    #expect(Validator.isValid(validSchool()))
  }

  @Test func twoWeekCycleWithPinnedWeeksIsClean() {
    var s = validSchool()
    s.cycle.weeks = ["A", "B"]
    s.year?.firstCycleWeek = 1
    s.lessons[0].meetings = 6
    s.lessons[0].pinned = [
      SlotRef(week: "A", day: "Mon", period: "P1"), SlotRef(week: "B", day: "Mon", period: "P1"),
    ]
    s.leadership.roles[0].releasePeriodsPerDay = 1
    #expect(Validator.validate(s).map(\.rendered) == [])
  }

  @Test(arguments: [-1e300, 1e300, Double.nan, -Double.infinity])
  func extremeNumbersDoNotTrap(release: Double) {
    var s = validSchool()
    s.lessons[0].meetings = .max
    s.lessons[1].duration = .max
    s.lessons[1].pinned = [SlotRef(day: "Mon", period: "P1")]
    s.lessons[2].meetings = .max
    s.teachers[1].maxPerWeek = .max
    s.teachers[2].maxPerDay = .min
    s.leadership.roles[0].release = release
    s.leadership.roles[0].spanLimit = .max
    s.leadership.roles[0].stipend = .min
    s.leadership.roles.append(
      Role(id: "ap", kind: .assistantPrincipal, releasePeriodsPerDay: .max, spanLimit: .max))
    s.leadership.leaders.append(Leader(id: "L-AP", role: "ap", teacher: "T-BEN"))
    s.leadership.formation = .byGrade
    let found = Validator.validate(s)
    #expect(found.contains { $0.pointer == "/leadership/roles/0/release" })
    #expect(found.contains { $0.pointer == "/leadership/roles/1/releasePeriodsPerDay" })
    #expect(!SchoolSummary(s).text.isEmpty)
  }

  @Test func unsupportedFormat() {
    var s = validSchool()
    s.format = "cadre/2"
    let d = expectDiagnostic("unsupported-format", at: "/format", in: s)
    #expect(d?.message.contains("cadre/2") == true)
  }

  @Test func emptyID() {
    var s = validSchool()
    s.teachers[1].id = "  "
    expectDiagnostic("empty-id", at: "/teachers/1/id", in: s)
  }

  @Test func duplicateID() {
    var s = validSchool()
    s.lessons[3].id = "3A-math"
    let d = expectDiagnostic("duplicate-id", at: "/lessons/3/id", in: s)
    #expect(d?.message.contains("/lessons/0") == true)
  }

  @Test func duplicateIDsPerKindOnly() {
    var s = validSchool()
    s.rooms[0].id = "T-ANA"  // a room may share an id with a teacher
    #expect(!codes(s).contains("duplicate-id"))
  }

  @Test func unknownTeacherHasDidYouMean() {
    var s = validSchool()
    s.lessons[0].teacher = "T-AMA"
    let d = expectDiagnostic("unknown-teacher", at: "/lessons/0/teacher", in: s)
    #expect(d?.hint == "did you mean 'T-ANA'?")
    #expect(d?.message.contains("'T-AMA'") == true)
  }

  @Test func unknownTeacherWithoutCloseMatchSaysWhereToAdd() {
    var s = validSchool()
    s.lessons[2].candidates = ["T-BEN", "SOMEBODY-ELSE"]
    let d = expectDiagnostic("unknown-teacher", at: "/lessons/2/candidates/1", in: s)
    #expect(d?.hint == "add it to /teachers or fix the id")
  }

  @Test func allProblemsAtOnceInFileOrder() {
    var s = validSchool()
    s.weights.moved = -1
    s.lessons[1].classID = "3Z"
    s.lessons[0].teacher = "NOBODY"
    s.format = "x"
    s.teachers[0].maxPerDay = 0
    let pointers = Validator.validate(s).map(\.pointer)
    #expect(
      pointers == [
        "/format", "/teachers/0/maxPerDay", "/lessons/0/teacher", "/lessons/1/class",
        "/weights/moved",
      ])
  }

  @Test func orderComparesIndicesAsNumbers() {
    var s = validSchool()
    for i in 0..<12 {
      s.lessons.append(Lesson(id: LessonID("x\(i)"), classID: "3B", subject: "art", meetings: 0))
    }
    let ps = Validator.validate(s).filter { $0.code == "out-of-range" }.map(\.pointer)
    #expect(ps.first == "/lessons/4/meetings")
    #expect(ps.last == "/lessons/15/meetings")
    #expect(Validator.validate(s) == Validator.validate(s))
  }
}
