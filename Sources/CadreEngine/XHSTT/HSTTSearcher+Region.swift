/// The region move (issue 18's exact regions): a resource in a costly ClusterBusyTimes or
/// LimitIdleTimes point (a teacher on too many days, or with gaps) and two of that point's
/// time groups (days) make a region: the resource's sub-events starting in those days, and
/// every sub-event starting there of the resources those sub-events share (a teacher's
/// classes). The region's sub-events are taken out and put back into the same times by
/// depth-first search: the sub-event with the fewest possible starts first, its starts those
/// free on every watched resource (required AvoidClashes), inside one day, outside required
/// unavailable times, allowed by its required PreferTimes points and below its required
/// SpreadEvents maxima; starts ordered by how compact they keep their resources' days (a day
/// the resource already works, a time next to one it is busy), with noise. A few dives, each
/// ending at its first complete region or after a node limit, give candidates; each is scored
/// by the full evaluation and the cheapest is the move. On a too-many-days point, the
/// resource's sub-events may not start in the lighter of the two days: the move empties it.
///
/// One move exchanges lessons between days for several resources at once, clash-free: what a
/// chain of single moves cannot do without passing through required violations (BrazilInstance3:
/// emptying a teacher's day moves its lessons into its free times of another day, and each
/// class's lesson there, of another teacher, into the emptied day).
extension HSTTSearcher {
  /// Thousandths of the local search's moves that are region moves, while a region point
  /// costs and no hard cost is left, on instances without resources to choose (on
  /// SpainSchool, which has them, it made the soft cost 22% higher at 3 million steps). A
  /// region move spends about 50 steps of the budget (a step per 32 search nodes and per
  /// candidate); 10 was better than 20 and 50 on BrazilInstance3, ItalyInstance1 and Western
  /// Greece, and than 30 on BrazilInstance3 (docs/XHSTT.md, stop 26).
  static let regionMoveShare = 10
  /// At most this many sub-events in a region (the move is skipped above it).
  static let regionLimit = 48
  /// Dives per move, and search nodes per dive.
  static let regionDives = 4
  static let regionNodes = 400
  /// How much a start a soft time rule counts against weighs in the dives' order, against
  /// 4 per resource already busy that day and 2 per busy neighbouring time. IT-I4-96 at 2
  /// million steps, seeds 1-4: 73, 71, 75, 83; 94, 96, 102, 107 without it; 78, 84, 79, 74
  /// at 6 (docs/XHSTT.md, stop 27).
  static let regionDislike = 30

