extension XEvalContext {
  /// AvoidClashes: the resource attends at most one sub-event at a time. Point: each resource.
  /// Deviation: the sum over times of (number of attended sub-events − 1) where that number
  /// is at least 2.
  func avoidClashes(_ r: Int) -> XDeviation {
    guard attendance.indices.contains(r) else { return .zero }
    var deviation = 0
    var at: [String] = []
    for (t, n) in attendance[r].enumerated() where n > 1 {
      deviation += n - 1
      at.append(timeLabel(t))
    }
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: resourceLabel(r), deviation: deviation,
      detail: "\(deviation) clash(es) at \(list(at))")
  }
}
