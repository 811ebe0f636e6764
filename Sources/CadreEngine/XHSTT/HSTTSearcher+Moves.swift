/// Late-acceptance local search over sub-event starts and splits.
///
/// A candidate is accepted when it is no worse than the current cost or than the cost
/// `history` steps ago (compared hard first). When the best hard cost has not improved for
/// `stallSteps` steps, a burst of tabu repair runs (`repair(patience:)`), and from then on
/// moves are also accepted by annealing on the hard cost (temperature 0.3 to 0.03, reheating)
/// until it is 0; when a feasible search has not improved for 200,000 steps, a burst of tabu
/// polish on the soft cost runs (`polish(patience:)`); when the late acceptance has not
/// bettered its run's best for `HSTTModel.restartStall` steps once a feasible timetable is
/// known, the search starts again from a new construction (`restart`), the best so far kept
/// apart. Moves, all evaluated by re-scoring only the points the touched events reach:
/// relocate (a sub-event, or the bundle of sub-events a hard LinkEvents group keeps together,
/// to a random start), swap (two sub-events sharing a resource), Kempe chain (two times
/// exchanged along the resources' conflicts) and split/merge; with open roles, also resource
/// change and resource swap (`HSTTSearcher+Roles.swift`), drawn `resourceMoveShare` percent of
/// the time (no random number is drawn for them on instances without open roles, so those run
/// exactly as before).
extension HSTTSearcher {
  /// Percent of the moves that change resources, on instances with open roles: 30 while
  /// infeasible, 10 once feasible (the time moves then matter more for the soft cost).
  var resourceMoveShare: Int { st.hard > 0 ? 30 : 10 }
  /// Percent of the moves that clear a time for a short pattern (`clearForPattern`), while
  /// one is short (no random number is drawn for it otherwise).
  var patternMoveShare: Int { 5 }

  mutating func localSearch() {
    if md.movable.isEmpty { return }
    let length = md.historyLength
    var history = [Cost](repeating: st.cost, count: length)
    var sinceBest = 0
    // Late acceptance compares hard first, so on tightly packed instances it can stall with
    // hard cost left; then repair bursts and annealing on the hard cost take over.
    var annealing = false
    var temperature = 0.3
    var sinceHardBest = 0
    // Restarts (`restartStall`): the step at which the late acceptance last bettered this
    // run's best (a polish burst's find does not count), and after the first restart the
    // run's own best (before it, the best so far is the run's).
    var bestAt = steps
    var runStart = steps
    var runBest: Cost? = nil
    while tick() {
      var improvedHard = false
      if steps - hotBuiltAt >= 2000 { rebuildHot() }
      st.begin()
      let r = rng.below(100)
      let made: Bool
      var splitting = false
      var regioning = false
      if !patternHot.isEmpty && rng.chance(patternMoveShare) {
        made = clearForPattern()
      } else if md.G == 0 && st.hard == 0 && !regionHot.isEmpty
        && rng.below(1000) < Self.regionMoveShare
      {
        made = retimeRegion()
        regioning = true
      } else if md.idleMoveShare > 0 && !idleHot.isEmpty && rng.chance(md.idleMoveShare) {
        made = fillIdleTime()
      } else if md.G > 0 && rng.chance(resourceMoveShare) {
        let kind = rng.below(10)
        made = kind < 6 ? resourceChange() : (kind < 8 ? resourceSwap() : resourceKempe())
      } else if r < 50 {
        made = relocate()
      } else if r < 78 {
        made = swap()
      } else if r < 90 {
        made = kempe()
      } else {
        made = splitOrMerge()
        splitting = true
      }
      if !made {
        st.rollback()
        continue
      }
      let before = Cost(hard: st.hardBefore, soft: st.softBefore)
      let c = st.evaluate()
      let v = steps % length
      var accept = c <= before || c <= history[v]
      // With open roles (AustraliaBGHS98: required splits, and clashes that a cut piece can
      // dodge), a split or merge may not raise the infeasibility: late acceptance would let
      // splits pile up that only a merge with a new place undoes.
      if splitting && md.G > 0 && c.hard > before.hard { accept = false }
      // A region move is taken only when it costs no more: its candidates are already the
      // best of several, and a worse one accepted by the history undoes what it arranged.
      if regioning && c > before { accept = false }
      if annealing && !accept {
        let delta = Double(c.hard - before.hard) + 0.001 * Double(c.soft - before.soft)
        accept = rng.unit() < Self.exponential(-delta / temperature)
      }
      if annealing {
        temperature *= 0.99999
        if temperature < 0.03 { temperature = 0.3 }
      }
      if accept {
        st.commit()
        if c < (runBest ?? bestCost) {
          runBest = runBest.map { _ in c }
          bestAt = steps
          sinceBest = 0
        }
        if c < bestCost {
          improvedHard = c.hard < bestCost.hard
          offerBest()
        }
      } else {
        st.rollback()
      }
      history[v] = st.cost
      sinceBest += 1
      sinceHardBest = improvedHard || bestCost.hard == 0 ? 0 : sinceHardBest + 1
      if sinceHardBest > TabuBurst.stallSteps && st.hard > 0 {
        // Stalled on hard cost: chains for the empty and double-booked roles, a burst of tabu
        // repair, then annealing until feasible.
        if md.G > 0 { fillByChains() }
        repair(patience: TabuBurst.repairPatience)
        phase = "improve"
        if bestCost <= budget.target { stop = .target }
        if stop != nil { return }
        for i in history.indices { history[i] = st.cost }
        sinceHardBest = 0
        annealing = st.hard > 0
      } else if annealing && st.hard == 0 {
        annealing = false
        for i in history.indices { history[i] = st.cost }
      }
      #if CADRE_INTERNAL_CHECKS
        if steps & 4095 == 0 {
          var copy = st
          copy.recount()
          precondition(copy.cost == st.cost, "incremental \(st.cost) != recount \(copy.cost)")
        }
      #endif
      if bestCost <= budget.target {
        stop = .target
        return
      }
      // A run that took long to find its best may find better again: it restarts only after
      // stalling for as long as that took (the Brazilian instances improve late; small ones
      // settle within the first million steps).
      if md.restartStall > 0 && start == nil && bestCost.hard == 0
        && steps - bestAt > max(md.restartStall, bestAt - runStart)
      {
        restart()
        if stop != nil { return }
        runBest = st.cost
        bestAt = steps
        runStart = steps
        for i in history.indices { history[i] = st.cost }
        sinceBest = 0
        sinceHardBest = 0
        annealing = false
        offerBest()
        continue
      }
      if sinceBest > 200_000 && (st.hard > 0 || md.polishOnStall) {
        // Stagnation: a burst of tabu search on the soft cost, then forget the late-acceptance
        // memory so it can climb out again.
        if st.hard == 0 {
          polish(patience: TabuBurst.polishPatience)
          phase = "improve"
          if bestCost <= budget.target { stop = .target }
          if stop != nil { return }
        }
        for i in history.indices { history[i] = Cost(hard: st.hard + 1, soft: st.soft) }
        sinceBest = 0
      }
    }
  }

