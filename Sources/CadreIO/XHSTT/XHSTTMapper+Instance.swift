import CadreModel

/// Times, resources and events of one `<Instance>`.
extension XHSTTMapper {
  mutating func instance(_ node: XMLNode) -> XInstance? {
    guard let id = id(node, at: "/Instances") else { return nil }
    let at = Pointer.of("Instances", id)
    timeGroupIds = [:]
    timeIds = [:]
    resourceTypeIds = [:]
    resourceGroupIds = [:]
    resourceIds = [:]
    eventGroupIds = [:]
    eventIds = [:]
    expanded = 0
    expandedReported = false
    var inst = XInstance(id: id, name: id)
    if let meta = node.child("MetaData") {
      inst.metadata = meta.children.map { XNamedText(name: $0.name, text: $0.text) }
      if let name = meta.child("Name")?.text, !name.isEmpty { inst.name = name }
    } else {
      _ = required(node, "MetaData", at: at)
    }
    if let times = required(node, "Times", at: at) { readTimes(times, into: &inst, at: at) }
    if let resources = required(node, "Resources", at: at) {
      readResources(resources, into: &inst, at: at)
    }
    if let events = required(node, "Events", at: at) { readEvents(events, into: &inst, at: at) }
    checkTimeCells(inst, node, at: at)
    if let constraints = node.child("Constraints") {
      var nodes: [XMLNode] = []
      for c in constraints.children {
        if let value = constraint(c, inst, at: at + "/Constraints") {
          inst.constraints.append(value)
          nodes.append(c)
        }
      }
      checkRoles(inst, nodes, at: at + "/Constraints")
    }
    return inst
  }

  // MARK: Times

  mutating func readTimes(_ node: XMLNode, into inst: inout XInstance, at: String) {
    let at = at + "/Times"
    for g in node.child("TimeGroups")?.children ?? [] {
      let kind: XTimeGroupKind
      switch g.name {
      case "Week": kind = .week
      case "Day": kind = .day
      case "TimeGroup": kind = .group
      default:
        warning("xhstt-unknown-element", at: at + "/TimeGroups", g, "<\(g.name)> ignored")
        continue
      }
      guard let gid = id(g, at: at + "/TimeGroups") else { continue }
      let p = at + "/TimeGroups/" + Pointer.escape(gid)
      let name = requiredText(g, "Name", at: p) ?? gid
      declare(gid, inst.timeGroups.count, in: \.timeGroupIds, g, what: "time group", at: p)
      inst.timeGroups.append(XTimeGroup(id: gid, name: name, kind: kind))
    }
    for t in node.children("Time") {
      guard let tid = id(t, at: at) else { continue }
      let p = at + "/" + Pointer.escape(tid)
      let name = requiredText(t, "Name", at: p) ?? tid
      let index = inst.times.count
      declare(tid, index, in: \.timeIds, t, what: "time", at: p)
      var time = XTime(id: tid, name: name)
      var groups: [Int] = []
      if let w = t.child("Week") {
        time.week = reference(w, in: timeGroupIds, what: "week", at: p + "/Week")
        if let g = time.week { groups.append(g) }
      }
      if let d = t.child("Day") {
        time.day = reference(d, in: timeGroupIds, what: "day", at: p + "/Day")
        if let g = time.day { groups.append(g) }
      }
      for r in t.child("TimeGroups")?.children("TimeGroup") ?? [] {
        if let g = reference(r, in: timeGroupIds, what: "time group", at: p + "/TimeGroups") {
          groups.append(g)
        }
      }
      time.groups = Array(Set(groups)).sorted()
      for g in time.groups { inst.timeGroups[g].members.append(index) }
      inst.times.append(time)
    }
  }

  // MARK: Resources

