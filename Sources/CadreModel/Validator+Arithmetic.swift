extension Int {
  /// `self + other`, clamped at the bounds instead of trapping: file numbers can be anything
  /// up to `Int.max`, and bad input never traps.
  func adding(saturating other: Int) -> Int {
    let (r, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? .max : .min) : r
  }

  /// `self × other`, clamped at the bounds instead of trapping.
  func multiplied(saturating other: Int) -> Int {
    let (r, overflow) = multipliedReportingOverflow(by: other)
    return overflow ? ((self < 0) == (other < 0) ? .max : .min) : r
  }
}

extension Sequence<Int> {
  /// The sum, clamped at the bounds instead of trapping.
  var saturatingSum: Int { reduce(0) { $0.adding(saturating: $1) } }
}
