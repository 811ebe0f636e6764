/// The arithmetic of the budget rules (docs/RULES.md "Budget"), one copy for both engines
/// (`CoveragePricing` in the school kernel, `HSTTCoverage` in the general model):
/// - per teacher, yearly = (charged per cycle × weeks) / weeks of the cycle, rounded half up;
/// - coverage = the sum of the yearly amounts; total = stipends + coverage;
/// - `coverage-cost` = coverage / unit, rounded half up;
/// - `over-budget` = ⌈max(0, total − cap) / unit⌉ when a cap is set, else 0.
package struct BudgetTerms: Sendable, Equatable {
  package var weeks: Int64
  package var cycleWeeks: Int64
  package var stipends: Int64
  /// −1 when there is no cap.
  package var cap: Int64
  package var unit: Int64

  /// Out-of-range inputs are clamped: at least one week, one cycle week and a unit of 1; no
  /// negative stipends; a negative cap is none.
  package init(weeks: Int, cycleWeeks: Int, stipends: Int64, cap: Int64?, unit: Int64) {
    self.weeks = Int64(max(1, weeks))
    self.cycleWeeks = Int64(max(1, cycleWeeks))
    self.stipends = max(0, stipends)
    self.cap = cap.map { max(0, $0) } ?? -1
    self.unit = max(1, unit)
  }

  /// A teacher's yearly amount for `charged` money per cycle.
  @inline(__always)
  package func yearly(_ charged: Int64) -> Int64 { Self.rounded(charged * weeks, cycleWeeks) }

  /// The `coverage-cost` and `over-budget` counts for a yearly coverage sum.
  @inline(__always)
  package func counts(_ coverage: Int64) -> (cost: Int64, over: Int64) {
    let cost = Self.rounded(coverage, unit)
    guard cap >= 0 else { return (cost, 0) }
    let over = stipends + coverage - cap
    return (cost, over > 0 ? (over + unit - 1) / unit : 0)
  }

  /// n / d rounded half up (n ≥ 0, d ≥ 1).
  @inline(__always)
  package static func rounded(_ n: Int64, _ d: Int64) -> Int64 {
    let q = n / d
    let r = n % d
    return r >= d - r ? q + 1 : q
  }
}
