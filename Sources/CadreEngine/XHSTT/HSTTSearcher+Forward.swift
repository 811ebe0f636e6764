/// Construction by iterative forward search: the most constrained unplaced sub-event first
/// (MRV), placed at its cheapest start among those it can take without a required clash; when
/// it has none, placed where the placed sub-events it conflicts with weigh least, and those go
/// back to the unplaced ones (conflict-directed ejection, as in FET's recursive swapping and
/// Müller's iterative forward search). A sub-event weighs 1 plus a quarter of the times it has
/// been ejected, so the ejections move on to the sub-events that are easy to place again
/// (Müller's conflict statistics in their simplest form): on FET's Brazil, a full 5 × 5 grid,
/// the unweighted count wandered with 40 to 130 sub-events still open after its budget of
/// steps; weighted, every sub-event was placed after 1,300 to 5,500 steps (seeds 1-8), though
/// with 8-10 teachers over their days until `vacate` ejected whole days for them (slower to
/// place everything, faster to a feasible timetable).
///
/// A sub-event's *domain* is read from bit masks: the starts its required PreferTimes points
/// allow (for its duration), where every time it would take is free for each of its
/// resources (preassigned and role-held) that a required AvoidClashes point watches, and not
/// among a required AvoidUnavailableTimes point's times; less the time groups that a required
/// maximum already at its limit closes (a SpreadEvents group with its maximum of sub-events
/// there, a ClusterBusyTimes resource busy in its maximum of groups, a LimitBusyTimes group
/// where the resource is busy its maximum of times). The domain is forward checking on those
/// rules; the value among it is chosen by the full evaluation (hard, then soft), so the other
/// rules steer it too. Ejection: a start of the static domain (preferred times, unavailable
/// times, and the times of fixed events and of sub-events already placed when the construction
/// begins) is scored by the placed movable sub-events that share a watched resource at its
/// times or that a spread maximum there would exceed. A sub-event is not
/// placed back at the start it was just ejected from unless it has no other; one choice in
/// twenty is a random start of its static domain (noise against cycles).
///
/// It stops when every sub-event is placed or after `rounds` × the sub-events steps (each one
/// step of the budget); `construct()` then places what is left greedily. Each step scans the
/// open sub-events' domains (at most `scan` of them, drawn at random past that).
extension HSTTSearcher {
  mutating func forwardConstruct(rounds: Int = 20, scan: Int = 300) {
    let W = md.words
    var tables = ForwardTables(md, st)
    var open: [Int32] = []
    var slotEvent = [Int32](repeating: -1, count: st.subDur.count)
    for e32 in md.movable {
      let base = Int(md.subBase[Int(e32)])
      for k in base..<base + Int(st.subCount[Int(e32)]) {
        slotEvent[k] = e32
        if st.subStart[k] < 0 { open.append(Int32(k)) }
      }
    }
    if open.isEmpty { return }
    var lastStart = [Int32](repeating: -1, count: st.subDur.count)
    var ejections = [Int32](repeating: 0, count: st.subDur.count)
    var starts = [UInt64](repeating: 0, count: W)
    var bestStarts = [UInt64](repeating: 0, count: W)
    var conflicts: [(event: Int, slot: Int)] = []
    // Each open sub-event's MRV key and domain, recomputed only when a placement or ejection
    // may have changed it (`dirty`): the scan is then the same as recomputing every domain,
    // at a fraction of the cost (FET's Lom: 157 of 216 million instructions were domains).
    var key = [Int](repeating: 0, count: st.subDur.count)
    var domains = [UInt64](repeating: 0, count: st.subDur.count * W)
    var dirty = [Bool](repeating: true, count: st.subDur.count)
    var limit = rounds * open.count + 100
    while !open.isEmpty && limit > 0 {
      limit -= 1
      if !tick() { return }
      // MRV: the open sub-event with the fewest starts (longest, then most resources, first).
      // Past `scan` open sub-events, a random sample of that many is scanned (the scan is
      // O(open) domain computations per step).
      var pick = -1
      var pickKey = Int.max
      let sampled = open.count > scan
      for x in 0..<min(open.count, scan) {
        let i = sampled ? rng.below(open.count) : x
        let k = Int(open[i])
        if dirty[k] {
          let e = Int(slotEvent[k])
          let n = tables.domain(e, k, st, &starts, free: true)
          key[k] = (n * 64 - Int(st.subDur[k])) * 64 - min(63, md.resourcesOfEvent.count(e))
          for w in 0..<W { domains[k * W + w] = starts[w] }
          dirty[k] = false
        }
        if key[k] < pickKey || (key[k] == pickKey && rng.chance(30)) {
          (pick, pickKey) = (i, key[k])
          for w in 0..<W { bestStarts[w] = domains[k * W + w] }
        }
      }
      let k = Int(open[pick])
      let e = Int(slotEvent[k])
      let d = Int(st.subDur[k])
      linkedBundle(e, k)
      for (f, j) in bundle.dropFirst() {
        var other = [UInt64](repeating: 0, count: W)
        _ = tables.domain(f, j, st, &other, free: true)
        for w in 0..<W { bestStarts[w] &= other[w] }
      }
      var chosen = -1
      if bestStarts.contains(where: { $0 != 0 }) && !rng.chance(5) {
        chosen = cheapestStart(in: bestStarts)
        conflicts.removeAll(keepingCapacity: true)
      } else {
        _ = tables.domain(e, k, st, &starts, free: false)
        chosen = fewestConflicts(
          e, k, d, starts, avoid: Int(lastStart[k]), ejections, &tables, &conflicts)
      }
      open.swapAt(pick, open.count - 1)
      open.removeLast()
      if chosen < 0 { continue }
      st.begin()
      for (f, j) in conflicts {
        ejections[j] += 1
        st.touch(f)
        st.subStart[j] = -1
        lastStart[j] = Int32(chosen)
        open.append(Int32(j))
      }
      for (f, j) in bundle {
        st.touch(f)
        st.subStart[j] = Int32(chosen)
        if let at = open.firstIndex(of: Int32(j)) {
          open.swapAt(at, open.count - 1)
          open.removeLast()
        }
      }
      _ = st.evaluate()
      st.commit()
      for (f, j) in conflicts { tables.touched(f, j, st, &dirty) }
      for (f, j) in bundle { tables.touched(f, j, st, &dirty) }
    }
  }

