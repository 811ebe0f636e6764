/// Resource assignment: the open roles of each event get a resource of their domain, per
/// sub-event, by construction and by moves.
///
/// Construction (`assignRoles`) runs twice: before the times are placed, each role takes for
/// all its sub-events the resource of its domain that costs least (AssignResource,
/// PreferResources, AvoidSplitAssignments and LimitWorkload decide then, since nothing is timed),
/// the one least loaded so far among equals, so the time construction sees every teacher it
/// must avoid; after, each role is re-chosen the same way with the times known: the cheapest
/// resource that is free. Roles are taken smallest domain first.
///
/// Moves (`resourceChange` 60%, `resourceSwap` 20%, `resourceKempe` 20% of the resource
/// moves, and `freeRoles` after a relocation): a role of one sub-event, of all the sub-events
/// of its event, or with it the roles of its AvoidSplitAssignments groups that held the same
/// resource, takes another resource of its domain (the cheapest of a sample of 8 a fifth of the
/// time); two roles with the same domain exchange their resources; a Kempe chain exchanges two
/// resources along their overlapping sub-events; a relocated sub-event's role whose resource
/// is busy at the new times takes a free one. (Tabu bursts also probe role changes:
/// `probeResources`.)
///
/// A role that may stay empty (`roleMayStayEmpty`: only a soft AssignResource holds it) has
/// "none" as one more choice everywhere: construction weighs it first and keeps it unless a
/// resource costs less, a resource change picks it as one of the domain's n + 1 choices, and a
/// relocated sub-event's role with no free resource at the new times lets its resource go.
extension HSTTSearcher {
  /// `onlyEmpty`: only the roles that some sub-event leaves empty (after a start timetable);
  /// `tiedOnly`: only the roles a required AvoidSplitAssignments ties (before `matchFill`).
  mutating func assignRoles(timed: Bool, onlyEmpty: Bool = false, tiedOnly: Bool = false) {
    var order: [(size: Int, key: Int, role: Int)] = []
    for g32 in md.searchRoles {
      let g = Int(g32)
      if tiedOnly && !md.roleHardTied[g] { continue }
      if onlyEmpty {
        let e = Int(md.roleEvent[g])
        let j = g - Int(md.roleFirst[e])
        let base = Int(md.subBase[e])
        let slots = base..<base + Int(st.subCount[e])
        if slots.allSatisfy({ st.subRes[md.assignIndex(e, $0, j)] >= 0 }) { continue }
      }
      order.append((md.roleDomain.count(g), rng.below(1 << 20), g))
    }
    order.sort { ($0.size, $0.key, $0.role) < ($1.size, $1.key, $1.role) }
    var planned = [Int](repeating: 0, count: md.R)
    for item in order {
      let g = item.role
      let e = Int(md.roleEvent[g])
      // With times known, a role that no required AvoidSplitAssignments point ties to others
      // (a room, say) is chosen per sub-event: it need not be free at all of the event's times.
      let perSlot = timed && !md.roleHardTied[g] && st.subCount[e] > 1
      if !timed && md.roleHint[g] >= 0 {
        // The compiler's choice (a school's balanced teachers) before anything is timed.
        st.begin()
        st.touch(e)
        setRole(g, to: md.roleHint[g], slot: nil)
        _ = st.evaluate()
        st.commit()
        continue
      }
      let base = Int(md.subBase[e])
      for k in perSlot ? Array(base..<base + Int(st.subCount[e])) : [-1] {
        if !tick() { return }
        let slot: Int? = k < 0 ? nil : k
        st.begin()
        st.touch(e)
        var best = Cost.worst
        var chosen: Int32 = -1
        var chosenLoad = Int.max
        if md.roleMayStayEmpty[g] {
          // None first, so that a resource must cost less to be taken: an equal one would only
          // hold a resource another role may need.
          setRole(g, to: -1, slot: slot)
          best = st.evaluate()
          st.retract()
        }
        for i in md.roleDomain.lower(g)..<md.roleDomain.upper(g) {
          let r = md.roleDomain[i]
          setRole(g, to: Int32(r), slot: slot)
          let c = st.evaluate()
          st.retract()
          if c < best || (c == best && chosen >= 0 && planned[r] < chosenLoad) {
            (best, chosen, chosenLoad) = (c, Int32(r), planned[r])
          }
        }
        setRole(g, to: chosen, slot: slot)
        _ = st.evaluate()
        st.commit()
        if chosen >= 0 {
          planned[Int(chosen)] += slot.map { Int(st.subDur[$0]) } ?? Int(md.duration[e])
        }
      }
    }
  }

  /// Gives role `g` resource `r` in sub-event slot `slot`, or in every sub-event of its event
  /// when `slot` is nil (the event must be touched).
  mutating func setRole(_ g: Int, to r: Int32, slot: Int?) {
    let e = Int(md.roleEvent[g])
    let j = g - Int(md.roleFirst[e])
    if let k = slot {
      st.subRes[md.assignIndex(e, k, j)] = r
      return
    }
    let base = Int(md.subBase[e])
    for k in base..<base + Int(st.subCount[e]) { st.subRes[md.assignIndex(e, k, j)] = r }
  }

