extension XEvalContext {
  /// LinkEvents: the events of the group run at the same times. Point: each event group.
  /// Deviation: the number of times at which some but not all of the group's events run (an
  /// event runs at a time when one of its sub-events covers it; an event without any assigned
  /// time runs nowhere, so every time another event of the group runs at deviates).
  func linkEvents(_ g: Int) -> XDeviation {
    guard instance.eventGroups.indices.contains(g) else { return .zero }
    let members = instance.eventGroups[g].members
    guard !members.isEmpty else { return .zero }
    var running = [Int](repeating: 0, count: instance.times.count)
    var seen = [Bool](repeating: false, count: instance.times.count)
    for e in members where byEvent.indices.contains(e) {
      for t in seen.indices { seen[t] = false }
      for i in byEvent[e] {
        for t in times(of: subEvents[i]) where !seen[t] {
          seen[t] = true
          running[t] += 1
        }
      }
    }
    var off: [String] = []
    for t in running.indices where running[t] > 0 && running[t] < members.count {
      off.append(timeLabel(t))
    }
    guard !off.isEmpty else { return .zero }
    return XDeviation(
      point: eventGroupLabel(g), deviation: off.count,
      detail: "\(off.count) time(s) with some but not all of its \(members.count) events "
        + "(\(list(off)))")
  }
}
