/// Tabu search on the hard cost with adaptive point weights (after TabuCol, the
/// graph-colouring tabu search, and the breakout method), and the same search on the soft cost.
///
/// Each step collects the sub-events in a violated hard point (for AvoidClashes and
/// AvoidUnavailableTimes only those at the offending times), takes 12 of them at random and
/// probes each at every other start and exchanged with every started sub-event of an event
/// sharing a resource; two of the 12 also probe their Kempe chains to every other time. Every
/// probe is one step of the budget. It makes the best move that is not tabu, by the change of
/// the weighted hard cost, then the soft cost, random among equals, even when that is worse. A
/// sub-event may not return to the start it left for 0–9 steps plus 0.6 × the number of
/// conflicting sub-events; a tabu move is allowed when it reaches a hard cost below the lowest
/// of the burst. Each point's weight starts at 1; when the best move does not lower the
/// weighted hard cost, every violated hard point weighs 1 more. The weights get the search out
/// of deceptive plateaus: in the Western Greece instance classes must be busy at all 5 first
/// hours or at none (LimitBusyTimes counts a group without busy times as 0), so an empty first
/// hour is cheap until the clashes it causes weigh enough.
///
/// Late acceptance alone stalls on tightly packed instances (every class, teacher and room busy
/// at every time), where every relocation double-books someone; repair runs in bursts when the
/// late-acceptance search has not lowered its best hard cost for `stallSteps` steps. Polish
/// (sub-events of costly soft points, moves compared by (hard, soft), no weights) runs in
/// bursts when a feasible late-acceptance search has not found a better timetable for 200,000
/// steps.
extension HSTTSearcher {
  /// Runs until the hard cost is 0, the budget ends, `patience` steps pass without a new
  /// lowest hard cost in this call, or the step count reaches `until`.
  mutating func repair(patience: Int, until: Int = Int.max) {
    if md.movable.isEmpty || st.hard == 0 { return }
    phase = "repair"
    polishing = false
    weight = [Int64](repeating: 1, count: st.pointCost.count)
    tabuBurst(patience: patience, until: until)
  }

  /// The same tabu search on a feasible timetable's soft cost: the sub-events of costly soft
  /// points are probed, and moves are compared by hard cost first (it rises only when every
  /// probed move raises it; the best timetable is kept apart anyway). Runs until the budget
  /// ends or `patience` steps pass without a new best cost.
  mutating func polish(patience: Int) {
    if md.movable.isEmpty || st.hard > 0 { return }
    phase = "polish"
    polishing = true
    defer { polishing = false }
    tabuBurst(patience: patience)
  }

  /// The tabu search of `repair` and `polish`.
  mutating func tabuBurst(patience: Int, until: Int = Int.max) {
    var sinceBest = 0
    tabuUntil = [Int](repeating: 0, count: st.subStart.count * md.T)
    repairBestHard = st.hard
    var iteration = 0
    while (polishing || st.hard > 0) && sinceBest < patience && stop == nil && steps < until {
      iteration += 1
      sinceBest += 1
      conflictSlots(hard: !polishing)
      if conflicts.isEmpty { return }
      collectExcessPoints()
      var chosen = TabuChoice<RepairMove>()
      for probe in 0..<min(TabuBurst.sample, conflicts.count) {
        let (e, k) = conflicts[rng.below(conflicts.count)]
        probeRelocations(e, k, iteration, &chosen)
        probeSwaps(e, k, iteration, &chosen)
        if md.roleCount(e) > 0 { probeResources(e, k, iteration, &chosen) }
        if md.G > 0 && md.splitRuled[e] && st.subCount[e] > 1 {
          probeMerges(e, k, iteration, &chosen)
        }
        if probe < TabuBurst.kempeSample { probeKempeChains(e, k, iteration, &chosen) }
      }
      if stop != nil { return }
      guard let m = chosen.move else { continue }
      make(m)
      if !polishing && chosen.key.primary >= 0 {
        // A local minimum under the current weights: the violated hard points weigh more.
        for p in 0..<st.pointCost.count
        where st.pointCost[p] > 0 && md.mHard[Int(md.pointMonitor[p])] {
          weight[p] += 1
        }
      }
      let tenure = TabuBurst.tenure(iteration: iteration, conflicts: conflicts.count, rng: &rng)
      if m.from >= 0 && m.role < 0 { tabuUntil[m.slot * md.T + m.from] = tenure }
      if m.other >= 0 { tabuUntil[m.other * md.T + m.start] = tenure }
      if polishing ? st.cost < bestCost : st.hard < repairBestHard {
        repairBestHard = min(repairBestHard, st.hard)
        sinceBest = 0
      }
      offerBest()
    }
  }

