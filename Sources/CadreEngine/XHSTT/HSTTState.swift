/// A timetable under search: each event's sub-events (duration, start or −1, and the resource
/// of each open role or −1), each resource's attendance per time and workload, and the cached
/// cost of every point of application.
///
/// A move is: `begin()`, `touch(e)` for each event it changes (which saves the event and takes
/// its attendance out), edits of `subCount`/`subDur`/`subStart`/`subRes`, then `evaluate()`
/// (puts the attendance back and re-scores only the points the touched events reach, the
/// resources their roles held before and hold now included) and `commit()` or `rollback()`. This is the engine's own scoring, written apart from the checker's evaluator;
/// tests compare the two on every shared instance.
struct HSTTState {
  let md: HSTTModel
  /// Per event, its number of sub-events; their slots start at `md.subBase[e]`.
  var subCount: [Int32]
  var subDur: [Int32]
  /// Per sub-event slot, its start time, or −1 when unassigned.
  var subStart: [Int32]
  /// Per sub-event slot and open role (`md.assignIndex`), the resource, or −1 when empty.
  var subRes: [Int32]
  /// Per resource, its workload in units of 1/`md.workloadUnit` (preassigned plus roles held).
  var load: [Int64]
  /// Attendances per resource and time (`r * T + t`) and the busy mask per resource.
  var busy: [Int32]
  var bits: [UInt64]
  /// Per resource, Σ over times of (attendances − 1) where above 1: its AvoidClashes deviation,
  /// kept as attendance changes.
  var clashes: [Int32]
  /// Per resource, the money it is charged per cycle (`md.coverageRate`), and the sum of the
  /// yearly amounts: the budget points' state, kept as attendance changes.
  var charged: [Int64]
  var coverageYearly: Int64 = 0
  /// Per demand point and time (`d * T + t`): the started sub-events of its events running
  /// then, and its resources busy then (`HSTTRule.demand`; empty without demand points).
  var demandNeed: [Int32]
  var demandUsed: [Int32]
  var pointCost: [Int64]
  var hard: Int64 = 0
  var soft: Int64 = 0

  // Move scratch.
  private var touched: [Int32] = []
  private var saved: [Int32] = []
  private var changedPoints: [Int32] = []
  private var changedOld: [Int64] = []
  private var pointStamp: [UInt32]
  private var epoch: UInt32 = 0
  /// Resources whose points the move must re-score: those the touched events' roles held
  /// (from `touch`, the first `movedTouched`) and hold after the edit (from `evaluate`).
  private var moved: [Int32] = []
  private var movedTouched = 0
  /// Scratch for counting distinct resources (AvoidSplitAssignments).
  let scratch: HSTTScratch
  private var evaluated = false
  /// The cost when the current move began.
  private(set) var hardBefore: Int64 = 0
  private(set) var softBefore: Int64 = 0

  init(model: HSTTModel) {
    md = model
    let slots = model.duration.reduce(0) { $0 + Int($1) }
    subCount = [Int32](repeating: 1, count: model.E)
    subDur = [Int32](repeating: 0, count: slots)
    subStart = [Int32](repeating: -1, count: slots)
    subRes = [Int32](repeating: -1, count: model.assignCount)
    load = model.baseLoad
    scratch = HSTTScratch(resources: model.R, huddles: model.huddleSize)
    for e in 0..<model.E {
      let b = Int(model.subBase[e])
      subDur[b] = model.duration[e]
      subStart[b] = model.fixedStart[e]
    }
    busy = [Int32](repeating: 0, count: model.R * model.T)
    bits = [UInt64](repeating: 0, count: model.R * model.words)
    clashes = [Int32](repeating: 0, count: model.R)
    // One entry per resource even without coverage: `occupy`'s loop makes `charged` unique
    // before its `priced` test (the optimiser hoists the access), and an empty array is the
    // shared empty storage, never unique, so it was copied on every call (14% of a FET solve).
    charged = [Int64](repeating: 0, count: model.R)
    demandNeed = [Int32](repeating: 0, count: model.demandCapacity.count)
    demandUsed = demandNeed
    pointCost = [Int64](repeating: 0, count: model.pointMonitor.count)
    pointStamp = [UInt32](repeating: 0, count: model.pointMonitor.count)
    for e in 0..<model.E { occupy(e, 1) }
    recount()
  }

  var cost: Cost { Cost(hard: hard, soft: soft) }

  /// Recomputes every point from scratch (start, and checks in debug builds).
  mutating func recount() {
    hard = 0
    soft = 0
    for p in 0..<pointCost.count {
      let v = value(p)
      pointCost[p] = v
      if md.mHard[Int(md.pointMonitor[p])] { hard += v } else { soft += v }
    }
  }

  // MARK: Attendance

