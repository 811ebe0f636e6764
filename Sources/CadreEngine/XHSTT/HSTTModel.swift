/// The flat, immutable tables the XHSTT search reads in its step loop: one entry per point of
/// application, and per event, resource and event group the points it affects.
///
/// Time sets are bit masks of `words` 64-bit words each, so that busy counts, idle times and
/// cluster tests are a few AND and popcount instructions for the usual week of 20 to 60 times.
final class HSTTModel: Sendable {
  let T: Int
  let words: Int
  let E: Int
  let R: Int

  // Points: monitor and target (event, resource or event group) per point.
  let pointMonitor: [Int32]
  let pointTarget: [Int32]
  /// Per monitor, flattened for the step loop: rule kind (`Kind`), hard, weight, cost
  /// function (0 linear, 1 quadratic, 2 step) and four integer parameters (`param`).
  let mKind: [Kind]
  let mHard: [Bool]
  let mWeight: [Int64]
  /// A point's cost saturates here (`HSTTProblem.pointCostCap`).
  let pointCostCap: Int64
  let mFunction: [UInt8]
  let mParam: [Int32]
  /// Per monitor, time groups (idle, cluster, busy, ends day), (group, min, max) triples
  /// (spread) or each time's day (uneven days).
  let mGroups: CSR
  /// Per monitor, a time mask (`words` words from `monitor * words`): allowed starts
  /// (PreferTimes) or unavailable times (AvoidUnavailableTimes); empty for other rules.
  let monitorMask: [UInt64]
  /// Per time group, its mask (`words` words from `group * words`).
  let groupMask: [UInt64]

  // Who affects whom.
  let eventPoints: CSR
  let resourcePoints: CSR
  let groupPoints: CSR
  /// Event groups that have points and contain the event (each once).
  let groupsOfEvent: CSR
  /// Events that use the resource (each once).
  let eventsOfResource: CSR
  /// Resources of the event, repeats kept.
  let resourcesOfEvent: CSR
  /// Events of each event group, repeats kept (`problem.eventGroups` without copies).
  let groupMembers: CSR
  /// Event groups of hard LinkEvents points that contain the event.
  let linkGroupsOfEvent: CSR

  /// Sub-event storage: event `e` owns slots `subBase[e] ..< subBase[e] + duration`.
  let subBase: [Int32]
  let duration: [Int32]
  let fixedStart: [Int32]
  /// Events the search may move or split.
  let movable: [Int32]
  /// Events with a SplitEvents or DistributeSplitEvents point: the only ones whose split the
  /// search revisits (the others stay in the one-time pieces `chooseSplits` gives them).
  let splitRuled: [Bool]