  /// The start in `mask` where the current `bundle` costs least (random among equals).
  mutating func cheapestStart(in mask: [UInt64]) -> Int {
    var best = Cost.worst
    var chosen = -1
    var ties = 0
    st.begin()
    for (f, _) in bundle { st.touch(f) }
    for w in mask.indices {
      var bits = mask[w]
      while bits != 0 {
        let s = w * 64 + bits.trailingZeroBitCount
        bits &= bits - 1
        for (_, j) in bundle { st.subStart[j] = Int32(s) }
        let c = st.evaluate()
        st.retract()
        if c < best {
          (best, chosen, ties) = (c, s, 1)
        } else if c == best {
          ties += 1
          if rng.below(ties) == 0 { chosen = s }
        }
      }
    }
    st.rollback()
    return chosen
  }

  /// The start among `mask` (a static domain) whose times hold the placed movable sub-events
  /// of least weight on the bundle's watched resources (each 1 + its `ejections` / 4), random
  /// among equals, `avoid` only when it is the one start; those sub-events are left in
  /// `conflicts`. −1 when `mask` is empty.
  mutating func fewestConflicts(
    _ e: Int, _ k: Int, _ d: Int, _ mask: [UInt64], avoid: Int, _ ejections: [Int32],
    _ tables: inout ForwardTables, _ conflicts: inout [(event: Int, slot: Int)]
  ) -> Int {
    var candidates: [Int] = []
    for w in mask.indices {
      var bits = mask[w]
      while bits != 0 {
        candidates.append(w * 64 + bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
    conflicts.removeAll(keepingCapacity: true)
    if candidates.isEmpty { return -1 }
    if candidates.count > 1, let at = candidates.firstIndex(of: avoid) {
      candidates.remove(at: at)
    }
    tables.prepare(bundle, st)
    if rng.chance(5) {
      let s = candidates[rng.below(candidates.count)]
      tables.conflicting(bundle, s, d, st, &conflicts)
      return s
    }
    var best = Int.max
    var chosen = -1
    var ties = 0
    for s in candidates {
      // A start already dearer than the best is dropped as soon as its sum shows it.
      let n = tables.conflicting(bundle, s, d, st, &conflicts, weights: ejections, bound: best)
      if n < best {
        (best, chosen, ties) = (n, s, 1)
      } else if n == best {
        ties += 1
        if rng.below(ties) == 0 { chosen = s }
      }
    }
    tables.conflicting(bundle, chosen, d, st, &conflicts)
    return chosen
  }
}

/// What the forward construction reads besides the state: per resource, whether a required
/// AvoidClashes point watches it, its required unavailable times, the times taken when the
/// construction began (fixed events, pre-placed sub-events), and the movable events that use
/// it (preassigned or through a role).
struct ForwardTables {
  let md: HSTTModel
  var watched: [Bool]
  var unavailable: [UInt64]
  /// Per resource, the times its soft AvoidUnavailableTimes points name (the region move's
  /// order puts them last).
  var avoided: [UInt64]
  var fixedBits: [UInt64]
  var users: [[Int32]]
  var seen: [UInt32]
  var epoch: UInt32 = 0
  /// Scratch for `fullSpreads`.
  var full: [(group: Int, timeGroup: Int)] = []
  var groupStarts: [Int] = []
  var scratch: [UInt64]
  /// Per member of the bundle that `prepare` saw, what `conflicting` reads that no start
  /// changes: its full spread limits (`fullSpreads`) and its resources' required busy-groups
  /// maxima (`BusyCap`), and each resource's placed sub-events (`heldOf`). Computed once per
  /// sub-event rather than once per start it probes (with the flat caps and the early drop in
  /// `fewestConflicts`): FET's Brazil construction, 8,100 steps, 1,254 → 559 M instructions.
  var memberFull: [[(group: Int, timeGroup: Int)]] = []
  var candidateGroups: [Int] = []
  /// Per resource of the bundle, the placed sub-events it attends (`listHeld`): event, slot
  /// and start, in `heldList[range]`.
  var heldOf: [(resource: Int, range: Range<Int>)] = []
  var heldList: [(event: Int32, slot: Int32, start: Int32)] = []

  /// A resource's required ClusterBusyTimes maximum: its time groups (`capGroups[groups]`),
  /// and whether the resource is busy in each and has fixed attendance there (a group
  /// `vacate` cannot empty), flat so that reading a cap copies no array.
  struct BusyCap {
    var resource: Int
    var hi: Int
    var groups: Range<Int>
  }
  var capGroups: [Int] = []
  var capBusy: [Bool] = []
  var capFixed: [Bool] = []
  /// Per member of the bundle, its caps in `caps[memberCaps[member]]`.
  var caps: [BusyCap] = []
  var memberCaps: [Range<Int>] = []

  init(_ md: HSTTModel, _ st: HSTTState) {
    self.md = md
    let W = md.words
    watched = [Bool](repeating: false, count: md.R)
    unavailable = [UInt64](repeating: 0, count: md.R * W)
    avoided = [UInt64](repeating: 0, count: md.R * W)
    for p in 0..<md.pointMonitor.count {
      let m = Int(md.pointMonitor[p])
      guard md.mWeight[m] > 0 else { continue }
      let r = Int(md.pointTarget[p])
      switch md.mKind[m] {
      case .avoidClashes where md.mHard[m]: watched[r] = true
      case .avoidUnavailableTimes where md.mHard[m]:
        for w in 0..<W { unavailable[r * W + w] |= md.monitorMask[m * W + w] }
      case .avoidUnavailableTimes:
        for w in 0..<W { avoided[r * W + w] |= md.monitorMask[m * W + w] }
      default: break
      }
    }
    fixedBits = st.bits
    users = [[Int32]](repeating: [], count: md.R)
    for e32 in md.movable {
      let e = Int(e32)
      for i in md.resourcesOfEvent.lower(e)..<md.resourcesOfEvent.upper(e) {
        let r = md.resourcesOfEvent[i]
        if users[r].last != e32 { users[r].append(e32) }
      }
      let a = Int(md.assignBase[e])
      for i in 0..<Int(st.subCount[e]) * md.roleCount(e) {
        let r = Int(st.subRes[a + i])
        if r >= 0 && !users[r].contains(e32) { users[r].append(e32) }
      }
    }
    seen = [UInt32](repeating: 0, count: st.subDur.count)
    scratch = [UInt64](repeating: 0, count: W)
  }

  /// Writes into `starts` the starts sub-event `k` of event `e` may take and returns their
  /// number: by its required PreferTimes points, inside the times, and with every time free
  /// (`free`: of all attendance now; otherwise only of what was placed when the construction
  /// began) on its watched resources and outside their unavailable times.
  mutating func domain(
    _ e: Int, _ k: Int, _ st: HSTTState, _ starts: inout [UInt64], free: Bool
  ) -> Int {
    let W = md.words
    let taken = free ? st.bits : fixedBits
    for w in 0..<W { scratch[w] = ~0 }
    func exclude(_ r: Int) {
      for w in 0..<W {
        scratch[w] &= ~unavailable[r * W + w]
        if watched[r] { scratch[w] &= ~taken[r * W + w] }
      }
    }
    md.forEachResource(e, k, st.subRes, exclude)
    // Starts whose d times are all free: AND of the free mask shifted by 0..<d.
    let d = Int(st.subDur[k])
    for w in 0..<W { starts[w] = scratch[w] }
    if d > 1 {
      for _ in 1..<d {
        for w in 0..<W {
          let high = w + 1 < W ? scratch[w + 1] << 63 : 0
          scratch[w] = scratch[w] >> 1 | high
          starts[w] &= scratch[w]
        }
      }
    }
    // Inside the times: s + d ≤ T.
    let last = md.T - d
    for w in 0..<W {
      let lo = w * 64
      if last < lo {
        starts[w] = 0
      } else if last < lo + 63 {
        starts[w] &= (UInt64(1) << UInt64(last - lo + 1)) &- 1
      }
    }
    for i in md.eventPoints.lower(e)..<md.eventPoints.upper(e) {
      let m = Int(md.pointMonitor[md.eventPoints[i]])
      guard md.mKind[m] == .preferTimes && md.mHard[m] && md.mWeight[m] > 0 else { continue }
      let pd = Int(md.mParam[m * 4])
      if pd >= 0 && pd != d { continue }
      for w in 0..<W { starts[w] &= md.monitorMask[m * W + w] }
    }
    if free { restrict(e, k, st, &starts) }
    var n = 0
    for w in 0..<W { n += starts[w].nonzeroBitCount }
    return n
  }

  /// Marks dirty every sub-event whose `domain(free: true)` a move of sub-event `j` of event
  /// `f` may change: those of the events that use one of its resources (their attendance and
  /// busy limits) or share an event group with `f` (spread limits).
  func touched(_ f: Int, _ j: Int, _ st: HSTTState, _ dirty: inout [Bool]) {
    func event(_ g: Int) {
      let base = Int(md.subBase[g])
      for x in base..<base + Int(st.subCount[g]) { dirty[x] = true }
    }
    event(f)
    md.forEachResource(f, j, st.subRes) { r in
      for g in users[r] { event(Int(g)) }
    }
    for gi in md.groupsOfEvent.lower(f)..<md.groupsOfEvent.upper(f) {
      let g = md.groupsOfEvent[gi]
      for x in md.groupMembers.lower(g)..<md.groupMembers.upper(g) { event(md.groupMembers[x]) }
    }
  }

  /// Removes the starts that would break a required maximum now at its limit: a SpreadEvents
  /// time group already holding its maximum of the group's sub-events, a ClusterBusyTimes
  /// resource busy in its maximum of time groups (the others are closed to it), a
  /// LimitBusyTimes time group where the resource is busy its maximum of times.
  mutating func restrict(_ e: Int, _ k: Int, _ st: HSTTState, _ starts: inout [UInt64]) {
    let W = md.words
    fullSpreads(e, st)
    for (_, tg) in full {
      for w in 0..<W { starts[w] &= ~md.groupMask[tg * W + w] }
    }
    func resource(_ r: Int) {
      for pi in md.resourcePoints.lower(r)..<md.resourcePoints.upper(r) {
        let m = Int(md.pointMonitor[md.resourcePoints[pi]])
        guard md.mHard[m] && md.mWeight[m] > 0 else { continue }
        let hi = Int(md.mParam[m * 4 + 1])
        if md.mKind[m] == .clusterBusyTimes {
          var used = 0
          for i in md.mGroups.lower(m)..<md.mGroups.upper(m) where st.busyIn(r, md.mGroups[i]) > 0 {
            used += 1
          }
          if used < hi { continue }
          for i in md.mGroups.lower(m)..<md.mGroups.upper(m) where st.busyIn(r, md.mGroups[i]) == 0
          {
            for w in 0..<W { starts[w] &= ~md.groupMask[md.mGroups[i] * W + w] }
          }
        } else if md.mKind[m] == .limitBusyTimes {
          for i in md.mGroups.lower(m)..<md.mGroups.upper(m) where st.busyIn(r, md.mGroups[i]) >= hi
          {
            for w in 0..<W { starts[w] &= ~md.groupMask[md.mGroups[i] * W + w] }
          }
        }
      }
    }
    md.forEachResource(e, k, st.subRes, resource)
  }

  /// The (event group, time group) pairs of event `e`'s required SpreadEvents limits that
  /// already hold their maximum of sub-events, into `full`.
  mutating func fullSpreads(_ e: Int, _ st: HSTTState) {
    full.removeAll(keepingCapacity: true)
    for gi in md.groupsOfEvent.lower(e)..<md.groupsOfEvent.upper(e) {
      let g = md.groupsOfEvent[gi]
      var listed = false
      for pi in md.groupPoints.lower(g)..<md.groupPoints.upper(g) {
        let m = Int(md.pointMonitor[md.groupPoints[pi]])
        guard md.mKind[m] == .spreadEvents && md.mHard[m] && md.mWeight[m] > 0 else { continue }
        if !listed {
          // The starts of the group's sub-events, once per group rather than per time group.
          listed = true
          groupStarts.removeAll(keepingCapacity: true)
          for x in md.groupMembers.lower(g)..<md.groupMembers.upper(g) {
            let f = md.groupMembers[x]
            let base = Int(md.subBase[f])
            for j in base..<base + Int(st.subCount[f]) where st.subStart[j] >= 0 {
              groupStarts.append(Int(st.subStart[j]))
            }
          }
        }
        var i = md.mGroups.lower(m)
        while i + 2 < md.mGroups.upper(m) {
          let tg = md.mGroups[i]
          var n = 0
          for s in groupStarts where md.groupHolds(tg, s) {
            n += 1
          }
          if n >= md.mGroups[i + 2] { full.append((g, tg)) }
          i += 3
        }
      }
    }
  }

  /// The placed movable sub-events (other than the bundle's) that a watched resource of the
  /// bundle would meet at times `s ..< s + d`, or that a required spread or busy-groups maximum
  /// there would exceed (`vacate`), each once. `prepare(bundle, st)` first, in the same state.
  ///
  /// With `weights` (per slot, its ejections), returns their weight (each 1 + ejections / 4),
  /// or `Int.max` as soon as that exceeds `bound` (`out` is then incomplete).
  @discardableResult
  mutating func conflicting(
    _ bundle: [(event: Int, slot: Int)], _ s: Int, _ d: Int, _ st: HSTTState,
    _ out: inout [(event: Int, slot: Int)], weights: [Int32]? = nil, bound: Int = Int.max
  ) -> Int {
    precondition(memberFull.count == bundle.count, "conflicting needs prepare(bundle, st) first")
    var total = 0
    var weighed = 0
    /// Adds the weight of what was appended since the last call; whether it exceeds `bound`.
    func over() -> Bool {
      guard let weights else { return false }
      for (_, j) in out[weighed...] { total += 1 + Int(weights[j]) / 4 }
      weighed = out.count
      return total > bound
    }
    out.removeAll(keepingCapacity: true)
    epoch &+= 1
    if epoch == 0 {
      for i in seen.indices { seen[i] = 0 }
      epoch = 1
    }
    for (_, j) in bundle { seen[j] = epoch }
    let end = s + d
    var stopped = false
    func scan(_ r: Int) {
      guard watched[r] && !stopped else { return }
      let from = out.count
      held(r, into: &out) { j, js in js < end && js + Int(st.subDur[j]) > s }
      for (_, j) in out[from...] { seen[j] = epoch }
      stopped = over()
    }
    for (member, (e, k)) in bundle.enumerated() {
      // A required SpreadEvents maximum that start s would exceed: the group's sub-events
      // starting in that time group give way.
      for (g, tg) in memberFull[member] where md.groupHolds(tg, s) {
        for x in md.groupMembers.lower(g)..<md.groupMembers.upper(g) {
          let f = md.groupMembers[x]
          if md.fixedStart[f] >= 0 { continue }
          let base = Int(md.subBase[f])
          for j in base..<base + Int(st.subCount[f]) where st.subStart[j] >= 0 && seen[j] != epoch {
            if md.groupHolds(tg, Int(st.subStart[j])) {
              seen[j] = epoch
              out.append((f, j))
            }
          }
        }
      }
      if over() { return Int.max }
      md.forEachResource(e, k, st.subRes, scan)
      if stopped { return Int.max }
      vacate(member, s, d, st, &out)
      if over() { return Int.max }
    }
    return weights == nil ? out.count : total
  }

  /// Computes `memberFull`, `memberCaps` and `heldOf` for `bundle` in the state `st`, which
  /// must not change before the `conflicting` calls that read them.
  mutating func prepare(_ bundle: [(event: Int, slot: Int)], _ st: HSTTState) {
    let W = md.words
    memberFull.removeAll(keepingCapacity: true)
    memberCaps.removeAll(keepingCapacity: true)
    caps.removeAll(keepingCapacity: true)
    capGroups.removeAll(keepingCapacity: true)
    capBusy.removeAll(keepingCapacity: true)
    capFixed.removeAll(keepingCapacity: true)
    heldOf.removeAll(keepingCapacity: true)
    heldList.removeAll(keepingCapacity: true)
    for (e, k) in bundle {
      fullSpreads(e, st)
      memberFull.append(full)
      let first = caps.count
      md.forEachResource(e, k, st.subRes) { r in
        listHeld(r, st)
        for pi in md.resourcePoints.lower(r)..<md.resourcePoints.upper(r) {
          let m = Int(md.pointMonitor[md.resourcePoints[pi]])
          guard md.mKind[m] == .clusterBusyTimes && md.mHard[m] && md.mWeight[m] > 0 else {
            continue
          }
          let from = capGroups.count
          for i in md.mGroups.lower(m)..<md.mGroups.upper(m) {
            let g = md.mGroups[i]
            capGroups.append(g)
            capBusy.append(st.busyIn(r, g) > 0)
            capFixed.append(
              (0..<W).contains { fixedBits[r * W + $0] & md.groupMask[g * W + $0] != 0 })
          }
          caps.append(
            BusyCap(resource: r, hi: Int(md.mParam[m * 4 + 1]), groups: from..<capGroups.count))
        }
      }
      memberCaps.append(first..<caps.count)
    }
  }

  /// Appends to `list` the placed sub-events of movable events that resource `r` attends
  /// (preassigned or through a role; `prepare` listed them), not yet `seen` in this epoch,
  /// whose start `keep` takes (given the slot and the start), in the order of `users[r]`.
  func held(
    _ r: Int, into list: inout [(event: Int, slot: Int)],
    where keep: (_ slot: Int, _ start: Int) -> Bool
  ) {
    guard let i = heldOf.firstIndex(where: { $0.resource == r }) else { return }
    for x in heldOf[i].range {
      let h = heldList[x]
      if seen[Int(h.slot)] != epoch && keep(Int(h.slot), Int(h.start)) {
        list.append((Int(h.event), Int(h.slot)))
      }
    }
  }

  /// How many sub-events `held` would append, given only the start.
  func heldCount(_ r: Int, where keep: (_ start: Int) -> Bool) -> Int {
    guard let i = heldOf.firstIndex(where: { $0.resource == r }) else { return 0 }
    var n = 0
    for x in heldOf[i].range where seen[Int(heldList[x].slot)] != epoch {
      if keep(Int(heldList[x].start)) { n += 1 }
    }
    return n
  }

  /// Lists into `heldList` the placed sub-events of movable events that resource `r`
  /// attends, in the order of `users[r]`, unless `prepare` has listed them already.
  mutating func listHeld(_ r: Int, _ st: HSTTState) {
    if heldOf.contains(where: { $0.resource == r }) { return }
    let from = heldList.count
    for f32 in users[r] {
      let f = Int(f32)
      let base = Int(md.subBase[f])
      for j in base..<base + Int(st.subCount[f]) where st.subStart[j] >= 0 {
        var holds = false
        md.forEachResource(f, j, st.subRes) { if $0 == r { holds = true } }
        if holds { heldList.append((Int32(f), Int32(j), st.subStart[j])) }
      }
    }
    heldOf.append((r, from..<heldList.count))
  }

  /// For each resource of the bundle's `member`th sub-event (`memberCaps`) whose required
  /// ClusterBusyTimes maximum times `s ..< s + d` would exceed (a teacher's busy days on FET's
  /// max days per week): the movable sub-events it attends in its busy time groups with the
  /// fewest of them (and no fixed attendance), enough groups to keep the maximum. Without them
  /// the ejection placed such lessons anyway and left the limit broken for the local search: on
  /// FET's Brazil, 8 to 10 teachers over their days after every construction.
  mutating func vacate(
    _ member: Int, _ s: Int, _ d: Int, _ st: HSTTState, _ out: inout [(event: Int, slot: Int)]
  ) {
    for c in memberCaps[member] {
      let cap = caps[c]
      var used = 0
      var opens = 0
      candidateGroups.removeAll(keepingCapacity: true)
      for i in cap.groups {
        let g = capGroups[i]
        var touches = false
        for t in s..<s + d where md.groupHolds(g, t) { touches = true }
        if capBusy[i] {
          used += 1
          if !touches && !capFixed[i] { candidateGroups.append(g) }
        } else if touches {
          opens += 1
        }
      }
      var excess = used + opens - cap.hi
      while excess > 0 && !candidateGroups.isEmpty {
        excess -= 1
        // The group holding the fewest of them (the first among equals) is emptied.
        var best = -1
        var bestCount = 0
        for (ci, g) in candidateGroups.enumerated() {
          let n = heldCount(cap.resource) { md.groupHolds(g, $0) }
          if best < 0 || n < bestCount { (best, bestCount) = (ci, n) }
        }
        let g = candidateGroups.remove(at: best)
        let from = out.count
        held(cap.resource, into: &out) { _, js in md.groupHolds(g, js) }
        for (_, j) in out[from...] { seen[j] = epoch }
      }
    }
  }
}
