import CadreModel

extension XEvalContext {
  /// PreferResources: the resources a sub-event gives the open role are preferred ones. Point:
  /// each listed event with an open role of that name. Deviation: the total duration of the
  /// event's sub-events whose resource for the role is not preferred (unassigned ones count
  /// nothing: AssignResource covers them).
  func preferResources(_ e: Int, _ j: Int, _ preferred: [Bool]) -> XDeviation {
    var deviation = 0
    var names: [String] = []
    for i in byEvent[e] {
      guard let r = subEvents[i].resource(role: j) else { continue }
      if preferred.indices.contains(r) && preferred[r] { continue }
      deviation = XLimits.sum(deviation, subEvents[i].duration)
      names.append(instance.resources.indices.contains(r) ? instance.resources[r].id : "#\(r)")
    }
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: roleLabel(e, j), deviation: deviation,
      detail: "\(deviation) time(s) with a resource not preferred: \(list(names))")
  }
}
