import Cadre
import CadreCheck
import CadreModel
import Testing

/// Teachers' and classes' own limits (issue 17: the school format gains FET's per-teacher
/// rules): hand-derived counts by the checker, and a search that keeps the hard ones.
@Suite struct PersonalLimitsTests {
  static func school(_ limits: PersonalLimits, preferred: [SlotRef] = []) -> School {
    let periods = (0..<5).map { p in
      Period(
        name: "P\(p + 1)", start: TimeOfDay(minutes: 480 + 60 * p),
        end: TimeOfDay(minutes: 530 + 60 * p))
    }
    return School(
      name: "Limits", cycle: Cycle(days: ["Mon", "Tue", "Wed", "Thu", "Fri"], periods: periods),
      teachers: [
        Teacher(id: "T1", preferred: preferred, limits: limits), Teacher(id: "T2"),
      ],
      classes: [SchoolClass(id: "A"), SchoolClass(id: "B")],
      lessons: [
        Lesson(id: "A-math", classID: "A", subject: "math", meetings: 4, teacher: "T1"),
        Lesson(id: "B-math", classID: "B", subject: "math", meetings: 4, teacher: "T1"),
        Lesson(id: "A-ela", classID: "A", subject: "ela", meetings: 5, teacher: "T2"),
      ])
  }

  /// T1 teaches Mon P1 and Mon P4 only: 2 gaps on Monday, one day, 2 periods.
  @Test func theCheckerCountsEachLimitAsRulesMdSays() {
    let limits = PersonalLimits(
      maxGapsPerDay: PolicyNumber(1), maxGapsPerWeek: PolicyNumber(0, weight: 3),
      maxDaysPerWeek: PolicyNumber(0, weight: 5), minPerDay: PolicyNumber(3),
      maxInARow: PolicyNumber(1))
    var school = Self.school(limits, preferred: [SlotRef(day: "Mon", period: "P1")])
    school.lessons = [school.lessons[0]]
    school.lessons[0].meetings = 2
    school.lessons.append(Lesson(id: "B-x", classID: "B", subject: "x", meetings: 1, teacher: "T2"))
    #expect(Validator.validate(school).isEmpty)
    let schedule = Schedule(meetings: [
      Meeting(lesson: "A-math", index: 0, start: SlotRef(day: "Mon", period: "P1"), teacher: "T1"),
      Meeting(lesson: "A-math", index: 1, start: SlotRef(day: "Mon", period: "P4"), teacher: "T1"),
      Meeting(lesson: "B-x", index: 0, start: SlotRef(day: "Tue", period: "P1"), teacher: "T2"),
    ])
    let report = Checker.check(school: school, schedule: schedule)
    // Hard: gaps 2 − 1 = 1, periods 3 − 2 = 1. Soft: 3 × (2 − 0) + 5 × (1 − 0) = 11.
    #expect(report.count("personal-limit") == 2)
    #expect(report.count("personal-preference") == 11)
    // Mon P4 is outside T1's preferred slots.
    #expect(report.count("preferred-slot") == 1)
    #expect(report.cost.hard == 2)
  }

  /// Eight periods for T1 on at most two days, at least three a day, at most two in a row and
  /// no gap: the search finds such a week, and the checker agrees with its cost.
  @Test(arguments: [UInt64(1), 2, 3])
  func theSearchKeepsHardLimits(seed: UInt64) {
    let school = Self.school(
      PersonalLimits(
        maxGapsPerDay: PolicyNumber(0), maxDaysPerWeek: PolicyNumber(2),
        minPerDay: PolicyNumber(3), maxInARow: PolicyNumber(5)))
    #expect(Validator.isValid(school))
    let result = solve(school, options: SolveOptions(seed: seed, timeLimit: nil, stepLimit: 50_000))
    let report = Checker.check(school: school, schedule: result.schedule)
    #expect(report.isFeasible, "\(report.text)")
    #expect(report.count("personal-limit") == 0)
    #expect(result.cost == report.cost)
    let days = Set(
      result.schedule.meetings.filter { $0.teacher == "T1" }.compactMap { $0.start?.day })
    #expect(days.count <= 2)
  }

  /// A soft limit weighs against the other soft rules; a class's gaps count for its students.
  @Test func softLimitsAndClassGapsAreCosts() {
    var school = Self.school(PersonalLimits(maxDaysPerWeek: PolicyNumber(1, weight: 7)))
    school.classes[0].limits = PersonalLimits(maxGapsPerDay: PolicyNumber(0))
    // Only the limit weighs: two meetings of a subject on one day are fine here.
    school.weights.sameSubjectTwice = 0
    school.weights.unevenSpread = 0
    let result = solve(school, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 50_000))
    let report = Checker.check(school: school, schedule: result.schedule)
    #expect(report.isFeasible)
    #expect(report.count("personal-limit") == 0)
    // T1's eight periods need two days of five periods: one day over the limit, 7 × 1.
    #expect(report.count("personal-preference") == 7)
    #expect(result.cost == report.cost)
  }
}
