import CadreEngine

/// The mutable plan: where every event sits, the busy sets that keep people out of two places
/// at once, and cached cost terms that moves update incrementally.
///
/// Observation records are fixed per member: member m owns records
/// `records(m)` (`PlanProblem.memberBase`; a member has as many as their team's quotas add
/// up to), placed or not (day −1). A placed observation always
/// has a placed debrief; the planner never places an event where a participant is busy, so
/// `busy` bits are never shared.
struct PlanState {
  // MARK: Constant
  let problem: PlanProblem

  // MARK: Occupancy
  /// person × dayCount + day -> periods taken by events.
  var busy: [UInt64]
  /// leader × dayCount + day -> observations that day.
  var observationsOn: [Int]
  /// leader × dayCount + day -> events led that day (all kinds).
  var load: [Int]

  // MARK: Observations (one record per required observation)
  /// 0 spot, 1 formal.
  var kind: [Int]
  var day: [Int]
  var period: [Int]
  var debriefDay: [Int]
  var debriefPeriod: [Int]

  // MARK: Huddles (fixed once constructed)
  var huddleTeam: [Int] = []
  var huddleDay: [Int] = []
  var huddlePeriod: [Int] = []
  /// leader × weekCount + week -> huddles placed (never more than the capacity R).
  var huddlePlaced: [Int] = []
  /// Σ over (leader, week) of the shortfall R − placed: the `huddle-count`.
  var huddleShort = 0
  /// Σ over teams of max(0, distinct (weekday, period) − h).
  var huddlePatternCount = 0

  // MARK: One-on-ones (one record per required meeting)
  var oneMember: [Int] = []
  var oneMonth: [Int] = []
  var oneDay: [Int] = []
  var onePeriod: [Int] = []

  // MARK: Cached cost terms
  var memberHard: [Int]
  var memberSoft: [Int]
  /// leader × weekCount + week -> max − min of `load` over that week's days (0 under 2 days).
  var weekLoad: [Int]
  var sumMemberHard = 0
  var sumMemberSoft = 0
  var sumWeekLoad = 0
  var delaySum = 0
  /// Every unplaced observation record; of them, those of soft-marked quotas, and the sum of
  /// their weights (`team-policy`).
  var unplacedObservations = 0
  var unplacedSoftObservations = 0
  var unplacedSoftCost = 0
  var unplacedOneOnOnes = 0

  // MARK: Re-solve pins (PlanState+Previous.swift)
  /// Per observation record: put back where the previous calendar had it; the search leaves
  /// it and its debrief alone.
  var pinnedObservation: [Bool]
  /// Per one-on-one record: put back where the previous calendar had it.
  var pinnedOneOnOne: [Bool] = []
  /// leader × weekCount + week -> some huddle of that leader's week is a previous one (the
  /// month repair, which re-plans huddles, leaves such weeks alone).
  var pinnedWeek: [Bool]

  // MARK: Scratch
  var scratch: [Int]

  init(problem: PlanProblem) {
    self.problem = problem
    let records = problem.recordCount
    busy = [UInt64](repeating: 0, count: problem.personCount * problem.dayCount)
    observationsOn = [Int](repeating: 0, count: problem.leaderCount * problem.dayCount)
    load = observationsOn
    kind = [Int](repeating: 0, count: records)
    day = [Int](repeating: -1, count: records)
    period = day
    debriefDay = day
    debriefPeriod = day
    memberHard = [Int](repeating: 0, count: problem.memberCount)
    memberSoft = memberHard
    weekLoad = [Int](repeating: 0, count: problem.leaderCount * problem.weekCount)
    unplacedObservations = records
    scratch = [Int](repeating: 0, count: max(1, problem.mostPerMember))
    pinnedObservation = [Bool](repeating: false, count: records)
    pinnedWeek = [Bool](repeating: false, count: problem.leaderCount * problem.weekCount)
  }

  /// Member m's observation records.
  @inline(__always)
  func records(_ m: Int) -> Range<Int> { problem.memberBase[m]..<problem.memberBase[m + 1] }

  /// The member whose observation record r is.
  @inline(__always)
  func memberOf(_ r: Int) -> Int { problem.recordMember[r] }

  /// The weight of record r's quota at its current kind, -1 when the quota is hard.
  @inline(__always)
  func quotaWeight(_ r: Int) -> Int { problem.memberQuotaWeight[memberOf(r) * 2 + kind[r]] }

  /// Record r joins (`sign` 1) or leaves (-1) the unplaced observations.
  @inline(__always)
  mutating func countUnplaced(_ r: Int, _ sign: Int) {
    unplacedObservations += sign
    let w = quotaWeight(r)
    if w >= 0 {
      unplacedSoftObservations += sign
      unplacedSoftCost += sign * w
    }
  }

  /// Recounts the unplaced observations from scratch (after kinds are dealt or swapped).
  mutating func recountUnplaced() {
    unplacedObservations = 0
    unplacedSoftObservations = 0
    unplacedSoftCost = 0
    for r in day.indices where day[r] < 0 { countUnplaced(r, 1) }
  }

  // MARK: Free periods

  /// Periods in which `person` is free and has no event on school day `d`.
  func free(_ person: Int, _ d: Int) -> UInt64 {
    ~(problem.busyStatic(person, day: d) | busy[person * problem.dayCount + d])
      & problem.periodMask
  }

  /// Periods of school day `d` in which record `r`'s member teaches and their leader is free
  /// and under the daily observation limit (0 on blackout days).
  func observable(_ r: Int, _ d: Int) -> UInt64 {
    let m = memberOf(r)
    let l = problem.memberLeader[m]
    guard problem.dayEligible[d], observationsOn[l * problem.dayCount + d] < problem.maxPerDay
    else { return 0 }
    return problem.teaching(problem.memberPerson[m], day: d) & free(problem.leaderPerson[l], d)
  }

