import CadreModel

/// One point of application's deviation, with words for reports. `detail` is only filled in
/// when the deviation is positive.
struct XDeviation {
  var point: String
  var deviation: Int
  var detail: String

  static let zero = XDeviation(point: "", deviation: 0, detail: "")
}

/// What every constraint needs, computed once from the timetable: the valid sub-events, the
/// sub-events of each event, and how many sub-events each resource attends at each time.
struct XEvalContext {
  let instance: XInstance
  /// Sub-events that fit the instance (an out-of-range start is read as unassigned).
  let subEvents: [XSubEvent]
  /// Indices into `subEvents`, per event.
  let byEvent: [[Int]]
  /// `attendance[r][t]`: number of (sub-event, event resource) pairs with resource r that are
  /// running at time t, preassigned or assigned by the sub-event to an open role. r is busy at
  /// t when it is positive.
  let attendance: [[Int]]

  init(_ instance: XInstance, _ timetable: XTimetable) {
    self.instance = instance
    let timeCount = instance.times.count
    var subs: [XSubEvent] = []
    var byEvent = [[Int]](repeating: [], count: instance.events.count)
    for var s in timetable.subEvents {
      guard instance.events.indices.contains(s.event), s.duration >= 1 else { continue }
      if let t = s.start, t < 0 || t >= timeCount { s.start = nil }
      byEvent[s.event].append(subs.count)
      subs.append(s)
    }
    var attendance = [[Int]](
      repeating: [Int](repeating: 0, count: timeCount), count: instance.resources.count)
    for s in subs {
      guard let start = s.start else { continue }
      let end = Self.end(start, s.duration, timeCount)
      let event = instance.events[s.event]
      for er in event.resources {
        guard let r = er.resource, attendance.indices.contains(r) else { continue }
        for t in start..<end { attendance[r][t] += 1 }
      }
      for j in event.openRoles.indices {
        guard let r = s.resource(role: j), attendance.indices.contains(r) else { continue }
        for t in start..<end { attendance[r][t] += 1 }
      }
    }
    self.subEvents = subs
    self.byEvent = byEvent
    self.attendance = attendance
  }

  /// The times sub-event `s` runs at (empty when unassigned), clipped to the instance.
  func times(of s: XSubEvent) -> Range<Int> {
    guard let start = s.start else { return 0..<0 }
    return start..<Self.end(start, s.duration, instance.times.count)
  }

  /// `min(start + duration, timeCount)` for `0 <= start < timeCount`, without overflow.
  static func end(_ start: Int, _ duration: Int, _ timeCount: Int) -> Int {
    duration >= timeCount - start ? timeCount : start + max(duration, 0)
  }

  /// How far `value` lies outside `lo...hi` (0 inside), saturating instead of trapping (the
  /// reader keeps bounds in 0...`XLimits.maxBound`, where it is exact).
  static func outside(_ value: Int, _ lo: Int, _ hi: Int) -> Int {
    if value < lo { return lo.subtractingReportingOverflow(value).overflow ? Int.max : lo - value }
    if value > hi { return value.subtractingReportingOverflow(hi).overflow ? Int.max : value - hi }
    return 0
  }

