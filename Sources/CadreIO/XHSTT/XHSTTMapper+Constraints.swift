import CadreModel

/// The `<Constraints>` of an instance. The sixteen supported types are mapped with their
/// `AppliesTo` expanded (duplicates kept, spec v1.38); any other element becomes
/// `.unsupported(name)` after its common children are read.
extension XHSTTMapper {
  static let supported: Set<String> = [
    "AssignTimeConstraint", "AvoidClashesConstraint", "AvoidUnavailableTimesConstraint",
    "PreferTimesConstraint", "SplitEventsConstraint", "DistributeSplitEventsConstraint",
    "SpreadEventsConstraint", "LinkEventsConstraint", "LimitIdleTimesConstraint",
    "ClusterBusyTimesConstraint", "LimitBusyTimesConstraint", "AssignResourceConstraint",
    "PreferResourcesConstraint", "AvoidSplitAssignmentsConstraint", "OrderEventsConstraint",
    "LimitWorkloadConstraint",
  ]

  mutating func constraint(_ node: XMLNode, _ inst: XInstance, at: String) -> XConstraint? {
    guard let cid = id(node, at: at) else { return nil }
    let p = at + "/" + Pointer.escape(cid)
    let name = requiredText(node, "Name", at: p) ?? cid
    var required = false
    if let r = self.required(node, "Required", at: p) {
      switch r.text {
      case "true": required = true
      case "false": required = false
      default:
        error(
          "xhstt-bad-value", at: p + "/Required", r,
          "<Required> holds '\(r.text)', not true or false")
      }
    }
    let weight = integer(node, "Weight", in: 0...XLimits.maxWeight, at: p) ?? 0
    var costFunction = XCostFunction.linear
    if let f = self.required(node, "CostFunction", at: p) {
      if let v = XCostFunction(rawValue: f.text) {
        costFunction = v
      } else {
        error(
          "xhstt-bad-value", at: p + "/CostFunction", f,
          "<CostFunction> holds '\(f.text)', not Linear, Quadratic or Step")
      }
    }
    guard Self.supported.contains(node.name) else {
      return XConstraint(
        id: cid, name: name, required: required, weight: weight, costFunction: costFunction,
        kind: .unsupported(typeName: node.name))
    }
    let applies = self.required(node, "AppliesTo", at: p)
    let kind = supportedKind(node, applies, inst, at: p)
    return XConstraint(
      id: cid, name: name, required: required, weight: weight, costFunction: costFunction,
      kind: kind)
  }