  /// Periods of school day `d` in which member m and their leader are both free.
  func common(member m: Int, _ d: Int) -> UInt64 {
    free(problem.memberPerson[m], d)
      & free(problem.leaderPerson[problem.memberLeader[m]], d)
  }

  // MARK: Placing and removing

  mutating func mark(_ person: Int, _ d: Int, _ p: Int, _ on: Bool) {
    let bit = UInt64(1) << UInt64(p)
    if on {
      busy[person * problem.dayCount + d] |= bit
    } else {
      busy[person * problem.dayCount + d] &= ~bit
    }
  }

  /// Places observation `r` at (d, p) and its debrief at (dd, dp).
  mutating func place(_ r: Int, _ d: Int, _ p: Int, debrief dd: Int, _ dp: Int) {
    let m = memberOf(r)
    let l = problem.memberLeader[m]
    let lx = problem.leaderPerson[l]
    day[r] = d
    period[r] = p
    debriefDay[r] = dd
    debriefPeriod[r] = dp
    mark(lx, d, p, true)
    mark(lx, dd, dp, true)
    mark(problem.memberPerson[m], dd, dp, true)
    observationsOn[l * problem.dayCount + d] += 1
    load[l * problem.dayCount + d] += 1
    load[l * problem.dayCount + dd] += 1
    delaySum += dd - d
    countUnplaced(r, -1)
  }

  /// Takes observation `r` and its debrief out of the plan.
  mutating func unplace(_ r: Int) {
    let d = day[r]
    guard d >= 0 else { return }
    let m = memberOf(r)
    let l = problem.memberLeader[m]
    let lx = problem.leaderPerson[l]
    let (p, dd, dp) = (period[r], debriefDay[r], debriefPeriod[r])
    mark(lx, d, p, false)
    mark(lx, dd, dp, false)
    mark(problem.memberPerson[m], dd, dp, false)
    observationsOn[l * problem.dayCount + d] -= 1
    load[l * problem.dayCount + d] -= 1
    load[l * problem.dayCount + dd] -= 1
    delaySum -= dd - d
    countUnplaced(r, 1)
    day[r] = -1
    period[r] = -1
    debriefDay[r] = -1
    debriefPeriod[r] = -1
  }

  /// Places one-on-one record `k` at (d, p), or takes it out when d < 0.
  mutating func setOneOnOne(_ k: Int, _ d: Int, _ p: Int) {
    let m = oneMember[k]
    let l = problem.memberLeader[m]
    let persons = (problem.memberPerson[m], problem.leaderPerson[l])
    if oneDay[k] >= 0 {
      mark(persons.0, oneDay[k], onePeriod[k], false)
      mark(persons.1, oneDay[k], onePeriod[k], false)
      load[l * problem.dayCount + oneDay[k]] -= 1
      unplacedOneOnOnes += 1
    }
    oneDay[k] = d
    onePeriod[k] = d >= 0 ? p : -1
    if d >= 0 {
      mark(persons.0, d, p, true)
      mark(persons.1, d, p, true)
      load[l * problem.dayCount + d] += 1
      unplacedOneOnOnes -= 1
    }
  }

  /// Adds a huddle of team `t` at (d, p) for the leader and every member.
  mutating func addHuddle(team t: Int, _ d: Int, _ p: Int) {
    let l = problem.teamLeader[t]
    mark(problem.leaderPerson[l], d, p, true)
    for m in problem.teamMembers[t] { mark(problem.memberPerson[m], d, p, true) }
    load[l * problem.dayCount + d] += 1
    huddleTeam.append(t)
    huddleDay.append(d)
    huddlePeriod.append(p)
  }

  // MARK: Debrief slots

  /// The earliest slot after observation (d, p) where the member and leader are both free:
  /// later that day, else up to `window` school days after.
  func earliestDebrief(member m: Int, _ d: Int, _ p: Int) -> (Int, Int)? {
    var dd = d
    while dd <= d + problem.window && dd < problem.dayCount {
      var mask = common(member: m, dd)
      if dd == d { mask &= ~((UInt64(2) << UInt64(p)) &- 1) }
      if mask != 0 { return (dd, mask.trailingZeroBitCount) }
      dd += 1
    }
    return nil
  }

  /// A uniformly random debrief slot in the window after (d, p).
  func randomDebrief(member m: Int, _ d: Int, _ p: Int, rng: inout SplitMix64) -> (Int, Int)? {
    var total = 0
    var dd = d
    while dd <= d + problem.window && dd < problem.dayCount {
      var mask = common(member: m, dd)
      if dd == d { mask &= ~((UInt64(2) << UInt64(p)) &- 1) }
      total += mask.nonzeroBitCount
      dd += 1
    }
    guard total > 0 else { return nil }
    var pick = rng.draw(below: total)
    dd = d
    while dd <= d + problem.window && dd < problem.dayCount {
      var mask = common(member: m, dd)
      if dd == d { mask &= ~((UInt64(2) << UInt64(p)) &- 1) }
      let n = mask.nonzeroBitCount
      if pick < n { return (dd, Self.nthBit(mask, pick)) }
      pick -= n
      dd += 1
    }
    return nil
  }

  /// The index of the n-th set bit (from 0) of a mask with more than n bits set.
  static func nthBit(_ mask: UInt64, _ n: Int) -> Int {
    var m = mask
    for _ in 0..<n { m &= m &- 1 }
    return m.trailingZeroBitCount
  }
}