  /// e^x for x <= 0 (0 below −40), to about 1e-7 relative: 2^(x log2 e) split into an
  /// exponent and a degree-5 polynomial for the fraction. No libm needed for acceptance tests.
  static func exponential(_ x: Double) -> Double {
    if x < -40 { return 0 }
    let y = x * 1.442_695_040_888_963_4
    let i = y.rounded(.down)
    let f = y - i
    let p =
      1 + f
      * (0.693_147_180_559_945_3 + f
        * (0.240_226_506_959_100_7 + f
          * (0.055_504_108_664_821_58 + f
            * (0.009_618_129_107_628_477 + f * 0.001_333_355_814_642_844_3))))
    return p * Double(sign: .plus, exponent: Int(i), significand: 1)
  }

  /// Events in a costly point, hard points first while hard cost remains.
  mutating func rebuildHot() {
    hotBuiltAt = steps
    if md.G > 0 { buildHolders() }
    hot.removeAll(keepingCapacity: true)
    patternHot.removeAll(keepingCapacity: true)
    idleHot.removeAll(keepingCapacity: true)
    regionHot.removeAll(keepingCapacity: true)
    let wantHard = st.hard > 0
    var mark = [Bool](repeating: false, count: md.E)
    func add(_ e: Int) {
      if !mark[e] && md.fixedStart[e] < 0 {
        mark[e] = true
        hot.append(Int32(e))
      }
    }
    for p in 0..<st.pointCost.count where st.pointCost[p] > 0 {
      let m = Int(md.pointMonitor[p])
      if md.mHard[m] != wantHard { continue }
      let x = Int(md.pointTarget[p])
      if md.mKind[m] == .limitIdleTimes { idleHot.append(Int32(p)) }
      if md.mKind[m] == .limitIdleTimes || md.mKind[m] == .clusterBusyTimes {
        regionHot.append(Int32(p))
      }
      switch md.mKind[m] {
      case .assignTime, .preferTimes, .splitEvents, .distributeSplitEvents, .movedStart,
        .preferPlaces:
        add(x)
      case .spreadEvents, .linkEvents, .unevenDays, .movedResource:
        for i in md.groupMembers.lower(x)..<md.groupMembers.upper(x) { add(md.groupMembers[i]) }
      case .assignResource, .preferResources: add(Int(md.roleEvent[x]))
      case .avoidSplitAssignments:
        for i in md.groupRoles.lower(x)..<md.groupRoles.upper(x) {
          add(Int(md.roleEvent[md.groupRoles[i]]))
        }
      case .orderEvents:
        add(Int(md.pairFirst[x]))
        add(Int(md.pairSecond[x]))
      case .endsDay:
        // The event, and the events of its watched resources: moving either may fix it.
        add(Int(md.endsDayEvent[x]))
        for j in md.endsDayResources.lower(x)..<md.endsDayResources.upper(x) {
          let r = md.endsDayResources[j]
          for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
            add(md.eventsOfResource[i])
          }
        }
      case .patternTimes, .patternGroups, .patternFollowed, .huddles:
        patternHot.append(Int32(p))
        let list = md.mKind[m] == .huddles ? md.huddleResources : md.patternResources
        for j in list.lower(x)..<list.upper(x) {
          let r = list[j]
          for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
            add(md.eventsOfResource[i])
          }
          for i in holderRange(r) { add(Int(holderEvent[i])) }
        }
      case .coverageCost, .overBudget:
        // The events the priced resources attend: handing one to someone else saves.
        for r in md.coverageResources {
          let r = Int(r)
          for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
            add(md.eventsOfResource[i])
          }
          for i in holderRange(r) { add(Int(holderEvent[i])) }
        }
      case .demand:
        for e in demandOffenders(x) { add(e) }
      case .avoidClashes, .avoidUnavailableTimes:
        // Only the events at the offending times.
        for i in md.eventsOfResource.lower(x)..<md.eventsOfResource.upper(x) {
          let e = md.eventsOfResource[i]
          if coversOffendingTime(e, resource: x, monitor: m) { add(e) }
        }
        for i in holderRange(x)
        where coversOffendingTime(Int(holderEvent[i]), resource: x, monitor: m) {
          add(Int(holderEvent[i]))
        }
      default:
        for i in md.eventsOfResource.lower(x)..<md.eventsOfResource.upper(x) {
          add(md.eventsOfResource[i])
        }
        for i in holderRange(x) { add(Int(holderEvent[i])) }
      }
    }
  }

  /// Positions in `holderEvent`/`holderSlot` of the sub-events holding resource `r` (empty
  /// when no role is filled or `buildHolders` has not run).
  func holderRange(_ r: Int) -> Range<Int> {
    holderOffsets.count == md.R + 1 ? Int(holderOffsets[r])..<Int(holderOffsets[r + 1]) : 0..<0
  }

  /// Indexes, per resource, the sub-events whose roles hold it (`holderOffsets`,
  /// `holderEvent`, `holderSlot`), by counting sort.
  /// - Complexity: O(R + sub-events × roles of the events with roles).
  mutating func buildHolders() {
    if holderOffsets.count != md.R + 1 { holderOffsets = [Int32](repeating: 0, count: md.R + 1) }
    for r in holderOffsets.indices { holderOffsets[r] = 0 }
    holderEvent.removeAll(keepingCapacity: true)
    holderSlot.removeAll(keepingCapacity: true)
    for pass in 0..<2 {
      for e in 0..<md.E where md.roleCount(e) > 0 {
        let base = Int(md.subBase[e])
        for k in base..<base + Int(st.subCount[e]) {
          for j in 0..<md.roleCount(e) {
            let r = Int(st.subRes[md.assignIndex(e, k, j)])
            if r < 0 { continue }
            if pass == 0 {
              holderOffsets[r + 1] += 1
            } else {
              let at = Int(holderFill[r])
              holderFill[r] += 1
              holderEvent[at] = Int32(e)
              holderSlot[at] = Int32(k)
            }
          }
        }
      }
      if pass == 0 {
        for r in 0..<md.R { holderOffsets[r + 1] += holderOffsets[r] }
        holderFill = Array(holderOffsets.dropLast())
        let n = Int(holderOffsets[md.R])
        holderEvent = [Int32](repeating: 0, count: n)
        holderSlot = [Int32](repeating: 0, count: n)
      }
    }
  }

  /// Whether a started sub-event of `e` covers a time where resource `r` clashes
  /// (AvoidClashes) or is unavailable (AvoidUnavailableTimes monitor `m`).
  func coversOffendingTime(_ e: Int, resource r: Int, monitor m: Int) -> Bool {
    let base = Int(md.subBase[e])
    return (base..<base + Int(st.subCount[e])).contains { slotOffends($0, resource: r, monitor: m) }
  }

  /// Whether sub-event slot `k`, if started, covers a time where resource `r` clashes
  /// (AvoidClashes) or is unavailable (AvoidUnavailableTimes monitor `m`).
  func slotOffends(_ k: Int, resource r: Int, monitor m: Int) -> Bool {
    let s = Int(st.subStart[k])
    if s < 0 { return false }
    let clash = md.mKind[m] == .avoidClashes
    for t in s..<min(md.T, s + Int(st.subDur[k])) {
      if clash {
        if st.busy[r * md.T + t] > 1 { return true }
      } else if md.monitorMask[m * md.words + t >> 6] & (1 << UInt64(t & 63)) != 0 {
        return true
      }
    }
    return false
  }

  /// A movable event: half the time one from `hot`.
  mutating func pickEvent() -> Int {
    if !hot.isEmpty && rng.chance(50) { return Int(hot[rng.below(hot.count)]) }
    return Int(md.movable[rng.below(md.movable.count)])
  }

  /// A random sub-event slot of `e`.
  mutating func pickSlot(_ e: Int) -> Int {
    Int(md.subBase[e]) + rng.below(Int(st.subCount[e]))
  }

  /// One sub-event (or its linked bundle) to a random other start.
  mutating func relocate() -> Bool {
    let e = pickEvent()
    let k = pickSlot(e)
    let d = Int(st.subDur[k])
    let old = Int(st.subStart[k])
    collectBundle(e, k)
    let s = rng.chance(15) ? cheapestStart(d, excluding: old) : rng.below(md.T - d + 1)
    if s == old { return false }
    for (f, j) in bundle {
      if Int(st.subDur[j]) + s > md.T { return false }
      st.touch(f)
      st.subStart[j] = Int32(s)
    }
    if md.G > 0 && rng.chance(50) {
      for (f, j) in bundle where md.roleCount(f) > 0 { freeRoles(f, j) }
    }
    return true
  }

  /// The start (other than `excluding`) where the current `bundle` costs least, random among
  /// equals; one full evaluation per start. Every start while hard cost remains; once there is
  /// none, a sample of `md.probeStarts` starts where the problem sets one (0: every start).
  mutating func cheapestStart(_ d: Int, excluding: Int) -> Int {
    var mask = [UInt64](repeating: 0, count: md.words)
    if md.probeStarts > 0 && st.hard == 0 {
      for _ in 0..<md.probeStarts {
        let s = rng.below(md.T - d + 1)
        if s != excluding { mask[s >> 6] |= 1 << UInt64(s & 63) }
      }
    } else {
      for s in 0...max(0, md.T - d) where s != excluding { mask[s >> 6] |= 1 << UInt64(s & 63) }
    }
    let s = cheapestStart(in: mask)
    st.begin()
    return s < 0 ? excluding : s
  }

  /// The sub-events that a hard LinkEvents group of `e` keeps together with slot `k`: those of
  /// the group's other events with the same start and duration (just `k` when none).
  mutating func collectBundle(_ e: Int, _ k: Int) {
    if md.linkGroupsOfEvent.count(e) == 0 || st.subStart[k] < 0 || rng.chance(10) {
      bundle.removeAll(keepingCapacity: true)
      bundle.append((e, k))
      return
    }
    linkedBundle(e, k)
  }

  /// Two sub-events of events sharing a resource exchange their starts.
  mutating func swap() -> Bool {
    let e = pickEvent()
    let n = md.resourcesOfEvent.count(e)
    if n == 0 { return false }
    let r = md.resourcesOfEvent[md.resourcesOfEvent.lower(e) + rng.below(n)]
    let m = md.eventsOfResource.count(r)
    let f = md.eventsOfResource[md.eventsOfResource.lower(r) + rng.below(m)]
    if f == e || md.fixedStart[f] >= 0 { return false }
    let a = pickSlot(e)
    let b = pickSlot(f)
    let sa = st.subStart[a]
    let sb = st.subStart[b]
    if sa == sb || sa < 0 || sb < 0 { return false }
    if Int(sb) + Int(st.subDur[a]) > md.T || Int(sa) + Int(st.subDur[b]) > md.T { return false }
    st.touch(e)
    st.touch(f)
    st.subStart[a] = sb
    st.subStart[b] = sa
    return true
  }

  /// A Kempe chain from a random one-time sub-event to a random other time.
  mutating func kempe() -> Bool {
    let e = pickEvent()
    let k = pickSlot(e)
    let t2 = Int32(rng.below(md.T))
    if !kempeChain(e, k, to: t2) { return false }
    applyChain(to: t2)
    return true
  }

  /// Moves every sub-event of `chain` to the other of its two times.
  mutating func applyChain(to t2: Int32) {
    for (f, j) in chain {
      st.touch(f)
      st.subStart[j] = st.subStart[j] == t2 ? chainFrom : t2
    }
  }

  /// Fills `chain` with a Kempe chain: one-time sub-event `k` of `e` moves from its start t1
  /// to `t2`, the one-time sub-events at t2 sharing a resource with it move to t1, and so on
  /// until no resource is double-booked by the exchange. False when `k` is not a started
  /// one-time sub-event, the chain reaches a fixed or longer sub-event, or it grows past 40.
  mutating func kempeChain(_ e: Int, _ k: Int, to t2: Int32) -> Bool {
    if st.subDur[k] != 1 || st.subStart[k] < 0 || st.subStart[k] == t2 { return false }
    let t1 = st.subStart[k]
    chainFrom = t1
    chain.removeAll(keepingCapacity: true)
    chain.append((e, k))
    chainEpoch &+= 1
    if chainMark.count != st.subStart.count {
      chainMark = [UInt32](repeating: 0, count: st.subStart.count)
    }
    chainMark[k] = chainEpoch
    var i = 0
    while i < chain.count {
      let (f, j) = chain[i]
      i += 1
      if chain.count > 40 { return false }
      let target = st.subStart[j] == t1 ? t2 : t1
      for x in md.resourcesOfEvent.lower(f)..<md.resourcesOfEvent.upper(f) {
        let r = md.resourcesOfEvent[x]
        for y in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
          let g = md.eventsOfResource[y]
          let base = Int(md.subBase[g])
          for z in base..<base + Int(st.subCount[g]) where st.subStart[z] == target {
            if chainMark[z] == chainEpoch { continue }
            if md.fixedStart[g] >= 0 || st.subDur[z] != 1 { return false }
            chainMark[z] = chainEpoch
            chain.append((g, z))
          }
        }
      }
    }
    return true
  }

  /// Cuts a sub-event in two (the new part next to it or at a random start), or merges two
  /// sub-events of one event into one at the first's start.
  mutating func splitOrMerge() -> Bool {
    let e = pickEvent()
    let base = Int(md.subBase[e])
    let n = Int(st.subCount[e])
    if md.duration[e] < 2 || !md.splitRuled[e] { return false }
    if n >= 2 && rng.chance(50) {
      let a = base + rng.below(n)
      var b = base + rng.below(n - 1)
      if b >= a { b += 1 }
      let d = st.subDur[a] + st.subDur[b]
      var s = st.subStart[a] < 0 ? st.subStart[b] : st.subStart[a]
      if s >= 0 && Int(s) + Int(d) > md.T { s = Int32(md.T) - d }
      st.touch(e)
      st.subDur[a] = d
      st.subStart[a] = s
      let last = base + n - 1
      st.subDur[b] = st.subDur[last]
      st.subStart[b] = st.subStart[last]
      copyRoles(e, from: last, to: b)
      st.subCount[e] = Int32(n - 1)
      return true
    }
    let a = base + rng.below(n)
    let d = Int(st.subDur[a])
    if d < 2 { return false }
    let cut = 1 + rng.below(d - 1)
    let rest = d - cut
    let s = Int(st.subStart[a])
    var newStart: Int
    if s >= 0 && rng.chance(50) {
      newStart = s + cut
    } else {
      newStart = rng.below(md.T - rest + 1)
    }
    if newStart + rest > md.T { newStart = md.T - rest }
    st.touch(e)
    st.subDur[a] = Int32(cut)
    st.subDur[base + n] = Int32(rest)
    st.subStart[base + n] = Int32(newStart)
    copyRoles(e, from: a, to: base + n)
    st.subCount[e] = Int32(n + 1)
    return true
  }

  /// Sub-event slot `to` of `e` takes the role resources of slot `from` (a new piece keeps
  /// its teacher).
  mutating func copyRoles(_ e: Int, from: Int, to: Int) {
    for j in 0..<md.roleCount(e) {
      st.subRes[md.assignIndex(e, to, j)] = st.subRes[md.assignIndex(e, from, j)]
    }
  }
}