  private mutating func supportedKind(
    _ node: XMLNode, _ applies: XMLNode?, _ inst: XInstance, at p: String
  ) -> XConstraintKind {
    let a = applies
    switch node.name {
    case "AssignTimeConstraint":
      return .assignTime(events: events(a, inst, at: p))
    case "AvoidClashesConstraint":
      return .avoidClashes(resources: resources(a, inst, at: p))
    case "AvoidUnavailableTimesConstraint":
      return .avoidUnavailableTimes(
        resources: resources(a, inst, at: p), times: times(node, inst, at: p))
    case "PreferTimesConstraint":
      return .preferTimes(
        events: events(a, inst, at: p), times: times(node, inst, at: p),
        duration: integer(node, "Duration", in: bounds, optional: true, at: p))
    case "SplitEventsConstraint":
      return .splitEvents(
        events: events(a, inst, at: p),
        minDuration: integer(node, "MinimumDuration", in: bounds, at: p) ?? 0,
        maxDuration: integer(node, "MaximumDuration", in: bounds, at: p) ?? bounds.upperBound,
        minAmount: integer(node, "MinimumAmount", in: bounds, at: p) ?? 0,
        maxAmount: integer(node, "MaximumAmount", in: bounds, at: p) ?? bounds.upperBound)
    case "DistributeSplitEventsConstraint":
      return .distributeSplitEvents(
        events: events(a, inst, at: p),
        duration: integer(node, "Duration", in: bounds, at: p) ?? 0,
        minimum: integer(node, "Minimum", in: bounds, at: p) ?? 0,
        maximum: integer(node, "Maximum", in: bounds, at: p) ?? bounds.upperBound)
    case "SpreadEventsConstraint":
      return .spreadEvents(eventGroups: eventGroups(a, at: p), limits: spreadLimits(node, at: p))
    case "LinkEventsConstraint":
      return .linkEvents(eventGroups: eventGroups(a, at: p))
    case "AssignResourceConstraint":
      return .assignResource(
        events: events(a, inst, at: p), role: requiredText(node, "Role", at: p) ?? "")
    case "PreferResourcesConstraint":
      return .preferResources(
        events: events(a, inst, at: p), role: requiredText(node, "Role", at: p) ?? "",
        resources: resourceSet(node, inst, at: p))
    case "AvoidSplitAssignmentsConstraint":
      return .avoidSplitAssignments(
        eventGroups: eventGroups(a, at: p), role: requiredText(node, "Role", at: p) ?? "")
    case "OrderEventsConstraint":
      return .orderEvents(pairs: eventPairs(a, at: p))
    case "LimitWorkloadConstraint":
      return .limitWorkload(
        resources: resources(a, inst, at: p),
        minimum: integer(node, "Minimum", in: bounds, at: p) ?? 0,
        maximum: integer(node, "Maximum", in: bounds, at: p) ?? bounds.upperBound)
    default:
      let resources = resources(a, inst, at: p)
      let groups = timeGroupList(node, at: p)
      let minimum = integer(node, "Minimum", in: bounds, at: p) ?? 0
      let maximum = integer(node, "Maximum", in: bounds, at: p) ?? bounds.upperBound
      switch node.name {
      case "LimitIdleTimesConstraint":
        return .limitIdleTimes(
          resources: resources, timeGroups: groups, minimum: minimum, maximum: maximum)
      case "ClusterBusyTimesConstraint":
        return .clusterBusyTimes(
          resources: resources, timeGroups: groups, minimum: minimum, maximum: maximum)
      default:
        return .limitBusyTimes(
          resources: resources, timeGroups: groups, minimum: minimum, maximum: maximum)
      }
    }
  }

  /// The range of every bound of a constraint (`XLimits.maxBound`).
  private var bounds: ClosedRange<Int> { 0...XLimits.maxBound }

  // MARK: AppliesTo

  /// Events of `AppliesTo`: its `EventGroups` expanded, then its `Events`, duplicates kept.
  private mutating func events(_ a: XMLNode?, _ inst: XInstance, at p: String) -> [Int] {
    var out: [Int] = []
    for g in a?.child("EventGroups")?.children("EventGroup") ?? [] {
      if let gi = reference(g, in: eventGroupIds, what: "event group", at: p + "/AppliesTo") {
        guard admit(inst.eventGroups[gi].members.count, g, at: p + "/AppliesTo") else { break }
        out += inst.eventGroups[gi].members
      }
    }
    for e in a?.child("Events")?.children("Event") ?? [] {
      if let ei = reference(e, in: eventIds, what: "event", at: p + "/AppliesTo") {
        guard admit(1, e, at: p + "/AppliesTo") else { break }
        out.append(ei)
      }
    }
    return out
  }

  /// Event groups of `AppliesTo` (a `Course` is an event group too), duplicates kept.
  private mutating func eventGroups(_ a: XMLNode?, at p: String) -> [Int] {
    var out: [Int] = []
    for g in a?.child("EventGroups")?.children("EventGroup") ?? [] {
      if let gi = reference(g, in: eventGroupIds, what: "event group", at: p + "/AppliesTo") {
        guard admit(1, g, at: p + "/AppliesTo") else { break }
        out.append(gi)
      }
    }
    return out
  }

  /// Resources of `AppliesTo`: its `ResourceGroups` expanded, then its `Resources`.
  private mutating func resources(_ a: XMLNode?, _ inst: XInstance, at p: String) -> [Int] {
    var out: [Int] = []
    for g in a?.child("ResourceGroups")?.children("ResourceGroup") ?? [] {
      if let gi = reference(
        g, in: resourceGroupIds, what: "resource group", at: p + "/AppliesTo")
      {
        guard admit(inst.resourceGroups[gi].members.count, g, at: p + "/AppliesTo") else { break }
        out += inst.resourceGroups[gi].members
      }
    }
    for r in a?.child("Resources")?.children("Resource") ?? [] {
      if let ri = reference(r, in: resourceIds, what: "resource", at: p + "/AppliesTo") {
        guard admit(1, r, at: p + "/AppliesTo") else { break }
        out.append(ri)
      }
    }
    return out
  }

