/// Per-time matching of resources to roles: the resources of one time, re-chosen together by
/// a maximum bipartite matching (issue 13). Used once the times are known from the
/// times-first phase (`searchHSTT`): to fill the roles start time by start time
/// (`matchFill`), then to re-match the roles still double-booked (`matchSweep`).
///
/// Where the rooms of a kind are nearly all in use (AustraliaBGHS98: five rooms for 85% of
/// their times), a double-booked room can seldom move to another: every other room of its
/// domain is busy then, and so are the rooms those lessons could move to. No single resource
/// change or swap lowers the clashes, while a re-assignment of every room in use at that time
/// does. For a role whose resource is double-booked at a time t, the matching gathers every
/// role running at t that holds a resource of that role's domain (its *units*: one sub-event's
/// role, or for a role that a required AvoidSplitAssignments ties, that role in all its event's
/// sub-events together with the roles of its groups that hold the same resource), and gives
/// each unit a resource of its domain that nothing else attends at any of the unit's times,
/// that is available then and whose required workload maximum it keeps, no two units the
/// same: a maximum matching, by augmenting paths from the current resources (kept where they
/// fit, so that it changes as little as it can). Units the matching leaves out keep their
/// resource. All units run at t, so the resources it gives clash with nothing that stays.
extension HSTTSearcher {
  /// Matchings for every double-booked (role, sub-event), each kept when the hard cost does
  /// not rise, in passes until a pass lowers nothing (at most `passes`).
  mutating func matchSweep(passes: Int = 4) {
    for _ in 0..<passes {
      let before = st.hard
      for g32 in md.searchRoles {
        let g = Int(g32)
        let e = Int(md.roleEvent[g])
        let base = Int(md.subBase[e])
        for k in base..<base + Int(st.subCount[e]) {
          if st.hard == 0 || !tick() { return }
          guard let t = clashTime(g, k) else { continue }
          st.begin()
          if matchAt(domainOf: g, time: t) && st.evaluate().hard <= st.hardBefore {
            st.commit()
          } else {
            st.rollback()
          }
        }
      }
      offerBest()
      if st.hard >= before { return }
    }
  }

  /// Fills the empty roles of untied sub-events from the given times (after the tied roles,
  /// which keep one resource for the whole event, are filled greedily): start time by start
  /// time, the empty roles of the sub-events starting then get, by one maximum matching,
  /// distinct resources of their domains that are free and available at all their times and
  /// keep their required workload maxima, the least loaded first. What the matching leaves
  /// empty stays empty for the local search (`run`).
  mutating func matchFill() {
    let T = md.T
    prepareMatching()
    var empty: [[(role: Int32, slot: Int32)]] = Array(repeating: [], count: T)
    for g32 in md.searchRoles where !md.roleHardTied[Int(g32)] {
      let g = Int(g32)
      let e = Int(md.roleEvent[g])
      let base = Int(md.subBase[e])
      for k in base..<base + Int(st.subCount[e]) {
        let s = Int(st.subStart[k])
        if s >= 0 && st.subRes[md.assignIndex(e, k, g - Int(md.roleFirst[e]))] < 0 {
          empty[s].append((g32, Int32(k)))
        }
      }
    }
    for t in 0..<T where !empty[t].isEmpty {
      if !tick() { return }
      matchUnits.removeAll(keepingCapacity: true)
      matchPairs.removeAll(keepingCapacity: true)
      matchChoices.removeAll(keepingCapacity: true)
      for (g32, k32) in empty[t] {
        let (g, k) = (Int(g32), Int(k32))
        let end = min(T, t + Int(st.subDur[k]))
        let load = Int64(st.subDur[k]) * md.roleLoad[g]
        let lower = matchChoices.count
        for i in md.roleDomain.lower(g)..<md.roleDomain.upper(g) {
          let r = md.roleDomain[i]
          guard st.load[r] + load <= matchCap[r] else { continue }
          let ok = (t..<end).allSatisfy { x in
            st.busy[r * T + x] == 0 && availableForMatching(r, x)
          }
          if ok { matchChoices.append(Int32(r)) }
        }
        // The least loaded first, so that the matching spreads the work.
        matchChoices[lower...].sort { (st.load[Int($0)], $0) < (st.load[Int($1)], $1) }
        matchPairs.append((g32, k32))
        matchUnits.append(
          MatchUnit(
            pairs: matchPairs.count - 1..<matchPairs.count, current: -1,
            choices: lower..<matchChoices.count))
      }
      for u in matchUnits.indices {
        matchEpoch &+= 1
        _ = augment(u)
      }
      st.begin()
      for u in matchUnits.indices {
        let r = matchUnits[u].given
        guard r >= 0 else { continue }
        matchOwner[Int(r)] = -1
        let (h, z) = (
          Int(matchPairs[matchUnits[u].pairs.lowerBound].role),
          Int(matchPairs[matchUnits[u].pairs.lowerBound].slot)
        )
        st.touch(Int(md.roleEvent[h]))
        setRole(h, to: r, slot: z)
      }
      _ = st.evaluate()
      st.commit()
    }
  }

