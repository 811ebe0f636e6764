import Cadre
import CadreCheck
import CadreCompiler
import CadreIO
import CadreModel
import Foundation
import Testing

@testable import CadreEngine

/// FET lets an activity whose room constraints are all soft go without a room, and counts each
/// of those constraints as broken then (generate.cpp `getRoom`, spaceconstraint.cpp's
/// preferred and home room fitness): no hard violation. On the rooms file of `FETRoomTests`
/// with these space constraints: subject Art prefers Lab (80 %: activities 2 and 4), Ann's
/// home room is R1 (60 %: activities 1 and 4, her only teacher; it accepts 4's Lab),
/// activity 3 needs R1 (100 %).
@Suite("FET rooms, soft only")
struct FETSoftRoomTests {
  static let space = """
    <ConstraintSubjectPreferredRoom><Weight_Percentage>80</Weight_Percentage>
      <Subject>Art</Subject><Room>Lab</Room><Active>true</Active>
      </ConstraintSubjectPreferredRoom>
    <ConstraintTeacherHomeRoom><Weight_Percentage>60</Weight_Percentage><Teacher>Ann</Teacher>
      <Room>R1</Room><Active>true</Active></ConstraintTeacherHomeRoom>
    <ConstraintActivityPreferredRoom><Weight_Percentage>100</Weight_Percentage>
      <Activity_Id>3</Activity_Id><Room>R1</Room><Permanently_Locked>false</Permanently_Locked>
      <Active>true</Active></ConstraintActivityPreferredRoom>
    """

  /// Every activity in a room its constraints prefer: 1 and 3 in R1 at different hours, 2 and
  /// 4 in Lab at different hours (4 right after 1, the file's required consecutive pair).
  static let preferred: [(Int, String, String, String)] = [
    (1, "Mon", "h1", "R1"), (4, "Mon", "h2", "Lab"), (2, "Mon", "h1", "Lab"),
    (3, "Mon", "h2", "R1"),
  ]

  /// `preferred` with activity `id` in `room`.
  static func with(_ id: Int, _ room: String, _ placed: [(Int, String, String, String)] = preferred)
    -> [(Int, String, String, String)]
  {
    placed.map { $0.0 == id ? ($0.0, $0.1, $0.2, room) : $0 }
  }

  /// The checker's report of the placements; the engine's own score of them must agree.
  static func scores(_ m: FETMapping, _ placed: [(Int, String, String, String)]) throws
    -> XReport
  {
    try fetScores(
      m, placed.map { FETPlacement(activityId: $0.0, day: $0.1, hour: $0.2, room: $0.3) })
  }

  /// The AssignResource constraints on the Room role: (required, weight, events).
  static func assigns(_ m: FETMapping) -> [(Bool, Int, [Int])] {
    m.instance.constraints.compactMap { c in
      guard case .assignResource(let events, _) = c.kind else { return nil }
      return (c.required, c.weight, events)
    }
  }

  @Test("only activity 3 must have a room; the others' no room costs their soft weights")
  func mapping() throws {
    let m = try fetMapped(fetRoomsFile(space: Self.space))
    let a = Self.assigns(m)
    // Events are the activities in file order: activity n is event n - 1.
    #expect(a.filter(\.0).map(\.2) == [[2]])
    // Soft: 1 has Ann's home room (6000), 2 Art's Lab (8000), 4 both (14,000).
    let soft = a.filter { !$0.0 }.map { [$0.1] + $0.2 }
    #expect(soft == [[6000, 0], [8000, 1], [14000, 3]])
  }

