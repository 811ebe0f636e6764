import CadreModel

extension Draft {
  /// An empty draft with the spec's cycle: periods on the clock (50 minutes in a secondary
  /// school, 40 in an elementary one, 5 minutes passing), and a 30-minute blocked lunch when
  /// the spec asks for one.
  init(spec: GeneratorSpec) {
    let allWeeks = ["A", "B", "C", "D"]
    let allDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let weeks = max(1, min(spec.weeks, allWeeks.count))
    let days = max(1, min(spec.days, allDays.count))
    let length = spec.level == .secondary ? 50 : 40
    var clock = 8 * 60
    var periods: [Period] = []
    var blocked: [Int] = []
    let teaching = max(1, min(spec.periods, 12))
    for p in 0..<teaching {
      if let lunch = spec.lunchAfterPeriod, lunch == p, p > 0 {
        blocked.append(periods.count)
        periods.append(
          Period(
            name: "Lunch", start: TimeOfDay(minutes: clock), end: TimeOfDay(minutes: clock + 30)))
        clock += 35
      }
      periods.append(
        Period(
          name: "P\(p + 1)", start: TimeOfDay(minutes: clock),
          end: TimeOfDay(minutes: clock + length)))
      clock += length + 5
    }
    self.init(
      spec: spec, weekNames: Array(allWeeks.prefix(weeks)),
      dayNames: Array(allDays.prefix(days)), periods: periods, blockedPeriods: blocked)
  }

  /// `count` items spread over `groups` in order, the first groups getting the smaller share
  /// (pre-K and the youngest grades have the fewest sections).
  static func spread(_ count: Int, over groups: Int) -> [Int] {
    guard groups > 0 else { return [] }
    let base = count / groups
    let extra = count % groups
    return (0..<groups).map { base + ($0 >= groups - extra ? 1 : 0) }
  }

  /// Integer shares of `total` proportional to `weights` (largest remainder, ties to the
  /// earlier entry), each at least `least` when the total allows it.
  static func apportion(_ total: Int, weights: [Double], least: Int = 0) -> [Int] {
    guard !weights.isEmpty else { return [] }
    let floorTotal = least * weights.count
    let rest = max(0, total - floorTotal)
    let sum = weights.reduce(0, +)
    guard sum > 0 else { return weights.map { _ in least } }
    let exact = weights.map { Double(rest) * $0 / sum }
    var out = exact.map { Int($0) }
    var left = rest - out.reduce(0, +)
    let order = exact.indices.sorted { a, b in
      let ra = exact[a] - Double(out[a])
      let rb = exact[b] - Double(out[b])
      return ra != rb ? ra > rb : a < b
    }
    var k = 0
    while left > 0 && !order.isEmpty {
      out[order[k % order.count]] += 1
      left -= 1
      k += 1
    }
    return out.map { $0 + least }
  }
}
