import CadreEngine

/// What one seeded local search returns: the improved plan, its cost and counters. The
/// portfolio compares these by (cost, seed).
struct PlanOutcome: PortfolioOutcome {
  var state: PlanState
  var cost: Cost
  var seed: UInt64
  /// Steps taken (with several threads, the portfolio adds up the steps of every run).
  var steps: Int
  var accepted: Int
  var stop: PlanStopReason
  var reachedTarget: Bool { stop == .optimal }
}

/// One seeded local search over a constructed plan, on the engine's search skeleton: the
/// engine's `SplitMix64`, its `Cost`, and a `StepMeter` that counts the steps and, every 1,024
/// steps, looks at the time limit and the cancellation flag.
///
/// A step tries one move (relocate an observation with a fresh debrief, insert a missing one,
/// re-place a debrief, swap the kinds of two observations of one teacher, move a one-on-one
/// within its month, or place a missing one-on-one by moving the debriefs and one-on-ones in
/// its way) and keeps it when the cost does not get worse (sideways moves let the search cross
/// plateaus). Every move keeps all participants free, so only the cached cost terms change.
///
/// Deterministic for a seed and step limit. Stops at the budget's target (cost (0, 0):
/// `.optimal`), after `stall` steps without a strict improvement (`.stalled`), or when the meter
/// stops it (step limit, time limit, cancellation).
///
/// - Complexity: O(n + periods × window) per step, n = one member's quota.
struct PlanSearch: MeteredSearch {
  var state: PlanState
  var meter: StepMeter
  var rng: SplitMix64
  let seed: UInt64
  let stall: Int
  var current: Cost
  var best: Cost
  var accepted = 0

  var phase: String { "calendar" }
  var bestSoFar: Cost { best }

  /// `meter` may have been started before construction, so that the time limit covers both.
  init(state: PlanState, meter: StepMeter, seed: UInt64, stall: Int) {
    self.state = state
    self.meter = meter
    self.seed = seed
    self.stall = stall
    rng = SplitMix64(seed: seed)
    current = state.cost
    best = current
  }

  mutating func run() -> PlanOutcome {
    let reason = search()
    return PlanOutcome(
      state: state, cost: current, seed: seed, steps: meter.steps, accepted: accepted,
      stop: reason)
  }

  private mutating func search() -> PlanStopReason {
    // Observation moves need an eligible day to move to.
    let records = state.problem.eligibleDays.isEmpty ? 0 : state.day.count
    guard records > 0 || !state.oneDay.isEmpty else { return .nothingToPlan }
    if let limit = meter.budget.stepLimit, limit <= 0 { return .stepLimit }
    var sinceBest = 0
    while true {
      if current <= meter.budget.target { return .optimal }
      if sinceBest >= stall { return .stalled }
      // The meter looks at the clock and the cancellation flag every 1,024 steps; this is the
      // look before the first step, so that a search cancelled before it starts takes none.
      if meter.steps == 0, !meter.checkpoint(best: best, phase: phase) {
        return PlanStopReason(meter.stop ?? .cancelled)
      }
      sinceBest += 1
      let roll = rng.draw(below: 100)
      var kept = false
      if records > 0 && state.unplacedObservations > 0 && roll < 20 {
        kept = state.insertMove(rng: &rng, current: &current)
      } else if records > 0 && roll < 65 {
        kept = state.relocateMove(rng: &rng, current: &current)
      } else if records > 0 && roll < 80 {
        kept = state.debriefMove(rng: &rng, current: &current)
      } else if records > 0 && roll < 88 {
        kept = state.kindSwapMove(rng: &rng, current: &current)
      } else if (state.unplacedOneOnOnes > 0 || state.unplacedObservations > 0) && roll >= 94 {
        kept = state.ejectMove(rng: &rng, current: &current)
      } else if !state.oneDay.isEmpty {
        kept = state.oneOnOneMove(rng: &rng, current: &current)
      }
      if kept {
        accepted += 1
        if current < best {
          best = current
          sinceBest = 0
        }
      }
      // Counts the step just taken: false once the step limit is reached, or when the
      // checkpoint finds the time limit passed or the search cancelled.
      let go = tick()
      #if CADRE_INTERNAL_CHECKS
        if meter.steps & 255 == 0 { state.checkCaches() }
      #endif
      if !go { return PlanStopReason(meter.stop ?? .stepLimit) }
    }
  }
}