  @Test("an activity whose only room constraint is soft may have no room: its weight, soft")
  func roomless() throws {
    let m = try fetMapped(fetRoomsFile(space: Self.space))
    // Activity 2 without a room: Art's 80 % preference broken, FET's 0.8: 8000, no hard.
    let one = try Self.scores(m, Self.with(2, ""))
    #expect(one.infeasibility == 0)
    #expect(one.objective == 8000)
    // Activity 4 too: its Art preference (8000) and Ann's home room (6000) both broken.
    let two = try Self.scores(m, Self.with(4, "", Self.with(2, "")))
    #expect(two.infeasibility == 0)
    #expect(two.objective == 8000 + 8000 + 6000)
    // In another room the preference is as broken as without one: the same 8000.
    let other = try Self.scores(m, Self.with(2, "R2"))
    #expect(other.infeasibility == 0 && other.objective == 8000)
  }

  @Test("in its preferred room it costs nothing")
  func inPreferredRoom() throws {
    let m = try fetMapped(fetRoomsFile(space: Self.space))
    let r = try Self.scores(m, Self.preferred)
    #expect(r.infeasibility == 0)
    #expect(r.objective == 0)
    // Nothing else holds activity 2's role but the soft AssignResource of weight 8000.
    #expect(Self.assigns(m).contains { !$0.0 && $0.1 == 8000 && $0.2 == [1] })
  }

  @Test("an activity with a required room constraint and no room is one hard violation")
  func requiredRoomless() throws {
    let m = try fetMapped(fetRoomsFile(space: Self.space))
    // Activity 3 (R1 at 100 %) without a room: hard 1; activity 2 without one too: soft 8000
    // only, no second hard violation.
    let r = try Self.scores(m, Self.with(3, "", Self.with(2, "")))
    #expect(r.infeasibility == 1)
    #expect(r.byType.contains { $0.type == "AssignResource" && $0.hard == 1 })
    #expect(r.objective == 8000)
  }

  @Test("the search gives each activity its preferred room when one is free")
  func solved() throws {
    let m = try fetMapped(fetRoomsFile(space: Self.space))
    let result = Cadre.solveXHSTT(
      m.instance, options: SolveOptions(seed: 2, timeLimit: nil, stepLimit: 20_000))
    let report = XEvaluator.evaluate(m.instance, result.timetable)
    #expect(report.infeasibility == 0 && report.objective == 0)
    #expect(result.cost == report.cost)
    let rooms = Dictionary(
      uniqueKeysWithValues: Cadre.fetPlacements(result.timetable, mapping: m).map {
        ($0.activityId, $0.room)
      })
    #expect(rooms == [1: "R1", 2: "Lab", 3: "R1", 4: "Lab"])
  }

  @Test("the search leaves a soft role empty when every room is closed: no hard violation")
  func scarce() throws {
    // Art prefers Lab (80 %), and every room is unavailable at every hour (100 %): any room
    // for activity 2 or 4 is a hard violation, none costs their 8000 each.
    let times = ["Mon", "Tue"].flatMap { d in
      ["h1", "h2", "h3"].map { h in
        "<Not_Available_Time><Day>\(d)</Day><Hour>\(h)</Hour></Not_Available_Time>"
      }
    }.joined()
    let closed = ["R1", "R2", "Lab"].map {
      """
      <ConstraintRoomNotAvailableTimes><Weight_Percentage>100</Weight_Percentage>
        <Room>\($0)</Room><Number_of_Not_Available_Times>6</Number_of_Not_Available_Times>
        \(times)<Active>true</Active></ConstraintRoomNotAvailableTimes>
      """
    }.joined(separator: "\n")
    let space = """
      <ConstraintSubjectPreferredRoom><Weight_Percentage>80</Weight_Percentage>
        <Subject>Art</Subject><Room>Lab</Room><Active>true</Active>
        </ConstraintSubjectPreferredRoom>
      \(closed)
      """
    let m = try fetMapped(fetRoomsFile(space: space))
    let result = Cadre.solveXHSTT(
      m.instance, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 20_000))
    let report = XEvaluator.evaluate(m.instance, result.timetable)
    #expect(report.infeasibility == 0)
    #expect(report.objective == 8000 + 8000)
    #expect(result.cost == report.cost)
    let rooms = Cadre.fetPlacements(result.timetable, mapping: m).map(\.room)
    #expect(rooms == ["", "", "", ""])
  }
}