  // Open roles (global positions: events' open roles in event order).
  /// Number of open roles.
  let G: Int
  /// Per event, its first role (E + 1 entries: event e has roles roleFirst[e]..<roleFirst[e+1]).
  let roleFirst: [Int32]
  let roleEvent: [Int32]
  /// Per role, its resource type's resources it may take (sorted).
  let roleDomain: CSR
  /// Per role, the workload one time of its event adds (units of 1/`workloadUnit`).
  let roleLoad: [Int64]
  /// Per role, the resource its construction starts with (`HSTTRole.hint`), or −1.
  let roleHint: [Int32]
  /// Per role, the roles whose domain equals its own (itself included): resource swap partners.
  let rolePeers: CSR
  /// Roles with a non-empty domain: what the resource moves draw from.
  let searchRoles: [Int32]
  /// Per event, where its sub-events' role resources start in `HSTTState.subRes`: slot
  /// `subBase[e] + i`, role j at `assignBase[e] + i * roles(e) + j`.
  let assignBase: [Int32]
  /// The size of `HSTTState.subRes`.
  let assignCount: Int
  /// Per monitor, a resource mask (`rwords` words from `monitor * rwords`): the preferred
  /// resources (PreferResources); empty for other rules.
  let rwords: Int
  let monitorResources: [UInt64]
  /// AvoidSplitAssignments points: per role group, its roles and its preassigned resources.
  let groupRoles: CSR
  /// Per role, the role groups that hold it.
  let roleGroupsOfRole: CSR
  /// Per role, whether a required AvoidSplitAssignments point holds it (one resource for all
  /// its event's sub-events, and its group's).
  let roleHardTied: [Bool]
  /// Per role, whether the search may leave it empty: a soft AssignResource holds it and no
  /// required one does (FET's activities whose room constraints are all soft). Emptying such
  /// a role costs that AssignResource's weight and frees its resource, which a resource too
  /// scarce for every such role needs; a role no AssignResource holds is always filled, as
  /// before.
  let roleMayStayEmpty: [Bool]
  let groupFixed: CSR
  /// OrderEvents points: per pair, first and second event and the separation range.
  let pairFirst: [Int32]
  let pairSecond: [Int32]
  let pairMin: [Int32]
  let pairMax: [Int32]
  /// EndsDay points: per point, its event and the resources it watches (`HSTTEndsDay`).
  let endsDayEvent: [Int32]
  let endsDayResources: CSR
  let workloadUnit: Int64
  let baseLoad: [Int64]
  /// `HSTTProblem.lateAcceptanceLength`, at least 1.
  let historyLength: Int
  /// `HSTTProblem.probeStarts`, at least 0.
  let probeStarts: Int
  /// `HSTTProblem.polishOnStall`.
  let polishOnStall: Bool
  /// `HSTTProblem.restartStall`.
  let restartStall: Int
  /// `HSTTProblem.idleMoveShare`, 0 to 100.
  let idleMoveShare: Int
  /// Pattern points: per pattern, its busy resources, its free ones, both (each once: whose
  /// changes re-score it) and its time groups.
  let patternBusy: CSR
  let patternFree: CSR
  let patternResources: CSR
  let patternGroups: CSR
  /// Per pattern, its `followedBy` pattern, or −1.
  let patternFollow: [Int32]
  /// Huddle points: per group, its team patterns, needs and weights (`HSTTHuddleGroup`); per
  /// group and day, the first time any of its teams has that day (the day's times are bits
  /// from there, alike for every team, so that a bit is one time for all); the most teams,
  /// days and times of a day a huddle group has (the matching's sizes).
  let huddleTeams: CSR
  /// Per huddle group, the resources of its teams' patterns, each once.
  let huddleResources: CSR
  let huddleNeeds: [[Int32]]
  let huddleWeights: [[Int64]]
  let huddleDayBase: [[Int32]]
  let huddleSize: (teams: Int, days: Int, periods: Int)
  /// The budget (`HSTTProblem.coverage`): per resource its rate (empty: nothing priced), per
  /// event whether it is released and the resource it never charges, the terms, and the
  /// priced resources (whose changes re-score the budget points).
  let coverageRate: [Int64]
  let coverageReleased: [Bool]
  let coverageExempt: [Int32]
  let budget: BudgetTerms
  let coverageResources: [Int32]
  /// `HSTTProblem.start`.
  let start: [[HSTTSubEvent]]?
  /// `HSTTProblem.previous` per event (empty without one): start, compared role (event-local
  /// position) and resource.
  let previousStart: [Int32]
  let previousRole: [Int32]
  let previousResource: [Int32]
  /// `HSTTProblem.places` (empty without one): per resource whether it is a place; the places
  /// each event and each resource prefers.
  let isPlace: [Bool]
  let placesOfEvent: CSR
  let placesOfResource: CSR
  /// Demand points (`HSTTProblem.demands`): per point its events (repeats kept) and per point
  /// and time (`d * T + t`) its capacity; per event and per resource the points that count it
  /// (repeats kept for events; empty tables without demand points).
  let demandEvents: CSR
  let demandResources: CSR
  let demandCapacity: [Int32]
  let demandsOfEvent: CSR
  let demandsOfResource: CSR

