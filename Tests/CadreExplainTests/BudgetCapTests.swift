import Cadre
import CadreCheck
import CadreExplain
import CadreLeadership
import CadreModel
import Testing

/// `explain` on a cap that no plan meets (not provably: the money depends on who teaches the
/// released periods): the cap is named with the release that forces the coverage, and the fix
/// raises it to what the cheapest plan found costs, re-checked by an independent solve.
struct BudgetCapTests {
  /// Lead Ana (release 0.5 of 30 slots: at most 15 periods) may teach 24 periods that a
  /// coverage position ($30) may also teach: at least 9 go to coverage, $1,000 stipend + 9 × 30
  /// × 36 = $10,720 at best, against a cap of $10,000.
  static let school: School = {
    let periods = (0..<6).map { p in
      Period(
        name: "P\(p + 1)", start: TimeOfDay(minutes: 480 + 60 * p),
        end: TimeOfDay(minutes: 530 + 60 * p))
    }
    return School(
      name: "Tight cap", cycle: Cycle(days: ["Mon", "Tue", "Wed", "Thu", "Fri"], periods: periods),
      teachers: [Teacher(id: "T1", name: "Ana"), Teacher(id: "COV", coverage: true)],
      classes: [SchoolClass(id: "A"), SchoolClass(id: "B")],
      lessons: ["A", "B"].flatMap { c in
        ["math", "ela"].map {
          Lesson(
            id: LessonID("\(c)-\($0)"), classID: ClassID(c), subject: $0, meetings: 6,
            candidates: ["T1", "COV"], allowSplit: true)
        }
      },
      leadership: Leadership(
        roles: [Role(id: "lead", kind: .teamLead, release: 0.5, spanLimit: 8, stipend: 1000)],
        leaders: [Leader(id: "ana", role: "lead", teacher: "T1")]),
      budget: Budget(cap: 10_000, coveragePerPeriod: 30))
  }()

  @Test func theCapIsNamedAndRaisedToTheCheapestPlan() throws {
    let d = Explain.diagnose(Self.school, options: ExplainOptions(stepLimit: 30_000))
    #expect(d.verdict == .notFound)
    #expect(d.conflictText.contains("the budget cap ($10,000 a year)"))
    #expect(d.conflictText.contains { $0.contains("the release of role") })
    let fix = try #require(d.fixes.first { $0.change.contains("raise the budget cap") })
    #expect(fix.change == "raise the budget cap from $10,000 to $10,720 a year")
    #expect(fix.dollars == 720)
    // Independently: the fixed school solves within its new cap.
    let result = Cadre.solve(fix.school, options: SolveOptions(timeLimit: nil, stepLimit: 30_000))
    #expect(Checker.check(school: fix.school, schedule: result.schedule).isFeasible)
    #expect(BudgetCalculator.report(school: fix.school, schedule: result.schedule).withinCap)
  }
}
