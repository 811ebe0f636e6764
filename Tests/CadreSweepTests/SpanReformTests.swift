import CadreIO
import CadreModel
import Foundation
import Testing

@testable import CadreSweep

/// The span axis merges neighbouring teacher-led teams that fit the limit together and splits
/// those larger than it (docs/SWEEPS.md, `span`).
struct SpanReformTests {
  static let humanities = TeamID("TM-HUMANITIES-ARTS-PE")

  /// The small A/B school with two STEM teachers moved to the humanities team: 8 members
  /// (T02 T07 T08 T09 | T10 T11 T05 T06) under a Team Lead with span limit 8.
  static let teamOfEight: School = {
    var s = Fixture.smallAB
    let moved = [TeacherID("T05"), TeacherID("T06")]
    for j in s.leadership.teams.indices {
      s.leadership.teams[j].members.removeAll { moved.contains($0) }
      if s.leadership.teams[j].id == humanities { s.leadership.teams[j].members += moved }
    }
    return s
  }()

  /// The small A/B school cut to two Team Lead teams of 3 (Humanities T02 T07 T08 under T01,
  /// STEM T04 T05 T06 under T03), without grade or subject, and a principal's team of the
  /// other four.
  static let twoTeamsOfThree: School = {
    var s = Fixture.smallAB
    let others = ["T09", "T10", "T11", "T12"].map { TeacherID($0) }
    for j in s.leadership.teams.indices {
      s.leadership.teams[j].members.removeAll { others.contains($0) }
    }
    s.leadership.roles.append(Role(id: "principal", kind: .principal, release: 1, spanLimit: 30))
    s.leadership.leaders.append(Leader(id: "L-PRINCIPAL", role: "principal"))
    s.leadership.teams.append(Team(id: "TM-OTHER", leader: "L-PRINCIPAL", members: others))
    return s
  }()