  /// Adds (`sign` 1) or removes (−1) the attendance of every started sub-event of `e`, for its
  /// preassigned resources and the resources its roles hold, the workload of the latter, and
  /// the budget's charges of released events.
  mutating func occupy(_ e: Int, _ sign: Int32) {
    let base = Int(md.subBase[e])
    let T = md.T
    let roles = md.roleCount(e)
    let priced = !md.coverageReleased.isEmpty && md.coverageReleased[e]
    for k in base..<base + Int(subCount[e]) {
      let s = Int(subStart[k])
      let end = s < 0 ? s : min(T, s + Int(subDur[k]))
      if s >= 0 {
        for i in md.resourcesOfEvent.lower(e)..<md.resourcesOfEvent.upper(e) {
          attend(md.resourcesOfEvent[i], s, end, sign)
          if priced { charge(e, md.resourcesOfEvent[i], subDur[k], sign) }
        }
        if !demandNeed.isEmpty {
          for i in md.demandsOfEvent.lower(e)..<md.demandsOfEvent.upper(e) {
            let row = md.demandsOfEvent[i] * T
            for t in s..<end { demandNeed[row + t] += sign }
          }
        }
      }
      if roles == 0 { continue }
      let a = md.assignIndex(e, k, 0)
      for j in 0..<roles {
        let r = Int(subRes[a + j])
        if r < 0 { continue }
        load[r] += Int64(sign) * Int64(subDur[k]) * md.roleLoad[Int(md.roleFirst[e]) + j]
        if s >= 0 {
          attend(r, s, end, sign)
          if priced { charge(e, r, subDur[k], sign) }
        }
      }
    }
  }

  /// Gives movable event `e` the sub-events `subs` (attendance and workload follow; the points
  /// are not re-scored: `recount` after the last). False, and `e` unchanged, when they do not
  /// fit: no sub-event, more than the event's duration, durations not summing to it, a start
  /// that does not leave room for its duration, or a role's resource outside its domain.
  mutating func load(_ e: Int, _ subs: [HSTTSubEvent]) -> Bool {
    let d = Int(md.duration[e])
    let roles = md.roleCount(e)
    guard md.fixedStart[e] < 0, !subs.isEmpty, subs.count <= d,
      subs.reduce(0, { $0 + $1.duration }) == d,
      subs.allSatisfy({ sub in
        sub.duration >= 1 && (sub.start.map { $0 >= 0 && $0 + sub.duration <= md.T } ?? true)
          && sub.roles.count == roles
          && sub.roles.indices.allSatisfy { j in
            sub.roles[j] < 0 || md.inDomain(Int(md.roleFirst[e]) + j, sub.roles[j])
          }
      })
    else { return false }
    occupy(e, -1)
    let base = Int(md.subBase[e])
    subCount[e] = Int32(subs.count)
    for (i, sub) in subs.enumerated() {
      subDur[base + i] = Int32(sub.duration)
      subStart[base + i] = Int32(sub.start ?? -1)
      for j in 0..<roles { subRes[md.assignIndex(e, base + i, j)] = Int32(max(-1, sub.roles[j])) }
    }
    occupy(e, 1)
    return true
  }

  /// Resource `r` attends (`sign` 1) or leaves (−1) a started sub-event of `duration` times
  /// of released event `e`: its charge and the yearly coverage follow.
  @inline(__always)
  private mutating func charge(_ e: Int, _ r: Int, _ duration: Int32, _ sign: Int32) {
    let rate = md.coverageRate[r]
    guard rate > 0, md.coverageExempt[e] != r else { return }
    let old = md.budget.yearly(charged[r])
    charged[r] += Int64(sign) * Int64(duration) * rate
    coverageYearly += md.budget.yearly(charged[r]) - old
  }

  /// Resource `r` attends (`sign` 1) or leaves (−1) times `s..<end`.
  @inline(__always)
  private mutating func attend(_ r: Int, _ s: Int, _ end: Int, _ sign: Int32) {
    let T = md.T
    for t in s..<end {
      let c = busy[r * T + t] + sign
      busy[r * T + t] = c
      if c + (sign > 0 ? 0 : 1) > 1 { clashes[r] += sign }
      let bit: UInt64 = 1 << UInt64(t & 63)
      if c > 0 {
        bits[r * md.words + t >> 6] |= bit
      } else {
        bits[r * md.words + t >> 6] &= ~bit
      }
    }
    if !demandUsed.isEmpty { demandAttend(r, s, end, sign) }
  }