  mutating func retimeRegion() -> Bool {
    let p = Int(regionHot[rng.below(regionHot.count)])
    guard st.pointCost[p] > 0 else { return false }
    let m = Int(md.pointMonitor[p])
    let focus = Int(md.pointTarget[p])
    let W = md.words
    var busyGroups: [(group: Int, busy: Int)] = []
    for i in md.mGroups.lower(m)..<md.mGroups.upper(m) {
      let g = md.mGroups[i]
      let n = st.busyIn(focus, g)
      if n > 0 { busyGroups.append((g, n)) }
    }
    guard busyGroups.count >= 2 else { return false }
    let g1: Int
    var g2: Int
    var emptying = false
    if md.mKind[m] == .clusterBusyTimes {
      guard busyGroups.count > Int(md.mParam[m * 4 + 1]) else { return false }
      // The lightest busy group (random among equals) is emptied into another busy one.
      var pick = 0
      var ties = 0
      for (i, x) in busyGroups.enumerated() {
        if x.busy < busyGroups[pick].busy {
          (pick, ties) = (i, 1)
        } else if x.busy == busyGroups[pick].busy {
          ties += 1
          if rng.below(ties) == 0 { pick = i }
        }
      }
      g1 = busyGroups[pick].group
      busyGroups.remove(at: pick)
      g2 = busyGroups[rng.below(busyGroups.count)].group
      emptying = true
    } else {
      g1 = busyGroups[rng.below(busyGroups.count)].group
      g2 = busyGroups[rng.below(busyGroups.count)].group
    }
    if g1 == g2 { g2 = -1 }
    let T = md.T
    func inGroup(_ g: Int, _ t: Int) -> Bool {
      g >= 0 && md.groupHolds(g, t)
    }
    var times: [Int] = []
    var local = [Int](repeating: -1, count: T)
    for t in 0..<T where inGroup(g1, t) || inGroup(g2, t) {
      local[t] = times.count
      times.append(t)
    }
    guard times.count <= 64 && !times.isEmpty else { return false }
    let n = times.count
    let all: UInt64 = n == 64 ? ~0 : (1 << UInt64(n)) - 1
    var groupBits: (UInt64, UInt64) = (0, 0)
    for (i, t) in times.enumerated() {
      if inGroup(g1, t) { groupBits.0 |= 1 << UInt64(i) } else { groupBits.1 |= 1 << UInt64(i) }
    }

    // The region: the focus resource's sub-events there, then those of its partners.
    var vars: [(event: Int, slot: Int)] = []
    var fits = true
    func addSubEvents(of r: Int) {
      func consider(_ e: Int, _ k: Int) {
        let s = Int(st.subStart[k])
        guard s >= 0 && local[s] >= 0 else { return }
        if vars.contains(where: { $0.slot == k }) { return }
        let d = Int(st.subDur[k])
        if s + d > T || md.linkGroupsOfEvent.count(e) > 0 { fits = false }
        for t in s..<min(T, s + d) where inGroup(g1, t) != inGroup(g1, s) || local[t] < 0 {
          fits = false
        }
        vars.append((e, k))
      }
      for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
        let e = md.eventsOfResource[i]
        if md.fixedStart[e] >= 0 { continue }
        let base = Int(md.subBase[e])
        for k in base..<base + Int(st.subCount[e]) { consider(e, k) }
      }
      for i in holderRange(r) {
        let e = Int(holderEvent[i])
        let k = Int(holderSlot[i])
        if md.fixedStart[e] >= 0 || k >= Int(md.subBase[e]) + Int(st.subCount[e]) { continue }
        var holds = false
        for j in 0..<md.roleCount(e) where Int(st.subRes[md.assignIndex(e, k, j)]) == r {
          holds = true
        }
        if holds { consider(e, k) }
      }
    }
    addSubEvents(of: focus)
    let own = vars.count
    guard own > 0 else { return false }
    var partners: [Int] = []
    for (e, k) in vars {
      md.forEachResource(e, k, st.subRes) { r in
        if r != focus && !partners.contains(r) { partners.append(r) }
      }
    }
    for r in partners {
      addSubEvents(of: r)
      if vars.count > Self.regionLimit || !fits { return false }
    }
    guard fits else { return false }
    let V = vars.count

    // Region resources: each with its busy times in the region outside the region's
    // sub-events (from the attendance counts), whether a required clash rule watches it.
    if regionTables == nil { regionTables = ForwardTables(md, st) }
    let tables = regionTables!
    var resources: [Int] = []
    var varResources: [[Int]] = []
    for (e, k) in vars {
      var list: [Int] = []
      md.forEachResource(e, k, st.subRes) { r in
        var at = resources.firstIndex(of: r)
        if at == nil {
          at = resources.count
          resources.append(r)
        }
        if !list.contains(at!) { list.append(at!) }
      }
      varResources.append(list)
    }
    var count = [Int32](repeating: 0, count: resources.count * n)
    for (ri, r) in resources.enumerated() {
      for i in 0..<n { count[ri * n + i] = st.busy[r * T + times[i]] }
    }
    for v in 0..<V {
      let (_, k) = vars[v]
      let s = Int(st.subStart[k])
      for t in s..<s + Int(st.subDur[k]) {
        for ri in varResources[v] { count[ri * n + local[t]] -= 1 }
      }
    }
    var busy = [UInt64](repeating: 0, count: resources.count)
    for ri in resources.indices {
      for i in 0..<n where count[ri * n + i] > 0 { busy[ri] |= 1 << UInt64(i) }
    }
    let watched = resources.map { tables.watched[$0] }

