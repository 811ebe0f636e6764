import Cadre
import CadreCheck
import CadreIO
import CadreModel
import Foundation
import Testing

/// A small FET file with rooms: 2 days × 3 hours; years Y1 (30 students) and Y2 (20); rooms R1
/// (capacity 30), R2 (25) and Lab (40). Activities (one hour each): 1 Ann Math Y1, 2 Bob Art
/// Y2 tagged Lab, 3 Cy Math Y2, 4 Ann Art Y1 (no room constraint: no room). Space constraints:
/// activity 1 prefers R1 (95 %), tag Lab needs Lab (100 %), activity 3 needs R1 or R2 (100 %),
/// subject Math prefers R2 (50 %), Cy's home room is R1 (90 %), Y2's home rooms are R2 (80 %),
/// R2 is not available on Mon h1 (100 %). Time: activity 4 right after activity 1 (100 %).
func fetRoomsFile(space: String? = nil) -> String {
  let spaceConstraints =
    space ?? """
      <ConstraintActivityPreferredRoom><Weight_Percentage>95</Weight_Percentage>
        <Activity_Id>1</Activity_Id><Room>R1</Room><Permanently_Locked>false</Permanently_Locked>
        <Active>true</Active></ConstraintActivityPreferredRoom>
      <ConstraintActivityTagPreferredRoom><Weight_Percentage>100</Weight_Percentage>
        <Activity_Tag>Lab</Activity_Tag><Room>Lab</Room><Active>true</Active>
        </ConstraintActivityTagPreferredRoom>
      <ConstraintActivityPreferredRooms><Weight_Percentage>100</Weight_Percentage>
        <Activity_Id>3</Activity_Id><Number_of_Preferred_Rooms>2</Number_of_Preferred_Rooms>
        <Preferred_Room>R1</Preferred_Room><Preferred_Room>R2</Preferred_Room>
        <Active>true</Active></ConstraintActivityPreferredRooms>
      <ConstraintSubjectPreferredRoom><Weight_Percentage>50</Weight_Percentage>
        <Subject>Math</Subject><Room>R2</Room><Active>true</Active>
        </ConstraintSubjectPreferredRoom>
      <ConstraintTeacherHomeRoom><Weight_Percentage>90</Weight_Percentage><Teacher>Cy</Teacher>
        <Room>R1</Room><Active>true</Active></ConstraintTeacherHomeRoom>
      <ConstraintStudentsSetHomeRooms><Weight_Percentage>80</Weight_Percentage>
        <Students>Y2</Students><Number_of_Preferred_Rooms>1</Number_of_Preferred_Rooms>
        <Preferred_Room>R2</Preferred_Room><Active>true</Active></ConstraintStudentsSetHomeRooms>
      <ConstraintRoomNotAvailableTimes><Weight_Percentage>100</Weight_Percentage>
        <Room>R2</Room><Number_of_Not_Available_Times>1</Number_of_Not_Available_Times>
        <Not_Available_Time><Day>Mon</Day><Hour>h1</Hour></Not_Available_Time>
        <Active>true</Active></ConstraintRoomNotAvailableTimes>
      """
  return """
    <?xml version="1.0" encoding="UTF-8"?>
    <fet version="6.8.5">
    <Institution_Name>Rooms School</Institution_Name>
    <Days_List><Number_of_Days>2</Number_of_Days>
    <Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day></Days_List>
    <Hours_List><Number_of_Hours>3</Number_of_Hours>
    <Hour><Name>h1</Name></Hour><Hour><Name>h2</Name></Hour><Hour><Name>h3</Name></Hour>
    </Hours_List>
    <Subjects_List><Subject><Name>Math</Name></Subject><Subject><Name>Art</Name></Subject>
    </Subjects_List>
    <Activity_Tags_List><Activity_Tag><Name>Lab</Name></Activity_Tag></Activity_Tags_List>
    <Teachers_List><Teacher><Name>Ann</Name></Teacher><Teacher><Name>Bob</Name></Teacher>
    <Teacher><Name>Cy</Name></Teacher></Teachers_List>
    <Students_List>
    <Year><Name>Y1</Name><Number_of_Students>30</Number_of_Students></Year>
    <Year><Name>Y2</Name><Number_of_Students>20</Number_of_Students></Year>
    </Students_List>
    <Activities_List>
    <Activity><Teacher>Ann</Teacher><Subject>Math</Subject><Students>Y1</Students>
      <Duration>1</Duration><Id>1</Id><Activity_Group_Id>0</Activity_Group_Id>
      <Active>true</Active></Activity>
    <Activity><Teacher>Bob</Teacher><Subject>Art</Subject><Activity_Tag>Lab</Activity_Tag>
      <Students>Y2</Students><Duration>1</Duration><Id>2</Id>
      <Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
    <Activity><Teacher>Cy</Teacher><Subject>Math</Subject><Students>Y2</Students>
      <Duration>1</Duration><Id>3</Id><Activity_Group_Id>0</Activity_Group_Id>
      <Active>true</Active></Activity>
    <Activity><Teacher>Ann</Teacher><Subject>Art</Subject><Students>Y1</Students>
      <Duration>1</Duration><Id>4</Id><Activity_Group_Id>0</Activity_Group_Id>
      <Active>true</Active></Activity>
    </Activities_List>
    <Rooms_List>
    <Room><Name>R1</Name><Capacity>30</Capacity><Virtual>false</Virtual></Room>
    <Room><Name>R2</Name><Capacity>25</Capacity><Virtual>false</Virtual></Room>
    <Room><Name>Lab</Name><Capacity>40</Capacity><Virtual>false</Virtual></Room>
    </Rooms_List>
    <Time_Constraints_List>
    <ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage>
    <Active>true</Active></ConstraintBasicCompulsoryTime>
    <ConstraintTwoActivitiesConsecutive><Weight_Percentage>100</Weight_Percentage>
      <First_Activity_Id>1</First_Activity_Id><Second_Activity_Id>4</Second_Activity_Id>
      <Active>true</Active></ConstraintTwoActivitiesConsecutive>
    </Time_Constraints_List>
    <Space_Constraints_List>
    <ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage>
    <Active>true</Active></ConstraintBasicCompulsorySpace>
    \(spaceConstraints)
    </Space_Constraints_List>
    </fet>
    """
}

