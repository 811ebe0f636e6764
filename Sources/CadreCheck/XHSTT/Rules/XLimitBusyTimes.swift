import CadreModel

extension XEvalContext {
  /// LimitBusyTimes: in each time group where the resource is busy at all, it is busy at
  /// between `minimum` and `maximum` times. Point: each resource. Deviation: the sum over the
  /// time groups of the amount by which its number of busy times lies outside
  /// [minimum, maximum]; a group with no busy time contributes 0.
  func limitBusyTimes(_ r: Int, _ groups: [Int], _ minimum: Int, _ maximum: Int) -> XDeviation {
    guard attendance.indices.contains(r) else { return .zero }
    let busy = attendance[r]
    var deviation = 0
    var parts: [String] = []
    for g in groups where instance.timeGroups.indices.contains(g) {
      var count = 0
      for t in instance.timeGroups[g].members where busy.indices.contains(t) && busy[t] > 0 {
        count += 1
      }
      guard count > 0 else { continue }
      let d = Self.outside(count, minimum, maximum)
      if d > 0 {
        deviation = XLimits.sum(deviation, d)
        parts.append("\(count) in \(timeGroupLabel(g))")
      }
    }
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: resourceLabel(r), deviation: deviation,
      detail: "busy times \(list(parts, limit: 4)), \(Self.range(minimum, maximum))")
  }
}