  /// The matching's tables: per resource its lowest required workload maximum, and the
  /// unavailable times (`ForwardTables`).
  mutating func prepareMatching() {
    if matchCap.count != md.R {
      matchCap = [Int64](repeating: .max, count: md.R)
      for p in 0..<md.pointMonitor.count {
        let m = Int(md.pointMonitor[p])
        if md.mKind[m] == .limitWorkload && md.mHard[m] && md.mWeight[m] > 0 {
          let x = Int(md.pointTarget[p])
          matchCap[x] = min(matchCap[x], Int64(md.mParam[m * 4 + 1]) * md.workloadUnit)
        }
      }
    }
    if matchOwner.count != md.R { matchOwner = [Int32](repeating: -1, count: md.R) }
    if matchSeen.count != md.R { matchSeen = [UInt32](repeating: 0, count: md.R) }
    if regionTables == nil { regionTables = ForwardTables(md, st) }
  }

  /// Whether resource `r` is available at time `t` (no required AvoidUnavailableTimes point
  /// names it then; after `prepareMatching`).
  @inline(__always)
  func availableForMatching(_ r: Int, _ t: Int) -> Bool {
    regionTables!.unavailable[r * md.words + t >> 6] & (1 << UInt64(t & 63)) == 0
  }

  /// A time at which role `g`'s resource in sub-event slot `k` is double-booked, or nil.
  func clashTime(_ g: Int, _ k: Int) -> Int? {
    let e = Int(md.roleEvent[g])
    let s = Int(st.subStart[k])
    let held = Int(st.subRes[md.assignIndex(e, k, g - Int(md.roleFirst[e]))])
    guard s >= 0, held >= 0 else { return nil }
    let T = md.T
    return (s..<min(T, s + Int(st.subDur[k]))).first { st.busy[held * T + $0] > 1 }
  }

  /// Re-assigns by matching, at time `t`, the roles running then that hold a resource of role
  /// `g`'s domain (after `st.begin()`; the changed events are touched). False when nothing
  /// changes.
  /// - Complexity: O(sub-events × roles) to gather the units, then O(units × domain × unit
  ///   times) for the choices and O(units × choices) per augmenting path.
  mutating func matchAt(domainOf g: Int, time t: Int) -> Bool {
    let T = md.T
    prepareMatching()
    gatherUnits(domainOf: g, at: t)
    if matchUnits.count < 2 { return false }
    // Attendance without the units: what stays.
    var free = st.busy
    for u in matchUnits.indices {
      let r = Int(matchUnits[u].current)
      for p in matchUnits[u].pairs {
        let z = Int(matchPairs[p].slot)
        let a = Int(st.subStart[z])
        if a < 0 { continue }
        for x in a..<min(T, a + Int(st.subDur[z])) { free[r * T + x] -= 1 }
      }
    }
    // Workload without the units, and each unit's.
    var load = st.load
    for u in matchUnits.indices {
      var w: Int64 = 0
      for p in matchUnits[u].pairs {
        let z = Int(matchPairs[p].slot)
        w += Int64(st.subDur[z]) * md.roleLoad[Int(matchPairs[p].role)]
      }
      matchUnits[u].load = w
      load[Int(matchUnits[u].current)] -= w
    }
    matchChoices.removeAll(keepingCapacity: true)
    for u in matchUnits.indices {
      let lower = matchChoices.count
      let h = Int(matchPairs[matchUnits[u].pairs.lowerBound].role)
      let n = md.roleDomain.count(h)
      let offset = n > 0 ? rng.below(n) : 0
      for i in 0..<n {
        let c = md.roleDomain[md.roleDomain.lower(h) + (offset + i) % n]
        if load[c] + matchUnits[u].load <= matchCap[c] && fits(c, unit: u, free: free) {
          matchChoices.append(Int32(c))
        }
      }
      matchUnits[u].choices = lower..<matchChoices.count
    }
    // The current resources where they fit, then augmenting paths for the others.
    for u in matchUnits.indices {
      matchUnits[u].given = -1
      let r = matchUnits[u].current
      if matchOwner[Int(r)] < 0 && matchChoices[matchUnits[u].choices].contains(r) {
        matchOwner[Int(r)] = Int32(u)
        matchUnits[u].given = r
      }
    }
    for u in matchUnits.indices where matchUnits[u].given < 0 {
      matchEpoch &+= 1
      _ = augment(u)
    }
    var changed = false
    for u in matchUnits.indices {
      let r = matchUnits[u].given
      if r >= 0 { matchOwner[Int(r)] = -1 }
      if r < 0 || r == matchUnits[u].current { continue }
      changed = true
      for p in matchUnits[u].pairs {
        let (h, z) = (Int(matchPairs[p].role), Int(matchPairs[p].slot))
        st.touch(Int(md.roleEvent[h]))
        setRole(h, to: r, slot: z)
      }
    }
    return changed
  }