  init(_ p: HSTTProblem) {
    T = max(1, p.timeCount)
    words = (T + 63) / 64
    E = p.events.count
    R = p.resourceCount
    let w = words
    func mask(_ times: [Int]) -> [UInt64] {
      var m = [UInt64](repeating: 0, count: w)
      for t in times where t >= 0 && t < p.timeCount { m[t >> 6] |= 1 << UInt64(t & 63) }
      return m
    }
    var gm: [UInt64] = []
    for g in p.timeGroups { gm += mask(g) }
    groupMask = gm

    var rf: [Int32] = [0]
    var rEvent: [Int32] = []
    var domains: [[Int32]] = []
    var loads: [Int64] = []
    var hints: [Int32] = []
    var ab: [Int32] = []
    var assignTotal: Int32 = 0
    let pruned = p.prunedRoleDomains()
    for (e, ev) in p.events.enumerated() {
      ab.append(assignTotal)
      assignTotal += Int32(max(1, ev.duration) * ev.openRoles.count)
      for role in ev.openRoles {
        let domain = pruned[rEvent.count]
        rEvent.append(Int32(e))
        domains.append(domain.filter { $0 >= 0 && $0 < p.resourceCount }.map(Int32.init))
        loads.append(role.loadPerTime)
        hints.append(domain.contains(role.hint) ? Int32(role.hint) : -1)
      }
      rf.append(Int32(rEvent.count))
    }
    G = rEvent.count
    roleFirst = rf
    roleEvent = rEvent
    roleDomain = CSR(domains)
    roleLoad = loads
    roleHint = hints
    assignBase = ab
    assignCount = Int(assignTotal)
    searchRoles = domains.indices.filter { !domains[$0].isEmpty }.map(Int32.init)
    var peersOf: [[Int32]: [Int32]] = [:]
    for (g, d) in domains.enumerated() where !d.isEmpty { peersOf[d, default: []].append(Int32(g)) }
    rolePeers = CSR(domains.map { $0.isEmpty ? [] : peersOf[$0] ?? [] })
    let rw = max(1, (p.resourceCount + 63) / 64)
    rwords = rw
    var resMasks: [UInt64] = []
    groupRoles = CSR(p.roleGroups.map { $0.roles.map(Int32.init) })
    groupFixed = CSR(p.roleGroups.map { $0.fixed.map(Int32.init) })
    var groupsOf = [[Int32]](repeating: [], count: rEvent.count)
    for (x, group) in p.roleGroups.enumerated() {
      for g in group.roles where g >= 0 && g < rEvent.count && !groupsOf[g].contains(Int32(x)) {
        groupsOf[g].append(Int32(x))
      }
    }
    roleGroupsOfRole = CSR(groupsOf)
    pairFirst = p.eventPairs.map { Int32($0.first) }
    pairSecond = p.eventPairs.map { Int32($0.second) }
    pairMin = p.eventPairs.map { Int32(clamping: $0.minimum) }
    pairMax = p.eventPairs.map { Int32(clamping: $0.maximum) }
    let valid = { (r: Int) in r >= 0 && r < p.resourceCount }
    endsDayEvent = p.endsDays.map { Int32($0.event) }
    endsDayResources = CSR(p.endsDays.map { $0.resources.filter(valid).map(Int32.init) })
    patternBusy = CSR(p.patterns.map { $0.busy.filter(valid).map(Int32.init) })
    patternFree = CSR(p.patterns.map { $0.free.filter(valid).map(Int32.init) })
    // A followed pattern is re-scored when its follower's resources change too.
    let patternRes = p.patterns.map { x in
      let next = p.patterns.indices.contains(x.followedBy) ? p.patterns[x.followedBy] : nil
      let all = x.busy + x.free + (next.map { $0.busy + $0.free } ?? [])
      return Array(Set(all.filter(valid))).sorted()
    }
    huddleTeams = CSR(
      p.huddleGroups.map { $0.teams.filter { p.patterns.indices.contains($0) }.map(Int32.init) })
    huddleResources = CSR(
      p.huddleGroups.map { h in
        Array(Set(h.teams.filter { p.patterns.indices.contains($0) }.flatMap { patternRes[$0] }))
          .sorted().map(Int32.init)
      })
    huddleNeeds = p.huddleGroups.map { $0.needs.map { Int32(clamping: max(0, $0)) } }
    huddleWeights = p.huddleGroups.map { $0.weights }
    var size = (teams: 1, days: 1, periods: 1)
    var bases: [[Int32]] = []
    for h in p.huddleGroups {
      let teams = h.teams.filter { p.patterns.indices.contains($0) }
      size.teams = max(size.teams, teams.count)
      let days = teams.map { p.patterns[$0].groups.count }.max() ?? 0
      size.days = max(size.days, days)
      var base: [Int32] = []
      for d in 0..<days {
        let times = teams.flatMap { t -> [Int] in
          let groups = p.patterns[t].groups
          guard d < groups.count, p.timeGroups.indices.contains(groups[d]) else { return [] }
          return p.timeGroups[groups[d]]
        }
        let (lo, hi) = (times.min() ?? 0, times.max() ?? 0)
        base.append(Int32(lo))
        size.periods = max(size.periods, min(64, hi - lo + 1))
      }
      bases.append(base)
    }
    huddleDayBase = bases
    huddleSize = size
    patternFollow = p.patterns.map {
      p.patterns.indices.contains($0.followedBy) ? Int32($0.followedBy) : -1
    }
    patternResources = CSR(patternRes.map { $0.map(Int32.init) })
    patternGroups = CSR(
      p.patterns.map { $0.groups.filter { $0 >= 0 && $0 < p.timeGroups.count }.map(Int32.init) })
    // Charges only when some resource has a rate and the tables fit; the terms either way
    // (stipends alone may exceed the cap).
    let cov = p.coverage.flatMap {
      $0.rate.count == p.resourceCount && $0.released.count == p.events.count
        && $0.exempt.count == p.events.count && $0.rate.contains { $0 > 0 } ? $0 : nil
    }
    let rates = cov.map { $0.rate.map { max(0, $0) } } ?? []
    coverageRate = rates
    coverageReleased = cov?.released ?? []
    coverageExempt = cov?.exempt.map { Int32(clamping: $0) } ?? []
    budget =
      p.coverage?.terms ?? BudgetTerms(weeks: 1, cycleWeeks: 1, stipends: 0, cap: nil, unit: 1)
    let coverageResources = rates.indices.filter { rates[$0] > 0 }.map(Int32.init)
    self.coverageResources = coverageResources
    start = p.start
    let places = p.places.flatMap {
      $0.isPlace.count == p.resourceCount && $0.byEvent.count == p.events.count
        && $0.byResource.count == p.resourceCount ? $0 : nil
    }
    isPlace = places?.isPlace ?? []
    placesOfEvent = CSR((places?.byEvent ?? []).map { $0.filter(valid).map(Int32.init) })
    placesOfResource = CSR((places?.byResource ?? []).map { $0.filter(valid).map(Int32.init) })
    let T = self.T
    let demands = p.demands.map { d in
      HSTTDemand(
        resources: Array(Set(d.resources.filter(valid))).sorted(),
        events: d.events.filter { $0 >= 0 && $0 < p.events.count },
        capacity: (0..<T).map { $0 < d.capacity.count ? d.capacity[$0] : 0 })
    }
    demandEvents = CSR(demands.map { $0.events.map(Int32.init) })
    demandResources = CSR(demands.map { $0.resources.map(Int32.init) })
    demandCapacity = demands.flatMap { $0.capacity.map { Int32(clamping: $0) } }
    var dOfE = [[Int32]](repeating: [], count: p.events.count)
    var dOfR = [[Int32]](repeating: [], count: demands.isEmpty ? 0 : p.resourceCount)
    for (d, demand) in demands.enumerated() {
      for e in demand.events { dOfE[e].append(Int32(d)) }
      for r in demand.resources { dOfR[r].append(Int32(d)) }
    }
    demandsOfEvent = CSR(demands.isEmpty ? [] : dOfE)
    demandsOfResource = CSR(dOfR)
    let prev = p.previous.flatMap {
      $0.start.count == p.events.count && $0.role.count == p.events.count
        && $0.resource.count == p.events.count ? $0 : nil
    }
    previousStart = prev?.start.map { Int32(clamping: $0) } ?? []
    previousRole = (prev?.role ?? []).enumerated().map { e, j in
      j >= 0 && j >= p.events[e].openRoles.count ? -1 : Int32(clamping: j)
    }
    previousResource = prev?.resource.map { Int32(clamping: $0) } ?? []
    historyLength = max(1, p.lateAcceptanceLength)
    probeStarts = max(0, p.probeStarts)
    polishOnStall = p.polishOnStall
    restartStall = max(0, p.restartStall)
    idleMoveShare = min(100, max(0, p.idleMoveShare))
    workloadUnit = max(1, p.workloadUnit)
    baseLoad =
      p.baseLoad.count == p.resourceCount
      ? p.baseLoad : [Int64](repeating: 0, count: p.resourceCount)

    var kinds: [Kind] = []
    var params: [Int32] = []
    var mg: [[Int32]] = []
    var mm: [UInt64] = []
    var pm: [Int32] = []
    var pt: [Int32] = []
    var evP = [[Int32]](repeating: [], count: p.events.count)
    var resP = [[Int32]](repeating: [], count: p.resourceCount)
    var grpP = [[Int32]](repeating: [], count: p.eventGroups.count)
    var linkGroups = [[Int32]](repeating: [], count: p.events.count)
    var ruled = [Bool](repeating: false, count: p.events.count)
    for (m, monitor) in p.monitors.enumerated() {
      var q: [Int] = [0, 0, 0, 0]
      var groups: [Int] = []
      var times: [Int] = []
      let kind: Kind
      switch monitor.rule {
      case .assignTime: kind = .assignTime
      case .preferTimes(let t, let d):
        kind = .preferTimes
        (times, q[0]) = (t, d ?? -1)
      case .splitEvents(let a, let b, let c, let d):
        kind = .splitEvents
        q = [a, b, c, d]
      case .distributeSplitEvents(let d, let lo, let hi):
        kind = .distributeSplitEvents
        q = [d, lo, hi, 0]
      case .avoidClashes: kind = .avoidClashes
      case .avoidUnavailableTimes(let t):
        kind = .avoidUnavailableTimes
        times = t
      case .limitIdleTimes(let g, let lo, let hi):
        kind = .limitIdleTimes
        (groups, q[0], q[1]) = (g, lo, hi)
      case .clusterBusyTimes(let g, let lo, let hi):
        kind = .clusterBusyTimes
        (groups, q[0], q[1]) = (g, lo, hi)
      case .limitBusyTimes(let g, let lo, let hi):
        kind = .limitBusyTimes
        (groups, q[0], q[1]) = (g, lo, hi)
      case .spreadEvents(let limits):
        kind = .spreadEvents
        groups = limits.flatMap { [$0.group, $0.minimum, $0.maximum] }
      case .linkEvents: kind = .linkEvents
      case .assignResource: kind = .assignResource
      case .preferResources: kind = .preferResources
      case .avoidSplitAssignments: kind = .avoidSplitAssignments
      case .orderEvents: kind = .orderEvents
      case .endsDay(let days):
        kind = .endsDay
        groups = days.filter { $0 >= 0 && $0 < p.timeGroups.count }
      case .limitWorkload(let lo, let hi):
        kind = .limitWorkload
        (q[0], q[1]) = (lo, hi)
      case .patternTimes(let lo, let hi):
        kind = .patternTimes
        (q[0], q[1]) = (lo, hi)
      case .patternGroups(let lo, let hi):
        kind = .patternGroups
        (q[0], q[1]) = (lo, hi)
      case .patternFollowed(let window, let daysPerWeek, let minimum):
        kind = .patternFollowed
        q = [max(0, window), max(1, daysPerWeek), minimum, 0]
      case .huddles(let required):
        kind = .huddles
        q[0] = required ? 1 : 0
      case .unevenDays(let dayOfTime, let days):
        kind = .unevenDays
        // One day per time, each within 0..<days (the scoring relies on both).
        let T = max(1, p.timeCount)
        let n = max(1, days)
        groups = (0..<T).map { $0 < dayOfTime.count ? min(max(0, dayOfTime[$0]), n - 1) : 0 }
        q[0] = n
      case .coverageCost: kind = .coverageCost
      case .overBudget: kind = .overBudget
      case .movedStart: kind = .movedStart
      case .movedResource: kind = .movedResource
      case .preferPlaces: kind = .preferPlaces
      case .demand: kind = .demand
      }
      var rm = [UInt64](repeating: 0, count: rw)
      if case .preferResources(let preferred) = monitor.rule {
        for r in preferred where r >= 0 && r < p.resourceCount { rm[r >> 6] |= 1 << UInt64(r & 63) }
      }
      resMasks += rm
      kinds.append(kind)
      params += q.map { Int32(clamping: $0) }
      mg.append(groups.map { Int32(clamping: $0) })
      mm += mask(times)
      for target in monitor.points {
        let id = Int32(pm.count)
        pm.append(Int32(m))
        pt.append(Int32(target))
        switch kind.target {
        case .event:
          evP[target].append(id)
          if kind == .splitEvents || kind == .distributeSplitEvents { ruled[target] = true }
        case .resource:
          resP[target].append(id)
        case .eventGroup:
          grpP[target].append(id)
          if kind == .linkEvents && monitor.hard {
            for e in Set(p.eventGroups[target]) { linkGroups[e].append(Int32(target)) }
          }
        case .role:
          evP[Int(rEvent[target])].append(id)
        case .roleGroup:
          var events: [Int] = []
          for g in p.roleGroups[target].roles where !events.contains(Int(rEvent[g])) {
            events.append(Int(rEvent[g]))
          }
          for e in events { evP[e].append(id) }
        case .eventPair:
          let pair = p.eventPairs[target]
          evP[pair.first].append(id)
          if pair.second != pair.first { evP[pair.second].append(id) }
        case .endsDay:
          // Re-scored when the event moves and when any watched resource's times change.
          evP[p.endsDays[target].event].append(id)
          for i in endsDayResources.lower(target)..<endsDayResources.upper(target) {
            resP[endsDayResources[i]].append(id)
          }
        case .pattern:
          for r in patternRes[target] { resP[r].append(id) }
        case .huddleGroup:
          for i in huddleResources.lower(target)..<huddleResources.upper(target) {
            resP[huddleResources[i]].append(id)
          }
        case .budget:
          for r in coverageResources { resP[Int(r)].append(id) }
        case .demand:
          guard target >= 0 && target < demandEvents.rowCount else { break }
          for e in Set(p.demands[target].events) where e >= 0 && e < p.events.count {
            evP[e].append(id)
          }
          for r in Set(p.demands[target].resources) where valid(r) { resP[r].append(id) }
        }
      }
    }
    monitorResources = resMasks
    var tied = [Bool](repeating: false, count: rEvent.count)
    for (m, monitor) in p.monitors.enumerated()
    where monitor.hard && kinds[m] == .avoidSplitAssignments {
      for x in monitor.points where x >= 0 && x < p.roleGroups.count {
        for g in p.roleGroups[x].roles where g >= 0 && g < tied.count { tied[g] = true }
      }
    }
    roleHardTied = tied
    var soft = [Bool](repeating: false, count: rEvent.count)
    var hard = [Bool](repeating: false, count: rEvent.count)
    for (m, monitor) in p.monitors.enumerated() where kinds[m] == .assignResource {
      for g in monitor.points where g >= 0 && g < soft.count {
        if monitor.hard { hard[g] = true } else { soft[g] = true }
      }
    }
    roleMayStayEmpty = zip(soft, hard).map { $0 && !$1 }
    mKind = kinds
    mParam = params
    mGroups = CSR(mg)
    mHard = p.monitors.map(\.hard)
    mWeight = p.monitors.map { Int64($0.weight) }
    pointCostCap = p.pointCostCap
    mFunction = p.monitors.map {
      switch $0.function {
      case .linear: 0
      case .quadratic: 1
      case .step: 2
      }
    }
    pointMonitor = pm
    pointTarget = pt
    monitorMask = mm
    eventPoints = CSR(evP)
    resourcePoints = CSR(resP)
    groupPoints = CSR(grpP)
    linkGroupsOfEvent = CSR(linkGroups.map { Array(Set($0)).sorted() })

    var gOfE = [Set<Int32>](repeating: [], count: p.events.count)
    for (g, members) in p.eventGroups.enumerated() where !grpP[g].isEmpty {
      for e in members { gOfE[e].insert(Int32(g)) }
    }
    groupsOfEvent = CSR(gOfE.map { $0.sorted() })
    var eOfR = [Set<Int32>](repeating: [], count: p.resourceCount)
    for (e, ev) in p.events.enumerated() {
      for r in ev.resources { eOfR[r].insert(Int32(e)) }
    }
    eventsOfResource = CSR(eOfR.map { $0.sorted() })
    resourcesOfEvent = CSR(p.events.map { $0.resources.map(Int32.init) })
    groupMembers = CSR(p.eventGroups.map { $0.map(Int32.init) })

    var base: [Int32] = []
    var total: Int32 = 0
    for ev in p.events {
      base.append(total)
      total += Int32(max(1, ev.duration))
    }
    subBase = base
    duration = p.events.map { Int32(max(1, $0.duration)) }
    fixedStart = p.events.map { Int32($0.fixedStart ?? -1) }
    splitRuled = ruled
    movable = p.events.indices.filter { p.events[$0].fixedStart == nil }.map(Int32.init)
  }

