/// Counters the local search reports.
struct SearchOutcome {
  var steps = 0
  var accepted = 0
  var stop = PlanStopReason.stepLimit
}

extension PlanState {
  /// Improves the constructed plan by local search: a step tries one move (relocate an
  /// observation with a fresh debrief, insert a missing one, re-place a debrief, swap the
  /// kinds of two observations of one teacher, move a one-on-one within its month, or place a
  /// missing one-on-one by moving the debriefs and one-on-ones in its way) and
  /// keeps it when the cost does not get worse (sideways moves let the search cross
  /// plateaus). Every move keeps all participants free, so only the cached cost terms change.
  ///
  /// Deterministic for a seed and step limit; the clock and `cancel` are polled every 1,024
  /// steps. Stops early at cost (0, 0) or after `stall` steps without a strict improvement.
  ///
  /// - Complexity: O(n + periods × window) per step, n = one member's quota.
  mutating func search(
    steps limit: Int, stall: Int, rng: inout SplitMix64, deadline: ContinuousClock.Instant?,
    cancel: (@Sendable () -> Bool)?
  ) -> SearchOutcome {
    var out = SearchOutcome()
    // Observation moves need an eligible day to move to.
    let records = problem.eligibleDays.isEmpty ? 0 : day.count
    guard records > 0 || !oneDay.isEmpty else {
      out.stop = .nothingToPlan
      return out
    }
    var current = cost
    var best = current
    var sinceBest = 0
    while out.steps < limit {
      if current.hard == 0 && current.soft == 0 {
        out.stop = .optimal
        return out
      }
      if sinceBest >= stall {
        out.stop = .stalled
        return out
      }
      if out.steps & 1023 == 0 {
        if let deadline, ContinuousClock.now >= deadline {
          out.stop = .timeLimit
          return out
        }
        if let cancel, cancel() {
          out.stop = .cancelled
          return out
        }
      }
      out.steps += 1
      sinceBest += 1
      let roll = rng.below(100)
      var accepted = false
      if records > 0 && unplacedObservations > 0 && roll < 20 {
        accepted = insertMove(rng: &rng, current: &current)
      } else if records > 0 && roll < 65 {
        accepted = relocateMove(rng: &rng, current: &current)
      } else if records > 0 && roll < 80 {
        accepted = debriefMove(rng: &rng, current: &current)
      } else if records > 0 && roll < 88 {
        accepted = kindSwapMove(rng: &rng, current: &current)
      } else if (unplacedOneOnOnes > 0 || unplacedObservations > 0) && roll >= 94 {
        accepted = ejectMove(rng: &rng, current: &current)
      } else if !oneDay.isEmpty {
        accepted = oneOnOneMove(rng: &rng, current: &current)
      }
      if accepted {
        out.accepted += 1
        if current < best {
          best = current
          sinceBest = 0
        }
      }
      #if CADRE_INTERNAL_CHECKS
        if out.steps & 255 == 0 { checkCaches() }
      #endif
    }
    return out
  }

  /// Recomputes the caches touched by a move of member m's events on the given days.
  private mutating func refresh(member m: Int, days: (Int, Int, Int, Int)) {
    refresh(member: m)
    let l = problem.memberLeader[m]
    refresh(leader: l, day: days.0)
    refresh(leader: l, day: days.1)
    refresh(leader: l, day: days.2)
    refresh(leader: l, day: days.3)
  }

  /// Keeps the new state when its cost is not worse; otherwise the caller undoes the move.
  private func keep(_ before: HardSoftCost, _ after: HardSoftCost) -> Bool { after <= before }

  /// Moves a random placed observation to a random observable slot (near its day or anywhere)
  /// with a new debrief.
  private mutating func relocateMove(rng: inout SplitMix64, current: inout HardSoftCost) -> Bool {
    let r = rng.below(day.count)
    guard day[r] >= 0 else { return false }
    let m = r / perMember
    let old = (day[r], period[r], debriefDay[r], debriefPeriod[r])
    unplace(r)
    let e = problem.eligibleDays.count
    let d: Int
    if rng.below(2) == 0 {
      let at = problem.eligibleDays.firstIndex(of: old.0) ?? 0
      d = problem.eligibleDays[max(0, min(e - 1, at + rng.below(15) - 7))]
    } else {
      d = problem.eligibleDays[rng.below(e)]
    }
    let mask = observable(r, d)
    guard mask != 0 else {
      place(r, old.0, old.1, debrief: old.2, old.3)
      return false
    }
    let p = Self.nthBit(mask, rng.below(mask.nonzeroBitCount))
    let debrief =
      rng.below(4) == 0
      ? randomDebrief(member: m, d, p, rng: &rng) : earliestDebrief(member: m, d, p)
    guard let (dd, dp) = debrief, (d, p) != (old.0, old.1) || (dd, dp) != (old.2, old.3) else {
      place(r, old.0, old.1, debrief: old.2, old.3)
      return false
    }
    place(r, d, p, debrief: dd, dp)
    refresh(member: m, days: (old.0, old.2, d, dd))
    let after = cost
    if keep(current, after) {
      current = after
      return true
    }
    unplace(r)
    place(r, old.0, old.1, debrief: old.2, old.3)
    refresh(member: m, days: (old.0, old.2, d, dd))
    return false
  }