  /// A unit of the matching: (role, slot) pairs that keep one resource (`matchPairs[pairs]`),
  /// the resource they hold, the resources that fit all of them (`matchChoices[choices]`) and
  /// the one the matching gives (−1: none yet).
  struct MatchUnit {
    var pairs: Range<Int>
    var current: Int32
    var choices: Range<Int> = 0..<0
    var given: Int32 = -1
    /// The workload its pairs add (units of 1/`md.workloadUnit`).
    var load: Int64 = 0
  }

  /// The units at time `t`: every started sub-event running then whose role holds a resource
  /// of role `g`'s domain, tied roles with the rest of their tie.
  mutating func gatherUnits(domainOf g: Int, at t: Int) {
    matchUnits.removeAll(keepingCapacity: true)
    matchPairs.removeAll(keepingCapacity: true)
    if matchMark.count != md.assignCount {
      matchMark = [UInt32](repeating: 0, count: md.assignCount)
    }
    matchMarkEpoch &+= 1
    for e in 0..<md.E where md.roleCount(e) > 0 {
      let base = Int(md.subBase[e])
      for k in base..<base + Int(st.subCount[e]) {
        let s = Int(st.subStart[k])
        if s < 0 || s > t || s + Int(st.subDur[k]) <= t { continue }
        for j in 0..<md.roleCount(e) {
          let idx = md.assignIndex(e, k, j)
          let r = Int(st.subRes[idx])
          if r < 0 || matchMark[idx] == matchMarkEpoch || !md.inDomain(g, r) { continue }
          let h = Int(md.roleFirst[e]) + j
          let lower = matchPairs.count
          if md.roleHardTied[h] {
            addTied(h, Int32(r))
            let groups = md.roleGroupsOfRole
            for i in groups.lower(h)..<groups.upper(h) {
              let x = groups[i]
              for y in md.groupRoles.lower(x)..<md.groupRoles.upper(x) where md.groupRoles[y] != h {
                addTied(md.groupRoles[y], Int32(r))
              }
            }
          } else {
            matchMark[idx] = matchMarkEpoch
            matchPairs.append((Int32(h), Int32(k)))
          }
          matchUnits.append(MatchUnit(pairs: lower..<matchPairs.count, current: Int32(r)))
        }
      }
    }
  }

  /// Role `h` in every sub-event of its event that holds `r`, into the unit being gathered.
  private mutating func addTied(_ h: Int, _ r: Int32) {
    let f = Int(md.roleEvent[h])
    let base = Int(md.subBase[f])
    for z in base..<base + Int(st.subCount[f]) {
      let idx = md.assignIndex(f, z, h - Int(md.roleFirst[f]))
      if st.subRes[idx] != r || matchMark[idx] == matchMarkEpoch { continue }
      matchMark[idx] = matchMarkEpoch
      matchPairs.append((Int32(h), Int32(z)))
    }
  }

  /// Whether resource `c` may take unit `u`: in the domain of each of its roles, attended by
  /// nothing that stays (`free`) and not unavailable at any of its sub-events' times.
  private func fits(_ c: Int, unit u: Int, free: [Int32]) -> Bool {
    let T = md.T
    for p in matchUnits[u].pairs {
      let (h, z) = (Int(matchPairs[p].role), Int(matchPairs[p].slot))
      if p > matchUnits[u].pairs.lowerBound && !md.inDomain(h, c) { return false }
      let a = Int(st.subStart[z])
      if a < 0 { continue }
      for x in a..<min(T, a + Int(st.subDur[z])) {
        if free[c * T + x] > 0 || !availableForMatching(c, x) { return false }
      }
    }
    return true
  }

  /// Kuhn's augmenting path from unit `u`: a choice that is unowned, or whose owner can move
  /// to another of its own.
  private mutating func augment(_ u: Int) -> Bool {
    for i in matchUnits[u].choices {
      let c = Int(matchChoices[i])
      if matchSeen[c] == matchEpoch { continue }
      matchSeen[c] = matchEpoch
      let owner = Int(matchOwner[c])
      if owner < 0 || augment(owner) {
        matchOwner[c] = Int32(u)
        matchUnits[u].given = Int32(c)
        return true
      }
    }
    return false
  }
}
