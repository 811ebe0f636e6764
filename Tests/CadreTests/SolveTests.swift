import Cadre
import CadreCheck
import CadreModel
import Testing

@Suite struct SolveTests {
  @Test func sameSeedGivesTheSameSchedule() {
    let school = tinySchool(seed: 4242, lessons: 10)
    let options = SolveOptions(seed: 3, timeLimit: nil, stepLimit: 3000)
    #expect(solve(school, options: options).schedule == solve(school, options: options).schedule)
  }

  @Test func twoThreadsWithAStepLimitReproduce() {
    let school = tinySchool(seed: 4343, lessons: 10)
    let options = SolveOptions(seed: 3, threads: 2, timeLimit: nil, stepLimit: 3000)
    let a = solve(school, options: options)
    let b = solve(school, options: options)
    #expect(a.schedule == b.schedule)
    #expect(a.stats.winningSeed == b.stats.winningSeed)
  }

  @Test func classWithTooManyLessonsIsProvenInfeasible() {
    let cycle = Cycle(
      days: ["Mon"],
      periods: [
        Period(name: "P1", start: TimeOfDay(minutes: 480), end: TimeOfDay(minutes: 530)),
        Period(name: "P2", start: TimeOfDay(minutes: 540), end: TimeOfDay(minutes: 590)),
      ])
    let school = School(
      name: "Overfull", cycle: cycle, teachers: [Teacher(id: "T1"), Teacher(id: "T2")],
      classes: [SchoolClass(id: "7A", name: "Seven A")],
      lessons: [
        Lesson(id: "math", classID: "7A", subject: "math", meetings: 2, teacher: "T1"),
        Lesson(id: "ela", classID: "7A", subject: "ela", meetings: 1, teacher: "T2"),
      ])
    let result = solve(school, options: SolveOptions(timeLimit: nil, stepLimit: 2000))
    #expect(result.stopReason == .provenInfeasible)
    #expect(result.infeasibilityReasons.contains { $0.contains("Seven A") && $0.contains("3") })
    #expect(result.cost.hard > 0)
  }

  @Test func feasibleSchoolReachesTheTarget() {
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    let periods = (1...6).map {
      Period(
        name: "P\($0)", start: TimeOfDay(minutes: 420 + 60 * $0),
        end: TimeOfDay(minutes: 470 + 60 * $0))
    }
    let teachers = (0..<4).map { Teacher(id: TeacherID("T\($0)")) }
    let classes = (0..<4).map { SchoolClass(id: ClassID("C\($0)")) }
    var lessons: [Lesson] = []
    for c in 0..<4 {
      for t in 0..<4 {
        lessons.append(
          Lesson(
            id: LessonID("C\(c)-T\(t)"), classID: classes[c].id, subject: "s\(t)",
            meetings: t == 0 ? 3 : 4,
            teacher: teachers[t].id))
      }
    }
    let school = School(
      name: "Square", cycle: Cycle(days: days, periods: periods), teachers: teachers,
      classes: classes, lessons: lessons,
      leadership: Leadership(
        roles: [Role(id: "lead", kind: .teamLead, release: 0.5, spanLimit: 8)],
        leaders: [Leader(id: "L0", role: "lead", teacher: "T0")],
        teams: [Team(id: "team", leader: "L0", members: ["T1", "T2"])]),
      policy: Policy(huddlesPerWeek: 1, observableSlotsPerMember: 2))
    let result = solve(
      school,
      options: SolveOptions(
        timeLimit: nil, stepLimit: 200_000, target: HardSoft(hard: 0, soft: 1000)))
    #expect(result.cost.hard == 0)
    #expect(result.stopReason == .target)
    let report = Checker.check(school: school, schedule: result.schedule)
    #expect(report.cost == result.cost)
  }
}
