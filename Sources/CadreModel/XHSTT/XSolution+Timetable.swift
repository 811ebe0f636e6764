/// The specification's reading rules for a solution, applied against its instance.
extension XSolution {
  /// Resolves the raw solution into sub-events with index references, in file order of the
  /// solution events, followed by one unassigned full-duration sub-event for every instance
  /// event the solution does not mention.
  ///
  /// Errors (nil timetable): unknown event or time ids, a duration below 1 or above the event's,
  /// durations of an event's sub-events not summing to its duration, a start plus duration running past the last
  /// time, a time differing from the event's preassigned time. Preassigned times fill in
  /// sub-events that omit theirs. Solution resources fill the event's open roles
  /// (`XSubEvent.assigned`): by `Role`, or without one the first open role of the resource's
  /// type still empty; naming a preassigned role is allowed only with its preassigned resource.
  /// Errors also: an unknown resource id, a resource of the wrong type, a role the event does
  /// not have or one filled twice.
  /// - Complexity: O(solution events + instance events + times).
  public func timetable(in instance: XInstance) -> (XTimetable?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    if instanceId != instance.id {
      diagnostics.append(
        .error(
          "xhstt-wrong-instance", at: Pointer.of("Solution", instanceId),
          "the solution refers to instance '\(instanceId)', not '\(instance.id)'"))
      return (nil, diagnostics)
    }
    var eventIndex: [String: Int] = [:]
    for (i, e) in instance.events.enumerated() where eventIndex[e.id] == nil {
      eventIndex[e.id] = i
    }
    var timeIndex: [String: Int] = [:]
    for (i, t) in instance.times.enumerated() where timeIndex[t.id] == nil { timeIndex[t.id] = i }
    var resourceIndex: [String: Int] = [:]
    for (i, r) in instance.resources.enumerated() where resourceIndex[r.id] == nil {
      resourceIndex[r.id] = i
    }

    var subEvents: [XSubEvent] = []
    var covered = [Int](repeating: 0, count: instance.events.count)
    var mentioned = [Bool](repeating: false, count: instance.events.count)
    for (n, se) in events.enumerated() {
      let place = Pointer.of("Solution", instanceId, "Events", n)
      func fail(_ code: String, _ message: String, hint: String? = nil) {
        var d = Diagnostic.error(code, at: place, message, hint: hint)
        d.line = se.line
        diagnostics.append(d)
      }
      guard let e = eventIndex[se.eventId] else {
        let near = closestMatch(to: se.eventId, in: instance.events.map(\.id))
        fail(
          "xhstt-unknown-event", "unknown event '\(se.eventId)'",
          hint: near.map { "did you mean '\($0)'?" })
        continue
      }
      mentioned[e] = true
      let event = instance.events[e]
      let duration = se.duration ?? event.duration
      if duration < 1 || duration > event.duration {
        fail(
          "xhstt-bad-duration",
          "event '\(se.eventId)' has a solution event of duration \(duration); it must be "
            + "1...\(event.duration), the event's duration",
          hint: "split the event into solution events whose durations sum to \(event.duration)")
        continue
      }
      covered[e] = XLimits.sum(covered[e], duration)
      var start: Int?
      if let tid = se.timeId {
        guard let t = timeIndex[tid] else {
          let near = closestMatch(to: tid, in: instance.times.map(\.id))
          fail(
            "xhstt-unknown-time", "event '\(se.eventId)' starts at unknown time '\(tid)'",
            hint: near.map { "did you mean '\($0)'?" })
          continue
        }
        if let pre = event.time, pre != t {
          fail(
            "xhstt-preassigned-time",
            "event '\(se.eventId)' is preassigned time '\(instance.times[pre].id)' but the "
              + "solution gives '\(tid)'")
          continue
        }
        start = t
      } else {
        start = event.time
      }
      if let s = start, duration > instance.times.count - s {
        fail(
          "xhstt-past-last-time",
          "event '\(se.eventId)' starting at '\(instance.times[s].id)' with duration \(duration) "
            + "runs past the last time '\(instance.times.last?.id ?? "")'")
        continue
      }
      guard let assigned = assignments(se, event, resourceIndex, instance, fail) else { continue }
      subEvents.append(XSubEvent(event: e, duration: duration, start: start, assigned: assigned))
    }
    for (e, event) in instance.events.enumerated() {
      if !mentioned[e] {
        subEvents.append(XSubEvent(event: e, duration: event.duration, start: event.time))
      } else if covered[e] != event.duration {
        diagnostics.append(
          .error(
            "xhstt-duration-mismatch", at: Pointer.of("Solution", instanceId, "Events"),
            "the solution events of event '\(event.id)' have total duration \(covered[e]), "
              + "not its duration \(event.duration)"))
      }
    }
    if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
    return (XTimetable(subEvents: subEvents), diagnostics)
  }