  /// The deviation at every point of application of a supported constraint, in the order of
  /// its points; nil for an unsupported type.
  func deviations(_ kind: XConstraintKind) -> [XDeviation]? {
    switch kind {
    case .assignTime(let events):
      return events.map { assignTime($0) }
    case .preferTimes(let events, let times, let duration):
      var preferred = [Bool](repeating: false, count: instance.times.count)
      for t in times where preferred.indices.contains(t) { preferred[t] = true }
      return events.map { preferTimes($0, preferred, duration) }
    case .splitEvents(let events, let minD, let maxD, let minA, let maxA):
      return events.map { splitEvents($0, minD, maxD, minA, maxA) }
    case .distributeSplitEvents(let events, let duration, let minimum, let maximum):
      return events.map { distributeSplitEvents($0, duration, minimum, maximum) }
    case .spreadEvents(let groups, let limits):
      return groups.map { spreadEvents($0, limits) }
    case .linkEvents(let groups):
      return groups.map { linkEvents($0) }
    case .avoidClashes(let resources):
      return resources.map { avoidClashes($0) }
    case .avoidUnavailableTimes(let resources, let times):
      return resources.map { avoidUnavailableTimes($0, times) }
    case .limitIdleTimes(let resources, let groups, let minimum, let maximum):
      return resources.map { limitIdleTimes($0, groups, minimum, maximum) }
    case .clusterBusyTimes(let resources, let groups, let minimum, let maximum):
      return resources.map { clusterBusyTimes($0, groups, minimum, maximum) }
    case .limitBusyTimes(let resources, let groups, let minimum, let maximum):
      return resources.map { limitBusyTimes($0, groups, minimum, maximum) }
    case .assignResource(let events, let role):
      return rolePoints(events, role).map { assignResource($0.event, $0.role) }
    case .preferResources(let events, let role, let resources):
      var preferred = [Bool](repeating: false, count: instance.resources.count)
      for r in resources where preferred.indices.contains(r) { preferred[r] = true }
      return rolePoints(events, role).map { preferResources($0.event, $0.role, preferred) }
    case .avoidSplitAssignments(let groups, let role):
      return groups.map { avoidSplitAssignments($0, role) }
    case .orderEvents(let pairs):
      return pairs.map { orderEvents($0) }
    case .limitWorkload(let resources, let minimum, let maximum):
      let loads = workloads()
      return resources.map { limitWorkload($0, loads, minimum, maximum) }
    case .endsDay(let events, let type, let days):
      return events.map { endsDay($0, type, days) }
    case .unsupported:
      return nil
    }
  }

  /// The points of a role constraint: each listed event that has an open role named `role`,
  /// with the role's position in `XEvent.openRoles`.
  func rolePoints(_ events: [Int], _ role: String) -> [(event: Int, role: Int)] {
    var out: [(event: Int, role: Int)] = []
    for e in events where instance.events.indices.contains(e) {
      if let j = instance.events[e].openRole(named: role) { out.append((e, j)) }
    }
    return out
  }

  func roleLabel(_ e: Int, _ j: Int) -> String {
    let ev = instance.events[e]
    let k = ev.openRoles[j]
    return "\(eventLabel(e)) role \(ev.resources[k].role ?? "#\(j)")"
  }

  // MARK: Words

  func eventLabel(_ e: Int) -> String {
    guard instance.events.indices.contains(e) else { return "event #\(e)" }
    let ev = instance.events[e]
    return "event \(ev.id)" + (ev.name != ev.id && !ev.name.isEmpty ? " (\(ev.name))" : "")
  }

  func resourceLabel(_ r: Int) -> String {
    guard instance.resources.indices.contains(r) else { return "resource #\(r)" }
    let res = instance.resources[r]
    var kind = "resource"
    if instance.resourceTypes.indices.contains(res.type) {
      kind = instance.resourceTypes[res.type].name.lowercased()
    }
    return "\(kind) \(res.id)" + (res.name != res.id && !res.name.isEmpty ? " (\(res.name))" : "")
  }

  func eventGroupLabel(_ g: Int) -> String {
    guard instance.eventGroups.indices.contains(g) else { return "event group #\(g)" }
    let eg = instance.eventGroups[g]
    let kind = eg.kind == .course ? "course" : "event group"
    return "\(kind) \(eg.id)" + (eg.name != eg.id && !eg.name.isEmpty ? " (\(eg.name))" : "")
  }

  func timeLabel(_ t: Int) -> String {
    instance.times.indices.contains(t) ? instance.times[t].id : "#\(t)"
  }

  func timeGroupLabel(_ g: Int) -> String {
    instance.timeGroups.indices.contains(g) ? instance.timeGroups[g].id : "#\(g)"
  }

  /// "Mo_1, Mo_2, Tu_3" with at most `limit` names, then "...".
  func list(_ names: [String], limit: Int = 6) -> String {
    names.count <= limit
      ? names.joined(separator: ", ")
      : names.prefix(limit).joined(separator: ", ") + ", ..."
  }

  /// "allowed 1..3", "at most 3", "at least 1".
  static func range(_ lo: Int, _ hi: Int) -> String {
    if lo == hi { return "wanted exactly \(lo)" }
    if lo <= 0 { return "at most \(hi)" }
    if hi >= Int.max / 2 { return "at least \(lo)" }
    return "allowed \(lo)..\(hi)"
  }
}