  static let denver: School? = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    let path = url.appendingPathComponent("Samples/denver-team-leads.json").path
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return SchoolJSON.decode(text).school
  }()

  func isCoverage(_ t: TeacherID, in s: School) -> Bool {
    s.teachers.first { $0.id == t }?.coverage ?? false
  }

  @Test(arguments: [
    (8, 6, [4, 4]), (7, 6, [4, 3]), (13, 6, [5, 4, 4]), (12, 6, [6, 6]), (6, 6, [6]),
    (1, 0, [1]), (0, 3, [0]),
  ])
  func sizesAreNearEqual(n: Int, limit: Int, want: [Int]) {
    #expect(SpanReform.sizes(n, limit: limit) == want)
  }

  @Test func teamOfEightUnderSixBecomesTwoTeamsWithAPromotedLeader() throws {
    let base = Self.teamOfEight
    let members = try #require(base.leadership.teams.first { $0.id == Self.humanities }).members
    #expect(members.count == 8)
    #expect(Validator.isValid(AxisTransforms.span(8, base)))

    let s = AxisTransforms.span(6, base)
    #expect(Validator.isValid(s))
    #expect(s.leadership.teams.count == base.leadership.teams.count + 1)
    let first = try #require(s.leadership.teams.first { $0.id == Self.humanities })
    #expect(first.members == Array(members[..<4]))
    #expect(first.leader == LeaderID("L-T01"))
    // The new team, with a stable id, is led by one of its own four, in the Team Lead role.
    let second = try #require(s.leadership.teams.last)
    #expect(second.id == TeamID("TM-HUMANITIES-ARTS-PE-2"))
    let leader = try #require(s.leadership.leaders.first { $0.id == second.leader })
    let promoted = try #require(leader.teacher)
    #expect(leader.role == RoleID("team-lead"))
    #expect(!second.members.contains(promoted))
    let teachers = second.members.filter { !isCoverage($0, in: s) }
    #expect(teachers.count == 3)
    #expect(Array(members[4...]).filter { $0 != promoted } == teachers)
    #expect(s.leadership.leaders.count == base.leadership.leaders.count + 1)
    #expect(s.leadership.teams.allSatisfy { $0.members.count <= 6 })
    // The same input gives the same school, and the base is untouched.
    #expect(AxisTransforms.span(6, base) == s)
    #expect(base == Self.teamOfEight)
  }

  @Test func spanEightLeavesTheTeamOfEightAlone() {
    let base = Self.teamOfEight
    let s = AxisTransforms.span(8, base)
    #expect(s.leadership.teams == base.leadership.teams)
    #expect(s.leadership.leaders == base.leadership.leaders)
    #expect(s.teachers == base.teachers)
  }

  @Test func twoNeighbouringTeamsOfThreeMergeUnderEight() throws {
    let base = Self.twoTeamsOfThree
    #expect(Validator.isValid(base))
    let s = AxisTransforms.span(8, base)
    #expect(Validator.isValid(s))
    let merged = try #require(s.leadership.teams.first { $0.id == Self.humanities })
    #expect(merged.leader == LeaderID("L-T01"))
    #expect(merged.name == "Humanities & Arts & PE")
    let want = ["T02", "T07", "T08", "T04", "T05", "T06", "T03"].map { TeacherID($0) }
    #expect(merged.members == want)
    #expect(!s.leadership.teams.contains { $0.id == TeamID("TM-STEM") })
    // T03 stepped down: a member, no longer a leader; one Team Lead is left.
    #expect(!s.leadership.leaders.contains { $0.id == LeaderID("L-T03") })
    #expect(!s.leadership.leaders.contains { $0.teacher == TeacherID("T03") })
    #expect(s.leadership.leaders.filter { $0.role == RoleID("team-lead") }.count == 1)
    // The principal's team, a neighbour by the same rule, is an administrator's: untouched.
    #expect(s.leadership.teams.last == base.leadership.teams.last)
    #expect(s.leadership.teams.count == 2)
    #expect(AxisTransforms.span(8, base) == s)
  }

  @Test func aMergeMustFitWithTheSteppedDownLeader() {
    // 3 + 3 + the former leader is 7: not under 6.
    let base = Self.twoTeamsOfThree
    #expect(AxisTransforms.span(6, base).leadership.teams == base.leadership.teams)
    #expect(AxisTransforms.span(7, base).leadership.teams.count == 2)
  }

  @Test(
    arguments: [
      (nil, nil, nil, nil, true), ("6", nil, "7", nil, true), ("6", nil, "6", nil, true),
      ("K", nil, "1", nil, true), ("6", nil, "8", nil, false), (nil, "math", nil, "math", true),
      (nil, "math", nil, "science", false), ("6", "math", "9", "math", true),
      ("6", nil, nil, nil, false), (nil, "math", nil, nil, false), ("K", nil, "2", nil, false),
    ] as [(String?, String?, String?, String?, Bool)])
  func onlyNeighboursMerge(
    gradeA: String?, subjectA: String?, gradeB: String?, subjectB: String?, merges: Bool
  ) {
    var base = Self.twoTeamsOfThree
    base.leadership.teams[0].grade = gradeA
    base.leadership.teams[0].subject = subjectA
    base.leadership.teams[1].grade = gradeB
    base.leadership.teams[1].subject = subjectB
    let s = AxisTransforms.span(8, base)
    #expect(s.leadership.teams.count == (merges ? 2 : 3))
    #expect(Validator.isValid(s))
  }

  @Test func administratorsTeamsNeverMerge() {
    // The two leaders of teams of 3 become (teaching) assistant principals; the Team Lead role
    // stays, leading nobody.
    var base = Self.twoTeamsOfThree
    base.leadership.roles.append(
      Role(id: "ap", kind: .assistantPrincipal, release: 1, spanLimit: 13))
    for i in base.leadership.leaders.indices where base.leadership.leaders[i].teacher != nil {
      base.leadership.leaders[i].role = "ap"
    }
    let s = AxisTransforms.span(100, base)
    #expect(s.leadership.teams == base.leadership.teams)
    #expect(s.leadership.leaders == base.leadership.leaders)
    let ap = ModelTransforms.apCentred(Fixture.smallAB)
    #expect(AxisTransforms.span(100, ap).leadership.teams == ap.leadership.teams)
  }

  @Test func aLargerLimitMergesASplitBack() {
    let split = AxisTransforms.span(6, Self.teamOfEight)
    let wider = AxisTransforms.span(8, split)
    #expect(wider.leadership.teams.count < split.leadership.teams.count)
    #expect(wider.leadership.leaders.count < split.leadership.leaders.count)
    #expect(wider.leadership.teams.allSatisfy { $0.members.count <= 8 })
    #expect(Validator.isValid(wider))
  }

  @Test func aPartWithNobodyToPromoteLeavesTheTeamWhole() {
    var base = Self.teamOfEight
    let tail = ["T10", "T11", "T05", "T06"].map { TeacherID($0) }
    for i in base.teachers.indices where tail.contains(base.teachers[i].id) {
      base.teachers[i].coverage = true
    }
    let s = AxisTransforms.span(6, base)
    #expect(s.leadership.teams == base.leadership.teams)
    #expect(Validator.validate(s).contains { $0.code == "span-exceeded" })
  }

  @Test func administratorsTeamsAreNotSplit() {
    let ap = ModelTransforms.apCentred(Fixture.smallAB)
    let s = AxisTransforms.span(2, ap)
    #expect(s.leadership.teams == ap.leadership.teams)
  }

  /// Denver's grade teams (K, 1, ..., 5) are neighbours, but each has 5 or 6 members (with
  /// the coverage positions), so no two fit under 8 with a stepped-down leader (at least
  /// 5 + 6 + 1 = 12): span 6 and 8 form the same teams. Under 12 the grades pair up (K+1, 2+3,
  /// 4+5) under three Team Leads; under 4 more Team Leads are needed.
  @Test func denverTeamsAreNeighboursButMergeOnlyFromTwelve() throws {
    let denver = try #require(Self.denver)
    let teams = denver.leadership.teams.filter { $0.grade != nil }
    #expect(teams.count == 6)
    #expect(zip(teams, teams.dropFirst()).allSatisfy { SpanReform.neighbours($0, $1) })
    #expect(denver.leadership.teams.allSatisfy { $0.members.count <= 6 })
    let six = AxisTransforms.span(6, denver)
    let eight = AxisTransforms.span(8, denver)
    #expect(eight.leadership.teams == denver.leadership.teams)
    #expect(six.leadership.teams == eight.leadership.teams)
    #expect(six.leadership.leaders == eight.leadership.leaders)
    let twelve = AxisTransforms.span(12, denver)
    #expect(Validator.isValid(twelve))
    #expect(
      twelve.leadership.teams.map(\.id.raw) == [
        "TM-KINDERGARTEN", "TM-GRADE-2", "TM-GRADE-4", "TM-SPECIALS",
      ])
    #expect(twelve.leadership.leaders.count == denver.leadership.leaders.count - 3)
    #expect(twelve.leadership.teams.allSatisfy { $0.members.count <= 12 })
    let four = AxisTransforms.span(4, denver)
    #expect(four.leadership.leaders.count > six.leadership.leaders.count)
    #expect(Validator.isValid(four))
  }
}
