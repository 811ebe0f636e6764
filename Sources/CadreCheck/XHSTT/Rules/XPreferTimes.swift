import CadreModel

extension XEvalContext {
  /// PreferTimes: sub-events start at preferred times. Point: an event without a preassigned
  /// time. Deviation: the total duration of its sub-events (of exactly `duration`, when given)
  /// that have a start time outside the preferred set; unassigned sub-events are ignored.
  func preferTimes(_ e: Int, _ preferred: [Bool], _ duration: Int?) -> XDeviation {
    guard instance.events.indices.contains(e), instance.events[e].time == nil else {
      return .zero
    }
    var deviation = 0
    var starts: [String] = []
    for i in byEvent[e] {
      let s = subEvents[i]
      guard let t = s.start else { continue }
      if let d = duration, s.duration != d { continue }
      if !preferred[t] {
        deviation = XLimits.sum(deviation, s.duration)
        starts.append(timeLabel(t))
      }
    }
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: eventLabel(e), deviation: deviation,
      detail: "duration \(deviation) starts at non-preferred times (\(list(starts)))")
  }
}
