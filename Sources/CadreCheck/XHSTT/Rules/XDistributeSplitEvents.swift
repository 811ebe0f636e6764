extension XEvalContext {
  /// DistributeSplitEvents: the event has between `minimum` and `maximum` sub-events of exactly
  /// `duration`. Point: each event. Deviation: the amount by which that number lies outside
  /// [minimum, maximum]. Every sub-event counts, with a time or without.
  func distributeSplitEvents(_ e: Int, _ duration: Int, _ minimum: Int, _ maximum: Int)
    -> XDeviation
  {
    guard byEvent.indices.contains(e) else { return .zero }
    var count = 0
    for i in byEvent[e] where subEvents[i].duration == duration { count += 1 }
    let deviation = Self.outside(count, minimum, maximum)
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: eventLabel(e), deviation: deviation,
      detail: "\(count) sub-event(s) of duration \(duration), \(Self.range(minimum, maximum))")
  }
}