  /// Number of open roles of event `e`.
  @inline(__always)
  func roleCount(_ e: Int) -> Int { Int(roleFirst[e + 1] - roleFirst[e]) }

  /// Where sub-event slot `k` of event `e` keeps the resource of its role `j` (0-based within
  /// the event) in `HSTTState.subRes`.
  @inline(__always)
  func assignIndex(_ e: Int, _ k: Int, _ j: Int) -> Int {
    Int(assignBase[e]) + (k - Int(subBase[e])) * roleCount(e) + j
  }

  /// Calls `body` with each resource that sub-event slot `k` of event `e` attends: its
  /// preassigned resources, then those its open roles hold in `subRes` (repeats kept).
  @inline(__always)
  func forEachResource(_ e: Int, _ k: Int, _ subRes: [Int32], _ body: (Int) -> Void) {
    for i in resourcesOfEvent.lower(e)..<resourcesOfEvent.upper(e) { body(resourcesOfEvent[i]) }
    let roles = roleCount(e)
    if roles == 0 { return }
    let a = assignIndex(e, k, 0)
    for j in 0..<roles where subRes[a + j] >= 0 { body(Int(subRes[a + j])) }
  }

  /// Whether role `g` may take resource `r` (binary search in its sorted domain).
  func inDomain(_ g: Int, _ r: Int) -> Bool {
    var lo = roleDomain.lower(g)
    var hi = roleDomain.upper(g)
    while lo < hi {
      let mid = (lo + hi) / 2
      let v = roleDomain[mid]
      if v == r { return true }
      if v < r { lo = mid + 1 } else { hi = mid }
    }
    return false
  }

