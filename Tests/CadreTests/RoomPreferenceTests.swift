import Cadre
import CadreCheck
import CadreCompiler
import CadreEngine
import CadreModel
import Testing

/// Rooms a lesson or a teacher prefers (`room-preference`, issue 17's room preferences in the
/// school format): counted by the checker, searched for, checked by the validator.
@Suite struct RoomPreferenceTests {
  static func school(teacherRooms: [RoomID]) -> School {
    let periods = (0..<3).map { p in
      Period(
        name: "P\(p + 1)", start: TimeOfDay(minutes: 480 + 60 * p),
        end: TimeOfDay(minutes: 530 + 60 * p))
    }
    return School(
      name: "Rooms", cycle: Cycle(days: ["Mon", "Tue"], periods: periods),
      teachers: [Teacher(id: "T1", preferredRooms: teacherRooms)],
      classes: [SchoolClass(id: "A")],
      rooms: [Room(id: "R1"), Room(id: "R2"), Room(id: "R3")],
      lessons: [
        Lesson(
          id: "A-sci", classID: "A", subject: "sci", meetings: 2, teacher: "T1",
          roomKind: "classroom", preferredRooms: ["R2"])
      ])
  }

  /// A meeting in R1: outside the lesson's R2 (1) and the teacher's R3 (1); one in R2: outside
  /// the teacher's R3 only (1).
  static let handMade = Schedule(meetings: [
    Meeting(
      lesson: "A-sci", index: 0, start: SlotRef(day: "Mon", period: "P1"), teacher: "T1",
      room: "R1"),
    Meeting(
      lesson: "A-sci", index: 1, start: SlotRef(day: "Tue", period: "P1"), teacher: "T1",
      room: "R2"),
  ])

  /// `handMade` with teacher rooms R3: 3.
  @Test func eachPreferenceMissedCountsOne() {
    let school = Self.school(teacherRooms: ["R3"])
    #expect(Validator.validate(school).isEmpty)
    let schedule = Self.handMade
    let report = Checker.check(school: school, schedule: schedule)
    #expect(report.count("room-preference") == 3)
    #expect(report.cost.soft >= 3 * school.weights.roomPreference)
  }

  @Test func theSearchPutsTheLessonWhereBothPrefer() {
    let school = Self.school(teacherRooms: ["R2", "R3"])
    let result = solve(school, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 20_000))
    let report = Checker.check(school: school, schedule: result.schedule)
    #expect(report.isFeasible)
    #expect(report.count("room-preference") == 0)
    #expect(result.schedule.meetings.allSatisfy { $0.room == "R2" })
    #expect(result.cost == report.cost)
  }

  @Test func unknownAndUnusedPreferencesAreReported() {
    var school = Self.school(teacherRooms: ["R9"])
    school.lessons.append(
      Lesson(id: "A-art", classID: "A", subject: "art", meetings: 1, preferredRooms: ["R1"]))
    let all = Validator.validate(school)
    let unknown = all.first { $0.code == "unknown-room" }
    #expect(unknown?.pointer == "/teachers/0/preferredRooms/0")
    let unused = all.first { $0.code == "preferred-rooms-unused" }
    #expect(unused?.pointer == "/lessons/1/preferredRooms" && unused?.severity == .warning)
  }

  /// The general engine holds the rule too (`preferPlaces`): its own count of the hand-made
  /// schedule above is the checker's 3, and its search finds R2.
  @Test func theGeneralEngineCountsAndSearchesItToo() {
    let school = Self.school(teacherRooms: ["R3"])
    let schedule = Self.handMade
    let export = SchoolXHSTTExporter.export(school)
    let compiled = SchoolGeneralCompiler.compile(school, export: export)
    let subEvents = HSTTCompiler.subEvents(
      export.timetable(for: schedule, school: school), eventCount: compiled.problem.events.count)
    let byMonitor = scoreHSTTByMonitor(compiled.problem, subEvents: subEvents)
    let counted = compiled.monitorRules.indices.filter {
      compiled.monitorRules[$0] == "room-preference"
    }
    .reduce(Int64(0)) { $0 + byMonitor[$1] / Int64(compiled.problem.monitors[$1].weight) }
    #expect(counted == 3)

    let both = Self.school(teacherRooms: ["R2", "R3"])
    let general = solveSchoolOnGeneralEngine(
      both, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 20_000))
    #expect(general.check.isFeasible)
    #expect(general.check.count("room-preference") == 0)
    #expect(general.schedule.meetings.allSatisfy { $0.room == "R2" })
    #expect(!general.result.notSearched.contains("room-preference"))
    #expect(general.engineCost == general.checkedCost)
  }
}
