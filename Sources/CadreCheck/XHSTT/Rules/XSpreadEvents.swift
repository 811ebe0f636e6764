import CadreModel

extension XEvalContext {
  /// SpreadEvents: for each of its time groups, between its minimum and maximum sub-events of
  /// the event group's events start inside it. Point: each event group. Deviation: the sum over
  /// the time groups of the amount by which the number of sub-events starting in the group lies
  /// outside [minimum, maximum]. Unassigned sub-events start nowhere.
  func spreadEvents(_ g: Int, _ limits: [XSpreadLimit]) -> XDeviation {
    guard instance.eventGroups.indices.contains(g) else { return .zero }
    var startsAt = [Int](repeating: 0, count: instance.times.count)
    for e in instance.eventGroups[g].members where byEvent.indices.contains(e) {
      for i in byEvent[e] {
        if let t = subEvents[i].start { startsAt[t] += 1 }
      }
    }
    var deviation = 0
    var parts: [String] = []
    for limit in limits where instance.timeGroups.indices.contains(limit.timeGroup) {
      var count = 0
      for t in instance.timeGroups[limit.timeGroup].members where startsAt.indices.contains(t) {
        count += startsAt[t]
      }
      let d = Self.outside(count, limit.minimum, limit.maximum)
      if d > 0 {
        deviation = XLimits.sum(deviation, d)
        parts.append(
          "\(count) in \(timeGroupLabel(limit.timeGroup)) "
            + "(\(Self.range(limit.minimum, limit.maximum)))")
      }
    }
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: eventGroupLabel(g), deviation: deviation,
      detail: "sub-events starting " + list(parts, limit: 4))
  }
}
