import Cadre
import CadreCheck
import CadreCompiler
import CadreIO
import CadreModel
import Foundation
import Testing

/// A small FET file: 2 days × 4 hours; year Y1 with group G1 (subgroups S1, S2) and group G2
/// (no subgroups); year Y2 without groups. `constraints` goes into the time constraints list.
func fetFile(constraints: String = "", activities: String? = nil, version: String = "5.41.0")
  -> String
{
  let acts =
    activities ?? """
      <Activity><Teacher>Ann</Teacher><Subject>Math</Subject><Students>Y1</Students>
        <Duration>1</Duration><Total_Duration>1</Total_Duration><Id>1</Id>
        <Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
      <Activity><Teacher>Bob</Teacher><Subject>Art</Subject><Students>S1</Students>
        <Duration>2</Duration><Total_Duration>2</Total_Duration><Id>2</Id>
        <Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
      <Activity><Teacher>Ann</Teacher><Teacher>Bob</Teacher><Subject>Math</Subject>
        <Students>G2</Students><Students>Y2</Students><Duration>1</Duration>
        <Total_Duration>3</Total_Duration><Id>3</Id><Activity_Group_Id>3</Activity_Group_Id>
        <Active>true</Active></Activity>
      <Activity><Teacher>Ann</Teacher><Teacher>Bob</Teacher><Subject>Math</Subject>
        <Students>G2</Students><Students>Y2</Students><Duration>1</Duration>
        <Total_Duration>3</Total_Duration><Id>4</Id><Activity_Group_Id>3</Activity_Group_Id>
        <Active>true</Active></Activity>
      <Activity><Teacher>Ann</Teacher><Teacher>Bob</Teacher><Subject>Math</Subject>
        <Students>G2</Students><Students>Y2</Students><Duration>1</Duration>
        <Total_Duration>3</Total_Duration><Id>5</Id><Activity_Group_Id>3</Activity_Group_Id>
        <Active>true</Active></Activity>
      <Activity><Teacher>Cy</Teacher><Subject>Art</Subject><Students>Y2</Students>
        <Duration>1</Duration><Id>6</Id><Active>false</Active></Activity>
      """
  return """
    <?xml version="1.0" encoding="UTF-8"?>
    <fet version="\(version)">
    <Institution_Name>Test School</Institution_Name>
    <Days_List><Number_of_Days>2</Number_of_Days>
    <Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day></Days_List>
    <Hours_List><Number_of_Hours>4</Number_of_Hours>
    <Hour><Name>h1</Name></Hour><Hour><Name>h2</Name></Hour><Hour><Name>h3</Name></Hour>
    <Hour><Name>h4</Name></Hour></Hours_List>
    <Subjects_List><Subject><Name>Math</Name></Subject><Subject><Name>Art</Name></Subject>
    </Subjects_List>
    <Activity_Tags_List></Activity_Tags_List>
    <Teachers_List><Teacher><Name>Ann</Name></Teacher><Teacher><Name>Bob</Name></Teacher>
    <Teacher><Name>Cy</Name></Teacher></Teachers_List>
    <Students_List>
    <Year><Name>Y1</Name><Number_of_Students>0</Number_of_Students>
      <Group><Name>G1</Name><Subgroup><Name>S1</Name></Subgroup><Subgroup><Name>S2</Name></Subgroup>
      </Group>
      <Group><Name>G2</Name></Group>
    </Year>
    <Year><Name>Y2</Name></Year>
    </Students_List>
    <Activities_List>
    \(acts)
    </Activities_List>
    <Buildings_List></Buildings_List>
    <Rooms_List></Rooms_List>
    <Time_Constraints_List>
    <ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage>
    <Active>true</Active></ConstraintBasicCompulsoryTime>
    \(constraints)
    </Time_Constraints_List>
    <Space_Constraints_List>
    <ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage>
    <Active>true</Active></ConstraintBasicCompulsorySpace>
    </Space_Constraints_List>
    </fet>
    """
}

/// Reads and maps, failing the test on any error.
func fetMapped(_ text: String) throws -> FETMapping {
  let (file, d1) = FETReader.read(text: text)
  let f = try #require(file, "\(d1.map(\.rendered))")
  let (mapping, d2) = Cadre.fetMapping(f)
  return try #require(mapping, "\(d2.map(\.rendered))")
}

/// The mapping's errors (reader's or mapper's).
func fetErrors(_ text: String) -> [Diagnostic] {
  let (file, d1) = FETReader.read(text: text)
  guard let file else { return d1 }
  let (mapping, d2) = Cadre.fetMapping(file)
  return mapping == nil ? d2 : []
}

