import CadreModel

/// A non-negative fraction kept in lowest terms; sums saturate instead of trapping.
struct XFraction {
  var numerator = 0
  var denominator = 1

  static func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (abs(a), abs(b))
    while y != 0 { (x, y) = (y, x % y) }
    return max(x, 1)
  }

  mutating func add(_ n: Int, over d: Int) {
    guard d > 0 else { return }
    let g = Self.gcd(denominator, d)
    let (l, o1) = (denominator / g).multipliedReportingOverflow(by: d)
    let (a, o2) = numerator.multipliedReportingOverflow(by: l / denominator)
    let (b, o3) = n.multipliedReportingOverflow(by: l / d)
    let (sum, o4) = a.addingReportingOverflow(b)
    if o1 || o2 || o3 || o4 {
      (numerator, denominator) = (Int.max, 1)
      return
    }
    let h = Self.gcd(sum, l)
    (numerator, denominator) = (sum / h, l / h)
  }

  /// How far the fraction lies outside [lo, hi], rounded up.
  func outside(_ lo: Int, _ hi: Int) -> Int {
    let (low, o1) = lo.multipliedReportingOverflow(by: denominator)
    let (high, o2) = hi.multipliedReportingOverflow(by: denominator)
    if !o1 && numerator < low { return (low - numerator + denominator - 1) / denominator }
    if !o2 && numerator > high { return (numerator - high + denominator - 1) / denominator }
    return 0
  }
}

extension XEvalContext {
  /// Each resource's total workload: over every event resource it fills, preassigned or
  /// assigned by a sub-event to an open role, the sub-event's duration × the event resource's
  /// workload ÷ the event's duration. An event resource's workload is its own `Workload`, else
  /// the event's, else the event's duration. Time assignment plays no part.
  func workloads() -> [XFraction] {
    var load = [XFraction](repeating: XFraction(), count: instance.resources.count)
    for (e, ev) in instance.events.enumerated() {
      let open = ev.openRoles
      for (k, er) in ev.resources.enumerated() {
        let w = er.workload ?? ev.workload ?? ev.duration
        if let r = er.resource {
          if load.indices.contains(r) { load[r].add(w, over: 1) }
          continue
        }
        guard let j = open.firstIndex(of: k) else { continue }
        for i in byEvent[e] {
          guard let r = subEvents[i].resource(role: j), load.indices.contains(r) else {
            continue
          }
          let (n, overflow) = subEvents[i].duration.multipliedReportingOverflow(by: w)
          load[r].add(overflow ? Int.max : n, over: max(1, ev.duration))
        }
      }
    }
    return load
  }

  /// LimitWorkload: the resource's total workload (`workloads()`) lies in [minimum, maximum].
  /// Point: each resource. Deviation: the amount it lies outside, rounded up.
  func limitWorkload(_ r: Int, _ loads: [XFraction], _ minimum: Int, _ maximum: Int)
    -> XDeviation
  {
    guard loads.indices.contains(r) else { return .zero }
    let deviation = loads[r].outside(minimum, maximum)
    guard deviation > 0 else { return .zero }
    let f = loads[r]
    let value = f.denominator == 1 ? "\(f.numerator)" : "\(f.numerator)/\(f.denominator)"
    return XDeviation(
      point: resourceLabel(r), deviation: deviation,
      detail: "workload \(value), \(Self.range(minimum, maximum))")
  }
}
