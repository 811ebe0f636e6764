import CadreModel

extension XEvalContext {
  /// SplitEvents: the event is split into between `minAmount` and `maxAmount` sub-events, each of
  /// a duration between `minDuration` and `maxDuration`. Point: each event. Deviation: the number
  /// of sub-events whose duration lies outside [minDuration, maxDuration] plus the amount by which
  /// the number of sub-events lies outside [minAmount, maxAmount]. Every sub-event counts, with a
  /// time or without.
  func splitEvents(_ e: Int, _ minD: Int, _ maxD: Int, _ minA: Int, _ maxA: Int) -> XDeviation {
    guard byEvent.indices.contains(e) else { return .zero }
    let subs = byEvent[e]
    var badDurations = 0
    for i in subs where Self.outside(subEvents[i].duration, minD, maxD) > 0 { badDurations += 1 }
    let badAmount = Self.outside(subs.count, minA, maxA)
    let deviation = XLimits.sum(badDurations, badAmount)
    guard deviation > 0 else { return .zero }
    var parts: [String] = []
    if badDurations > 0 {
      parts.append("\(badDurations) sub-event(s) of a duration outside \(minD)..\(maxD)")
    }
    if badAmount > 0 {
      parts.append("\(subs.count) sub-event(s), \(Self.range(minA, maxA))")
    }
    return XDeviation(
      point: eventLabel(e), deviation: deviation, detail: parts.joined(separator: "; "))
  }
}