  /// A repair move: slot `slot` of `event` (with its linked bundle) from `from` to `start`;
  /// for a swap, also slot `other` of `otherEvent` from `start` to `from`; for a Kempe move,
  /// the chain from `slot` to `start`.
  struct RepairMove {
    var event: Int
    var slot: Int
    var from: Int
    var start: Int
    var otherEvent = -1
    var other = -1
    var kempe = false
    /// A resource move: global role `role` of slot `slot` (of every sub-event of `event` when
    /// `wholeEvent`) takes `resource`; `from` and `start` are then the slot's start.
    var role = -1
    var resource: Int32 = -1
    var wholeEvent = false
    /// A merge: slot `other` of `event` joins slot `slot`, the whole at `start`.
    var merge = false
  }

  /// Offers the move just evaluated (before `retract`) to `chosen`.
  mutating func consider(_ m: RepairMove, tabu: Bool, _ chosen: inout TabuChoice<RepairMove>) {
    if tabu && !(polishing ? st.cost < bestCost : st.hard < repairBestHard) { return }
    let primary =
      polishing
      ? st.hard
      : excessPoints.isEmpty
        ? st.weightedHardChange(weight)
        : addingBusyExcessChange(to: st.weightedHardChange(weight))
    chosen.offer(m, primary: primary, soft: st.soft, rng: &rng)
  }

  /// Probes slot `k` of `e` (with its linked bundle) at every other start.
  mutating func probeRelocations(
    _ e: Int, _ k: Int, _ iteration: Int, _ chosen: inout TabuChoice<RepairMove>
  ) {
    let T = md.T
    linkedBundle(e, k)
    let from = Int(st.subStart[k])
    let last = bundle.reduce(T) { min($0, T - Int(st.subDur[$1.slot])) }
    if last < 0 { return }
    st.begin()
    for (f, _) in bundle { st.touch(f) }
    for s in 0...last where s != from {
      if !tick() { break }
      for (_, j) in bundle { st.subStart[j] = Int32(s) }
      _ = st.evaluate()
      let m = RepairMove(event: e, slot: k, from: from, start: s)
      consider(m, tabu: tabuUntil[k * T + s] > iteration, &chosen)
      st.retract()
    }
    st.rollback()
  }

