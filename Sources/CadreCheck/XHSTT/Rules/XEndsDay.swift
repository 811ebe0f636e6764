import CadreModel

extension XEvalContext {
  /// EndsDay (a Cadre extension, `XConstraintKind.endsDay`): each started sub-event of the
  /// event is the last of its day for the event's preassigned resources of `type`. Point: each
  /// listed event. Its day is the first of `days` that holds its start (none: nothing to
  /// break). Deviation: the number of its sub-events after whose last time, on that day, one
  /// of those resources is busy (attends any sub-event); unassigned sub-events are ignored.
  func endsDay(_ e: Int, _ type: Int, _ days: [Int]) -> XDeviation {
    guard instance.events.indices.contains(e) else { return .zero }
    var watched: [Int] = []
    for er in instance.events[e].resources {
      guard let r = er.resource, attendance.indices.contains(r),
        instance.resources[r].type == type, !watched.contains(r)
      else { continue }
      watched.append(r)
    }
    var deviation = 0
    var later: [String] = []
    for i in byEvent[e] {
      let s = subEvents[i]
      let groups = instance.timeGroups
      guard let start = s.start,
        let day = days.first(where: {
          groups.indices.contains($0) && groups[$0].members.contains(start)
        })
      else { continue }
      let end = times(of: s).upperBound
      // The first busy time of a watched resource after the sub-event, on its day.
      var found: (r: Int, t: Int)?
      let members = instance.timeGroups[day].members
      for r in watched {
        guard let t = members.first(where: { $0 >= end && attendance[r][$0] > 0 }) else {
          continue
        }
        if found.map({ t < $0.t }) ?? true { found = (r, t) }
      }
      if let found {
        deviation += 1
        later.append("\(timeLabel(start)): \(resourceLabel(found.r)) busy at \(timeLabel(found.t))")
      }
    }
    guard deviation > 0 else { return .zero }
    return XDeviation(
      point: eventLabel(e), deviation: deviation,
      detail: "\(deviation) sub-event(s) not last of the day (\(list(later, limit: 3)))")
  }
}
