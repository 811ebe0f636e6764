import Cadre
import CadreCheck
import CadreLeadership
import CadreModel

/// The test every step of `explain` asks: does this school fit? A budgeted solve (fixed
/// seed, step limit, stop at the first schedule without hard violations) judged by the
/// independent checker, not by the solver's own cost.
///
/// Results are memoised by the set of relaxed groups, so QuickXplain never solves one subset
/// twice.
final class Oracle {
  let options: ExplainOptions
  private(set) var solves = 0
  private(set) var steps = 0
  private var memo: [[ConstraintGroup]: Bool] = [:]

  init(_ options: ExplainOptions) { self.options = options }

  /// The schedule found, whether the checker finds it free of hard violations, and the
  /// compiler's proof of infeasibility when it has one.
  func solve(_ school: School) -> (feasible: Bool, reasons: [String], schedule: Schedule) {
    var o = SolveOptions()
    o.seed = options.seed
    o.threads = 1
    o.stepLimit = options.stepLimit
    o.timeLimit = options.timeLimit
    o.target = HardSoft(hard: 0, soft: Int.max)
    let result = Cadre.solve(school, options: o)
    solves += 1
    steps += result.stats.steps
    let report = Checker.check(school: school, schedule: result.schedule)
    return (report.isFeasible, result.infeasibilityReasons, result.schedule)
  }

  /// Whether `school` with `relaxed` relaxed has a plan (schedule rules only: the search
  /// cannot prove infeasibility, so "no" means "none found within the step limit").
  func feasible(_ school: School, relaxing relaxed: [ConstraintGroup]) -> Bool {
    let key = relaxed.sorted()
    if let known = memo[key] { return known }
    var s = school
    // Sorted by kind: lesson indices are used by pins before a class's lessons are removed.
    for g in key { s = g.relax(s) }
    let answer = solve(s).feasible
    memo[key] = answer
    return answer
  }

  /// What the cheapest plan found for `school` costs a year (`BudgetCalculator`'s total), or
  /// nil when no plan without hard violations is found. The whole step limit is spent, so the
  /// search's `coverage-cost` lowers the money rather than stopping at the first plan.
  func cheapestTotal(_ school: School) -> Int? {
    var o = SolveOptions()
    o.seed = options.seed
    o.threads = 1
    o.stepLimit = options.stepLimit
    o.timeLimit = options.timeLimit
    let result = Cadre.solve(school, options: o)
    solves += 1
    steps += result.stats.steps
    guard Checker.check(school: school, schedule: result.schedule).isFeasible else { return nil }
    return BudgetCalculator.report(school: school, schedule: result.schedule).total
  }

  /// The full re-check of a fix: no counting proof left (leadership included), a schedule
  /// the checker passes, and the budget within its cap. Returns what was found, in words.
  func fits(_ school: School) -> (Bool, String) {
    if let first = CountingProofs.findings(school).first {
      return (false, "still cannot fit: \(first.message)")
    }
    let found = solve(school)
    if !found.feasible {
      return (false, "no plan found within \(options.stepLimit) steps")
    }
    let budget = BudgetCalculator.report(school: school, schedule: found.schedule)
    if !budget.withinCap {
      return (false, "the schedule found costs more than the budget cap")
    }
    return (true, "re-solved: the checker finds no hard rule broken and the budget holds")
  }
}