  /// The `EventPairs` of an OrderEvents constraint's `AppliesTo`: `FirstEvent` and
  /// `SecondEvent` references, optional `MinSeparation` (0) and `MaxSeparation` (none).
  private mutating func eventPairs(_ a: XMLNode?, at p: String) -> [XEventPair] {
    var out: [XEventPair] = []
    let pp = p + "/AppliesTo/EventPairs"
    for pair in a?.child("EventPairs")?.children("EventPair") ?? [] {
      guard admit(1, pair, at: pp) else { break }
      var first: Int?
      var second: Int?
      if let f = required(pair, "FirstEvent", at: pp) {
        first = reference(f, in: eventIds, what: "event", at: pp)
      }
      if let s = required(pair, "SecondEvent", at: pp) {
        second = reference(s, in: eventIds, what: "event", at: pp)
      }
      let minimum = integer(pair, "MinSeparation", in: bounds, optional: true, at: pp) ?? 0
      let maximum =
        integer(pair, "MaxSeparation", in: bounds, optional: true, at: pp) ?? bounds.upperBound
      if let first, let second {
        out.append(
          XEventPair(first: first, second: second, minSeparation: minimum, maxSeparation: maximum))
      }
    }
    return out
  }

  /// The union of a PreferResources constraint's own `ResourceGroups` and `Resources` (not
  /// its `AppliesTo`), sorted and unique.
  private mutating func resourceSet(_ node: XMLNode, _ inst: XInstance, at p: String) -> [Int] {
    var set = Set<Int>()
    for g in node.child("ResourceGroups")?.children("ResourceGroup") ?? [] {
      if let gi = reference(
        g, in: resourceGroupIds, what: "resource group", at: p + "/ResourceGroups")
      {
        set.formUnion(inst.resourceGroups[gi].members)
      }
    }
    for r in node.child("Resources")?.children("Resource") ?? [] {
      if let ri = reference(r, in: resourceIds, what: "resource", at: p + "/Resources") {
        set.insert(ri)
      }
    }
    return set.sorted()
  }

  // MARK: Times

  /// The union of the constraint's `TimeGroups` and `Times`, sorted and unique.
  private mutating func times(_ node: XMLNode, _ inst: XInstance, at p: String) -> [Int] {
    var set = Set<Int>()
    for g in node.child("TimeGroups")?.children("TimeGroup") ?? [] {
      if let gi = reference(g, in: timeGroupIds, what: "time group", at: p + "/TimeGroups") {
        set.formUnion(inst.timeGroups[gi].members)
      }
    }
    for t in node.child("Times")?.children("Time") ?? [] {
      if let ti = reference(t, in: timeIds, what: "time", at: p + "/Times") { set.insert(ti) }
    }
    return set.sorted()
  }

  /// The constraint's `TimeGroups` in file order.
  private mutating func timeGroupList(_ node: XMLNode, at p: String) -> [Int] {
    var out: [Int] = []
    for g in node.child("TimeGroups")?.children("TimeGroup") ?? [] {
      if let gi = reference(g, in: timeGroupIds, what: "time group", at: p + "/TimeGroups") {
        out.append(gi)
      }
    }
    return out
  }

  /// The `TimeGroups` of a SpreadEvents constraint, each with its Minimum and Maximum.
  private mutating func spreadLimits(_ node: XMLNode, at p: String) -> [XSpreadLimit] {
    var out: [XSpreadLimit] = []
    for g in required(node, "TimeGroups", at: p)?.children("TimeGroup") ?? [] {
      let gp = p + "/TimeGroups"
      guard let gi = reference(g, in: timeGroupIds, what: "time group", at: gp) else { continue }
      let minimum = integer(g, "Minimum", in: bounds, at: gp) ?? 0
      let maximum = integer(g, "Maximum", in: bounds, at: gp) ?? bounds.upperBound
      out.append(XSpreadLimit(timeGroup: gi, minimum: minimum, maximum: maximum))
    }
    return out
  }
}