  /// A random role, half the time one of a `hot` event's.
  mutating func pickRole() -> Int {
    if !hot.isEmpty && rng.chance(50) {
      let e = Int(hot[rng.below(hot.count)])
      let n = md.roleCount(e)
      if n > 0 {
        let g = Int(md.roleFirst[e]) + rng.below(n)
        if md.roleDomain.count(g) > 0 { return g }
      }
    }
    return Int(md.searchRoles[rng.below(md.searchRoles.count)])
  }

  /// A role takes another resource: in one sub-event, in all its event's sub-events, or
  /// (AvoidSplitAssignments) in the whole group of events sharing its role.
  mutating func resourceChange() -> Bool {
    let g = pickRole()
    let e = Int(md.roleEvent[g])
    let n = md.roleDomain.count(g)
    if rng.chance(40) && freeResource(g, pickSlot(e)) { return true }
    let current = st.subRes[md.assignIndex(e, pickSlot(e), g - Int(md.roleFirst[e]))]
    let empty = md.roleMayStayEmpty[g]
    let pick = rng.below(empty ? n + 1 : n)
    var r = pick < n ? Int32(md.roleDomain[md.roleDomain.lower(g) + pick]) : -1
    if rng.chance(20) { r = cheapestResource(g, samples: 8) }
    if r == current || (r < 0 && !empty) { return false }
    let mode = rng.below(10)
    if mode < 3 && st.subCount[e] > 1 {
      st.touch(e)
      setRole(g, to: r, slot: pickSlot(e))
    } else {
      st.touch(e)
      setRole(g, to: r, slot: nil)
      if mode >= 6 && r >= 0 { extendToPeers(g, r, current) }
    }
    return true
  }

  /// The other roles of `g`'s AvoidSplitAssignments groups that held `old` take `r` too,
  /// where their domain allows it.
  mutating func extendToPeers(_ g: Int, _ r: Int32, _ old: Int32) {
    let groups = md.roleGroupsOfRole
    for i in groups.lower(g)..<groups.upper(g) {
      let x = groups[i]
      for y in md.groupRoles.lower(x)..<md.groupRoles.upper(x) {
        let h = md.groupRoles[y]
        if h == g || !md.inDomain(h, Int(r)) { continue }
        let f = Int(md.roleEvent[h])
        st.touch(f)
        if old >= 0 { replace(h, old, by: r) } else { setRole(h, to: r, slot: nil) }
      }
    }
  }

  /// The cheapest of `samples` random resources of role `g`'s domain for all of its event's
  /// sub-events (the current one if none is better); a probe of its own, left rolled back.
  mutating func cheapestResource(_ g: Int, samples: Int) -> Int32 {
    let e = Int(md.roleEvent[g])
    let n = md.roleDomain.count(g)
    st.rollback()
    st.begin()
    st.touch(e)
    var best = Cost.worst
    var chosen: Int32 = -1
    for _ in 0..<min(samples, n) {
      let r = Int32(md.roleDomain[md.roleDomain.lower(g) + rng.below(n)])
      setRole(g, to: r, slot: nil)
      let c = st.evaluate()
      st.retract()
      if c < best { (best, chosen) = (c, r) }
    }
    st.rollback()
    st.begin()
    return chosen
  }

  /// Two roles with the same domain exchange their resources, in all their sub-events.
  mutating func resourceSwap() -> Bool {
    let g = pickRole()
    let peers = md.rolePeers
    let n = peers.count(g)
    if n < 2 { return false }
    let h = peers[peers.lower(g) + rng.below(n)]
    if h == g { return false }
    let e = Int(md.roleEvent[g])
    let f = Int(md.roleEvent[h])
    let a = st.subRes[md.assignIndex(e, pickSlot(e), g - Int(md.roleFirst[e]))]
    let b = st.subRes[md.assignIndex(f, pickSlot(f), h - Int(md.roleFirst[f]))]
    if a == b { return false }
    st.touch(e)
    st.touch(f)
    replace(g, a, by: b)
    replace(h, b, by: a)
    return true
  }

  /// In role `g`'s sub-events that hold `a`, `b` instead.
  mutating func replace(_ g: Int, _ a: Int32, by b: Int32) {
    let e = Int(md.roleEvent[g])
    let j = g - Int(md.roleFirst[e])
    let base = Int(md.subBase[e])
    for k in base..<base + Int(st.subCount[e]) where st.subRes[md.assignIndex(e, k, j)] == a {
      st.subRes[md.assignIndex(e, k, j)] = b
    }
  }