extension PlanStopReason {
  /// The engine's stop reason in the planner's terms (the target is cost (0, 0)).
  init(_ stop: SearchStop) {
    switch stop {
    // An outrun run is never a portfolio's result: another of its runs reached the target.
    case .target, .outrun: self = .optimal
    case .stepLimit: self = .stepLimit
    case .timeLimit: self = .timeLimit
    case .cancelled: self = .cancelled
    }
  }
}

extension PlanState {
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
  private func keep(_ before: Cost, _ after: Cost) -> Bool { after <= before }

  /// Moves a random placed observation to a random observable slot (near its day or anywhere)
  /// with a new debrief.
  fileprivate mutating func relocateMove(rng: inout SplitMix64, current: inout Cost) -> Bool {
    let r = rng.draw(below: day.count)
    guard day[r] >= 0, !pinnedObservation[r] else { return false }
    let m = memberOf(r)
    let old = (day[r], period[r], debriefDay[r], debriefPeriod[r])
    unplace(r)
    let e = problem.eligibleDays.count
    let d: Int
    if rng.draw(below: 2) == 0 {
      let at = problem.eligibleDays.firstIndex(of: old.0) ?? 0
      d = problem.eligibleDays[max(0, min(e - 1, at + rng.draw(below: 15) - 7))]
    } else {
      d = problem.eligibleDays[rng.draw(below: e)]
    }
    let mask = observable(r, d)
    guard mask != 0 else {
      place(r, old.0, old.1, debrief: old.2, old.3)
      return false
    }
    let p = Self.nthBit(mask, rng.draw(below: mask.nonzeroBitCount))
    let debrief =
      rng.draw(below: 4) == 0
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
  fileprivate mutating func insertMove(rng: inout SplitMix64, current: inout Cost) -> Bool {
    let start = rng.draw(below: day.count)
    var r = -1
    for i in 0..<day.count where day[(start + i) % day.count] < 0 {
      r = (start + i) % day.count
      break
    }
    guard r >= 0 else { return false }
    let m = memberOf(r)
    let e = problem.eligibleDays.count
    for _ in 0..<8 {
      let d = problem.eligibleDays[rng.draw(below: e)]
      let mask = observable(r, d)
      guard mask != 0 else { continue }
      let p = Self.nthBit(mask, rng.draw(below: mask.nonzeroBitCount))
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
  fileprivate mutating func debriefMove(rng: inout SplitMix64, current: inout Cost) -> Bool {
    let r = rng.draw(below: day.count)
    guard day[r] >= 0, !pinnedObservation[r] else { return false }
    let m = memberOf(r)
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
  fileprivate mutating func kindSwapMove(rng: inout SplitMix64, current: inout Cost) -> Bool {
    guard problem.memberCount > 0 else { return false }
    let m = rng.draw(below: problem.memberCount)
    let mine = records(m)
    guard mine.count >= 2, problem.quota(m, 0) > 0, problem.quota(m, 1) > 0 else { return false }
    let a = mine.lowerBound + rng.draw(below: mine.count)
    let b = mine.lowerBound + rng.draw(below: mine.count)
    guard kind[a] != kind[b], !pinnedObservation[a], !pinnedObservation[b] else { return false }
    swapKinds(a, b)
    refresh(member: m)
    let after = cost
    if keep(current, after) {
      current = after
      return true
    }
    swapKinds(a, b)
    refresh(member: m)
    return false
  }

  /// Swaps two records' kinds; an unplaced one's quota weight follows its new kind.
  private mutating func swapKinds(_ a: Int, _ b: Int) {
    for r in [a, b] where day[r] < 0 { countUnplaced(r, -1) }
    kind.swapAt(a, b)
    for r in [a, b] where day[r] < 0 { countUnplaced(r, 1) }
  }

  /// Moves a random one-on-one to a random shared free period of its month.
  fileprivate mutating func oneOnOneMove(rng: inout SplitMix64, current: inout Cost) -> Bool {
    let k = rng.draw(below: oneDay.count)
    guard !pinnedOneOnOne[k] else { return false }
    let m = oneMember[k]
    let l = problem.memberLeader[m]
    let old = (oneDay[k], onePeriod[k])
    let days = problem.monthDays[oneMonth[k]]
    let d = days.lowerBound + rng.draw(below: days.count)
    setOneOnOne(k, -1, -1)
    let mask = common(member: m, d)
    guard mask != 0 else {
      setOneOnOne(k, old.0, old.1)
      return false
    }
    let p = Self.nthBit(mask, rng.draw(below: mask.nonzeroBitCount))
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
      copy.recountUnplaced()
      assert(copy.cost == before, "calendar cost cache drifted: \(before) vs \(copy.cost)")
    }
  #endif
}
