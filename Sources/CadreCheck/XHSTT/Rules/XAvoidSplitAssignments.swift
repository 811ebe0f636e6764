import CadreModel

extension XEvalContext {
  /// AvoidSplitAssignments: one resource fills the role in every event of the group. Point:
  /// each event group. Deviation: the number of distinct resources in the role across the
  /// group's events (preassigned ones, and what each sub-event assigns to an open role of that
  /// name; unassigned ones are not counted), minus 1 (0 when there is none).
  func avoidSplitAssignments(_ g: Int, _ role: String) -> XDeviation {
    guard instance.eventGroups.indices.contains(g) else { return .zero }
    var seen = Set<Int>()
    var order: [Int] = []
    func add(_ r: Int) { if seen.insert(r).inserted { order.append(r) } }
    for e in instance.eventGroups[g].members where instance.events.indices.contains(e) {
      let ev = instance.events[e]
      for er in ev.resources where er.role == role {
        if let r = er.resource { add(r) }
      }
      guard let j = ev.openRole(named: role) else { continue }
      for i in byEvent[e] {
        if let r = subEvents[i].resource(role: j) { add(r) }
      }
    }
    let deviation = max(0, order.count - 1)
    guard deviation > 0 else { return .zero }
    let names = order.map {
      instance.resources.indices.contains($0) ? instance.resources[$0].id : "#\($0)"
    }
    return XDeviation(
      point: eventGroupLabel(g) + " role \(role)", deviation: deviation,
      detail: "\(order.count) resources in the role: \(list(names))")
  }
}
