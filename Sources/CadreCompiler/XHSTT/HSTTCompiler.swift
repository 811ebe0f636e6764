import CadreEngine
import CadreModel

/// XHSTT instance → the engine's dense `HSTTProblem`, and the engine's sub-events back to an
/// `XTimetable`. Positions are kept as they are (times, resources, events, groups), so no name
/// table is needed; unsupported constraint types are left out (the caller reports them).
/// Open roles are numbered in event order (`XEvent.openRoles` within an event): the global role
/// positions that role points name.
package enum HSTTCompiler {
  package static func compile(_ instance: XInstance) -> HSTTProblem {
    let roles = HSTTRoleTable(instance)
    var roleGroups: [HSTTRoleGroup] = []
    var eventPairs: [HSTTEventPair] = []
    var endsDays: [HSTTEndsDay] = []
    let preassigned = Set(instance.events.indices.filter { instance.events[$0].time != nil })
    // AssignTime and PreferTimes apply to the events without a preassigned time only.
    func unfixed(_ events: [Int]) -> [Int] { events.filter { !preassigned.contains($0) } }
    var monitors: [HSTTMonitor] = []
    for c in instance.constraints {
      let rule: HSTTRule
      let points: [Int]
      switch c.kind {
      case .assignTime(let events):
        (rule, points) = (.assignTime, unfixed(events))
      case .preferTimes(let events, let times, let duration):
        (rule, points) = (.preferTimes(times: times, duration: duration), unfixed(events))
      case .splitEvents(let events, let minD, let maxD, let minA, let maxA):
        rule = .splitEvents(minDuration: minD, maxDuration: maxD, minAmount: minA, maxAmount: maxA)
        points = events
      case .distributeSplitEvents(let events, let duration, let minimum, let maximum):
        rule = .distributeSplitEvents(duration: duration, minimum: minimum, maximum: maximum)
        points = events
      case .avoidClashes(let resources):
        (rule, points) = (.avoidClashes, resources)
      case .avoidUnavailableTimes(let resources, let times):
        (rule, points) = (.avoidUnavailableTimes(times: times), resources)
      case .limitIdleTimes(let resources, let groups, let minimum, let maximum):
        rule = .limitIdleTimes(groups: groups, minimum: minimum, maximum: maximum)
        points = resources
      case .clusterBusyTimes(let resources, let groups, let minimum, let maximum):
        rule = .clusterBusyTimes(groups: groups, minimum: minimum, maximum: maximum)
        points = resources
      case .limitBusyTimes(let resources, let groups, let minimum, let maximum):
        rule = .limitBusyTimes(groups: groups, minimum: minimum, maximum: maximum)
        points = resources
      case .spreadEvents(let groups, let limits):
        rule = .spreadEvents(
          limits: limits.map {
            HSTTSpreadLimit(group: $0.timeGroup, minimum: $0.minimum, maximum: $0.maximum)
          })
        points = groups
      case .linkEvents(let groups):
        (rule, points) = (.linkEvents, groups)
      case .assignResource(let events, let role):
        (rule, points) = (.assignResource, roles.points(events, role))
      case .preferResources(let events, let role, let resources):
        (rule, points) = (.preferResources(resources: resources), roles.points(events, role))
      case .avoidSplitAssignments(let groups, let role):
        rule = .avoidSplitAssignments
        points = groups.map { g in
          roleGroups.append(roles.group(instance.eventGroups[g].members, role))
          return roleGroups.count - 1
        }
      case .orderEvents(let pairs):
        rule = .orderEvents
        points = pairs.map { p in
          eventPairs.append(
            HSTTEventPair(
              first: p.first, second: p.second, minimum: p.minSeparation,
              maximum: p.maxSeparation))
          return eventPairs.count - 1
        }
      case .limitWorkload(let resources, let minimum, let maximum):
        (rule, points) = (.limitWorkload(minimum: minimum, maximum: maximum), resources)
      case .endsDay(let events, let type, let days):
        rule = .endsDay(days: days)
        // Watched: the event's preassigned resources of the type, each once (the checker's
        // definition).
        points = events.filter { instance.events.indices.contains($0) }.map { e in
          var watched: [Int] = []
          for er in instance.events[e].resources {
            guard let r = er.resource, instance.resources[r].type == type, !watched.contains(r)
            else { continue }
            watched.append(r)
          }
          endsDays.append(HSTTEndsDay(event: e, resources: watched))
          return endsDays.count - 1
        }
      case .unsupported:
        continue
      }
      let function: HSTTCostFunction =
        switch c.costFunction {
        case .linear: .linear
        case .quadratic: .quadratic
        case .step: .step
        }
      monitors.append(
        HSTTMonitor(
          hard: c.required, weight: c.weight, function: function, rule: rule, points: points))
    }
    var hardPreferred: [Int: [Set<Int>]] = [:]
    for m in monitors where m.hard {
      guard case .preferResources(let preferred) = m.rule else { continue }
      let set = Set(preferred)
      for g in m.points { hardPreferred[g, default: []].append(set) }
    }
    var problem = HSTTProblem(
      timeCount: instance.times.count, timeGroups: instance.timeGroups.map(\.members),
      resourceCount: instance.resources.count,
      events: instance.events.enumerated().map { e, ev in
        HSTTEvent(
          duration: ev.duration, fixedStart: ev.time,
          resources: ev.resources.compactMap(\.resource),
          openRoles: roles.roles(of: e, hardPreferred))
      },
      eventGroups: instance.eventGroups.map(\.members), monitors: monitors,
      pointCostCap: Int64(XLimits.maxPointCost))
    problem.roleGroups = roleGroups
    problem.eventPairs = eventPairs
    problem.endsDays = endsDays
    problem.workloadUnit = roles.unit
    problem.baseLoad = roles.baseLoad
    return problem
  }

  /// The engine's per-event sub-events as a timetable, in event then sub-event order.
  package static func timetable(_ subEvents: [[HSTTSubEvent]]) -> XTimetable {
    var subs: [XSubEvent] = []
    for (e, list) in subEvents.enumerated() {
      for s in list {
        subs.append(
          XSubEvent(
            event: e, duration: s.duration, start: s.start,
            assigned: s.roles.map { $0 < 0 ? nil : $0 }))
      }
    }
    return XTimetable(subEvents: subs)
  }

  /// A timetable as the engine's per-event sub-events (for scoring it with the engine).
  package static func subEvents(_ timetable: XTimetable, eventCount: Int) -> [[HSTTSubEvent]] {
    var out = [[HSTTSubEvent]](repeating: [], count: eventCount)
    for s in timetable.subEvents where s.event >= 0 && s.event < eventCount {
      out[s.event].append(
        HSTTSubEvent(duration: s.duration, start: s.start, roles: s.assigned.map { $0 ?? -1 }))
    }
    return out
  }
}
