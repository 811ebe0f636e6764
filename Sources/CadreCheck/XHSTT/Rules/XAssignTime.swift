import CadreModel

extension XEvalContext {
  /// AssignTime: every sub-event of the event gets a time. Point: an event without a
  /// preassigned time (a preassigned one always has its time). Deviation: the total duration of
  /// its sub-events without a time.
  func assignTime(_ e: Int) -> XDeviation {
    guard instance.events.indices.contains(e), instance.events[e].time == nil else {
      return .zero
    }
    var missing = 0
    for i in byEvent[e] where subEvents[i].start == nil {
      missing = XLimits.sum(missing, subEvents[i].duration)
    }
    guard missing > 0 else { return .zero }
    return XDeviation(
      point: eventLabel(e), deviation: missing,
      detail: "duration \(missing) of \(instance.events[e].duration) has no time")
  }
}
