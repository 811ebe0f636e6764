/// The idle-time move: a resource with idle times in a costly LimitIdleTimes point (a
/// teacher's gaps) has one of its one-time sub-events at an end of that group's busy span
/// moved into an idle time inside it: by a Kempe chain (what the others attending at that time
/// do in exchange) or a plain relocation. A random relocation finds such a time once in about
/// T tries; this move aims at it.
extension HSTTSearcher {
  mutating func fillIdleTime() -> Bool {
    if idleHot.isEmpty { return false }
    let p = Int(idleHot[rng.below(idleHot.count)])
    let m = Int(md.pointMonitor[p])
    let x = Int(md.pointTarget[p])
    let lower = md.mGroups.lower(m)
    let n = md.mGroups.upper(m) - lower
    if n == 0 { return false }
    let first = rng.below(n)
    for i in 0..<n {
      let g = md.mGroups[lower + (first + i) % n]
      guard let (edge, idle) = idleTimeInSpan(of: x, group: g) else { continue }
      guard let (e, k) = subEvent(of: x, at: edge) else { return false }
      if rng.chance(50) && kempeChain(e, k, to: Int32(idle)) {
        applyChain(to: Int32(idle))
        return true
      }
      st.touch(e)
      st.subStart[k] = Int32(idle)
      return true
    }
    return false
  }

  /// An end of resource `r`'s busy span in time group `g` (first or last busy time, at
  /// random) and a random idle time inside the span; nil when the span has no idle time.
  mutating func idleTimeInSpan(of r: Int, group g: Int) -> (edge: Int, idle: Int)? {
    var first = -1
    var last = -1
    for w in 0..<md.words {
      let busy = st.bits[r * md.words + w] & md.groupMask[g * md.words + w]
      if busy == 0 { continue }
      if first < 0 { first = w * 64 + busy.trailingZeroBitCount }
      last = w * 64 + 63 - busy.leadingZeroBitCount
    }
    if first < 0 || last - first < 2 { return nil }
    var idle = -1
    var seen = 0
    for t in first + 1..<last {
      let w = t >> 6
      let bit: UInt64 = 1 << UInt64(t & 63)
      if md.groupMask[g * md.words + w] & bit == 0 || st.bits[r * md.words + w] & bit != 0 {
        continue
      }
      seen += 1
      if rng.below(seen) == 0 { idle = t }
    }
    if idle < 0 { return nil }
    return (rng.chance(50) ? first : last, idle)
  }

  /// A movable one-time sub-event that resource `r` attends at time `t` (preassigned, or held
  /// by one of its roles), or nil.
  func subEvent(of r: Int, at t: Int) -> (event: Int, slot: Int)? {
    for i in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
      let e = md.eventsOfResource[i]
      if md.fixedStart[e] >= 0 { continue }
      let base = Int(md.subBase[e])
      for k in base..<base + Int(st.subCount[e]) where st.subStart[k] == t && st.subDur[k] == 1 {
        return (e, k)
      }
    }
    // Roles: the holders index may be up to one rebuild old, so each entry is checked.
    for i in holderRange(r) {
      let e = Int(holderEvent[i])
      let k = Int(holderSlot[i])
      if md.fixedStart[e] >= 0 || k >= Int(md.subBase[e]) + Int(st.subCount[e]) { continue }
      if st.subStart[k] != t || st.subDur[k] != 1 { continue }
      for j in 0..<md.roleCount(e) where Int(st.subRes[md.assignIndex(e, k, j)]) == r {
        return (e, k)
      }
    }
    return nil
  }
}
