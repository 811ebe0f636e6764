/// Improvement by local search with incremental scoring: late acceptance hill climbing
/// (E. K. Burke and Y. Bykov, "The late acceptance hill-climbing heuristic", EJOR 2017) with
/// a short tabu tenure on the meeting a move is built around.
///
/// A move is applied tentatively through `SearchState.assign` (every kernel updates its total),
/// judged on the exact cost pair, and undone by replaying the old values when rejected. The
/// best assignment is copied only when the search is about to leave it.
extension Searcher {
  mutating func localSearch() {
    movable.removeAll(keepingCapacity: true)
    for m in 0..<model.M where model.pinned[m] < 0 { movable.append(Int32(m)) }
    guard !movable.isEmpty else { return }
    // Two history lengths: a long one while repairing hard cost (fewer dead ends), a short,
    // nearly greedy one once hard cost is at its floor. Measured on the benchmark sizes at 3M
    // steps: soft length 150 beats 600 by 20-40%, and 3,000 or 10,000 have not converged.
    let hardLength = 600
    let softLength = 150
    history = [Cost](repeating: st.cost, count: max(hardLength, softLength))
    var feasible = st.hard <= unavoidableTotal
    var length = feasible ? softLength : hardLength
    let tenure = min(10, movable.count / 4)
    var current = st.cost
    var bestDirty = false
    #if CADRE_INTERNAL_CHECKS
      var sinceCheck = 0
    #endif
    while tick() {
      if giveUpAt > 0 && steps >= giveUpAt {
        if bestDirty { saveBest() }
        if bestCost.hard > unavoidableTotal { return }
        giveUpAt = 0
      }
      guard proposeMove() else { continue }
      let new = st.cost
      if !feasible && new.hard <= unavoidableTotal && new <= current {
        // Hard cost just reached its floor: restart the history with the soft length.
        feasible = true
        length = softLength
        for i in 0..<length { history[i] = new }
      }
      let v = steps % length
      let primary = Int(moveMeeting[0])
      var accept = new <= current || new <= history[v]
      if accept && steps - lastMoved[primary] < tenure && !(new < bestCost) { accept = false }
      // A rebalancing chain is a kick: its lessons' clashes are for the next moves to repair.
      if kick { accept = true }
      if accept {
        if bestDirty && new > bestCost {
          undoMove()
          saveBest()
          bestDirty = false
          redoMove()
        }
        current = new
        for i in 0..<moveMeeting.count { lastMoved[Int(moveMeeting[i])] = steps }
        if new < bestCost {
          bestCost = new
          bestDirty = true
          noteFeasible()
          if new <= budget.target {
            saveBest()
            stop = .target
            return
          }
        }
      } else {
        undoMove()
      }
      history[v] = current
      #if CADRE_INTERNAL_CHECKS
        sinceCheck += 1
        if sinceCheck >= 997 {
          sinceCheck = 0
          st.internalCheck()
        }
      #endif
    }
    if bestDirty { saveBest() }
  }

  // MARK: Move bookkeeping

