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
  /// Per monitor, time groups (idle, cluster, busy) or (group, min, max) triples (spread).
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
      }
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
        }
      }
    }
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

    /// What the rule's points of application are.
    enum Target { case event, resource, eventGroup }

    var target: Target {
      switch self {
      case .assignTime, .preferTimes, .splitEvents, .distributeSplitEvents: .event
      case .avoidClashes, .avoidUnavailableTimes, .limitIdleTimes, .clusterBusyTimes,
        .limitBusyTimes:
        .resource
      case .spreadEvents, .linkEvents: .eventGroup
      }
    }
  }
}