    // Per sub-event, the starts its day, duration, unavailable and preferred times allow, and
    // among them those a soft rule counts against (`disliked`): a soft PreferTimes point of
    // its event missed, or a time a soft AvoidUnavailableTimes point of a resource names.
    var allowed = [UInt64](repeating: 0, count: V)
    var disliked = [UInt64](repeating: 0, count: V)
    for v in 0..<V {
      let (e, k) = vars[v]
      let d = Int(st.subDur[k])
      var mask: UInt64 = 0
      for i in 0..<n {
        let s = times[i]
        guard s + d <= T else { continue }
        var ok = true
        for t in s..<s + d where local[t] < 0 || inGroup(g1, t) != inGroup(g1, s) { ok = false }
        if !ok { continue }
        var soft = false
        md.forEachResource(e, k, st.subRes) { r in
          for t in s..<s + d {
            let bit: UInt64 = 1 << UInt64(t & 63)
            if tables.unavailable[r * W + t >> 6] & bit != 0 { ok = false }
            if tables.avoided[r * W + t >> 6] & bit != 0 { soft = true }
          }
        }
        for pi in md.eventPoints.lower(e)..<md.eventPoints.upper(e) where ok {
          let pm = Int(md.pointMonitor[md.eventPoints[pi]])
          guard md.mKind[pm] == .preferTimes && md.mWeight[pm] > 0 else { continue }
          let pd = Int(md.mParam[pm * 4])
          if pd >= 0 && pd != d { continue }
          if md.monitorMask[pm * W + s >> 6] & (1 << UInt64(s & 63)) == 0 {
            if md.mHard[pm] { ok = false } else { soft = true }
          }
        }
        if !ok { continue }
        mask |= 1 << UInt64(i)
        if soft { disliked[v] |= 1 << UInt64(i) }
      }
      if emptying && v < own { mask &= ~groupBits.0 }
      allowed[v] = mask
    }

    // Required SpreadEvents maxima: per (event group, time group) met in the region, its
    // starts there, its maximum and the sub-events outside the region that start in it.
    var keyMask: [UInt64] = []
    var keyCount: [Int] = []
    var keyMax: [Int] = []
    var keyID: [(group: Int, timeGroup: Int)] = []
    var varKeys = [[Int]](repeating: [], count: V)
    for v in 0..<V {
      let e = vars[v].event
      for gi in md.groupsOfEvent.lower(e)..<md.groupsOfEvent.upper(e) {
        let g = md.groupsOfEvent[gi]
        for pi in md.groupPoints.lower(g)..<md.groupPoints.upper(g) {
          let sm = Int(md.pointMonitor[md.groupPoints[pi]])
          guard md.mKind[sm] == .spreadEvents && md.mHard[sm] && md.mWeight[sm] > 0 else {
            continue
          }
          var i = md.mGroups.lower(sm)
          while i + 2 < md.mGroups.upper(sm) {
            let tg = md.mGroups[i]
            let hi = md.mGroups[i + 2]
            i += 3
            var mask: UInt64 = 0
            for (li, t) in times.enumerated() where inGroup(tg, t) { mask |= 1 << UInt64(li) }
            if mask == 0 { continue }
            var key = keyID.firstIndex { $0.group == g && $0.timeGroup == tg }
            if key == nil {
              key = keyID.count
              keyID.append((g, tg))
              keyMask.append(mask)
              keyMax.append(hi)
              var outside = 0
              for x in md.groupMembers.lower(g)..<md.groupMembers.upper(g) {
                let f = md.groupMembers[x]
                let base = Int(md.subBase[f])
                for j in base..<base + Int(st.subCount[f]) where st.subStart[j] >= 0 {
                  if inGroup(tg, Int(st.subStart[j])) && !vars.contains(where: { $0.slot == j }) {
                    outside += 1
                  }
                }
              }
              keyCount.append(outside)
            }
            if !varKeys[v].contains(key!) { varKeys[v].append(key!) }
          }
        }
      }
    }

