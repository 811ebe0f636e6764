extension XEvalContext {
  /// ClusterBusyTimes: the resource is busy in between `minimum` and `maximum` of the time
  /// groups. Point: each resource. Deviation: the amount by which the number of time groups
  /// containing at least one busy time lies outside [minimum, maximum].
  func clusterBusyTimes(_ r: Int, _ groups: [Int], _ minimum: Int, _ maximum: Int)
    -> XDeviation
  {
    guard attendance.indices.contains(r) else { return .zero }
    let busy = attendance[r]
    var names: [String] = []
    for g in groups where instance.timeGroups.indices.contains(g) {
      if instance.timeGroups[g].members.contains(where: {
        busy.indices.contains($0) && busy[$0] > 0
      }) {
        names.append(timeGroupLabel(g))
      }
    }
    let deviation = Self.outside(names.count, minimum, maximum)
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: resourceLabel(r), deviation: deviation,
      detail: "busy in \(names.count) time group(s) (\(list(names))), "
        + Self.range(minimum, maximum))
  }
}
