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
/// Moves (`resourceChange`, `resourceSwap`, `resourceKempe`): a role of one sub-event, of all
/// the sub-events of its event, or of every event of its AvoidSplitAssignments group takes
/// another resource of its domain (the cheapest of a sample of 8 a fifth of the time); two
/// roles with the same domain exchange their resources; or a Kempe chain over two resources'
/// timetables exchanges them in one role across every sub-event where either holds it.
extension HSTTSearcher {
  mutating func assignRoles() {
    var order: [(size: Int, key: Int, role: Int)] = []
    for g32 in md.searchRoles {
      let g = Int(g32)
      order.append((md.roleDomain.count(g), rng.below(1 << 20), g))
    }
    order.sort { ($0.size, $0.key, $0.role) < ($1.size, $1.key, $1.role) }
    var planned = [Int](repeating: 0, count: md.R)
    for item in order {
      if !tick() { return }
      let g = item.role
      let e = Int(md.roleEvent[g])
      st.begin()
      st.touch(e)
      var best = Cost.worst
      var chosen: Int32 = -1
      var chosenLoad = Int.max
      for i in md.roleDomain.lower(g)..<md.roleDomain.upper(g) {
        let r = md.roleDomain[i]
        setRole(g, to: Int32(r), slot: nil)
        let c = st.evaluate()
        st.retract()
        if c < best || (c == best && planned[r] < chosenLoad) {
          (best, chosen, chosenLoad) = (c, Int32(r), planned[r])
        }
      }
      setRole(g, to: chosen, slot: nil)
      _ = st.evaluate()
      st.commit()
      if chosen >= 0 { planned[Int(chosen)] += Int(md.duration[e]) }
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
    let current = st.subRes[md.assignIndex(e, pickSlot(e), g - Int(md.roleFirst[e]))]
    var r = Int32(md.roleDomain[md.roleDomain.lower(g) + rng.below(n)])
    if rng.chance(20) { r = cheapestResource(g, samples: 8) }
    if r == current || r < 0 { return false }
    let mode = rng.below(10)
    if mode < 3 && st.subCount[e] > 1 {
      st.touch(e)
      setRole(g, to: r, slot: pickSlot(e))
    } else {
      st.touch(e)
      setRole(g, to: r, slot: nil)
      if mode >= 6 { extendToPeers(g, r, current) }
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
      let n = md.roleDomain.count(g)
      if n == 0 { continue }
      for _ in 0..<8 {
        let c = md.roleDomain[md.roleDomain.lower(g) + rng.below(n)]
        if isFree(c, s, end) {
          st.subRes[a] = Int32(c)
          break
        }
      }
    }
  }

  /// Whether resource `r` attends nothing at times `s..<end` (touched events are out).
  func isFree(_ r: Int, _ s: Int, _ end: Int) -> Bool {
    for t in s..<end where st.busy[r * md.T + t] > 0 { return false }
    return true
  }
}