  /// Tries to place a missing observation on a few random eligible days.
  private mutating func insertMove(rng: inout SplitMix64, current: inout HardSoftCost) -> Bool {
    let start = rng.below(day.count)
    var r = -1
    for i in 0..<day.count where day[(start + i) % day.count] < 0 {
      r = (start + i) % day.count
      break
    }
    guard r >= 0 else { return false }
    let m = r / perMember
    let e = problem.eligibleDays.count
    for _ in 0..<8 {
      let d = problem.eligibleDays[rng.below(e)]
      let mask = observable(r, d)
      guard mask != 0 else { continue }
      let p = Self.nthBit(mask, rng.below(mask.nonzeroBitCount))
      guard let (dd, dp) = earliestDebrief(member: m, d, p) else { continue }
      place(r, d, p, debrief: dd, dp)
      refresh(member: m, days: (d, dd, -1, -1))
      let after = cost
      if keep(current, after) {
        current = after
        return true
      }
      unplace(r)
      refresh(member: m, days: (d, dd, -1, -1))
    }
    return false
  }

  /// Moves the debrief of a random placed observation to another slot in its window.
  private mutating func debriefMove(rng: inout SplitMix64, current: inout HardSoftCost) -> Bool {
    let r = rng.below(day.count)
    guard day[r] >= 0 else { return false }
    let m = r / perMember
    let old = (day[r], period[r], debriefDay[r], debriefPeriod[r])
    unplace(r)
    // The observation's own period must stay taken while a debrief slot is sought.
    let lx = problem.leaderPerson[problem.memberLeader[m]]
    mark(lx, old.0, old.1, true)
    let slot = randomDebrief(member: m, old.0, old.1, rng: &rng)
    mark(lx, old.0, old.1, false)
    guard let (dd, dp) = slot, (dd, dp) != (old.2, old.3) else {
      place(r, old.0, old.1, debrief: old.2, old.3)
      return false
    }
    place(r, old.0, old.1, debrief: dd, dp)
    refresh(member: m, days: (old.2, dd, -1, -1))
    let after = cost
    if keep(current, after) {
      current = after
      return true
    }
    unplace(r)
    place(r, old.0, old.1, debrief: old.2, old.3)
    refresh(member: m, days: (old.2, dd, -1, -1))
    return false
  }

  /// Swaps the kinds of two observations of one member (helps each kind reach every term).
  private mutating func kindSwapMove(rng: inout SplitMix64, current: inout HardSoftCost) -> Bool {
    guard perMember >= 2, problem.quota[0] > 0, problem.quota[1] > 0 else { return false }
    let m = rng.below(problem.memberCount)
    let a = m * perMember + rng.below(perMember)
    let b = m * perMember + rng.below(perMember)
    guard kind[a] != kind[b] else { return false }
    kind.swapAt(a, b)
    refresh(member: m)
    let after = cost
    if keep(current, after) {
      current = after
      return true
    }
    kind.swapAt(a, b)
    refresh(member: m)
    return false
  }

  /// Moves a random one-on-one to a random shared free period of its month.
  private mutating func oneOnOneMove(rng: inout SplitMix64, current: inout HardSoftCost) -> Bool {
    let k = rng.below(oneDay.count)
    let m = oneMember[k]
    let l = problem.memberLeader[m]
    let old = (oneDay[k], onePeriod[k])
    let days = problem.monthDays[oneMonth[k]]
    let d = days.lowerBound + rng.below(days.count)
    setOneOnOne(k, -1, -1)
    let mask = common(member: m, d)
    guard mask != 0 else {
      setOneOnOne(k, old.0, old.1)
      return false
    }
    let p = Self.nthBit(mask, rng.below(mask.nonzeroBitCount))
    setOneOnOne(k, d, p)
    refresh(leader: l, day: old.0)
    refresh(leader: l, day: d)
    let after = cost
    if keep(current, after) {
      current = after
      return true
    }
    setOneOnOne(k, old.0, old.1)
    refresh(leader: l, day: old.0)
    refresh(leader: l, day: d)
    return false
  }

  #if CADRE_INTERNAL_CHECKS
    /// Debug builds: the incremental caches equal a recount from scratch.
    mutating func checkCaches() {
      let before = cost
      var copy = self
      copy.sumMemberHard = 0
      copy.sumMemberSoft = 0
      copy.sumWeekLoad = 0
      copy.memberHard = [Int](repeating: 0, count: memberHard.count)
      copy.memberSoft = copy.memberHard
      copy.weekLoad = [Int](repeating: 0, count: weekLoad.count)
      copy.refreshAll()
      assert(copy.cost == before, "calendar cost cache drifted: \(before) vs \(copy.cost)")
    }
  #endif
}