/// Scores placements given as (activity id, day, hour, room).
func fetRoomScore(_ m: FETMapping, _ placed: [(Int, String, String, String)]) throws -> XReport {
  let (tt, d) = Cadre.fetTimetable(
    placed.map { FETPlacement(activityId: $0.0, day: $0.1, hour: $0.2, room: $0.3) }, mapping: m)
  return XEvaluator.evaluate(m.instance, try #require(tt, "\(d.map(\.rendered))"))
}

/// The rooms file's placement that breaks no required constraint: only subject Math's 50 %
/// preference for R2 is missed, by activity 1 (in R1, the only room large enough that it
/// prefers): soft 5000.
let fetRoomsBase: [(Int, String, String, String)] = [
  (1, "Mon", "h1", "R1"), (4, "Mon", "h2", ""), (2, "Mon", "h1", "Lab"), (3, "Mon", "h2", "R2"),
]

/// `fetRoomsBase` with activity `id` changed.
func fetRoomsMoved(_ id: Int, _ day: String, _ hour: String, _ room: String) -> [(
  Int, String, String, String
)] {
  fetRoomsBase.map { $0.0 == id ? (id, day, hour, room) : $0 }
}

@Suite("FET rooms")
struct FETRoomTests {
  @Test("rooms are resources; an activity with room constraints gets a Room role, others none")
  func mapping() throws {
    let m = try fetMapped(fetRoomsFile())
    let i = m.instance
    #expect(m.unsupportedCount == 0)
    #expect(m.rooms == 3)
    #expect((0..<3).map { i.resources[m.firstRoom + $0].name } == ["R1", "R2", "Lab"])
    #expect(m.activityIds == [1, 2, 3, 4])
    let roles = i.events.prefix(4).map { $0.openRole(named: FETMapping.roomRole) != nil }
    #expect(roles == [true, true, true, false])
  }

  @Test("a clean placement costs only the missed 50 % subject preference")
  func clean() throws {
    let r = try fetRoomScore(try fetMapped(fetRoomsFile()), fetRoomsBase)
    #expect(r.infeasibility == 0)
    #expect(r.objective == 5000)
  }

  @Test("a room clash is one hard violation (FET's basic compulsory space)")
  func roomClash() throws {
    // Activity 2 to Tue h1 (Lab), activity 3 to Mon h1 in R1 with activity 1: R1 holds two
    // activities at one hour. Soft: Math's R2 missed twice (5000 + 5000); Cy's home room R1
    // and Y2's home room R2 accept R1 (activity 3's own preferred rooms, FET's rule).
    var placed = fetRoomsMoved(2, "Tue", "h1", "Lab")
    placed = placed.map { $0.0 == 3 ? (3, "Mon", "h1", "R1") : $0 }
    let r = try fetRoomScore(try fetMapped(fetRoomsFile()), placed)
    #expect(r.infeasibility == 1)
    #expect(r.byType.contains { $0.type == "AvoidClashes" && $0.hard == 1 })
    #expect(r.objective == 10000)
  }

  @Test("a preferred room missed at 95 % costs 9500")
  func preferredMissed() throws {
    // Activity 1 at Tue h1 in Lab (large enough), 4 at Tue h2: 9500 for its own preference,
    // 5000 for Math's.
    var placed = fetRoomsMoved(1, "Tue", "h1", "Lab")
    placed = placed.map { $0.0 == 4 ? (4, "Tue", "h2", "") : $0 }
    let r = try fetRoomScore(try fetMapped(fetRoomsFile()), placed)
    #expect(r.infeasibility == 0)
    #expect(r.objective == 9500 + 5000)
  }

  @Test("a room used when it is not available is one hard violation")
  func notAvailable() throws {
    // Activity 2 to Tue h1, activity 3 to Mon h1 in R2, which is not available then.
    var placed = fetRoomsMoved(2, "Tue", "h1", "Lab")
    placed = placed.map { $0.0 == 3 ? (3, "Mon", "h1", "R2") : $0 }
    let r = try fetRoomScore(try fetMapped(fetRoomsFile()), placed)
    #expect(r.infeasibility == 1)
    #expect(r.byType.contains { $0.type == "AvoidUnavailableTimes" && $0.hard == 1 })
    #expect(r.objective == 5000)
  }

  @Test("a room too small for the students is one hard violation, as in FET")
  func capacity() throws {
    // Activity 1 (30 students) at Tue h1 in R2 (25 seats), 4 at Tue h2: capacity 1 hard; its
    // 95 % R1 missed: 9500; Math's R2 met by both Math activities.
    var placed = fetRoomsMoved(1, "Tue", "h1", "R2")
    placed = placed.map { $0.0 == 4 ? (4, "Tue", "h2", "") : $0 }
    let r = try fetRoomScore(try fetMapped(fetRoomsFile()), placed)
    #expect(r.infeasibility == 1)
    #expect(r.byType.contains { $0.type == "PreferResources" && $0.hard == 1 })
    #expect(r.objective == 9500)
  }

  @Test("a required preference outside its rooms is hard; home rooms count at their weights")
  func requiredPreference() throws {
    // Activity 3 in Lab: its required R1/R2 broken (hard 1); soft: Math's R2 missed twice
    // (5000 + 5000), Cy's home room (90 %) and Y2's home rooms (80 %) missed: 9000 + 8000.
    let r = try fetRoomScore(try fetMapped(fetRoomsFile()), fetRoomsMoved(3, "Mon", "h2", "Lab"))
    #expect(r.infeasibility == 1)
    #expect(r.objective == 5000 + 5000 + 9000 + 8000)
    // An activity that needs a room and has none: FET's unallocated activity, hard.
    let none = try fetRoomScore(try fetMapped(fetRoomsFile()), fetRoomsMoved(2, "Mon", "h1", ""))
    #expect(none.infeasibility == 1)
    #expect(none.byType.contains { $0.type == "AssignResource" && $0.hard == 1 })
  }

  @Test("the search keeps every activity in the rooms its required constraints allow")
  func solved() throws {
    let m = try fetMapped(fetRoomsFile())
    let result = Cadre.solveXHSTT(
      m.instance, options: SolveOptions(seed: 2, timeLimit: nil, stepLimit: 20_000))
    let report = XEvaluator.evaluate(m.instance, result.timetable)
    #expect(report.infeasibility == 0)
    #expect(report.infeasibility == result.cost.hard)
    #expect(report.objective == result.cost.soft)
    let rooms = Dictionary(
      uniqueKeysWithValues: Cadre.fetPlacements(result.timetable, mapping: m).map {
        ($0.activityId, $0.room)
      })
    #expect(rooms[1] == "R1")
    #expect(rooms[2] == "Lab")
    #expect(["R1", "R2"].contains(rooms[3] ?? ""))
    #expect(rooms[4] == "")
  }

  @Test("two activities consecutive: right after, on the same day")
  func consecutive() throws {
    let m = try fetMapped(fetRoomsFile())
    // One hour between them.
    let gap = try fetRoomScore(m, fetRoomsMoved(4, "Mon", "h3", ""))
    #expect(gap.infeasibility == 1)
    #expect(gap.byType.contains { $0.type == "OrderEvents" && $0.hard == 1 })
    // The wrong order.
    var reversed = fetRoomsMoved(1, "Mon", "h2", "R1")
    reversed = reversed.map { $0.0 == 4 ? (4, "Mon", "h1", "") : $0 }
    reversed = reversed.map { $0.0 == 3 ? (3, "Mon", "h3", "R2") : $0 }
    #expect(try fetRoomScore(m, reversed).infeasibility == 1)
    // The last hour of Monday, then the first of Tuesday: adjacent times, not the same day.
    var overnight = fetRoomsMoved(1, "Mon", "h3", "R1")
    overnight = overnight.map { $0.0 == 4 ? (4, "Tue", "h1", "") : $0 }
    let night = try fetRoomScore(m, overnight)
    #expect(night.infeasibility == 1)
    #expect(night.byType.contains { $0.type == "ClusterBusyTimes" && $0.hard == 1 })
  }

  @Test("rooms survive FET's activities XML both ways, and score the same")
  func roundTrip() throws {
    let m = try fetMapped(fetRoomsFile())
    let (tt, _) = Cadre.fetTimetable(
      fetRoomsBase.map { FETPlacement(activityId: $0.0, day: $0.1, hour: $0.2, room: $0.3) },
      mapping: m)
    let timetable = try #require(tt)
    let xml = FETWriter.activitiesTimetable(Cadre.fetPlacements(timetable, mapping: m))
    #expect(xml.contains("<Room>Lab</Room>"))
    let (back, d) = FETReader.readTimetable(text: xml)
    #expect(d.isEmpty)
    let (again, _) = Cadre.fetTimetable(try #require(back), mapping: m)
    #expect(again == timetable)
    let a = XEvaluator.evaluate(m.instance, timetable)
    let b = XEvaluator.evaluate(m.instance, try #require(again))
    #expect(a.infeasibility == b.infeasibility && a.objective == b.objective)
  }

  @Test("unknown rooms are named with a did-you-mean; other space types stay unsupported")
  func badRooms() throws {
    let unknown = fetErrors(
      fetRoomsFile(
        space: """
          <ConstraintActivityPreferredRoom><Weight_Percentage>100</Weight_Percentage>
          <Activity_Id>1</Activity_Id><Room>lab</Room><Active>true</Active>
          </ConstraintActivityPreferredRoom>
          """))
    let d = try #require(unknown.first { $0.code == "fet-unknown-room" })
    #expect(d.hint == "did you mean 'Lab'?")
    #expect(d.line != nil)
    let m = try fetMapped(fetRoomsFile())
    let wrong = Cadre.fetTimetable(
      [FETPlacement(activityId: 1, day: "Mon", hour: "h1", room: "r1", line: 4)], mapping: m)
    #expect(wrong.1.first?.code == "fet-unknown-room")
    #expect(wrong.1.first?.hint == "did you mean 'R1'?")
    let other = try fetMapped(
      fetRoomsFile(
        space: """
          <ConstraintActivitiesOccupyMaxDifferentRooms><Weight_Percentage>100</Weight_Percentage>
          <Number_of_Activities>2</Number_of_Activities><Activity_Id>1</Activity_Id>
          <Activity_Id>3</Activity_Id><Max_Number_of_Different_Rooms>1
          </Max_Number_of_Different_Rooms><Active>true</Active>
          </ConstraintActivitiesOccupyMaxDifferentRooms>
          """))
    #expect(
      other.instance.unsupportedConstraintCounts
        == [XTypeCount(type: "ConstraintActivitiesOccupyMaxDifferentRooms", count: 1)])
    #expect(other.roomConstraints == 1)
    // No room constraint applies to any activity: no role, no room (FET's rule).
    #expect(other.instance.events.allSatisfy { $0.openRoles.isEmpty })
    // Required constraints that leave an activity no room: refused, as FET refuses it.
    let none = fetErrors(
      fetRoomsFile(
        space: """
          <ConstraintActivityPreferredRoom><Weight_Percentage>100</Weight_Percentage>
          <Activity_Id>1</Activity_Id><Room>R2</Room><Active>true</Active>
          </ConstraintActivityPreferredRoom>
          """))
    #expect(none.contains { $0.code == "fet-no-room" })
  }
}

extension FETMapping {
  /// How many unsupported constraints the mapping kept.
  var unsupportedCount: Int { instance.unsupportedConstraintCounts.reduce(0) { $0 + $1.count } }
}
