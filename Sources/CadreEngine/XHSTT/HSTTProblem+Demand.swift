/// The times-only problem of a problem whose open roles choose among clash-free resources:
/// the open roles and the rules about them are left out, and demand points
/// (`HSTTRule.demand`) ask instead that, at every time, the roles running then can be given
/// distinct free resources of their domains, as far as one Hall condition per distinct domain
/// can tell (the roles whose domain lies within it against the resources of it that are free
/// then). A search that times events this way chooses times that leave each kind of teacher
/// and room enough to go round; the roles are filled afterwards, with the times known
/// (`searchHSTT`).
///
/// AustraliaBGHS98 is the instance this is for: timed without its open roles, its classes and
/// preassigned teachers have no clash, but a matching at each time then leaves 215 room and
/// teacher demands unmet (docs/XHSTT.md, stop 31), because nothing told the timing what each
/// kind of free resource could cover.
extension HSTTProblem {
  /// The `demandTightness` from which `searchHSTT` times first: AustraliaBGHS98 (0.855) and
  /// NetherlandsKottenpark2003 (0.855) do; DenmarkFalkonergaardensGymnasium2012 (0.773) and
  /// SpainSchool (0.641) do not (SpainSchool's soft cost at 60 s was higher that way: 676 and
  /// 587 against 487 and 451, docs/XHSTT.md).
  package static let timesFirstTightness = 0.8

  /// The times-only problem, or nil when no open role has a choice among clash-free resources
  /// (or the problem starts from a given timetable). Counted: roles that must be filled (a
  /// required AssignResource, or none at all, which the search always fills) whose domain
  /// holds only resources with a required AvoidClashes. Each time's capacity leaves out the
  /// resources a required AvoidUnavailableTimes point makes unavailable then.
  /// - Complexity: O(monitor points + roles × domains × domain size + domains × T × domain size).
  package func demandRelaxation() -> HSTTProblem? {
    guard start == nil, previous == nil else { return nil }
    let R = resourceCount
    let T = timeCount
    let roles = events.flatMap { $0.openRoles }
    var clashFree = [Bool](repeating: false, count: R)
    var unavailable = [Set<Int>](repeating: [], count: R)
    var required = [Bool](repeating: false, count: roles.count)
    var optional = [Bool](repeating: false, count: roles.count)
    for m in monitors {
      switch m.rule {
      case .avoidClashes where m.hard:
        for r in m.points where r >= 0 && r < R { clashFree[r] = true }
      case .avoidUnavailableTimes(let times) where m.hard:
        for r in m.points where r >= 0 && r < R { unavailable[r].formUnion(times) }
      case .assignResource:
        for g in m.points where g >= 0 && g < roles.count {
          if m.hard { required[g] = true } else { optional[g] = true }
        }
      default:
        break
      }
    }
    let domains = prunedRoleDomains()
    var eventOfRole: [Int] = []
    for (e, event) in events.enumerated() {
      eventOfRole += Array(repeating: e, count: event.openRoles.count)
    }
    // The counted roles, and the distinct domains among them (the Hall sets).
    var counted: [(event: Int, domain: Set<Int>)] = []
    var sets: [[Int]] = []
    for g in roles.indices where required[g] || !optional[g] {
      let domain = domains[g].filter { $0 >= 0 && $0 < R }
      guard !domain.isEmpty, domain.allSatisfy({ clashFree[$0] }) else { continue }
      counted.append((eventOfRole[g], Set(domain)))
      if !sets.contains(domain) { sets.append(domain) }
    }
    guard counted.contains(where: { $0.domain.count > 1 }) else { return nil }
    var relaxed = self
    relaxed.demands = sets.map { set in
      let members = Set(set)
      return HSTTDemand(
        resources: set,
        events: counted.filter { $0.domain.isSubset(of: members) }.map(\.event),
        capacity: (0..<T).map { t in set.count { !unavailable[$0].contains(t) } })
    }
    for e in relaxed.events.indices { relaxed.events[e].openRoles = [] }
    relaxed.roleGroups = []
    relaxed.monitors = monitors.filter { m in
      switch m.rule {
      case .assignResource, .preferResources, .avoidSplitAssignments, .limitWorkload, .demand:
        false
      default:
        true
      }
    }
    relaxed.monitors.append(
      HSTTMonitor(
        hard: true, weight: 1, function: .linear, rule: .demand,
        points: Array(relaxed.demands.indices)))
    return relaxed
  }

  /// Of the times-only problem: the largest share of a demand point's capacity, summed over
  /// the times, that its events and the events its resources attend need (1 or more: its
  /// resources are all in use all the time; 0 without demand points).
  package var demandTightness: Double {
    var most = 0.0
    for d in demands {
      let members = Set(d.resources)
      var need = d.events.reduce(0) { $0 + events[$1].duration }
      for event in events {
        need += event.duration * event.resources.count(where: members.contains)
      }
      let capacity = d.capacity.reduce(0, +)
      most = max(most, capacity > 0 ? Double(need) / Double(capacity) : need > 0 ? .infinity : 0)
    }
    return most
  }
}
