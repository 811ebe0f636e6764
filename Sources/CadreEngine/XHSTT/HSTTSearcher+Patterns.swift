/// The pattern-clearing move: a pattern monitor that is short of times (a team's common
/// planning, a leader's observation and debrief chances) needs several resources free at one
/// time, and a relocation moves one sub-event, so a team of eight with one busy member at
/// each time of a day sees no move that helps: the cost stays flat until all of them leave
/// together. This move takes one time of a group (day) where the pattern does not hold yet,
/// the one where fewest of its free resources are busy, and sends every sub-event that keeps
/// one of them busy there to another start where its own resources are free (the first from
/// a random one on; the first start that leaves the time when there is none). The search's
/// acceptance judges the whole move. A sub-event that is fixed or linked to others
/// (LinkEvents) leaves the time as it is. The role holders are `rebuildHot`'s index, up to
/// 2,000 steps old: a stale entry only moves a sub-event the time did not need moved, and
/// the evaluation is exact either way.
extension HSTTSearcher {
  /// Clears one time for a short pattern of `patternHot`; false when there is nothing to do.
  mutating func clearForPattern() -> Bool {
    if patternHot.isEmpty { return false }
    let p = Int(patternHot[rng.below(patternHot.count)])
    let x = Int(md.pointTarget[p])
    let pattern: Int
    if md.mKind[Int(md.pointMonitor[p])] == .huddles {
      let teams = md.huddleTeams
      if teams.count(x) == 0 { return false }
      pattern = teams[teams.lower(x) + rng.below(teams.count(x))]
    } else {
      pattern = x
    }
    guard let t = timeToClear(pattern) else { return false }
    // Every movable sub-event holding a free resource of the pattern at t.
    bundle.removeAll(keepingCapacity: true)
    for i in md.patternFree.lower(pattern)..<md.patternFree.upper(pattern) {
      let r = md.patternFree[i]
      if st.busy[r * md.T + t] == 0 { continue }
      for y in md.eventsOfResource.lower(r)..<md.eventsOfResource.upper(r) {
        let e = md.eventsOfResource[y]
        let base = Int(md.subBase[e])
        for k in base..<base + Int(st.subCount[e]) where covers(k, t) {
          if md.fixedStart[e] >= 0 || md.linkGroupsOfEvent.count(e) > 0 { return false }
          addToBundle(e, k)
        }
      }
      for y in holderRange(r) where covers(Int(holderSlot[y]), t) {
        let e = Int(holderEvent[y])
        if md.fixedStart[e] >= 0 || md.linkGroupsOfEvent.count(e) > 0 { return false }
        addToBundle(e, Int(holderSlot[y]))
      }
    }
    if bundle.isEmpty || bundle.count > 12 { return false }
    let moving = bundle
    for (e, _) in moving { st.touch(e) }
    for (e, k) in moving {
      let d = Int(st.subDur[k])
      let n = md.T - d + 1
      // The first start, from a random one on, that leaves t and finds the resources free;
      // else a random start that leaves t.
      let first = rng.below(n)
      var fallback = -1
      var chosen = -1
      for i in 0..<n {
        let c = (first + i) % n
        if c <= t && t < c + d { continue }
        if fallback < 0 { fallback = c }
        if resourcesFree(e, k, at: c) {
          chosen = c
          break
        }
      }
      if fallback < 0 { return false }
      st.subStart[k] = Int32(chosen >= 0 ? chosen : fallback)
    }
    return true
  }

  /// Whether sub-event slot `k` is started and covers time `t`.
  @inline(__always)
  func covers(_ k: Int, _ t: Int) -> Bool {
    let s = Int(st.subStart[k])
    return s >= 0 && s <= t && t < s + Int(st.subDur[k])
  }

  /// Adds (e, k) to `bundle` once.
  mutating func addToBundle(_ e: Int, _ k: Int) {
    if !bundle.contains(where: { $0.slot == k }) { bundle.append((e, k)) }
  }

  /// The time of a group of `pattern` where it does not hold yet, with all its busy resources
  /// busy and the fewest of its free resources busy, random among equals (any group when
  /// every group holds somewhere); nil when there is none.
  mutating func timeToClear(_ pattern: Int) -> Int? {
    let groups = md.patternGroups
    let n = groups.count(pattern)
    if n == 0 { return nil }
    // Groups where the pattern holds at no time first.
    var open: [Int] = []
    for i in groups.lower(pattern)..<groups.upper(pattern) {
      let g = groups[i]
      if (0..<md.words).allSatisfy({ st.patternWord(pattern, group: g, word: $0, nil) == 0 }) {
        open.append(g)
      }
    }
    let g =
      open.isEmpty ? groups[groups.lower(pattern) + rng.below(n)] : open[rng.below(open.count)]
    var best = Int.max
    var chosen: Int?
    var ties = 0
    for w in 0..<md.words {
      var bits = md.groupMask[g * md.words + w]
      search: while bits != 0 {
        let t = w * 64 + bits.trailingZeroBitCount
        bits &= bits - 1
        for i in md.patternBusy.lower(pattern)..<md.patternBusy.upper(pattern)
        where st.busy[md.patternBusy[i] * md.T + t] == 0 {
          continue search
        }
        var taken = 0
        for i in md.patternFree.lower(pattern)..<md.patternFree.upper(pattern)
        where st.busy[md.patternFree[i] * md.T + t] > 0 {
          taken += 1
        }
        if taken == 0 { continue }
        if taken < best {
          (best, chosen, ties) = (taken, t, 1)
        } else if taken == best {
          ties += 1
          if rng.below(ties) == 0 { chosen = t }
        }
      }
    }
    return chosen
  }

  /// Whether every resource sub-event slot `k` of event `e` attends (preassigned or held by
  /// its roles) is free for its duration from start `s`. Called with `e` touched (its own
  /// attendance is out of `busy`).
  func resourcesFree(_ e: Int, _ k: Int, at s: Int) -> Bool {
    let d = Int(st.subDur[k])
    func free(_ r: Int) -> Bool {
      for t in s..<s + d where st.busy[r * md.T + t] > 0 { return false }
      return true
    }
    for i in md.resourcesOfEvent.lower(e)..<md.resourcesOfEvent.upper(e)
    where !free(md.resourcesOfEvent[i]) {
      return false
    }
    for j in 0..<md.roleCount(e) {
      let r = Int(st.subRes[md.assignIndex(e, k, j)])
      if r >= 0 && !free(r) { return false }
    }
    return true
  }
}
