import CadreModel
import Testing

@Suite struct ValidatorStudentGroupTests {
  static func school(_ groups: [StudentGroup]) -> School {
    var s = validSchool()
    s.studentGroups = groups
    return s
  }

  @Test func aGroupOfExistingClassesIsClean() {
    let s = Self.school([StudentGroup(id: "S1", students: 4, classes: ["3A", "3B"])])
    #expect(Validator.validate(s).map(\.rendered) == [])
  }

  @Test func unknownClassHasDidYouMean() {
    let s = Self.school([StudentGroup(id: "S1", classes: ["3A", "3C"])])
    let d = expectDiagnostic("unknown-class", at: "/studentGroups/0/classes/1", in: s)
    #expect(d?.hint == "did you mean '3A'?")
  }

  @Test func aClassNamedTwiceIsAnError() {
    let s = Self.school([StudentGroup(id: "S1", classes: ["3A", "3B", "3A"])])
    let d = expectDiagnostic("duplicate-class", at: "/studentGroups/0/classes/2", in: s)
    #expect(d?.message.contains("/studentGroups/0/classes/0") == true)
  }

  @Test func oneClassConstrainsNothingAndSaysSo() {
    let s = Self.school([StudentGroup(id: "S1", classes: ["3A"])])
    expectDiagnostic(
      "student-group-one-class", at: "/studentGroups/0/classes", in: s, severity: .warning)
    #expect(Validator.isValid(s))
  }

  @Test func studentsBelowOneIsOutOfRange() {
    let s = Self.school([StudentGroup(id: "S1", students: 0, classes: ["3A", "3B"])])
    expectDiagnostic("out-of-range", at: "/studentGroups/0/students", in: s)
  }

  @Test func duplicateAndEmptyIDs() {
    let s = Self.school([
      StudentGroup(id: "S1", classes: ["3A", "3B"]), StudentGroup(id: "S1", classes: ["3A", "3B"]),
      StudentGroup(id: " ", classes: ["3A", "3B"]),
    ])
    expectDiagnostic("duplicate-id", at: "/studentGroups/1/id", in: s)
    expectDiagnostic("empty-id", at: "/studentGroups/2/id", in: s)
  }

  /// 3A needs 15 periods and 3B 6: 21 together, and the cycle teaches in 19 slots. Each class
  /// alone fits; students in both cannot attend them all.
  @Test func moreThanTheCycleHoldsIsOverCapacity() {
    var s = Self.school([StudentGroup(id: "S1", students: 2, classes: ["3A", "3B"])])
    s.lessons[1].meetings = 12
    let d = expectDiagnostic("over-capacity", at: "/studentGroups/0", in: s)
    #expect(d?.message.contains("21 periods") == true)
    #expect(d?.message.contains("19 teachable slots") == true)
  }
}