/// Scores placements given as (activity id, day, hour).
func fetScore(_ m: FETMapping, _ placed: [(Int, String, String)]) throws -> XReport {
  let (tt, d) = Cadre.fetTimetable(
    placed.map { FETPlacement(activityId: $0.0, day: $0.1, hour: $0.2) }, mapping: m)
  return XEvaluator.evaluate(m.instance, try #require(tt, "\(d.map(\.rendered))"))
}

/// A clash-free placement of the small file's five active activities.
let fetBase: [(Int, String, String)] = [
  (1, "Mon", "h1"), (2, "Mon", "h2"), (3, "Mon", "h4"), (4, "Tue", "h1"), (5, "Tue", "h2"),
]

@Suite("FET files")
struct FETTests {
  @Test("students, activities and splits map to resources and events")
  func structure() throws {
    let m = try fetMapped(fetFile())
    let i = m.instance
    #expect(i.times.count == 8)
    #expect(m.activityIds == [1, 2, 3, 4, 5])
    #expect(m.inactiveActivities == 1)
    // Atomic sets: S1, S2, G2 (no subgroups), Y2 (no groups).
    let students = i.resources.filter { $0.type == 1 }.map(\.name)
    #expect(students == ["S1", "S2", "G2", "Y2"])
    // Activity 1 (year Y1) involves every subgroup of Y1: S1, S2 and G2.
    let names = { (e: Int) in
      i.events[e].resources.compactMap(\.resource).map { i.resources[$0].name }
    }
    #expect(names(0) == ["Ann", "S1", "S2", "G2"])
    #expect(names(2) == ["Ann", "Bob", "G2", "Y2"])
    #expect(i.events[1].duration == 2)
    // Activities 3, 4, 5 share Activity_Group_Id 3: one course.
    let course = try #require(i.events[2].course)
    #expect(i.eventGroups[course].members == [2, 3, 4])
  }

  @Test("a clean placement costs nothing; a subgroup clash with its year is hard")
  func clashes() throws {
    let m = try fetMapped(fetFile())
    #expect(try fetScore(m, fetBase).infeasibility == 0)
    // Activity 2 (S1, Mon h2-h3) against activity 1 (all of Y1) at Mon h3.
    var placed = fetBase
    placed[0] = (1, "Mon", "h3")
    let r = try fetScore(m, placed)
    #expect(r.infeasibility == 1)
    #expect(r.byType.contains { $0.type == "AvoidClashes" && $0.hard == 1 })
  }

  @Test("an activity runs inside one day; an unplaced activity is hard")
  func dayBoundaryAndUnplaced() throws {
    let m = try fetMapped(fetFile())
    var placed = fetBase
    placed[1] = (2, "Mon", "h4")  // duration 2 from the last hour
    let (tt, d) = Cadre.fetTimetable(
      placed.map { FETPlacement(activityId: $0.0, day: $0.1, hour: $0.2) }, mapping: m)
    #expect(tt == nil)
    #expect(d.contains { $0.code == "fet-past-last-hour" })
    let r = try fetScore(m, Array(fetBase.dropLast()))
    #expect(r.infeasibility == 1)  // activity 5 unplaced: AssignTime, duration 1
  }

  @Test("weights: 100 is required, below is soft with percentage × 100")
  func weights() {
    #expect(FETCompiler.weight(percentage: 100) == (true, 1))
    #expect(FETCompiler.weight(percentage: 95) == (false, 9500))
    #expect(FETCompiler.weight(percentage: 99.75) == (false, 9975))
    #expect(FETCompiler.weight(percentage: 0) == (false, 0))
  }

  @Test("teacher and students not available, break times")
  func unavailable() throws {
    let m = try fetMapped(
      fetFile(
        constraints: """
          <ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage>
          <Teacher>Bob</Teacher><Number_of_Not_Available_Times>1</Number_of_Not_Available_Times>
          <Not_Available_Time><Day>Mon</Day><Hour>h3</Hour></Not_Available_Time>
          <Active>true</Active></ConstraintTeacherNotAvailableTimes>
          <ConstraintStudentsSetNotAvailableTimes><Weight_Percentage>50</Weight_Percentage>
          <Students>Y1</Students>
          <Not_Available_Time><Day>Mon</Day><Hour>h1</Hour></Not_Available_Time>
          <Active>true</Active></ConstraintStudentsSetNotAvailableTimes>
          <ConstraintBreakTimes><Weight_Percentage>100</Weight_Percentage>
          <Break_Time><Day>Tue</Day><Hour>h3</Hour></Break_Time>
          <Active>true</Active></ConstraintBreakTimes>
          """))
    // Bob teaches activity 2 at Mon h2-h3: one hour unavailable. Activity 1 (Y1: S1, S2, G2) at
    // Mon h1: three subgroups unavailable, soft 50 % → 3 × 5000.
    let r = try fetScore(m, fetBase)
    #expect(r.infeasibility == 1)
    #expect(r.objective == 15000)
    // The break: activity 2 of duration 2 may not start at Tue h2 (covers h3).
    var placed = fetBase
    placed[1] = (2, "Tue", "h3")
    placed[4] = (5, "Mon", "h2")
    #expect(try fetScore(m, placed).byType.contains { $0.type == "PreferTimes" && $0.hard == 2 })
  }

  @Test("min days between activities: FET's pair sum, consecutive if same day")
  func minDays() throws {
    let minDays = { (consecutive: Bool, weight: String) in
      fetFile(
        constraints: """
          <ConstraintMinDaysBetweenActivities><Weight_Percentage>\(weight)</Weight_Percentage>
          <Consecutive_If_Same_Day>\(consecutive)</Consecutive_If_Same_Day>
          <Number_of_Activities>3</Number_of_Activities><Activity_Id>3</Activity_Id>
          <Activity_Id>4</Activity_Id><Activity_Id>5</Activity_Id><MinDays>1</MinDays>
          <Active>true</Active></ConstraintMinDaysBetweenActivities>
          """)
    }
    let soft = try fetMapped(minDays(false, "95"))
    // 3 Mon h4, 4 and 5 Tue: one pair on the same day, 1 × 9500.
    #expect(try fetScore(soft, fetBase).objective == 9500)
    // All three on Tue: three pairs (FET counts pairs, not extra activities).
    let all: [(Int, String, String)] = [
      (1, "Mon", "h1"), (2, "Mon", "h2"), (3, "Tue", "h1"), (4, "Tue", "h2"), (5, "Tue", "h3"),
    ]
    #expect(try fetScore(soft, all).objective == 3 * 9500)
    let hard = try fetMapped(minDays(false, "100"))
    #expect(try fetScore(hard, fetBase).infeasibility == 1)
    // Consecutive if same day: 4 and 5 on Tue with a free hour between is hard.
    let cons = try fetMapped(minDays(true, "95"))
    #expect(try fetScore(cons, fetBase).infeasibility == 0)
    var apart = fetBase
    apart[4] = (5, "Tue", "h3")
    let r = try fetScore(cons, apart)
    #expect(r.infeasibility == 1)
    #expect(r.objective == 9500)
  }

  @Test("min days of 2 over a pair one day apart costs 1, same day costs 2")
  func minDaysTwo() throws {
    let text = fetFile(
      constraints: """
        <ConstraintMinDaysBetweenActivities><Weight_Percentage>50</Weight_Percentage>
        <Consecutive_If_Same_Day>false</Consecutive_If_Same_Day>
        <Number_of_Activities>2</Number_of_Activities><Activity_Id>3</Activity_Id>
        <Activity_Id>4</Activity_Id><MinDays>1</MinDays>
        <Active>true</Active></ConstraintMinDaysBetweenActivities>
        """
    ).replacingOccurrences(
      of: "<Number_of_Days>2</Number_of_Days>", with: "<Number_of_Days>3</Number_of_Days>"
    )
    .replacingOccurrences(
      of: "<Day><Name>Tue</Name></Day>",
      with: "<Day><Name>Tue</Name></Day><Day><Name>Wed</Name></Day>"
    )
    .replacingOccurrences(of: "<MinDays>1</MinDays>", with: "<MinDays>2</MinDays>")
    let m = try fetMapped(text)
    #expect(try fetScore(m, fetBase).objective == 5000)  // Mon and Tue: 2 − 1
    var same = fetBase
    same[2] = (3, "Tue", "h4")
    #expect(try fetScore(m, same).objective == 10000)  // both Tue: 2 − 0
    var far = fetBase
    far[3] = (4, "Wed", "h1")
    far[4] = (5, "Wed", "h2")
    #expect(try fetScore(m, far).objective == 0)
  }

  @Test("preferred starting times and time slots: one violation per activity")
  func preferred() throws {
    let m = try fetMapped(
      fetFile(
        constraints: """
          <ConstraintActivitiesPreferredStartingTimes><Weight_Percentage>10</Weight_Percentage>
          <Teacher_Name>Bob</Teacher_Name><Students_Name></Students_Name>
          <Subject_Name>Art</Subject_Name><Activity_Tag_Name></Activity_Tag_Name>
          <Number_of_Preferred_Starting_Times>1</Number_of_Preferred_Starting_Times>
          <Preferred_Starting_Time><Preferred_Starting_Day>Tue</Preferred_Starting_Day>
          <Preferred_Starting_Hour>h1</Preferred_Starting_Hour></Preferred_Starting_Time>
          <Active>true</Active></ConstraintActivitiesPreferredStartingTimes>
          <ConstraintActivityPreferredTimeSlots><Weight_Percentage>20</Weight_Percentage>
          <Activity_Id>1</Activity_Id>
          <Preferred_Time_Slot><Preferred_Day>Tue</Preferred_Day><Preferred_Hour>h4</Preferred_Hour>
          </Preferred_Time_Slot><Active>true</Active></ConstraintActivityPreferredTimeSlots>
          <ConstraintSubactivitiesPreferredStartingTimes><Weight_Percentage>100</Weight_Percentage>
          <Component_Number>2</Component_Number><Teacher_Name></Teacher_Name>
          <Students_Name>Y2</Students_Name><Subject_Name></Subject_Name>
          <Activity_Tag_Name></Activity_Tag_Name>
          <Preferred_Starting_Time><Preferred_Starting_Day>Tue</Preferred_Starting_Day>
          <Preferred_Starting_Hour>h1</Preferred_Starting_Hour></Preferred_Starting_Time>
          <Active>true</Active></ConstraintSubactivitiesPreferredStartingTimes>
          """))
    // Activity 2 (Bob, Art, duration 2) at Mon h2: 1 × 1000, not 2. Activity 1 at Mon h1: 2000.
    // Activity 4 (component 2 of group 3) at Tue h1: fine.
    let r = try fetScore(m, fetBase)
    #expect(r.objective == 3000)
    #expect(r.infeasibility == 0)
    var moved = fetBase
    moved[3] = (4, "Tue", "h3")
    #expect(try fetScore(m, moved).infeasibility == 1)
  }

  /// One activity per level of the small file's students: 1 Y1 (= S1, S2, G2), 2 G1 (= S1,
  /// S2), 3 S1, 4 S2, 5 G2, 6 Y2; each duration 1, placed clash-free on Monday.
  static let perLevel = [
    ("Ann", "Math", "Y1"), ("Bob", "Math", "G1"), ("Cy", "Math", "S1"), ("Ann", "Art", "S2"),
    ("Ann", "Math", "G2"), ("Bob", "Art", "Y2"),
  ].enumerated().map { i, a in
    """
    <Activity><Teacher>\(a.0)</Teacher><Subject>\(a.1)</Subject><Students>\(a.2)</Students>
      <Duration>1</Duration><Total_Duration>1</Total_Duration><Id>\(i + 1)</Id>
      <Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
    """
  }.joined(separator: "\n")
  static let perLevelPlaced: [(Int, String, String)] = [
    (1, "Mon", "h1"), (6, "Mon", "h1"), (2, "Mon", "h2"), (5, "Mon", "h2"), (3, "Mon", "h3"),
    (4, "Mon", "h3"),
  ]

  @Test(
    "the students filter takes the activities sharing students with the set, as FET's does",
    arguments: [
      // FET's rule (Rules::setsShareStudents on each of the activity's sets); the literal rule
      // it replaces took only the activity naming the set (G1: 2; Y1: 1; S1: 3; G2: 5).
      ("G1", "", [1, 2, 3, 4]),  // its year's, its own, its subgroups'; not G2's
      ("Y1", "", [1, 2, 3, 4, 5]),  // its groups' and subgroups' too; not Y2's
      ("S1", "", [1, 2, 3]),  // its year's and group's; not its sibling S2's
      ("G2", "", [1, 5]),  // a group without subgroups: its year's and its own
      ("Y2", "", [6]),
      ("G1", "Ann", [1, 4]),  // with the teacher filter too
    ])
  func studentsFilter(_ students: String, _ teacher: String, _ expected: [Int]) throws {
    // Every activity matched misses the one preferred start (Tue h4): 1 % = 100 per activity.
    let constraint = """
      <ConstraintActivitiesPreferredStartingTimes><Weight_Percentage>1</Weight_Percentage>
      <Teacher_Name>\(teacher)</Teacher_Name><Students_Name>\(students)</Students_Name>
      <Subject_Name></Subject_Name><Activity_Tag_Name></Activity_Tag_Name>
      <Number_of_Preferred_Starting_Times>1</Number_of_Preferred_Starting_Times>
      <Preferred_Starting_Time><Preferred_Starting_Day>Tue</Preferred_Starting_Day>
      <Preferred_Starting_Hour>h4</Preferred_Starting_Hour></Preferred_Starting_Time>
      <Active>true</Active></ConstraintActivitiesPreferredStartingTimes>
      """
    let m = try fetMapped(fetFile(constraints: constraint, activities: Self.perLevel))
    let taken = m.instance.constraints.flatMap { c -> [Int] in
      guard case .preferTimes(let events, _, _) = c.kind else { return [] }
      return events.map { m.activityIds[$0] }
    }
    #expect(taken.sorted() == expected)
    let r = try fetScore(m, Self.perLevelPlaced)
    #expect(r.infeasibility == 0)
    #expect(r.objective == 100 * expected.count)
  }

  @Test("gaps not counting unavailable hours, max days, max hours daily")
  func teacherLimits() throws {
    let m = try fetMapped(
      fetFile(
        constraints: """
          <ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage>
          <Teacher>Ann</Teacher>
          <Not_Available_Time><Day>Mon</Day><Hour>h3</Hour></Not_Available_Time>
          <Active>true</Active></ConstraintTeacherNotAvailableTimes>
          <ConstraintTeachersMaxGapsPerWeek><Weight_Percentage>100</Weight_Percentage>
          <Max_Gaps>0</Max_Gaps><Active>true</Active></ConstraintTeachersMaxGapsPerWeek>
          <ConstraintTeacherMaxDaysPerWeek><Weight_Percentage>30</Weight_Percentage>
          <Teacher_Name>Ann</Teacher_Name><Max_Days_Per_Week>1</Max_Days_Per_Week>
          <Active>true</Active></ConstraintTeacherMaxDaysPerWeek>
          <ConstraintTeachersMaxHoursDaily><Weight_Percentage>40</Weight_Percentage>
          <Maximum_Hours_Daily>1</Maximum_Hours_Daily>
          <Active>true</Active></ConstraintTeachersMaxHoursDaily>
          """))
    // Ann: Mon h1 and h4; h2 idle (a gap), h3 unavailable (not a gap) → 1 gap, hard.
    // Bob: Mon h2, h3, h4: no gap. Ann busy 2 days, at most 1: 3000.
    // Hours daily over 1: Ann Mon (2), Ann Tue (2), Bob Mon (3), Bob Tue (2): 4 × 4000.
    let r = try fetScore(m, fetBase)
    #expect(r.infeasibility == 1)
    #expect(r.objective == 3000 + 4 * 4000)
  }

  @Test("min days per week, for one teacher and for all")
  func minDaysPerWeek() throws {
    let text = { (one: Bool, weight: Int) in
      fetFile(
        constraints: one
          ? """
          <ConstraintTeacherMinDaysPerWeek><Weight_Percentage>\(weight)</Weight_Percentage>
          <Teacher_Name>Ann</Teacher_Name><Minimum_Days_Per_Week>2</Minimum_Days_Per_Week>
          <Active>true</Active></ConstraintTeacherMinDaysPerWeek>
          """
          : """
          <ConstraintTeachersMinDaysPerWeek><Weight_Percentage>\(weight)</Weight_Percentage>
          <Minimum_Days_Per_Week>2</Minimum_Days_Per_Week>
          <Active>true</Active></ConstraintTeachersMinDaysPerWeek>
          """)
    }
    // Ann works Mon and Tue in the base timetable, and only Mon here (Bob keeps Tue).
    let mondayOnly: [(Int, String, String)] = [
      (1, "Mon", "h1"), (3, "Mon", "h2"), (4, "Mon", "h3"), (5, "Mon", "h4"), (2, "Tue", "h1"),
    ]
    #expect(try fetScore(try fetMapped(text(true, 10)), fetBase).objective == 0)
    #expect(try fetScore(try fetMapped(text(true, 10)), mondayOnly).objective == 1000)
    let hard = try fetScore(try fetMapped(text(true, 100)), mondayOnly)
    #expect(hard.infeasibility == 1)
    #expect(hard.objective == 0)
    // For every teacher: Cy, whose one activity is inactive, works no day (2 short) in both;
    // Ann 1 short on Mon only; Bob works both days in both.
    #expect(try fetScore(try fetMapped(text(false, 100)), fetBase).infeasibility == 2)
    #expect(try fetScore(try fetMapped(text(false, 100)), mondayOnly).infeasibility == 3)
  }

  @Test("two activities ordered: the second after the first ends, in the week")
  func ordered() throws {
    let text = { (first: Int, second: Int) in
      fetFile(
        constraints: """
          <ConstraintTwoActivitiesOrdered><Weight_Percentage>10</Weight_Percentage>
          <First_Activity_Id>\(first)</First_Activity_Id>
          <Second_Activity_Id>\(second)</Second_Activity_Id>
          <Active>true</Active></ConstraintTwoActivitiesOrdered>
          """)
    }
    // Base: activity 1 at Mon h1, activity 2 (two hours) at Mon h2, activity 4 at Tue h1.
    #expect(try fetScore(try fetMapped(text(1, 2)), fetBase).objective == 0)
    #expect(try fetScore(try fetMapped(text(2, 1)), fetBase).objective == 1000)
    // Activity 2 ends after h3; activity 3 at Mon h4 starts right after: in order. Activity 4
    // on Tuesday comes after anything on Monday, whatever the hour.
    #expect(try fetScore(try fetMapped(text(2, 3)), fetBase).objective == 0)
    #expect(try fetScore(try fetMapped(text(3, 4)), fetBase).objective == 0)
    #expect(try fetScore(try fetMapped(text(4, 3)), fetBase).objective == 1000)
  }

  @Test("students max gaps per week")
  func studentGaps() throws {
    let m = try fetMapped(
      fetFile(
        constraints: """
          <ConstraintStudentsSetMaxGapsPerWeek><Weight_Percentage>50</Weight_Percentage>
          <Max_Gaps>0</Max_Gaps><Students>Y2</Students>
          <Active>true</Active></ConstraintStudentsSetMaxGapsPerWeek>
          """))
    var placed = fetBase
    placed[3] = (4, "Tue", "h1")
    placed[4] = (5, "Tue", "h4")  // Y2: Tue h1 and h4, two gaps
    #expect(try fetScore(m, placed).objective == 2 * 5000)
  }

  @Test("min hours daily, with and without empty days")
  func minHours() throws {
    let text = { (allow: Bool) in
      fetFile(
        constraints: """
          <ConstraintTeacherMinHoursDaily><Weight_Percentage>10</Weight_Percentage>
          <Teacher_Name>Ann</Teacher_Name><Minimum_Hours_Daily>3</Minimum_Hours_Daily>
          <Allow_Empty_Days>\(allow)</Allow_Empty_Days>
          <Active>true</Active></ConstraintTeacherMinHoursDaily>
          """)
    }
    // Ann: Mon h1 and h4 (2 hours: one violation), Tue h1-h2 (2 hours: one violation).
    #expect(try fetScore(try fetMapped(text(true)), fetBase).objective == 2 * 1000)
    // Ann on Mon only (4 hours) and nothing on Tue: allowed, or one violation for the empty day.
    let mondayOnly: [(Int, String, String)] = [
      (1, "Mon", "h1"), (3, "Mon", "h2"), (4, "Mon", "h3"), (5, "Mon", "h4"), (2, "Tue", "h1"),
    ]
    #expect(try fetScore(try fetMapped(text(true)), mondayOnly).objective == 0)
    #expect(try fetScore(try fetMapped(text(false)), mondayOnly).objective == 1000)
  }

  @Test("max hours continuously and activities not overlapping")
  func continuouslyAndOverlap() throws {
    let m = try fetMapped(
      fetFile(
        constraints: """
          <ConstraintTeacherMaxHoursContinuously><Weight_Percentage>100</Weight_Percentage>
          <Teacher_Name>Bob</Teacher_Name><Maximum_Hours_Continuously>2</Maximum_Hours_Continuously>
          <Active>true</Active></ConstraintTeacherMaxHoursContinuously>
          <ConstraintActivitiesNotOverlapping><Weight_Percentage>50</Weight_Percentage>
          <Number_of_Activities>2</Number_of_Activities><Activity_Id>1</Activity_Id>
          <Activity_Id>4</Activity_Id><Active>true</Active></ConstraintActivitiesNotOverlapping>
          """))
    // Bob: Mon h2, h3, h4 busy in a row: one window of 3 over 2.
    let r = try fetScore(m, fetBase)
    #expect(r.infeasibility == 1)
    #expect(r.objective == 0)
    var together = fetBase
    together[0] = (1, "Tue", "h1")  // with activity 4: one hour overlapping
    #expect(try fetScore(m, together).objective == 5000)
  }

  @Test("activities same starting time, day and hour")
  func sameStarting() throws {
    let same = { (kind: String, ids: [Int]) in
      fetFile(
        constraints: """
          <ConstraintActivitiesSameStarting\(kind)><Weight_Percentage>100</Weight_Percentage>
          <Number_of_Activities>\(ids.count)</Number_of_Activities>
          \(ids.map { "<Activity_Id>\($0)</Activity_Id>" }.joined())
          <Active>true</Active></ConstraintActivitiesSameStarting\(kind)>
          """)
    }
    // 4 (Tue h1) and 5 (Tue h2): same day, not the same time or hour.
    let day = try fetMapped(same("Day", [4, 5]))
    #expect(try fetScore(day, fetBase).infeasibility == 0)
    let time = try fetMapped(same("Time", [4, 5]))
    #expect(try fetScore(time, fetBase).infeasibility == 2)  // h1 and h2: one of the two runs
    let hour = try fetMapped(same("Hour", [1, 4]))  // 1 at Mon h1, 4 at Tue h1
    #expect(try fetScore(hour, fetBase).infeasibility == 0)
    var moved = fetBase
    moved[2] = (3, "Tue", "h4")
    #expect(try fetScore(day, moved).infeasibility == 0)
    moved[3] = (4, "Mon", "h3")
    // (4 now clashes with 2 too; only the helper's days and hours are looked at.)
    let cluster = { (r: XReport) in r.byType.first { $0.type == "ClusterBusyTimes" }?.hard }
    #expect(cluster(try fetScore(day, moved)) == 1)
    #expect(cluster(try fetScore(hour, moved)) == 1)
    // Different durations (1 and 2): named as unsupported, not guessed.
    let mixed = try fetMapped(same("Time", [1, 2]))
    #expect(
      mixed.instance.unsupportedConstraintCounts.map(\.type) == [
        "ConstraintActivitiesSameStartingTime (activities of different durations)"
      ])
  }

  @Test("two and three activities grouped: one block on one day, any order")
  func grouped() throws {
    let m = try fetMapped(
      fetFile(
        constraints: """
          <ConstraintThreeActivitiesGrouped><Weight_Percentage>100</Weight_Percentage>
          <First_Activity_Id>5</First_Activity_Id><Second_Activity_Id>4</Second_Activity_Id>
          <Third_Activity_Id>3</Third_Activity_Id>
          <Active>true</Active></ConstraintThreeActivitiesGrouped>
          """))
    // 3 on Mon, 4 and 5 on Tue: two days.
    #expect(try fetScore(m, fetBase).infeasibility == 1)
    var block = fetBase
    block[2] = (3, "Tue", "h3")  // Tue h1, h2, h3: one block
    #expect(try fetScore(m, block).infeasibility == 0)
    block[2] = (3, "Tue", "h4")  // Tue h1, h2, h4: a hole
    #expect(try fetScore(m, block).infeasibility == 1)
  }

  @Test("students early, max 0 beginnings at the second hour, with max 0 gaps")
  func early() throws {
    let gaps = """
      <ConstraintStudentsMaxGapsPerWeek><Weight_Percentage>100</Weight_Percentage>
      <Max_Gaps>0</Max_Gaps><Active>true</Active></ConstraintStudentsMaxGapsPerWeek>
      """
    let early = """
      <ConstraintStudentsEarlyMaxBeginningsAtSecondHour><Weight_Percentage>100</Weight_Percentage>
      <Max_Beginnings_At_Second_Hour>0</Max_Beginnings_At_Second_Hour>
      <Active>true</Active></ConstraintStudentsEarlyMaxBeginningsAtSecondHour>
      """
    // G2's Mon h1 and h4: a gap of 2. With early starts: G2 and Y2 (Mon h4 only) each have
    // 2 idle hours from the start of Monday, 4 more.
    #expect(try fetScore(try fetMapped(fetFile(constraints: gaps)), fetBase).infeasibility == 2)
    let both = try fetMapped(fetFile(constraints: gaps + early))
    #expect(both.instance.unsupportedConstraintCounts.isEmpty)
    #expect(try fetScore(both, fetBase).infeasibility == 6)
    // The anchors are not activities: the FET timetable lists the five activities only.
    let (tt, _) = Cadre.fetTimetable(
      fetBase.map { FETPlacement(activityId: $0.0, day: $0.1, hour: $0.2) }, mapping: both)
    #expect(Cadre.fetPlacements(try #require(tt), mapping: both).count == 5)
    // Without the gaps constraint the early one alone is not mapped: named, not guessed.
    let alone = try fetMapped(fetFile(constraints: early))
    #expect(alone.instance.unsupportedConstraintCounts.count == 1)
  }

  @Test("unsupported types are named and counted; rooms are space constraints")
  func unsupported() throws {
    let m = try fetMapped(
      fetFile(
        constraints: """
          <ConstraintTwoActivitiesOrderedIfSameDay><Weight_Percentage>100</Weight_Percentage>
          <First_Activity_Id>1</First_Activity_Id><Second_Activity_Id>2</Second_Activity_Id>
          <Active>true</Active></ConstraintTwoActivitiesOrderedIfSameDay>
          <ConstraintTwoActivitiesOrderedIfSameDay><Weight_Percentage>100</Weight_Percentage>
          <Active>false</Active></ConstraintTwoActivitiesOrderedIfSameDay>
          """))
    #expect(
      m.instance.unsupportedConstraintCounts
        == [XTypeCount(type: "ConstraintTwoActivitiesOrderedIfSameDay", count: 1)])
    #expect(m.inactiveConstraints == 1)
    #expect(m.roomConstraints == 0)
  }

  @Test("FET 6 files load", arguments: ["6.8.5", "5.30.0"])
  func versions(version: String) throws {
    let m = try fetMapped(fetFile(version: version))
    #expect(m.instance.metadata.contains { $0.text == version })
  }

  @Test("bad input is a diagnostic with a line, never a crash")
  func badInput() throws {
    let malformed = FETReader.read(text: "<fet version=\"5\">\n<Days_List>\n</fet>")
    #expect(malformed.0 == nil)
    #expect(malformed.1.first?.code == "fet-malformed-xml")
    #expect(malformed.1.first?.line == 3)
    #expect(FETReader.read(text: "<Instance/>").1.first?.code == "fet-unexpected-root")
    let unknownTeacher = fetErrors(
      fetFile().replacingOccurrences(of: "<Teacher>Cy</Teacher>", with: "<Teacher>Cyd</Teacher>"))
    #expect(unknownTeacher.contains { $0.code == "fet-unknown-teacher" && $0.line != nil })
    let unknownStudents = fetErrors(
      fetFile().replacingOccurrences(of: "<Students>S1</Students>", with: "<Students>S9</Students>")
    )
    #expect(unknownStudents.contains { $0.code == "fet-unknown-students" })
    let zero = fetErrors(
      fetFile().replacingOccurrences(of: "<Duration>2</Duration>", with: "<Duration>0</Duration>"))
    #expect(zero.contains { $0.code == "fet-bad-number" })
    let long = fetErrors(
      fetFile().replacingOccurrences(of: "<Duration>2</Duration>", with: "<Duration>9</Duration>"))
    #expect(long.contains { $0.code == "fet-bad-number" })
    let count = fetErrors(
      fetFile().replacingOccurrences(
        of: "<Number_of_Days>2</Number_of_Days>", with: "<Number_of_Days>7</Number_of_Days>"))
    #expect(count.contains { $0.code == "fet-bad-number" })
    let weight = fetErrors(
      fetFile(
        constraints: """
          <ConstraintTeachersMaxGapsPerWeek><Weight_Percentage>150</Weight_Percentage>
          <Max_Gaps>0</Max_Gaps><Active>true</Active></ConstraintTeachersMaxGapsPerWeek>
          """))
    #expect(weight.contains { $0.code == "fet-bad-number" })
    let day = fetErrors(
      fetFile(
        constraints: """
          <ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage>
          <Teacher>Ann</Teacher><Not_Available_Time><Day>Sun</Day><Hour>h1</Hour>
          </Not_Available_Time><Active>true</Active></ConstraintTeacherNotAvailableTimes>
          """))
    #expect(day.contains { $0.code == "fet-unknown-day" })
    let duplicate = fetErrors(
      fetFile().replacingOccurrences(of: "<Id>2</Id>", with: "<Id>1</Id>"))
    #expect(duplicate.contains { $0.code == "fet-duplicate-id" })
  }

  @Test("the activities timetable round-trips through FET's XML")
  func activitiesXML() throws {
    let m = try fetMapped(fetFile())
    let (tt, _) = Cadre.fetTimetable(
      fetBase.map { FETPlacement(activityId: $0.0, day: $0.1, hour: $0.2) }, mapping: m)
    let timetable = try #require(tt)
    let xml = FETWriter.activitiesTimetable(Cadre.fetPlacements(timetable, mapping: m))
    let (back, d) = FETReader.readTimetable(text: xml)
    #expect(d.isEmpty)
    let (again, _) = Cadre.fetTimetable(try #require(back), mapping: m)
    #expect(again == timetable)
    #expect(FETReader.readTimetable(text: "<fet/>").1.first?.code == "fet-unexpected-root")
    let unknown = Cadre.fetTimetable(
      [FETPlacement(activityId: 99, day: "Mon", hour: "h1")], mapping: m)
    #expect(unknown.1.first?.code == "fet-unknown-activity")
  }

  @Test("the engine's cost of a solved small file equals the evaluator's")
  func solveSmall() throws {
    let m = try fetMapped(
      fetFile(
        constraints: """
          <ConstraintMinDaysBetweenActivities><Weight_Percentage>95</Weight_Percentage>
          <Consecutive_If_Same_Day>true</Consecutive_If_Same_Day>
          <Number_of_Activities>3</Number_of_Activities><Activity_Id>3</Activity_Id>
          <Activity_Id>4</Activity_Id><Activity_Id>5</Activity_Id><MinDays>1</MinDays>
          <Active>true</Active></ConstraintMinDaysBetweenActivities>
          <ConstraintTeachersMaxGapsPerWeek><Weight_Percentage>80</Weight_Percentage>
          <Max_Gaps>0</Max_Gaps><Active>true</Active></ConstraintTeachersMaxGapsPerWeek>
          """))
    let result = Cadre.solveXHSTT(
      m.instance, options: SolveOptions(seed: 3, timeLimit: nil, stepLimit: 20_000))
    let report = XEvaluator.evaluate(m.instance, result.timetable)
    #expect(report.infeasibility == result.cost.hard)
    #expect(report.objective == result.cost.soft)
    #expect(report.infeasibility == 0)
  }
}