  /// The demand points of resource `r` follow its busy times `s..<end` after an attendance
  /// change of `sign`: a time counts when the resource went from free to busy or back.
  private mutating func demandAttend(_ r: Int, _ s: Int, _ end: Int, _ sign: Int32) {
    let T = md.T
    let dr = md.demandsOfResource
    for t in s..<end where busy[r * T + t] == (sign > 0 ? 1 : 0) {
      for i in dr.lower(r)..<dr.upper(r) { demandUsed[dr[i] * T + t] += sign }
    }
  }

  /// Appends the resources event `e`'s roles hold to `moved`.
  private mutating func noteHeld(_ e: Int) {
    let roles = md.roleCount(e)
    if roles == 0 { return }
    let a = Int(md.assignBase[e])
    for i in 0..<Int(subCount[e]) * roles where subRes[a + i] >= 0 {
      let r = subRes[a + i]
      if !moved.contains(r) { moved.append(r) }
    }
  }

  // MARK: Moves

  mutating func begin() {
    touched.removeAll(keepingCapacity: true)
    saved.removeAll(keepingCapacity: true)
    changedPoints.removeAll(keepingCapacity: true)
    changedOld.removeAll(keepingCapacity: true)
    moved.removeAll(keepingCapacity: true)
    movedTouched = 0
    evaluated = false
    hardBefore = hard
    softBefore = soft
  }

  /// Saves event `e` (once per move) and takes its attendance out, so it may be edited.
  mutating func touch(_ e: Int) {
    if touched.contains(Int32(e)) { return }
    touched.append(Int32(e))
    let base = Int(md.subBase[e])
    let n = Int(subCount[e])
    saved.append(subCount[e])
    for k in base..<base + n {
      saved.append(subDur[k])
      saved.append(subStart[k])
    }
    let a = Int(md.assignBase[e])
    for i in 0..<n * md.roleCount(e) { saved.append(subRes[a + i]) }
    noteHeld(e)
    movedTouched = moved.count
    occupy(e, -1)
  }

  /// Puts the touched events' attendance back and re-scores what they reach. Returns the
  /// new cost; `hard`/`soft` hold it until `commit` or `rollback`.
  mutating func evaluate() -> Cost {
    for e in touched {
      occupy(Int(e), 1)
      noteHeld(Int(e))
    }
    evaluated = true
    epoch &+= 1
    if epoch == 0 {
      for i in pointStamp.indices { pointStamp[i] = 0 }
      epoch = 1
    }
    for e32 in touched {
      let e = Int(e32)
      rescore(md.eventPoints, e)
      for i in md.resourcesOfEvent.lower(e)..<md.resourcesOfEvent.upper(e) {
        rescore(md.resourcePoints, md.resourcesOfEvent[i])
      }
      for i in md.groupsOfEvent.lower(e)..<md.groupsOfEvent.upper(e) {
        rescore(md.groupPoints, md.groupsOfEvent[i])
      }
    }
    for r in moved { rescore(md.resourcePoints, Int(r)) }
    return cost
  }

  private mutating func rescore(_ lists: CSR, _ x: Int) {
    for i in lists.lower(x)..<lists.upper(x) {
      let p = lists[i]
      if pointStamp[p] == epoch { continue }
      pointStamp[p] = epoch
      let v = value(p)
      let old = pointCost[p]
      if v == old { continue }
      changedPoints.append(Int32(p))
      changedOld.append(old)
      pointCost[p] = v
      if md.mHard[Int(md.pointMonitor[p])] { hard += v - old } else { soft += v - old }
    }
  }

  mutating func commit() {}

  /// After `evaluate()`: the change of the hard cost with each point's cost multiplied by its
  /// weight (the repair phase's adaptive weights). The weights grow with the steps of a burst,
  /// so the products saturate at ±`Int64.max` instead of trapping (only the order of moves
  /// depends on it).
  func weightedHardChange(_ weight: [Int64]) -> Int64 {
    var sum: Int64 = 0
    for (i, p32) in changedPoints.enumerated() {
      let p = Int(p32)
      guard md.mHard[Int(md.pointMonitor[p])] else { continue }
      sum = Self.adding(weight[p], times: pointCost[p] - changedOld[i], to: sum)
    }
    return sum
  }

  /// `sum + weight × change`, each step saturating at ±`Int64.max` instead of trapping.
  @inline(__always)
  static func adding(_ weight: Int64, times change: Int64, to sum: Int64) -> Int64 {
    let (product, overflow) = weight.multipliedReportingOverflow(by: change)
    let term = overflow ? (change > 0 ? Int64.max : -Int64.max) : product
    let (next, carry) = sum.addingReportingOverflow(term)
    return carry ? (term > 0 ? Int64.max : -Int64.max) : next
  }

