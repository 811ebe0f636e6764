import CadreModel

extension XEvalContext {
  /// AssignResource: every sub-event of the event fills the open role. Point: each listed
  /// event with an open role of that name. Deviation: the total duration of the event's
  /// sub-events that leave the role unassigned (whether or not they have a time).
  func assignResource(_ e: Int, _ j: Int) -> XDeviation {
    var deviation = 0
    for i in byEvent[e] where subEvents[i].resource(role: j) == nil {
      deviation = XLimits.sum(deviation, subEvents[i].duration)
    }
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: roleLabel(e, j), deviation: deviation,
      detail: "\(deviation) time(s) of duration without a resource")
  }
}