  mutating func readResources(_ node: XMLNode, into inst: inout XInstance, at: String) {
    let at = at + "/Resources"
    for t in node.child("ResourceTypes")?.children("ResourceType") ?? [] {
      guard let tid = id(t, at: at + "/ResourceTypes") else { continue }
      let p = at + "/ResourceTypes/" + Pointer.escape(tid)
      let name = requiredText(t, "Name", at: p) ?? tid
      declare(tid, inst.resourceTypes.count, in: \.resourceTypeIds, t, what: "resource type", at: p)
      inst.resourceTypes.append(XNamed(id: tid, name: name))
    }
    for g in node.child("ResourceGroups")?.children("ResourceGroup") ?? [] {
      guard let gid = id(g, at: at + "/ResourceGroups") else { continue }
      let p = at + "/ResourceGroups/" + Pointer.escape(gid)
      let name = requiredText(g, "Name", at: p) ?? gid
      var type = 0
      if let r = required(g, "ResourceType", at: p) {
        type = reference(r, in: resourceTypeIds, what: "resource type", at: p) ?? 0
      }
      declare(
        gid, inst.resourceGroups.count, in: \.resourceGroupIds, g, what: "resource group", at: p)
      inst.resourceGroups.append(XResourceGroup(id: gid, name: name, type: type))
    }
    for r in node.children("Resource") {
      guard let rid = id(r, at: at) else { continue }
      let p = at + "/" + Pointer.escape(rid)
      let name = requiredText(r, "Name", at: p) ?? rid
      var type = 0
      if let t = required(r, "ResourceType", at: p) {
        type = reference(t, in: resourceTypeIds, what: "resource type", at: p) ?? 0
      }
      let index = inst.resources.count
      declare(rid, index, in: \.resourceIds, r, what: "resource", at: p)
      var groups: [Int] = []
      for g in r.child("ResourceGroups")?.children("ResourceGroup") ?? [] {
        if let gi = reference(
          g, in: resourceGroupIds, what: "resource group", at: p + "/ResourceGroups")
        {
          groups.append(gi)
        }
      }
      groups = Array(Set(groups)).sorted()
      for g in groups { inst.resourceGroups[g].members.append(index) }
      inst.resources.append(XResource(id: rid, name: name, type: type, groups: groups))
    }
  }

  // MARK: Events

