import CadreModel
import Testing

@testable import CadreIO

@Suite struct ScheduleJSONTests {
  @Test func encodesInSchoolOrderWithCostAndExtras() {
    let text = ScheduleJSON.encode(
      TestSchools.tinySchedule(), school: TestSchools.tiny(), cost: HardSoft(hard: 0, soft: 7),
      extra: [("solver", "cadre 0.1"), ("seed", "42")])
    let expected = """
      {
        "format": "cadre-schedule/1",
        "school": "Tiny School",
        "cost": {"hard": 0, "soft": 7},
        "solver": "cadre 0.1",
        "seed": "42",
        "meetings": [
          {"lesson": "3A-math", "index": 0, "day": "Mon", "period": "P1", "teacher": "T-ANA"},
          {"lesson": "3A-math", "index": 1, "day": "Tue", "period": "P1", "teacher": "T-ANA"},
          {"lesson": "3B-art", "index": 0, "day": "Mon", "period": "P2", "teacher": "T-BO", "room": "R1"}
        ]
      }

      """
    #expect(text == expected)
  }

  @Test func roundTripsPlacedUnplacedAndMultiWeekMeetings() throws {
    let school = TestSchools.full()
    let schedule = Schedule(meetings: [
      Meeting(
        lesson: "3A-math", index: 0, start: SlotRef(week: "A", day: "Mon", period: "P1"),
        teacher: "T-ANA", room: "R1"),
      Meeting(lesson: "3A-math", index: 1, start: nil, teacher: nil),
      Meeting(
        lesson: "3A-math", index: 2, start: SlotRef(week: "B", day: "Fri", period: "P1"),
        teacher: "T-BO"),
      Meeting(
        lesson: "3A-art", index: 0, start: SlotRef(week: "B", day: "Mon", period: "P1"),
        teacher: "T-BO"),
    ])
    let text = ScheduleJSON.encode(schedule, school: school, cost: nil)
    #expect(!text.contains("\"cost\""))
    let (decoded, diagnostics) = ScheduleJSON.decode(text)
    #expect(diagnostics.isEmpty)
    #expect(decoded == schedule)
  }

  @Test func meetingsOfUnknownLessonsComeLastById() {
    let schedule = Schedule(meetings: [
      Meeting(lesson: "zz", index: 0, start: nil, teacher: nil),
      Meeting(lesson: "aa", index: 1, start: nil, teacher: nil),
      Meeting(lesson: "aa", index: 0, start: nil, teacher: nil),
      Meeting(lesson: "3B-art", index: 0, start: nil, teacher: nil),
    ])
    let text = ScheduleJSON.encode(schedule, school: TestSchools.tiny(), cost: nil)
    let decoded = ScheduleJSON.decode(text).schedule
    let order = decoded?.meetings.map { "\($0.lesson.raw)#\($0.index)" }
    #expect(order == ["3B-art#0", "aa#0", "aa#1", "zz#0"])
  }

  @Test func decodingReportsStructureWithPointers() throws {
    let text = """
      {"format": "cadre-schedule/2", "school": "S", "cost": {"hard": 1.5, "soft": 0},
       "meetings": [{"lesson": "L", "index": 0, "day": "Mon"},
                    {"lesson": "L", "index": "1", "teacher": 7, "colour": "red"}],
       "seed": 42}
      """
    let (schedule, diagnostics) = ScheduleJSON.decode(text)
    #expect(schedule == nil)
    let got = diagnostics.map { "\($0.code) \($0.pointer) \($0.line ?? 0):\($0.column ?? 0)" }
    #expect(
      got == [
        "unknown-key /seed 4:2",
        "unsupported-format /format 1:12",
        "not-integer /cost/hard 1:64",
        "missing-field /meetings/0/period 2:15",
        "unknown-key /meetings/1/colour 3:59",
        "wrong-type /meetings/1/index 3:40",
        "wrong-type /meetings/1/teacher 3:56",
      ])
  }

  @Test func stringExtrasAreAcceptedAndCostIsReadable() {
    let text = """
      {"format": "cadre-schedule/1", "school": "S", "cost": {"hard": 2, "soft": 9},
       "solver": "x", "meetings": []}
      """
    let (schedule, diagnostics) = ScheduleJSON.decode(text)
    #expect(diagnostics.isEmpty)
    #expect(schedule == Schedule(meetings: []))
    #expect(ScheduleJSON.decodeCost(text) == HardSoft(hard: 2, soft: 9))
  }
}