  /// Whether time group `g` holds time `t`.
  @inline(__always)
  func groupHolds(_ g: Int, _ t: Int) -> Bool {
    groupMask[g * words + t >> 6] & (1 << UInt64(t & 63)) != 0
  }

  /// Amount `v` lies outside `lo...hi`.
  @inline(__always)
  static func outside(_ v: Int, _ lo: Int, _ hi: Int) -> Int {
    v < lo ? lo - v : (v > hi ? v - hi : 0)
  }

  /// Weight × f(deviation) of monitor `m`, saturating at `pointCostCap` (as the checker's
  /// `XLimits.pointCost` does: the two must agree on every input).
  @inline(__always)
  func cost(_ m: Int, _ deviation: Int) -> Int64 {
    if deviation <= 0 { return 0 }
    let w = mWeight[m]
    if w <= 0 { return 0 }
    let d = Int64(deviation)
    let value: Int64
    switch mFunction[m] {
    case 0: value = d
    case 1:
      let (square, overflow) = d.multipliedReportingOverflow(by: d)
      value = overflow ? Int64.max : square
    default: value = 1
    }
    let (product, overflow) = w.multipliedReportingOverflow(by: value)
    return overflow ? pointCostCap : min(product, pointCostCap)
  }

  /// Rule kinds, in the order of `HSTTRule`.
  enum Kind: Sendable {
    case assignTime, preferTimes, splitEvents, distributeSplitEvents
    case avoidClashes, avoidUnavailableTimes, limitIdleTimes, clusterBusyTimes, limitBusyTimes
    case spreadEvents, linkEvents
    case assignResource, preferResources, avoidSplitAssignments, orderEvents, limitWorkload
    case endsDay
    case patternTimes, patternGroups, patternFollowed, huddles, unevenDays
    case coverageCost, overBudget, movedStart, movedResource, preferPlaces, demand

    /// What the rule's points of application are.
    enum Target {
      case event, resource, eventGroup, role, roleGroup, eventPair, pattern, huddleGroup
      case budget, endsDay, demand
    }

    var target: Target {
      switch self {
      case .assignTime, .preferTimes, .splitEvents, .distributeSplitEvents, .movedStart,
        .preferPlaces:
        .event
      case .avoidClashes, .avoidUnavailableTimes, .limitIdleTimes, .clusterBusyTimes,
        .limitBusyTimes, .limitWorkload:
        .resource
      case .spreadEvents, .linkEvents, .unevenDays, .movedResource: .eventGroup
      case .assignResource, .preferResources: .role
      case .avoidSplitAssignments: .roleGroup
      case .orderEvents: .eventPair
      case .endsDay: .endsDay
      case .patternTimes, .patternGroups, .patternFollowed: .pattern
      case .huddles: .huddleGroup
      case .coverageCost, .overBudget: .budget
      case .demand: .demand
      }
    }
  }
}