  /// After sub-event slot `k` of touched event `e` moved: each of its roles whose resource is
  /// busy elsewhere at the new times takes a resource of its domain that is free there, if one
  /// of 8 random tries finds one (a relocation that brings its teacher along only when the
  /// teacher can come).
  mutating func freeRoles(_ e: Int, _ k: Int) {
    let s = Int(st.subStart[k])
    if s < 0 { return }
    let end = min(md.T, s + Int(st.subDur[k]))
    for g in Int(md.roleFirst[e])..<Int(md.roleFirst[e + 1]) {
      let a = md.assignIndex(e, k, g - Int(md.roleFirst[e]))
      let r = Int(st.subRes[a])
      if r >= 0 && isFree(r, s, end) { continue }
      let empty = md.roleMayStayEmpty[g]
      if r < 0 && empty { continue }
      let n = md.roleDomain.count(g)
      if n == 0 { continue }
      var found = false
      for _ in 0..<8 {
        let c = md.roleDomain[md.roleDomain.lower(g) + rng.below(n)]
        if isFree(c, s, end) {
          st.subRes[a] = Int32(c)
          found = true
          break
        }
      }
      if !found && empty && r >= 0 { st.subRes[a] = -1 }
    }
  }

  /// When role `g`'s resource in started slot `k` clashes there, gives the slot (all of the
  /// event's sub-events when a required AvoidSplitAssignments ties the role) the first
  /// resource of the domain, from a random offset, free at its times. False when there is
  /// nothing to do or no free resource.
  mutating func freeResource(_ g: Int, _ k: Int) -> Bool {
    let e = Int(md.roleEvent[g])
    let s = Int(st.subStart[k])
    if s < 0 { return false }
    let end = min(md.T, s + Int(st.subDur[k]))
    let current = Int(st.subRes[md.assignIndex(e, k, g - Int(md.roleFirst[e]))])
    if current >= 0 {
      var clash = false
      for t in s..<end where st.busy[current * md.T + t] > 1 { clash = true }
      if !clash { return false }
    }
    let n = md.roleDomain.count(g)
    let offset = rng.below(n)
    for i in 0..<n {
      let c = md.roleDomain[md.roleDomain.lower(g) + (offset + i) % n]
      if c == current || !isFree(c, s, end) { continue }
      st.touch(e)
      setRole(g, to: Int32(c), slot: md.roleHardTied[g] ? nil : k)
      return true
    }
    return false
  }

  /// Whether resource `r` attends nothing at times `s..<end` (touched events are out).
  func isFree(_ r: Int, _ s: Int, _ end: Int) -> Bool {
    for t in s..<end where st.busy[r * md.T + t] > 0 { return false }
    return true
  }

  /// A Kempe chain over two resources' timetables: role `g` of a started sub-event moves from
  /// its resource a to b; the sub-events whose same-domain roles hold b at overlapping times
  /// move to a, those holding a that overlap them to b, and so on, so that the exchange adds
  /// no clash between a and b. False when the chain grows past 30 or reaches nothing to move.
  /// - Complexity: O(chain × the roles sharing `g`'s domain × their sub-events).
  mutating func resourceKempe() -> Bool {
    let g = pickRole()
    let e = Int(md.roleEvent[g])
    let k = pickSlot(e)
    if st.subStart[k] < 0 { return false }
    let a = st.subRes[md.assignIndex(e, k, g - Int(md.roleFirst[e]))]
    let n = md.roleDomain.count(g)
    let b = Int32(md.roleDomain[md.roleDomain.lower(g) + rng.below(n)])
    if a < 0 || a == b { return false }
    if roleChainMark.count != md.assignCount {
      roleChainMark = [UInt32](repeating: 0, count: md.assignCount)
    }
    roleChainEpoch &+= 1
    roleChain.removeAll(keepingCapacity: true)
    roleChain.append((Int32(g), Int32(k)))
    roleChainMark[md.assignIndex(e, k, g - Int(md.roleFirst[e]))] = roleChainEpoch
    let peers = md.rolePeers
    var i = 0
    while i < roleChain.count {
      let (h, z) = (Int(roleChain[i].role), Int(roleChain[i].slot))
      i += 1
      let f = Int(md.roleEvent[h])
      let held = st.subRes[md.assignIndex(f, z, h - Int(md.roleFirst[f]))]
      let other = held == a ? b : a
      let s = Int(st.subStart[z])
      let end = s + Int(st.subDur[z])
      for y in peers.lower(g)..<peers.upper(g) {
        let p = peers[y]
        let pe = Int(md.roleEvent[p])
        let base = Int(md.subBase[pe])
        for x in base..<base + Int(st.subCount[pe]) {
          let idx = md.assignIndex(pe, x, p - Int(md.roleFirst[pe]))
          if st.subRes[idx] != other || roleChainMark[idx] == roleChainEpoch { continue }
          let t = Int(st.subStart[x])
          if t < 0 || t >= end || t + Int(st.subDur[x]) <= s { continue }
          if roleChain.count >= 30 { return false }
          roleChainMark[idx] = roleChainEpoch
          roleChain.append((Int32(p), Int32(x)))
        }
      }
    }
    for (h32, z32) in roleChain {
      let (h, z) = (Int(h32), Int(z32))
      let f = Int(md.roleEvent[h])
      let idx = md.assignIndex(f, z, h - Int(md.roleFirst[f]))
      st.touch(f)
      st.subRes[idx] = st.subRes[idx] == a ? b : a
    }
    return true
  }
}
