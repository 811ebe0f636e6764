extension PlanState {
  /// Observable (day, period) options of member m ignoring events: how constrained they are.
  func options(member m: Int) -> Int {
    let lx = problem.leaderPerson[problem.memberLeader[m]]
    let mx = problem.memberPerson[m]
    var n = 0
    for d in problem.eligibleDays {
      n += (problem.teaching(mx, day: d) & ~problem.busyStatic(lx, day: d)).nonzeroBitCount
    }
    return n
  }

  /// Greedy construction of every member's observations, most constrained member first.
  ///
  /// Each member's n observations get evenly spread target days over the eligible days
  /// (the centre of n equal shares) and kinds interleaved so that each kind is spread too
  /// (largest deficit first). Each goes on the eligible day nearest its target that keeps the
  /// leader under the daily limit and the spacing to the member's other observations, in a
  /// period where the member teaches and the leader is free, preferring a (day-of-week,
  /// period) not used for that member yet, and only where a debrief fits right after.
  ///
  /// - Complexity: O(members × n × eligible days × (n + periods)) in the worst case; usually
  ///   the target day or a neighbour fits.
  mutating func constructObservations() {
    guard problem.recordCount > 0 else { return }
    dealKinds()
    guard !problem.eligibleDays.isEmpty else { return }
    let order = (0..<problem.memberCount).map { (options(member: $0), $0) }.sorted {
      $0 < $1
    }.map(\.1)
    let e = problem.eligibleDays.count
    for m in order {
      let base = problem.memberBase[m]
      let n = records(m).count
      for i in 0..<n where day[base + i] < 0 {
        let target = min(e - 1, (2 * i + 1) * e / (2 * n))
        placeNear(base + i, target: target)
      }
      refresh(member: m)
    }
  }

  /// Deals each member's records their kinds, interleaved so that each kind is spread (the
  /// largest deficit first), then recounts the unplaced records (a soft quota's weight
  /// depends on the kind).
  mutating func dealKinds() {
    for m in 0..<problem.memberCount {
      let base = problem.memberBase[m]
      let n = records(m).count
      guard n > 0 else { continue }
      let quota = [problem.quota(m, 0), problem.quota(m, 1)]
      var assigned = [0, 0]
      // Re-solve: observations put back from the previous calendar keep their kind and place;
      // the other records take the kinds still owed.
      for i in 0..<n where pinnedObservation[base + i] { assigned[kind[base + i]] += 1 }
      for i in 0..<n where !pinnedObservation[base + i] {
        let formalDeficit = quota[1] * (i + 1) - n * assigned[1]
        let spotDeficit = quota[0] * (i + 1) - n * assigned[0]
        let k: Int
        if assigned[0] >= quota[0] {
          k = 1
        } else if assigned[1] >= quota[1] {
          k = 0
        } else {
          k = formalDeficit > spotDeficit ? 1 : 0
        }
        assigned[k] += 1
        kind[base + i] = k
      }
    }
    recountUnplaced()
  }

  /// Places record r on the eligible day nearest eligible position `target`, if any fits.
  /// Returns whether it was placed.
  @discardableResult
  mutating func placeNear(_ r: Int, target: Int) -> Bool {
    let e = problem.eligibleDays.count
    for step in 0..<(2 * e) {
      let offset = step % 2 == 0 ? step / 2 : -(step + 1) / 2
      let at = target + offset
      guard at >= 0 && at < e else { continue }
      if tryPlace(r, on: problem.eligibleDays[at]) { return true }
    }
    return false
  }

  /// Whether day d keeps member m's observations `minDays` apart (record r excluded).
  func spaced(_ r: Int, _ d: Int) -> Bool {
    guard problem.minDays > 0 else { return true }
    for s in records(memberOf(r)) where s != r && day[s] >= 0 {
      if abs(day[s] - d) < problem.minDays { return false }
    }
    return true
  }

  /// Places record r on day d in the best observable period that leaves room for a debrief.
  mutating func tryPlace(_ r: Int, on d: Int) -> Bool {
    var mask = observable(r, d)
    guard mask != 0, spaced(r, d) else { return false }
    let m = memberOf(r)
    let pc = problem.periodCount
    // Periods whose (day-of-week, period) this member has not had yet come first.
    var fresh: UInt64 = 0
    var rest: UInt64 = 0
    while mask != 0 {
      let p = mask.trailingZeroBitCount
      mask &= mask &- 1
      let key = problem.dayOfCycleWeek[d] * pc + p
      var used = false
      for s in records(m)
      where day[s] >= 0 && problem.dayOfCycleWeek[day[s]] * pc + period[s] == key {
        used = true
        break
      }
      if used { rest |= UInt64(1) << UInt64(p) } else { fresh |= UInt64(1) << UInt64(p) }
    }
    for var candidates in [fresh, rest] {
      while candidates != 0 {
        let p = candidates.trailingZeroBitCount
        candidates &= candidates &- 1
        if let (dd, dp) = earliestDebrief(member: m, d, p) {
          place(r, d, p, debrief: dd, dp)
          return true
        }
      }
    }
    return false
  }
}