    // Dives.
    let durations = vars.map { Int(st.subDur[$0.slot]) }
    var assigned = [Int](repeating: -1, count: V)
    var leaves: [[Int]] = []
    var nodes = 0
    var random = rng
    func starts(_ v: Int) -> UInt64 {
      var free = all
      for ri in varResources[v] where watched[ri] { free &= ~busy[ri] }
      var mask = allowed[v] & free
      if durations[v] > 1 {
        for j in 1..<durations[v] { mask &= free >> UInt64(j) }
      }
      for key in varKeys[v] where keyCount[key] >= keyMax[key] { mask &= ~keyMask[key] }
      return mask
    }
    func place(_ v: Int, _ s: Int, _ sign: Int) {
      let span = ((UInt64(1) << UInt64(durations[v])) - 1) << UInt64(s)
      for ri in varResources[v] {
        if sign > 0 { busy[ri] |= span } else { busy[ri] &= ~span }
      }
      for key in varKeys[v] where keyMask[key] & (1 << UInt64(s)) != 0 { keyCount[key] += sign }
      assigned[v] = sign > 0 ? s : -1
    }
    func score(_ v: Int, _ s: Int) -> Int {
      let day = groupBits.0 & (1 << UInt64(s)) != 0 ? groupBits.0 : groupBits.1
      let end = s + durations[v]
      var value = disliked[v] & (1 << UInt64(s)) != 0 ? -Self.regionDislike : 0
      for ri in varResources[v] {
        if busy[ri] & day != 0 { value += 4 }
        if s > 0 && busy[ri] & day & (1 << UInt64(s - 1)) != 0 { value += 2 }
        if end < n && busy[ri] & day & (1 << UInt64(end)) != 0 { value += 2 }
      }
      return value * 4 + random.below(6)
    }
    func dive(_ depth: Int) -> Bool {
      if depth == V { return true }
      nodes += 1
      if nodes > Self.regionNodes { return false }
      var pick = -1
      var pickMask: UInt64 = 0
      var fewest = Int.max
      for v in 0..<V where assigned[v] < 0 {
        let mask = starts(v)
        let c = mask.nonzeroBitCount
        if c < fewest {
          (pick, pickMask, fewest) = (v, mask, c)
          if c == 0 { return false }
        }
      }
      var options: [(start: Int, score: Int)] = []
      var bits = pickMask
      while bits != 0 {
        let s = bits.trailingZeroBitCount
        bits &= bits - 1
        options.append((s, score(pick, s)))
      }
      options.sort { $0.score > $1.score }
      for (s, _) in options {
        place(pick, s, 1)
        if dive(depth + 1) { return true }
        place(pick, s, -1)
        if nodes > Self.regionNodes { return false }
      }
      return false
    }
    var spent = 0
    for _ in 0..<Self.regionDives {
      spent += nodes
      nodes = 0
      if dive(0) { leaves.append(assigned) }
      for v in 0..<V where assigned[v] >= 0 { place(v, assigned[v], -1) }
    }
    spent += nodes
    rng = random
    // The budget: a step per 32 search nodes and per candidate scored.
    for _ in 0..<(spent / 32 + leaves.count) where !tick() { return false }
    if leaves.isEmpty { return false }

    // The cheapest candidate by the full evaluation.
    for (e, _) in vars { st.touch(e) }
    var best = Cost.worst
    var chosen = 0
    for (li, leaf) in leaves.enumerated() {
      for v in 0..<V { st.subStart[vars[v].slot] = Int32(times[leaf[v]]) }
      let c = st.evaluate()
      st.retract()
      if c < best { (best, chosen) = (c, li) }
    }
    for v in 0..<V { st.subStart[vars[v].slot] = Int32(times[leaves[chosen][v]]) }
    return true
  }
}