  /// Probes exchanging the start of slot `k` of `e` with each started sub-event of every other
  /// movable event sharing a resource with `e` (events in hard LinkEvents groups excepted).
  mutating func probeSwaps(
    _ e: Int, _ k: Int, _ iteration: Int, _ chosen: inout TabuChoice<RepairMove>
  ) {
    let T = md.T
    let from = Int(st.subStart[k])
    let d = Int(st.subDur[k])
    if from < 0 || md.linkGroupsOfEvent.count(e) > 0 { return }
    // Each partner event once: one that shares several resources with `e` (a year's lessons
    // share all its subgroups in FET's files) is listed under each of them.
    swapEpoch &+= 1
    if swapMark.count != md.E || swapEpoch == 0 {
      swapMark = [UInt32](repeating: 0, count: md.E)
      swapEpoch = 1
    }
    for x in md.resourcesOfEvent.lower(e)..<md.resourcesOfEvent.upper(e) {
      let r = md.resourcesOfEvent[x]
      for y in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
        let f = md.eventsOfResource[y]
        if f == e || md.fixedStart[f] >= 0 || md.linkGroupsOfEvent.count(f) > 0 { continue }
        if swapMark[f] == swapEpoch { continue }
        swapMark[f] = swapEpoch
        st.begin()
        st.touch(e)
        st.touch(f)
        let base = Int(md.subBase[f])
        for z in base..<base + Int(st.subCount[f]) {
          let s = Int(st.subStart[z])
          if s < 0 || s == from || s + d > T || from + Int(st.subDur[z]) > T { continue }
          if !tick() { break }
          st.subStart[k] = Int32(s)
          st.subStart[z] = Int32(from)
          _ = st.evaluate()
          let m = RepairMove(event: e, slot: k, from: from, start: s, otherEvent: f, other: z)
          let tabu = tabuUntil[k * T + s] > iteration || tabuUntil[z * T + from] > iteration
          consider(m, tabu: tabu, &chosen)
          st.retract()
          st.subStart[z] = Int32(s)
        }
        st.rollback()
      }
    }
  }

  /// Probes giving each open role of slot `k` of `e` each other resource of its domain (at
  /// most 24, from a random offset), and none when it may stay empty, in that sub-event alone
  /// and in all of the event's. A resource move is never tabu (the tabu list is on starts).
  mutating func probeResources(
    _ e: Int, _ k: Int, _ iteration: Int, _ chosen: inout TabuChoice<RepairMove>
  ) {
    let from = Int(st.subStart[k])
    let whole = st.subCount[e] > 1
    for g in Int(md.roleFirst[e])..<Int(md.roleFirst[e + 1]) {
      let n = md.roleDomain.count(g)
      if n == 0 { continue }
      let current = st.subRes[md.assignIndex(e, k, g - Int(md.roleFirst[e]))]
      let offset = rng.below(n)
      for scope in 0..<(whole ? 2 : 1) {
        st.begin()
        st.touch(e)
        let listed = min(n, 24)
        for i in 0..<listed + (md.roleMayStayEmpty[g] ? 1 : 0) {
          let r =
            i < listed ? Int32(md.roleDomain[md.roleDomain.lower(g) + (offset + i) % n]) : -1
          if r == current { continue }
          if !tick() { break }
          setRole(g, to: r, slot: scope == 0 ? k : nil)
          _ = st.evaluate()
          let m = RepairMove(
            event: e, slot: k, from: from, start: from, role: g, resource: r,
            wholeEvent: scope == 1)
          consider(m, tabu: false, &chosen)
          st.retract()
        }
        st.rollback()
      }
    }
  }

  /// Probes merging each other sub-event of `e` into slot `k`, the whole at every start it
  /// fits (a split that late acceptance let through can only be undone so when the merged
  /// piece needs a new place). Only on instances with open roles, so the others search as
  /// before.
  mutating func probeMerges(
    _ e: Int, _ k: Int, _ iteration: Int, _ chosen: inout TabuChoice<RepairMove>
  ) {
    let base = Int(md.subBase[e])
    let n = Int(st.subCount[e])
    let b = base + rng.below(n)
    if b == k { return }
    let d = Int(st.subDur[k] + st.subDur[b])
    if d > md.T { return }
    let from = Int(st.subStart[k])
    st.begin()
    st.touch(e)
    mergeSlots(e, k, b, at: st.subStart[k])
    // After the merge, slot k may have moved (when it was the last one).
    let kk = k == base + n - 1 ? b : k
    for s in 0...(md.T - d) {
      if !tick() { break }
      st.subStart[kk] = Int32(s)
      _ = st.evaluate()
      let m = RepairMove(event: e, slot: k, from: from, start: s, other: b, merge: true)
      consider(m, tabu: false, &chosen)
      st.retract()
    }
    st.rollback()
  }

  /// Slot `b` of `e` joins slot `a`, which starts at `start`; the last slot fills `b`'s place.
  mutating func mergeSlots(_ e: Int, _ a: Int, _ b: Int, at start: Int32) {
    let base = Int(md.subBase[e])
    let last = base + Int(st.subCount[e]) - 1
    st.subDur[a] += st.subDur[b]
    st.subStart[a] = start
    st.subDur[b] = st.subDur[last]
    st.subStart[b] = st.subStart[last]
    copyRoles(e, from: last, to: b)
    st.subCount[e] -= 1
  }

  /// Probes the Kempe chains from one-time slot `k` of `e` to every other time (chains of
  /// more than one sub-event: a lone one is a relocation).
  mutating func probeKempeChains(
    _ e: Int, _ k: Int, _ iteration: Int, _ chosen: inout TabuChoice<RepairMove>
  ) {
    let from = Int(st.subStart[k])
    if from < 0 || st.subDur[k] != 1 { return }
    for t2 in 0..<md.T where t2 != from {
      if !kempeChain(e, k, to: Int32(t2)) || chain.count < 2 { continue }
      if !tick() { return }
      st.begin()
      applyChain(to: Int32(t2))
      _ = st.evaluate()
      let m = RepairMove(event: e, slot: k, from: from, start: t2, kempe: true)
      consider(m, tabu: tabuUntil[k * md.T + t2] > iteration, &chosen)
      st.rollback()
    }
  }

  mutating func make(_ m: RepairMove) {
    st.begin()
    if m.role >= 0 {
      st.touch(m.event)
      setRole(m.role, to: m.resource, slot: m.wholeEvent ? nil : m.slot)
    } else if m.merge {
      st.touch(m.event)
      mergeSlots(m.event, m.slot, m.other, at: Int32(m.start))
    } else if m.kempe {
      _ = kempeChain(m.event, m.slot, to: Int32(m.start))
      applyChain(to: Int32(m.start))
    } else if m.other >= 0 {
      st.touch(m.event)
      st.touch(m.otherEvent)
      st.subStart[m.slot] = Int32(m.start)
      st.subStart[m.other] = Int32(m.from)
    } else {
      linkedBundle(m.event, m.slot)
      for (f, j) in bundle {
        st.touch(f)
        st.subStart[j] = Int32(m.start)
      }
    }
    _ = st.evaluate()
    st.commit()
  }

  /// The sub-events in a violated hard point, each once, into `conflicts`.
  mutating func conflictSlots(hard: Bool) {
    conflicts.removeAll(keepingCapacity: true)
    if md.G > 0 { buildHolders() }
    slotEpoch &+= 1
    if slotMark.count != st.subStart.count {
      slotMark = [UInt32](repeating: 0, count: st.subStart.count)
    }
    for p in 0..<st.pointCost.count where st.pointCost[p] > 0 {
      let m = Int(md.pointMonitor[p])
      if md.mHard[m] != hard { continue }
      let x = Int(md.pointTarget[p])
      switch md.mKind[m] {
      case .assignTime, .preferTimes, .splitEvents, .distributeSplitEvents, .movedStart,
        .preferPlaces:
        addSlots(x, -1, m)
      case .spreadEvents, .linkEvents, .unevenDays, .movedResource:
        for i in md.groupMembers.lower(x)..<md.groupMembers.upper(x) {
          addSlots(md.groupMembers[i], -1, m)
        }
      case .assignResource, .preferResources:
        addSlots(Int(md.roleEvent[x]), -1, m)
      case .avoidSplitAssignments:
        for i in md.groupRoles.lower(x)..<md.groupRoles.upper(x) {
          addSlots(Int(md.roleEvent[md.groupRoles[i]]), -1, m)
        }
      case .orderEvents:
        addSlots(Int(md.pairFirst[x]), -1, m)
        addSlots(Int(md.pairSecond[x]), -1, m)
      case .endsDay:
        // The event, and what its watched resources attend (one of them is the later one).
        addSlots(Int(md.endsDayEvent[x]), -1, m)
        for j in md.endsDayResources.lower(x)..<md.endsDayResources.upper(x) {
          let r = md.endsDayResources[j]
          for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
            addSlots(md.eventsOfResource[i], -1, m)
          }
        }
      case .patternTimes, .patternGroups, .patternFollowed, .huddles:
        let list = md.mKind[m] == .huddles ? md.huddleResources : md.patternResources
        for j in list.lower(x)..<list.upper(x) {
          let r = list[j]
          for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
            addSlots(md.eventsOfResource[i], -1, m)
          }
          for i in holderRange(r) { addSlots(Int(holderEvent[i]), -1, m) }
        }
      case .coverageCost, .overBudget:
        for r in md.coverageResources {
          let r = Int(r)
          for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
            addSlots(md.eventsOfResource[i], -1, m)
          }
          for i in holderRange(r) { addSlots(Int(holderEvent[i]), -1, m) }
        }
      case .demand:
        for e in demandOffenders(x) { addSlots(e, -1, m) }
      default:
        for i in md.eventsOfResource.lower(x)..<md.eventsOfResource.upper(x) {
          addSlots(md.eventsOfResource[i], x, m)
        }
        for i in holderRange(x) { addSlots(Int(holderEvent[i]), x, m) }
      }
    }
  }

  /// The events with a sub-event at a time over demand point `d`'s capacity: those that need
  /// a resource of its set and those its resources attend (repeats possible).
  func demandOffenders(_ d: Int) -> [Int] {
    var out: [Int] = []
    for i in md.demandEvents.lower(d)..<md.demandEvents.upper(d)
    where st.demandOffends(md.demandEvents[i], d) {
      out.append(md.demandEvents[i])
    }
    for j in md.demandResources.lower(d)..<md.demandResources.upper(d) {
      let r = md.demandResources[j]
      for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r)
      where st.demandOffends(md.eventsOfResource[i], d) {
        out.append(md.eventsOfResource[i])
      }
    }
    return out
  }

  /// Adds the slots of movable event `e`; for AvoidClashes and AvoidUnavailableTimes at
  /// resource `r` only those covering an offending time, for AssignTime only unassigned ones.
  mutating func addSlots(_ e: Int, _ r: Int, _ m: Int) {
    if md.fixedStart[e] >= 0 { return }
    let kind = md.mKind[m]
    let base = Int(md.subBase[e])
    for k in base..<base + Int(st.subCount[e]) where slotMark[k] != slotEpoch {
      let wanted =
        switch kind {
        case .assignTime: st.subStart[k] < 0
        case .avoidClashes, .avoidUnavailableTimes: slotOffends(k, resource: r, monitor: m)
        default: true
        }
      if wanted {
        slotMark[k] = slotEpoch
        conflicts.append((e, k))
      }
    }
  }
}
