import CadreModel

extension XEvalContext {
  /// OrderEvents: the second event starts at least `minSeparation` and at most `maxSeparation`
  /// times after the first ends. Point: each event pair. Deviation: 0 when a sub-event of
  /// either event has no time; else the amount by which (the earliest start of the second's
  /// sub-events) − (the latest end of the first's, one past its last time) lies outside
  /// [minSeparation, maxSeparation].
  func orderEvents(_ pair: XEventPair) -> XDeviation {
    guard byEvent.indices.contains(pair.first), byEvent.indices.contains(pair.second),
      !byEvent[pair.first].isEmpty, !byEvent[pair.second].isEmpty
    else { return .zero }
    var end = Int.min
    for i in byEvent[pair.first] {
      guard let s = subEvents[i].start else { return .zero }
      end = max(end, Self.end(s, subEvents[i].duration, instance.times.count))
    }
    var start = Int.max
    for i in byEvent[pair.second] {
      guard let s = subEvents[i].start else { return .zero }
      start = min(start, s)
    }
    let separation = start - end
    let deviation = Self.outside(separation, pair.minSeparation, pair.maxSeparation)
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: "\(eventLabel(pair.first)) before \(eventLabel(pair.second))",
      deviation: deviation,
      detail: "separation \(separation), \(Self.range(pair.minSeparation, pair.maxSeparation))")
  }
}
