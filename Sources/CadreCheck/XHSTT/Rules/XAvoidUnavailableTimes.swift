extension XEvalContext {
  /// AvoidUnavailableTimes: the resource is not busy at the given times. Point: each resource.
  /// Deviation: the number of those times at which it is busy (however many sub-events it
  /// attends there).
  func avoidUnavailableTimes(_ r: Int, _ times: [Int]) -> XDeviation {
    guard attendance.indices.contains(r) else { return .zero }
    var at: [String] = []
    for t in times where attendance[r].indices.contains(t) && attendance[r][t] > 0 {
      at.append(timeLabel(t))
    }
    guard !at.isEmpty else { return .zero }
    return XDeviation(
      point: resourceLabel(r), deviation: at.count,
      detail: "busy at \(at.count) unavailable time(s) (\(list(at)))")
  }
}
