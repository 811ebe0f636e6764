/// The budget as two rules of the search (docs/RULES.md "Budget"), so that who teaches a
/// leader's released periods is decided with the timetable rather than priced afterwards:
/// - a meeting is *released* when a leader other than its teacher is among its lesson's
///   candidates; taught by a coverage position it is *charged* duration × the position's rate;
/// - the yearly amounts and both counts follow `BudgetTerms`.
///
/// `coverageCharged[t]` is teacher t's charged money per cycle and `coverageYearly` the sum of
/// the rounded yearly amounts; both counts are functions of `coverageYearly`, so a meeting's
/// arrival or departure updates them in O(1).
struct CoveragePricing: Sendable {
  /// Per teacher: a coverage position's rate per period, 0 for everyone else.
  let rate: [Int64]
  /// Per lesson: the first and second leader teachers among its candidates (-1 none).
  let firstLeader: [Int32]
  let secondLeader: [Int32]
  let terms: BudgetTerms
  /// Whether any meeting can be charged (else the kernel is skipped).
  let active: Bool

  init(_ p: Problem, teachers T: Int, lessons L: Int, cycleWeeks W: Int) {
    rate = p.coverageRates(teachers: T)
    let leaders = (0..<L).map { p.lessonLeaders($0, teachers: T) }
    firstLeader = leaders.map { $0.first ?? -1 }
    secondLeader = leaders.map { $0.count > 1 ? $0[1] : -1 }
    terms = p.budgetTerms(cycleWeeks: W)
    active = rate.contains { $0 > 0 } && firstLeader.contains { $0 >= 0 }
  }

  /// What a meeting of lesson `l` (of `duration` periods) taught by `t` costs per cycle.
  @inline(__always)
  func charge(_ l: Int, _ t: Int, duration: Int32) -> Int64 {
    guard t >= 0, rate[t] > 0 else { return 0 }
    let a = firstLeader[l]
    guard a >= 0, Int(a) != t || secondLeader[l] >= 0 else { return 0 }
    return Int64(duration) * rate[t]
  }

  @inline(__always)
  func yearly(_ charged: Int64) -> Int64 { terms.yearly(charged) }

  @inline(__always)
  func counts(_ coverage: Int64) -> (cost: Int64, over: Int64) { terms.counts(coverage) }
}

extension Problem {
  /// Per teacher, its coverage rate per period (0 for those that are not coverage positions).
  package func coverageRates(teachers T: Int) -> [Int64] {
    (0..<T).map { $0 < teacherCoverageRate.count ? max(0, teacherCoverageRate[$0]) : 0 }
  }

  /// The leaders among lesson `l`'s candidate teachers.
  package func lessonLeaders(_ l: Int, teachers T: Int) -> [Int32] {
    l < lessonLeaderTeachers.count ? lessonLeaderTeachers[l].filter { $0 >= 0 && Int($0) < T } : []
  }

  /// The budget's terms for a cycle of `W` weeks.
  package func budgetTerms(cycleWeeks W: Int) -> BudgetTerms {
    BudgetTerms(
      weeks: coverageWeeks, cycleWeeks: W, stipends: stipends, cap: budgetCap, unit: coverageUnit)
  }
}

extension SearchState {
  /// Placed meeting of lesson `l` taught by `t` arrives (`sign` 1) or leaves (-1).
  @inline(__always)
  mutating func coverageChanged(_ l: Int, _ t: Int, _ sign: Int64) {
    // Checked before the tables are touched: most schools pay for no released period.
    guard model.pricing.active else { return }
    let pricing = model.pricing
    let c = pricing.charge(l, t, duration: model.lessonDuration[l])
    guard c > 0 else { return }
    let old = pricing.yearly(coverageCharged[t])
    coverageCharged[t] += sign * c
    coverageYearly += pricing.yearly(coverageCharged[t]) - old
    settleBudget()
  }

  /// Brings both budget counts in line with `coverageYearly` (also sets the stipends-only
  /// `over-budget` of the empty assignment).
  mutating func settleBudget() {
    let (cost, over) = model.pricing.counts(coverageYearly)
    bump(.coverageCost, cost - counts[Rule.coverageCost.rawValue])
    bump(.overBudget, over - counts[Rule.overBudget.rawValue])
  }

  /// From scratch: (`coverage-cost`, `over-budget`).
  func recountBudget() -> (cost: Int64, over: Int64) {
    let pricing = model.pricing
    var charged = [Int64](repeating: 0, count: model.T)
    for m in 0..<model.M where start[m] >= 0 && teacher[m] >= 0 {
      let l = Int(model.meetingLesson[m])
      let t = Int(teacher[m])
      charged[t] += pricing.charge(l, t, duration: model.lessonDuration[l])
    }
    return pricing.counts(charged.reduce(0) { $0 + pricing.yearly($1) })
  }

  /// Whether meeting `m` (lesson `l`, teacher `t`) is charged while the plan is over the cap:
  /// a candidate for the search's conflict sampling.
  @inline(__always)
  func overBudget(_ l: Int, _ t: Int) -> Bool {
    counts[Rule.overBudget.rawValue] > 0
      && model.pricing.charge(l, t, duration: model.lessonDuration[l]) > 0
  }
}
