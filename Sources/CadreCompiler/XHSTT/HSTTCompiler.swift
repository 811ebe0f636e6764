import CadreEngine
import CadreModel

/// XHSTT instance → the engine's dense `HSTTProblem`, and the engine's sub-events back to an
/// `XTimetable`. Positions are kept as they are (times, resources, events, groups), so no name
/// table is needed; unsupported constraint types are left out (the caller reports them).
package enum HSTTCompiler {
  package static func compile(_ instance: XInstance) -> HSTTProblem {
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
      case .unsupported, .assignResource, .preferResources, .avoidSplitAssignments, .orderEvents,
        .limitWorkload:
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
    return HSTTProblem(
      timeCount: instance.times.count, timeGroups: instance.timeGroups.map(\.members),
      resourceCount: instance.resources.count,
      events: instance.events.map { e in
        HSTTEvent(
          duration: e.duration, fixedStart: e.time, resources: e.resources.compactMap(\.resource),
          openRoles: e.resources.filter { $0.resource == nil }.map { $0.type ?? -1 })
      },
      eventGroups: instance.eventGroups.map(\.members), monitors: monitors,
      pointCostCap: Int64(XLimits.maxPointCost))
  }

  /// The engine's per-event sub-events as a timetable, in event then sub-event order.
  package static func timetable(_ subEvents: [[(duration: Int, start: Int?)]]) -> XTimetable {
    var subs: [XSubEvent] = []
    for (e, list) in subEvents.enumerated() {
      for s in list { subs.append(XSubEvent(event: e, duration: s.duration, start: s.start)) }
    }
    return XTimetable(subEvents: subs)
  }

  /// A timetable as the engine's per-event sub-events (for scoring it with the engine).
  package static func subEvents(
    _ timetable: XTimetable, eventCount: Int
  ) -> [[(duration: Int, start: Int?)]] {
    var out = [[(duration: Int, start: Int?)]](repeating: [], count: eventCount)
    for s in timetable.subEvents where s.event >= 0 && s.event < eventCount {
      out[s.event].append((s.duration, s.start))
    }
    return out
  }
}
