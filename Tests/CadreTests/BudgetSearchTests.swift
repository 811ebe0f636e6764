import Cadre
import CadreCheck
import CadreLeadership
import CadreModel
import Testing

/// The budget is searched for (issue 14 item 1): a plan within the cap is found when one
/// exists, judged by the checker and `BudgetCalculator`, never by the solver's own cost.
@Suite struct BudgetSearchTests {
  /// Team Lead Ana (T1, release 0.5 of 30 slots: at most 15 periods) may teach four five-period
  /// lessons that a coverage position (COV, $30 a period) may also teach, meeting by meeting.
  /// 20 periods, so at least 5 go to COV: $2,000 stipend + 5 × 30 × 36 = $7,400 is the cheapest
  /// plan. A balanced first choice gives COV about half of them.
  static func school(cap: Int?) -> School {
    let periods = (0..<6).map { p in
      Period(
        name: "P\(p + 1)", start: TimeOfDay(minutes: 480 + 60 * p),
        end: TimeOfDay(minutes: 530 + 60 * p))
    }
    let lessons = ["A", "B"].flatMap { c in
      ["math", "ela"].map { subject in
        Lesson(
          id: LessonID("\(c)-\(subject)"), classID: ClassID(c), subject: subject, meetings: 5,
          candidates: ["T1", "COV"], allowSplit: true)
      }
    }
    return School(
      name: "Budget search",
      cycle: Cycle(days: ["Mon", "Tue", "Wed", "Thu", "Fri"], periods: periods),
      teachers: [Teacher(id: "T1", name: "Ana"), Teacher(id: "COV", coverage: true)],
      classes: [SchoolClass(id: "A"), SchoolClass(id: "B")], lessons: lessons,
      leadership: Leadership(
        roles: [Role(id: "lead", kind: .teamLead, release: 0.5, spanLimit: 8, stipend: 2000)],
        leaders: [Leader(id: "ana", role: "lead", teacher: "T1")]),
      budget: Budget(cap: cap, coveragePerPeriod: 30))
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func aPlanWithinTheCapIsFoundWhenOneExists(seed: UInt64) {
    let school = Self.school(cap: 7400)
    let result = solve(school, options: SolveOptions(seed: seed, timeLimit: nil, stepLimit: 30000))
    let report = Checker.check(school: school, schedule: result.schedule)
    #expect(report.isFeasible)
    #expect(report.count("over-budget") == 0)
    let budget = BudgetCalculator.report(school: school, schedule: result.schedule)
    #expect(budget.withinCap)
    #expect(budget.total == 7400)
    #expect(result.cost == report.cost)
  }

  /// Without a cap the money is a soft cost: the search still pays for the fewest released
  /// periods (5 weekly periods at the reference rate: `coverage-cost` 5).
  @Test func withoutACapCoverageIsACost() {
    let school = Self.school(cap: nil)
    let result = solve(school, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 30000))
    let report = Checker.check(school: school, schedule: result.schedule)
    #expect(report.isFeasible)
    #expect(report.count("coverage-cost") == 5)
    #expect(BudgetCalculator.report(school: school, schedule: result.schedule).coverage == 5400)
  }

  /// A cap one weekly period below the least cost: no plan holds both the cap and Ana's
  /// release, so the best one breaks one of them by one unit (the checker says which); below
  /// the stipends alone it is proven impossible before searching.
  @Test func overTheCapIsHardAndStipendsAboveItAreProvenImpossible() {
    let tight = Self.school(cap: 7400 - 1080)
    let result = solve(tight, options: SolveOptions(seed: 1, timeLimit: nil, stepLimit: 20000))
    let report = Checker.check(school: tight, schedule: result.schedule)
    #expect(!report.isFeasible)
    #expect(report.count("over-budget") + report.count("leader-overload") == 1)
    #expect(result.cost == report.cost)
    #expect(result.stopReason != .provenInfeasible)

    let stipends = solve(
      Self.school(cap: 1500), options: SolveOptions(timeLimit: nil, stepLimit: 2000))
    #expect(stipends.stopReason == .provenInfeasible)
    #expect(stipends.infeasibilityReasons.contains { $0.contains("stipends alone") })
  }

  /// The general engine searches the budget too (`HSTTCoverage`): within the cap, or at the
  /// least coverage without one, its own score of both budget rules being the checker's.
  @Test(arguments: [(UInt64(1), 7400), (2, 7400), (1, nil)] as [(UInt64, Int?)])
  func theGeneralEngineSearchesTheBudgetToo(seed: UInt64, cap: Int?) {
    let school = Self.school(cap: cap)
    let general = solveSchoolOnGeneralEngine(
      school, options: SolveOptions(seed: seed, timeLimit: nil, stepLimit: 30000))
    #expect(general.check.isFeasible)
    #expect(general.check.count("over-budget") == 0)
    #expect(general.check.count("coverage-cost") == 5)
    #expect(BudgetCalculator.report(school: school, schedule: general.schedule).coverage == 5400)
    #expect(!general.result.notSearched.contains("over-budget"))
    #expect(!general.result.notSearched.contains("coverage-cost"))
    #expect(general.engineCost == general.checkedCost)
  }
}
