import CadreIO
import CadreModel
import Foundation
import Testing

@testable import CadreSweep

/// The span axis splits teacher-led teams larger than the limit (docs/SWEEPS.md, `span`).
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

  @Test func aLargerLimitDoesNotMerge() {
    let split = AxisTransforms.span(6, Self.teamOfEight)
    let wider = AxisTransforms.span(8, split)
    #expect(wider.leadership.teams == split.leadership.teams)
    #expect(wider.leadership.leaders == split.leadership.leaders)
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

  /// Every Denver team has at most 6 members, so span 6 and 8 form the same teams; a limit of
  /// 4 needs more Team Leads.
  @Test func denverTeamsFitSixAndSplitUnderFour() throws {
    let denver = try #require(Self.denver)
    #expect(denver.leadership.teams.allSatisfy { $0.members.count <= 6 })
    let six = AxisTransforms.span(6, denver)
    let eight = AxisTransforms.span(8, denver)
    #expect(six.leadership.teams == eight.leadership.teams)
    #expect(six.leadership.leaders.count == eight.leadership.leaders.count)
    let four = AxisTransforms.span(4, denver)
    #expect(four.leadership.leaders.count > six.leadership.leaders.count)
    #expect(Validator.isValid(four))
  }
}