  /// The resources solution event `se` gives `event`'s open roles, or nil after reporting an
  /// error through `fail`.
  private func assignments(
    _ se: XSolutionEvent, _ event: XEvent, _ resourceIndex: [String: Int],
    _ instance: XInstance, _ fail: (String, String, String?) -> Void
  ) -> [Int?]? {
    let open = event.openRoles
    var assigned = [Int?](repeating: nil, count: open.count)
    var ok = true
    for sr in se.resources {
      guard let r = resourceIndex[sr.reference] else {
        let near = closestMatch(to: sr.reference, in: instance.resources.map(\.id))
        fail(
          "xhstt-unknown-resource",
          "event '\(se.eventId)' is assigned unknown resource '\(sr.reference)'",
          near.map { "did you mean '\($0)'?" })
        ok = false
        continue
      }
      let type = instance.resources[r].type
      let slot: Int?
      if let role = sr.role {
        guard let k = event.resources.firstIndex(where: { $0.role == role }) else {
          let roles = event.resources.compactMap(\.role)
          fail(
            "xhstt-unknown-role",
            "event '\(se.eventId)' has no role '\(role)' for resource '\(sr.reference)'",
            roles.isEmpty ? nil : "its roles: \(roles.joined(separator: ", "))")
          ok = false
          continue
        }
        if let pre = event.resources[k].resource {
          if pre != r {
            fail(
              "xhstt-preassigned-resource",
              "event '\(se.eventId)' has resource '\(instance.resources[pre].id)' preassigned "
                + "in role '\(role)' but the solution gives '\(sr.reference)'", nil)
            ok = false
          }
          continue
        }
        slot = open.firstIndex(of: k)
      } else {
        if event.resources.contains(where: { $0.resource == r }) { continue }
        slot = open.indices.first { j in
          assigned[j] == nil && event.resources[open[j]].type == type
        }
        if slot == nil {
          fail(
            "xhstt-unknown-role",
            "event '\(se.eventId)' has no open role of the type of resource '\(sr.reference)' "
              + "left to fill", "name the role with <Role>")
          ok = false
          continue
        }
      }
      guard let j = slot else { continue }
      let wanted = event.resources[open[j]].type
      if let wanted, wanted != type {
        let name =
          instance.resourceTypes.indices.contains(wanted)
          ? instance.resourceTypes[wanted].id : "#\(wanted)"
        fail(
          "xhstt-wrong-resource-type",
          "event '\(se.eventId)' role '\(event.resources[open[j]].role ?? "")' needs a resource "
            + "of type '\(name)', not '\(sr.reference)'", nil)
        ok = false
        continue
      }
      if assigned[j] != nil {
        fail(
          "xhstt-duplicate-role",
          "event '\(se.eventId)' role '\(event.resources[open[j]].role ?? "")' is assigned twice "
            + "in one solution event", "a role takes one resource per solution event")
        ok = false
        continue
      }
      assigned[j] = r
    }
    return ok ? assigned : nil
  }
}