/// FET's official examples from Debian's `fet-data` (AGPL-3+; never copied into the project),
/// and `fet-cl` from Debian's `fet`; the tests are skipped when they are not installed.
enum FETExamples {
  static let folder = "/usr/share/doc/fet-data/examples/FET-5-official"
  static let samples = [
    "Argentina/Horario_ISJ.fet", "Brazil/1/Brazil.fet",
    "Bulgaria/Lom_high_school_2007-2008.fet",
  ]
  static var available: Bool {
    FileManager.default.fileExists(atPath: folder + "/" + samples[1])
  }
  static var fetCL: String? {
    ["/usr/bin/fet-cl", "/usr/local/bin/fet-cl"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}

@Suite("FET's examples", .enabled(if: FETExamples.available))
struct FETExampleTests {
  @Test(
    "each sample reads and maps; unsupported types are the expected ones",
    arguments: FETExamples.samples)
  func sample(_ path: String) throws {
    let text = try String(contentsOfFile: FETExamples.folder + "/" + path, encoding: .utf8)
    let m = try fetMapped(text)
    let unsupported = m.instance.unsupportedConstraintCounts.map(\.type)
    switch path {
    case let p where p.hasPrefix("Argentina"):
      // Its 116 preferred rooms and 6 room not available times are supported: every activity
      // has a Room role.
      #expect(m.activityIds.count == 116)
      #expect(unsupported.isEmpty)
      #expect(m.roomConstraints == 0)
      #expect(m.instance.events.prefix(116).allSatisfy { $0.openRoles.count == 1 })
    case let p where p.hasPrefix("Brazil"):
      #expect(m.activityIds.count == 400)
      #expect(unsupported.isEmpty)
    default:
      #expect(m.activityIds.count == 448)
      #expect(unsupported.isEmpty)
    }
    // A short search: the engine and the evaluator agree, and the timetable survives FET's XML.
    // Horario_ISJ and Lom are feasible within it (the repair burst right after the
    // construction: seed 1 needs 9,797 and 30,832 steps; before it, 393,509 and 418,728).
    let result = Cadre.solveXHSTT(
      m.instance, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 60_000))
    let report = XEvaluator.evaluate(m.instance, result.timetable)
    #expect(report.infeasibility == result.cost.hard)
    #expect(report.objective == result.cost.soft)
    if !path.hasPrefix("Brazil") { #expect(report.infeasibility == 0) }
    let xml = FETWriter.activitiesTimetable(Cadre.fetPlacements(result.timetable, mapping: m))
    let (back, _) = FETReader.readTimetable(text: xml)
    let (again, diagnostics) = Cadre.fetTimetable(try #require(back), mapping: m)
    let read = try #require(again, "\(diagnostics.map(\.rendered))")
    if result.cost.hard == 0 {
      #expect(
        read.subEvents.filter { $0.start != nil }
          == result.timetable.subEvents.filter { $0.start != nil })
    }
  }

  @Test(
    "fet-cl's own timetable is hard-feasible by Cadre's checker (Horario_ISJ: rooms included)",
    .enabled(if: FETExamples.fetCL != nil), arguments: [0, 1])
  func fetTimetableScores(_ sample: Int) throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cadre-fet-\(getpid())-\(sample)")
    defer { try? FileManager.default.removeItem(at: out) }
    let input = FETExamples.folder + "/" + FETExamples.samples[sample]
    let name = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    p.arguments = [
      "-k", "10", "120", try #require(FETExamples.fetCL), "--inputfile=\(input)",
      "--outputdir=\(out.path)",
      "--timelimitseconds=110", "--language=en_US",
    ]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    let xml = out.appendingPathComponent("timetables/\(name)/\(name)_activities.xml")
    let text = try String(contentsOf: xml, encoding: .utf8)
    let (placements, _) = FETReader.readTimetable(text: text)
    if sample == 0 {
      #expect(try #require(placements).allSatisfy { !$0.room.isEmpty })
    }
    let m = try fetMapped(try String(contentsOfFile: input, encoding: .utf8))
    let (tt, d) = Cadre.fetTimetable(try #require(placements), mapping: m)
    let report = XEvaluator.evaluate(m.instance, try #require(tt, "\(d.map(\.rendered))"))
    #expect(report.infeasibility == 0)
  }
}
