/// The documented range of every number in an XHSTT instance, checked by the reader
/// (`XHSTTReader`, diagnostics `xhstt-out-of-range`, `xhstt-bad-duration`, `xhstt-too-large`),
/// chosen so that no arithmetic on an instance that reads can overflow, in the evaluator or in
/// the engine: a point of application costs at most `maxPointCost` (2^40), an instance has at
/// most `maxExpanded` (2^22) points, so every sum of costs stays below 2^62.
///
/// The published instances stay far inside: weights up to 1000, bounds up to 999, events of up
/// to 6 times, a few thousand points and time cells in the tens of thousands.
public enum XLimits {
  /// `<Weight>`: 0...1,000,000 (the specification says 0 to 1000).
  public static let maxWeight = 1_000_000

  /// Every bound of a constraint (`Minimum`, `Maximum`, `MinimumDuration`, `MaximumAmount`,
  /// `Duration`, ...): 0...2,147,483,647, what the engine's 32-bit parameters hold.
  public static let maxBound = Int(Int32.max)

  /// (resources + the total duration of all events) × times, per instance: at most 2^24
  /// (16,777,216). It bounds the evaluator's and the engine's tables (one entry per resource
  /// and time, and per unit of duration and time); an event's `<Duration>` is also at most the
  /// number of times.
  public static let maxTimeCells = 1 << 24

  /// Points of application summed over all constraints plus event resources summed over all
  /// events, after groups are expanded into their members, per instance: at most 2^22
  /// (4,194,304). Group references multiply, so a small file could otherwise ask for billions.
  public static let maxExpanded = 1 << 22

  /// The cost of one point of application, `weight × f(deviation)`, saturates at 2^40 (about
  /// 1.1e12; weight 1000 × a quadratic deviation of 30,000 stays below it).
  public static let maxPointCost = 1 << 40

  /// `weight × value`, at most `maxPointCost` (never traps; negative inputs count as 0).
  public static func pointCost(weight: Int, value: Int) -> Int {
    guard weight > 0 && value > 0 else { return 0 }
    let (product, overflow) = weight.multipliedReportingOverflow(by: value)
    return overflow ? maxPointCost : min(product, maxPointCost)
  }

  /// (resources + total duration) × times, saturating at `Int.max`: compared with
  /// `maxTimeCells`.
  public static func timeCells(resources: Int, totalDuration: Int, times: Int) -> Int {
    let (cells, overflow) = sum(resources, totalDuration).multipliedReportingOverflow(by: times)
    return overflow ? Int.max : cells
  }

  /// `a + b`, saturating at `Int.max` / `Int.min` instead of trapping.
  public static func sum(_ a: Int, _ b: Int) -> Int {
    let (s, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? Int.max : Int.min) : s
  }
}
