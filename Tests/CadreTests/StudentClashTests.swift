import Cadre
import CadreCheck
import CadreIO
import CadreModel
import Foundation
import Testing

/// Students who share classes (`studentGroups`, hard rule `student-clash`): the search keeps
/// them apart, judged by the independent checker.
@Suite struct StudentClashTests {
  /// Two sections and one group of three students in both; the two lessons pinned to the same
  /// slot, so one clash of three students, counted once per period of the overlap.
  @Test func aClashCostsTheGroupsStudents() throws {
    let periods = (0..<3).map { p in
      Period(
        name: "P\(p + 1)", start: TimeOfDay(minutes: 480 + 60 * p),
        end: TimeOfDay(minutes: 530 + 60 * p))
    }
    let mon = SlotRef(day: "Mon", period: "P1")
    let school = School(
      name: "Two sections", cycle: Cycle(days: ["Mon", "Tue"], periods: periods),
      teachers: [Teacher(id: "T1"), Teacher(id: "T2")],
      classes: [SchoolClass(id: "ART"), SchoolClass(id: "BAND"), SchoolClass(id: "PE")],
      lessons: [
        Lesson(
          id: "art", classID: "ART", subject: "art", meetings: 1, duration: 2, teacher: "T1",
          pinned: [mon]),
        Lesson(id: "band", classID: "BAND", subject: "music", meetings: 1, teacher: "T2"),
        Lesson(id: "pe", classID: "PE", subject: "pe", meetings: 1, teacher: "T2"),
      ],
      studentGroups: [
        StudentGroup(id: "S1", students: 3, classes: ["ART", "BAND"]),
        StudentGroup(id: "S2", classes: ["BAND", "PE"]),
      ])
    #expect(Validator.validate(school).isEmpty)
    let clash = Schedule(meetings: [
      Meeting(lesson: "art", index: 0, start: mon, teacher: "T1"),
      Meeting(lesson: "band", index: 0, start: SlotRef(day: "Mon", period: "P2"), teacher: "T2"),
      Meeting(lesson: "pe", index: 0, start: SlotRef(day: "Tue", period: "P1"), teacher: "T2"),
    ])
    let report = Checker.check(school: school, schedule: clash)
    #expect(report.count("student-clash") == 3)
    #expect(report.violations.first { $0.rule == "student-clash" }?.message.contains("S1") == true)
    // Two pairs of classes share students (ART-BAND, BAND-PE); one meets at once, hitting S1.
    let students = try #require(report.students)
    #expect(students.sharedPairs == 2 && students.clashingPairs == 1)
    #expect(students.studentsWithClash == 3 && students.students == 4)
    #expect(report.text.contains("1 of them meet at the same time (50.0%)"))
    // The search finds the timetable without it, and its cost is the checker's.
    let result = solve(school, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 5000))
    let solved = Checker.check(school: school, schedule: result.schedule)
    #expect(solved.isFeasible)
    #expect(solved.count("student-clash") == 0)
    #expect(result.cost == solved.cost)
  }

  /// A grade 9 of 75 students, each in four core sections and two electives (74 distinct
  /// groups): the search keeps every student in one class at a time.
  @Test(arguments: [UInt64(1), 2])
  func electivesAreKeptApart(seed: UInt64) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "cli-fixtures/students/riverside-electives.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    let school = try #require(SchoolJSON.decode(text).school)
    #expect(school.studentGroups.count == 74)
    #expect(Validator.isValid(school))
    let result = solve(
      school, options: SolveOptions(seed: seed, timeLimit: nil, stepLimit: 200_000))
    let report = Checker.check(school: school, schedule: result.schedule)
    #expect(report.isFeasible, "\(report.text)")
    #expect(report.count("student-clash") == 0)
    #expect(report.students?.clashingPairs == 0)
    #expect(result.cost == report.cost)
  }
}