  @inline(__always)
  mutating func beginMove() {
    kick = false
    moveMeeting.removeAll(keepingCapacity: true)
    moveOld.removeAll(keepingCapacity: true)
    moveNew.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  mutating func change(_ m: Int, _ s: Int, _ t: Int, _ r: Int) {
    moveMeeting.append(Int32(m))
    moveOld.append(st.start[m])
    moveOld.append(st.teacher[m])
    moveOld.append(st.room[m])
    moveNew.append(Int32(s))
    moveNew.append(Int32(t))
    moveNew.append(Int32(r))
  }

  mutating func redoMove() {
    for i in 0..<moveMeeting.count {
      st.assign(
        Int(moveMeeting[i]), Int(moveNew[3 * i]), Int(moveNew[3 * i + 1]),
        Int(moveNew[3 * i + 2]))
    }
  }

  mutating func undoMove() {
    var i = moveMeeting.count - 1
    while i >= 0 {
      st.assign(
        Int(moveMeeting[i]), Int(moveOld[3 * i]), Int(moveOld[3 * i + 1]),
        Int(moveOld[3 * i + 2]))
      i -= 1
    }
  }

  /// Builds and applies one random move; false when the drawn move does not apply.
  mutating func proposeMove() -> Bool {
    beginMove()
    let m = pickMeeting()
    let l = Int(model.meetingLesson[m])
    let roll = rng.below(100)
    let ok: Bool
    if st.hard > unavoidableTotal && roll < 3 && rebalanceTeacher(m) {
      ok = true
    } else if model.hasPrevious && st.counts[Rule.moved.rawValue] > 0 && roll >= 65 && roll < 97
      && restore(m)
    {
      ok = true
    } else if roll < 40 {
      ok = relocate(m, l)
    } else if roll < 65 {
      ok = swap(m, l)
    } else if roll < 80 {
      ok = kempe(m, l)
    } else if roll < 92 && model.candidates.count(l) >= 2 {
      ok = changeTeacher(m, l)
    } else if model.needsRoom[l] && model.rooms.count(l) >= 2 && rng.chance(50) {
      ok = changeRoom(m, l)
    } else {
      ok = relocate(m, l)
    }
    guard ok else { return false }
    redoMove()
    return true
  }

  /// A random movable meeting; while avoidable hard cost remains, mostly one in conflict,
  /// drawn from a list of conflicting meetings rebuilt when the hard cost has changed (at most
  /// every 128 steps) and re-checked on every draw, since the list may be stale.
  /// - Complexity: O(1) amortised; a rebuild is O(meetings).
  mutating func pickMeeting() -> Int {
    let n = movable.count
    if st.hard > unavoidableTotal && rng.chance(80) {
      let age = steps - conflictsBuiltAt
      if age >= 2048 || (age >= 128 && conflictsHard != st.hard) { rebuildConflicts() }
      let k = conflicts.count
      if k > 0 {
        for _ in 0..<4 {
          let m = Int(conflicts[rng.below(k)])
          if inConflict(m) { return m }
        }
      }
    }
    return Int(movable[rng.below(n)])
  }

  mutating func rebuildConflicts() {
    conflicts.removeAll(keepingCapacity: true)
    for i in 0..<movable.count where inConflict(Int(movable[i])) { conflicts.append(movable[i]) }
    conflictsBuiltAt = steps
    conflictsHard = st.hard
  }

  /// Whether meeting `m` takes part in some hard violation (cheap over-approximation).
  func inConflict(_ m: Int) -> Bool {
    let md = model
    let s = Int(st.start[m])
    guard s >= 0 else { return true }
    let l = Int(md.meetingLesson[m])
    let c = Int(md.lessonClass[l])
    let t = Int(st.teacher[m])
    let r = Int(st.room[m])
    let S = md.S
    for x in s..<(s + md.span(l, s)) {
      if st.classOcc[c * S + x] > 1 || md.blocked[x] || md.classUnavailable[c * S + x] {
        return true
      }
      if md.SG > 0 && st.studentsClash(c, x) { return true }
      if t >= 0 && (st.teacherOcc[t * S + x] > 1 || md.teacherUnavailable[t * S + x]) {
        return true
      }
      if r >= 0 && (st.roomOcc[r * S + x] > 1 || md.roomUnavailable[r * S + x]) { return true }
    }
    if md.cHasLimits[c] && st.classOverLimit(c, day: s / md.P) { return true }
    if t >= 0 && md.tHasLimits[t] && st.teacherOverLimit(t, day: s / md.P) { return true }
    if s % md.P + Int(md.lessonDuration[l]) > md.P { return true }
    if !md.allowSplit[l] && st.lessonTeachers[l] > 1 { return true }
    if md.requiresAnySoft && inRequiredConflict(m, l, s, t) { return true }
    guard t >= 0 else { return false }
    if st.overBudget(l, t) { return true }
    let day = s / md.P
    let week = s / md.slotsPerWeek
    if md.maxPerDay[t] >= 0 && st.taughtDay[t * md.CD + day] > md.maxPerDay[t] { return true }
    if md.maxPerWeek[t] >= 0 && st.taughtWeek[t * md.W + week] > md.maxPerWeek[t] {
      return true
    }
    let lim = md.teacherLimits
    for k in lim.lower(t)..<lim.upper(t) where st.taughtTotal[t] > Int32(lim[k]) { return true }
    let occ = md.teacherTeamOccurrences
    for k in occ.lower(t)..<occ.upper(t) where st.teamShort(occ[k], week: week) {
      return true
    }
    if md.K > 0 {
      let tp = md.teacherPairs
      for k in tp.lower(t)..<tp.upper(t)
      where st.obsCount[tp[k] * md.W + week] < md.pairK[tp[k]]
        || st.dbCount[tp[k] * md.W + week] < md.pairK[tp[k]]
        || st.debriefWindowShort(tp[k], week: week)
      {
        return true
      }
      let led = md.teacherLedTeams
      for k in led.lower(t)..<led.upper(t) {
        let pairs = md.teamPairs
        for q in pairs.lower(led[k])..<pairs.upper(led[k])
        where st.obsCount[pairs[q] * md.W + week] < md.pairK[pairs[q]]
          || st.dbCount[pairs[q] * md.W + week] < md.pairK[pairs[q]]
          || st.debriefWindowShort(pairs[q], week: week)
        {
          return true
        }
      }
    }
    return false
  }
}
