/// Saturating integer arithmetic: numbers come from files and can be anything up to `Int.max`;
/// bad input never traps.
extension Int {
  func addingClamped(_ other: Int) -> Int {
    let (r, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? .max : .min) : r
  }

  func multipliedClamped(by other: Int) -> Int {
    let (r, overflow) = multipliedReportingOverflow(by: other)
    return overflow ? ((self < 0) == (other < 0) ? .max : .min) : r
  }

  /// ⌈self / d⌉ for self ≥ 0 and d ≥ 1 (0 when d < 1 or self ≤ 0).
  func divided(roundingUpBy d: Int) -> Int {
    guard d >= 1, self > 0 else { return 0 }
    return (self - 1) / d + 1
  }

  /// self / d rounded half up, for self ≥ 0 and d ≥ 1 (0 when d < 1).
  func divided(roundingBy d: Int) -> Int {
    guard d >= 1 else { return 0 }
    let q = self / d
    let r = self % d
    return r >= d - r ? q.addingClamped(1) : q
  }
}

extension Sequence<Int> {
  /// The sum, clamped at the bounds instead of trapping.
  var clampedSum: Int { reduce(0) { $0.addingClamped($1) } }
}
