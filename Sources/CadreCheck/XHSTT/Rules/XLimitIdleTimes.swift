extension XEvalContext {
  /// LimitIdleTimes: the resource has between `minimum` and `maximum` idle times in total over
  /// the time groups. A time of a group is idle when the resource is not busy then but is busy
  /// at an earlier and at a later time of the same group (groups are compact: consecutive
  /// times). Point: each resource. Deviation: the amount by which the total number of idle
  /// times lies outside [minimum, maximum].
  func limitIdleTimes(_ r: Int, _ groups: [Int], _ minimum: Int, _ maximum: Int) -> XDeviation {
    guard attendance.indices.contains(r) else { return .zero }
    let busy = attendance[r]
    var idle = 0
    var idleAt: [String] = []
    for g in groups where instance.timeGroups.indices.contains(g) {
      let members = instance.timeGroups[g].members.filter { busy.indices.contains($0) }
      guard let first = members.firstIndex(where: { busy[$0] > 0 }),
        let last = members.lastIndex(where: { busy[$0] > 0 })
      else { continue }
      for k in first...last where busy[members[k]] == 0 {
        idle += 1
        idleAt.append(timeLabel(members[k]))
      }
    }
    let deviation = Self.outside(idle, minimum, maximum)
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: resourceLabel(r), deviation: deviation,
      detail: "\(idle) idle time(s)"
        + (idleAt.isEmpty ? "" : " (\(list(idleAt)))") + ", \(Self.range(minimum, maximum))")
  }
}