  /// Undoes the last `evaluate()` only: the touched events stay saved and out of the
  /// attendance, so the same move can be edited and evaluated again (probing many starts
  /// costs one `touch` and one `rollback` in all).
  mutating func retract() {
    guard evaluated else { return }
    for e in touched { occupy(Int(e), -1) }
    moved.removeSubrange(movedTouched...)
    for (i, p) in changedPoints.enumerated().reversed() { pointCost[Int(p)] = changedOld[i] }
    changedPoints.removeAll(keepingCapacity: true)
    changedOld.removeAll(keepingCapacity: true)
    hard = hardBefore
    soft = softBefore
    evaluated = false
  }

  /// Undoes the move since `begin()`, evaluated or not.
  mutating func rollback() {
    if evaluated {
      for e in touched { occupy(Int(e), -1) }
    }
    var j = 0
    for e32 in touched {
      let e = Int(e32)
      let n = Int(saved[j])
      j += 1
      subCount[e] = Int32(n)
      let base = Int(md.subBase[e])
      for k in base..<base + n {
        subDur[k] = saved[j]
        subStart[k] = saved[j + 1]
        j += 2
      }
      let a = Int(md.assignBase[e])
      for i in 0..<n * md.roleCount(e) {
        subRes[a + i] = saved[j]
        j += 1
      }
      occupy(e, 1)
    }
    for (i, p) in changedPoints.enumerated() { pointCost[Int(p)] = changedOld[i] }
    hard = hardBefore
    soft = softBefore
    touched.removeAll(keepingCapacity: true)
    evaluated = false
  }
}

/// Scratch for counting distinct resources inside a point's value (a reference, so that the
/// non-mutating `value` can use it; each search owns its state and so its scratch).
final class HSTTScratch {
  var stamp: [UInt32]
  /// Sorted days of a course's meetings (`unevenDays`).
  var days: [Int] = []
  /// The matching of a huddle point (`huddles`).
  var huddles: HuddleMatching
  var epoch: UInt32 = 0
  init(resources: Int, huddles size: (teams: Int, days: Int, periods: Int)) {
    stamp = [UInt32](repeating: 0, count: resources)
    huddles = HuddleMatching(maxTeams: size.teams, days: size.days, periods: size.periods)
  }

  /// A new epoch: no resource is marked.
  func clear() {
    epoch &+= 1
    if epoch == 0 {
      for i in stamp.indices { stamp[i] = 0 }
      epoch = 1
    }
  }

  /// Marks `r`; true when it was not marked in this epoch.
  @inline(__always)
  func mark(_ r: Int) -> Bool {
    if stamp[r] == epoch { return false }
    stamp[r] = epoch
    return true
  }
}

/// One sub-event as the engine hands it out: duration, start (nil when unassigned) and, per
/// open role of its event, the resource (−1 when empty).
package struct HSTTSubEvent: Sendable, Equatable {
  package var duration: Int
  package var start: Int?
  package var roles: [Int]

  package init(duration: Int, start: Int?, roles: [Int] = []) {
    self.duration = duration
    self.start = start
    self.roles = roles
  }
}

/// The engine's own score of a given timetable (per event, its sub-events), for tests that
/// compare it with the independent evaluator.
package func scoreHSTT(_ problem: HSTTProblem, subEvents: [[HSTTSubEvent]]) -> Cost {
  hsttState(problem, subEvents).cost
}

/// The engine's own score of a given timetable, per monitor (`problem.monitors` order): what
/// each rule compiled into the model costs, for a caller that reports costs rule by rule.
package func scoreHSTTByMonitor(_ problem: HSTTProblem, subEvents: [[HSTTSubEvent]]) -> [Int64] {
  let st = hsttState(problem, subEvents)
  var out = [Int64](repeating: 0, count: problem.monitors.count)
  for p in st.pointCost.indices { out[Int(st.md.pointMonitor[p])] += st.pointCost[p] }
  return out
}

/// A state holding the given timetable, scored from scratch.
private func hsttState(_ problem: HSTTProblem, _ subEvents: [[HSTTSubEvent]]) -> HSTTState {
  let model = HSTTModel(problem)
  var st = HSTTState(model: model)
  for e in 0..<model.E { st.occupy(e, -1) }
  for (e, subs) in subEvents.enumerated() where e < model.E {
    let base = Int(model.subBase[e])
    let n = min(subs.count, Int(model.duration[e]))
    st.subCount[e] = Int32(n)
    for (i, sub) in subs.prefix(n).enumerated() {
      st.subDur[base + i] = Int32(sub.duration)
      st.subStart[base + i] = Int32(sub.start ?? -1)
      for j in 0..<model.roleCount(e) {
        let r = j < sub.roles.count ? sub.roles[j] : -1
        st.subRes[model.assignIndex(e, base + i, j)] = Int32(r >= 0 && r < model.R ? r : -1)
      }
    }
  }
  for e in 0..<model.E { st.occupy(e, 1) }
  st.recount()
  return st
}