  mutating func readEvents(_ node: XMLNode, into inst: inout XInstance, at: String) {
    let at = at + "/Events"
    for g in node.child("EventGroups")?.children ?? [] {
      let kind: XEventGroupKind
      switch g.name {
      case "Course": kind = .course
      case "EventGroup": kind = .group
      default:
        warning("xhstt-unknown-element", at: at + "/EventGroups", g, "<\(g.name)> ignored")
        continue
      }
      guard let gid = id(g, at: at + "/EventGroups") else { continue }
      let p = at + "/EventGroups/" + Pointer.escape(gid)
      let name = requiredText(g, "Name", at: p) ?? gid
      declare(gid, inst.eventGroups.count, in: \.eventGroupIds, g, what: "event group", at: p)
      inst.eventGroups.append(XEventGroup(id: gid, name: name, kind: kind))
    }
    for e in node.children("Event") {
      guard let eid = id(e, at: at) else { continue }
      let p = at + "/" + Pointer.escape(eid)
      let name = requiredText(e, "Name", at: p) ?? eid
      var duration = requiredInteger(e, "Duration", at: p) ?? 1
      if duration < 1 || duration > inst.times.count {
        error(
          "xhstt-bad-duration", at: p + "/Duration", e.child("Duration") ?? e,
          "event '\(eid)' has duration \(duration); it must be 1...\(inst.times.count) (at "
            + "least 1, at most the number of times of the instance)",
          hint: "an event cannot run longer than the whole cycle of times")
        duration = 1
      }
      let index = inst.events.count
      declare(eid, index, in: \.eventIds, e, what: "event", at: p)
      var event = XEvent(
        id: eid, name: name, duration: duration,
        workload: optionalInteger(e, "Workload", at: p))
      var groups: [Int] = []
      if let c = e.child("Course") {
        event.course = reference(c, in: eventGroupIds, what: "course", at: p + "/Course")
        if let g = event.course { groups.append(g) }
      }
      if let t = e.child("Time") {
        event.time = reference(t, in: timeIds, what: "time", at: p + "/Time")
        // A preassigned start must leave room for the whole event: no solution could place it.
        if let start = event.time, start + duration > inst.times.count {
          error(
            "xhstt-past-last-time", at: p + "/Time", t,
            "event '\(eid)' is preassigned to start at '\(inst.times[start].id)' with duration "
              + "\(duration), which runs past the last time '\(inst.times[inst.times.count - 1].id)'",
            hint: "preassign an earlier time, or shorten the event")
        }
      }
      for r in e.child("Resources")?.children("Resource") ?? [] {
        guard admit(1, r, at: p + "/Resources") else { break }
        event.resources.append(eventResource(r, at: p + "/Resources"))
      }
      for g in e.child("ResourceGroups")?.children("ResourceGroup") ?? [] {
        guard
          let gi = reference(
            g, in: resourceGroupIds, what: "resource group", at: p + "/ResourceGroups")
        else { continue }
        let group = inst.resourceGroups[gi]
        guard admit(group.members.count, g, at: p + "/ResourceGroups") else { break }
        for m in group.members {
          event.resources.append(XEventResource(resource: m, type: group.type))
        }
      }
      for g in e.child("EventGroups")?.children("EventGroup") ?? [] {
        if let gi = reference(g, in: eventGroupIds, what: "event group", at: p + "/EventGroups") {
          groups.append(gi)
        }
      }
      event.groups = Array(Set(groups)).sorted()
      for g in event.groups { inst.eventGroups[g].members.append(index) }
      inst.events.append(event)
    }
    // A preassigned resource's type is the resource's own.
    for e in inst.events.indices {
      for k in inst.events[e].resources.indices {
        if let r = inst.events[e].resources[k].resource, inst.events[e].resources[k].type == nil {
          inst.events[e].resources[k].type = inst.resources[r].type
        }
      }
    }
  }

  /// (resources + total event duration) × times within `XLimits.maxTimeCells`.
  mutating func checkTimeCells(_ inst: XInstance, _ node: XMLNode, at: String) {
    var total = 0
    for e in inst.events { total = XLimits.sum(total, e.duration) }
    let cells = XLimits.timeCells(
      resources: inst.resources.count, totalDuration: total, times: inst.times.count)
    guard cells > XLimits.maxTimeCells else { return }
    error(
      "xhstt-too-large", at: at, node,
      "the instance has (\(inst.resources.count) resources + total event duration \(total)) "
        + "× \(inst.times.count) times, more than \(XLimits.maxTimeCells) time cells",
      hint: "split the instance")
  }

  /// One `<Resource>` of an event: preassigned when it has a `Reference`.
  mutating func eventResource(_ node: XMLNode, at p: String) -> XEventResource {
    var er = XEventResource(resource: nil)
    if node.attributes["Reference"] != nil {
      er.resource = reference(node, in: resourceIds, what: "resource", at: p)
    }
    er.role = node.child("Role")?.text
    if let t = node.child("ResourceType") {
      er.type = reference(t, in: resourceTypeIds, what: "resource type", at: p)
    }
    er.workload = optionalInteger(node, "Workload", at: p)
    if er.resource == nil && er.type == nil && node.attributes["Reference"] == nil {
      error(
        "xhstt-missing-element", at: p, node,
        "an open role (an event resource without a Reference) names no resource type: it needs "
          + "a <ResourceType>",
        hint: "add <ResourceType Reference=\"...\"/>, or preassign the resource")
    }
    if er.resource == nil && er.role == nil && node.attributes["Reference"] == nil {
      error(
        "xhstt-missing-element", at: p, node,
        "an open role (an event resource without a Reference) needs a <Role>",
        hint: "constraints and solutions name the role to fill by it")
    }
    return er
  }
}
