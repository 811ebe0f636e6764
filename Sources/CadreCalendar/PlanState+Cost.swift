import CadreEngine

/// The counts of the per-member rules of docs/CALENDAR.md for one member.
struct MemberCounts {
  var spacing = 0
  var term = 0
  var uneven = 0
  var repeated = 0
}

extension PlanState {
  /// `observation-spacing`, `observation-term`, `uneven-observations` and `repeated-slot` for
  /// member m, from their placed records.
  ///
  /// - Complexity: O(n² + n × terms) for the member's n observations (n is small: a quota).
  mutating func counts(member m: Int) -> MemberCounts {
    var out = MemberCounts()
    let base = problem.memberBase[m]
    var n = 0
    for r in records(m) where day[r] >= 0 {
      // Insertion sort of the placed days into scratch.
      var i = n
      while i > 0 && scratch[i - 1] > day[r] {
        scratch[i] = scratch[i - 1]
        i -= 1
      }
      scratch[i] = day[r]
      n += 1
    }
    let e = problem.eligibleDays.count
    let g = n >= 2 && e >= 1 ? e / n : 0
    if n >= 2 {
      for i in 1..<n {
        let gap = scratch[i] - scratch[i - 1]
        if gap < problem.minDays { out.spacing += 1 }
        if e >= 1 { out.uneven += abs(gap - g) }
      }
    }
    for k in 0..<2 where problem.termRule(m, k) {
      for t in 0..<problem.termCount {
        var hit = false
        for r in records(m)
        where day[r] >= 0 && kind[r] == k && problem.dayTerm[day[r]] == t {
          hit = true
          break
        }
        if !hit { out.term += 1 }
      }
    }
    let pc = problem.periodCount
    var distinct = 0
    for r in records(m) where day[r] >= 0 {
      let key = problem.dayOfCycleWeek[day[r]] * pc + period[r]
      var seen = false
      for s in base..<r
      where day[s] >= 0 && problem.dayOfCycleWeek[day[s]] * pc + period[s] == key {
        seen = true
        break
      }
      if !seen { distinct += 1 }
    }
    out.repeated = n - distinct
    return out
  }

  /// `leader-load` of leader l in dense week w: max − min of events led per school day.
  func loadCount(leader l: Int, week w: Int) -> Int {
    let days = problem.weekDays[w]
    guard days.count >= 2 else { return 0 }
    var lo = Int.max
    var hi = Int.min
    for d in days {
      let v = load[l * problem.dayCount + d]
      lo = min(lo, v)
      hi = max(hi, v)
    }
    return hi - lo
  }

  /// Recomputes member m's cached terms and the running sums.
  mutating func refresh(member m: Int) {
    let c = counts(member: m)
    let w = problem.weights
    let hard = c.spacing + c.term
    let soft = c.uneven * w.unevenObservations + c.repeated * w.repeatedSlot
    sumMemberHard += hard - memberHard[m]
    sumMemberSoft += soft - memberSoft[m]
    memberHard[m] = hard
    memberSoft[m] = soft
  }

  /// Recomputes leader l's cached load in the week of school day d.
  mutating func refresh(leader l: Int, day d: Int) {
    guard d >= 0 else { return }
    let at = l * problem.weekCount + problem.dayWeek[d]
    let v = loadCount(leader: l, week: problem.dayWeek[d])
    sumWeekLoad += v - weekLoad[at]
    weekLoad[at] = v
  }

  /// Fills every cache from scratch (after construction).
  mutating func refreshAll() {
    for m in 0..<problem.memberCount { refresh(member: m) }
    for l in 0..<problem.leaderCount {
      for w in 0..<problem.weekCount {
        let v = loadCount(leader: l, week: w)
        sumWeekLoad += v - weekLoad[l * problem.weekCount + w]
        weekLoad[l * problem.weekCount + w] = v
      }
    }
  }

  /// The cost from the caches, as the engine's `Cost` (hard first, then soft).
  var cost: Cost {
    let w = problem.weights
    return Cost(
      hard: Int64(unplacedObservations - unplacedSoftObservations + sumMemberHard + huddleShort),
      // One-on-ones are optional coaching time: a missing one is soft (docs/CALENDAR.md).
      soft: Int64(
        sumMemberSoft + w.leaderLoad * sumWeekLoad + w.debriefDelay * delaySum
          + w.huddlePattern * huddlePatternCount + w.oneOnOne * unplacedOneOnOnes
          + unplacedSoftCost))
  }

  /// Every rule's count recomputed from the placements, in `CalendarRule.allCases` order.
  /// Rules the planner cannot break by construction count what the state shows (0).
  mutating func ruleCounts() -> [CalendarRule: Int] {
    var c: [CalendarRule: Int] = [:]
    var member = MemberCounts()
    for m in 0..<problem.memberCount {
      let x = counts(member: m)
      member.spacing += x.spacing
      member.term += x.term
      member.uneven += x.uneven
      member.repeated += x.repeated
    }
    var quotaHard = 0
    var quotaSoft = 0
    for r in day.indices where day[r] < 0 {
      let w = quotaWeight(r)
      if w < 0 { quotaHard += 1 } else { quotaSoft += w }
    }
    c[.observationQuota] = quotaHard
    c[.teamPolicy] = quotaSoft
    c[.observationSpacing] = member.spacing
    c[.observationTerm] = member.term
    c[.unevenObservations] = member.uneven
    c[.repeatedSlot] = member.repeated
    var dayMax = 0
    for v in observationsOn where v > problem.maxPerDay { dayMax += v - problem.maxPerDay }
    c[.leaderDayMax] = dayMax
    var delay = 0
    var missing = 0
    for r in day.indices where day[r] >= 0 {
      if debriefDay[r] < 0 { missing += 1 } else { delay += debriefDay[r] - day[r] }
    }
    c[.debriefMissing] = missing
    c[.debriefDelay] = delay
    let weeks = problem.weekCount
    var held = [Int](repeating: 0, count: problem.leaderCount * weeks)
    for i in huddleDay.indices {
      held[problem.teamLeader[huddleTeam[i]] * weeks + problem.dayWeek[huddleDay[i]]] += 1
    }
    c[.huddleCount] = zip(problem.huddleCapacity, held).reduce(0) { $0 + max(0, $1.0 - $1.1) }
    c[.huddlePattern] = huddlePatternCount
    c[.oneOnOneCount] = oneDay.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
    var load = 0
    for l in 0..<problem.leaderCount {
      for w in 0..<problem.weekCount { load += loadCount(leader: l, week: w) }
    }
    c[.leaderLoad] = load
    return c
  }
}
