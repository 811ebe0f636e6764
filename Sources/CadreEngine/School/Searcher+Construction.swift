/// How a backtracking construction ended.
enum ConstructionEnd: Equatable {
  /// Every meeting placed with no avoidable hard cost.
  case complete
  /// The whole tree was searched: no assignment without avoidable hard cost exists.
  case exhausted
  /// The backtrack or step budget ran out; the deepest partial assignment is loaded.
  case limit
}

/// Construction by backtracking with propagation (after MiniSat's trail-and-levels shape):
/// the unplaced meeting with the fewest free (start, teacher) values first, counted on slot
/// masks (forward checking); its values tested exactly by tentative placement and ordered by
/// soft cost with seeded random ties; chronological backtracking over a trail of levels.
///
/// A value is accepted when it adds no avoidable hard cost of the monotone rules (all hard rules but `observation-window` and `debrief-window`, and a required `teacher-gap` or `uneven-spread`: placing more lessons can repair those); in exact mode a
/// complete assignment must also have no avoidable hard cost at all, which makes the search
/// complete: it finds a schedule with hard 0 exactly when one exists.
extension Searcher {
  /// Places meetings whose position is given: pinned ones (unless `exact`), and meetings of the
  /// previous schedule on a re-solve.
  mutating func seedInitialPlacements(exact: Bool = false) {
    for m in 0..<model.M {
      let pin = Int(model.pinned[m])
      if pin >= 0 && !exact {
        placeBest(m, only: pin, preferTeacher: Int(model.seedTeacher[m]))
      } else if pin == -1 && model.seedStart[m] >= 0 {
        let l = Int(model.meetingLesson[m])
        let s = Int(model.seedStart[m])
        let t = Int(model.seedTeacher[m])
        if !slotUsable(l, s, t) {
          // The school changed under it (a new unavailability, a blocked slot): the meeting
          // is placed afresh by construction, as in a solve from scratch.
          continue
        } else if t >= 0 && st.isCandidate(l, t) {
          // The previous schedule as it was: judged meeting by meeting, a partial timetable
          // can make another teacher look cheaper (a leader's meeting costs common time until
          // the rest is back), and the lesson's other meetings would follow that teacher.
          st.place(m, s, t, pickRoom(l, s, prefer: Int(model.seedRoom[m])))
        } else {
          placeBest(m, only: s, preferTeacher: t, preferRoom: Int(model.seedRoom[m]))
        }
      }
    }
  }

  /// Whether a meeting of lesson `l` at `s` with teacher `t` occupies no blocked slot and no
  /// slot its class or teacher is unavailable in, within its day.
  func slotUsable(_ l: Int, _ s: Int, _ t: Int) -> Bool {
    let md = model
    let c = Int(md.lessonClass[l])
    guard s % md.P + Int(md.lessonDuration[l]) <= md.P else { return false }
    for x in s..<(s + md.span(l, s)) {
      if md.blocked[x] || md.classUnavailable[c * md.S + x] { return false }
      if t >= 0 && md.teacherUnavailable[t * md.S + x] { return false }
    }
    return true
  }

  /// Runs the backtracking search over the meetings still unplaced.
  mutating func construct(exact: Bool, backtrackLimit: Int) -> Bool {
    constructSearch(exact: exact, backtrackLimit: backtrackLimit) == .complete
  }

  mutating func constructSearch(exact: Bool, backtrackLimit: Int) -> ConstructionEnd {
    valueStart.removeAll(keepingCapacity: true)
    valueTeacher.removeAll(keepingCapacity: true)
    valueRoom.removeAll(keepingCapacity: true)
    valueKey.removeAll(keepingCapacity: true)
    levelMeeting.removeAll(keepingCapacity: true)
    levelLow.removeAll(keepingCapacity: true)
    levelCursor.removeAll(keepingCapacity: true)
    var backtracks = 0
    var bestPlaced = -1
    var placed = st.start.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
    outer: while true {
      let m = selectUnplaced()
      if m < 0 {
        if !exact || st.hard == unavoidableTotal { return .complete }
      } else {
        let lo = valueStart.count
        generateValues(m, exact: exact)
        if stop != nil { break outer }
        if valueStart.count > lo {
          levelMeeting.append(Int32(m))
          levelLow.append(Int32(lo))
          levelCursor.append(Int32(lo))
          applyValue(lo, m)
          placed += 1
          continue outer
        }
      }
      // Dead end: remember the deepest partial assignment, then backtrack.
      if placed > bestPlaced {
        bestPlaced = placed
        bestStart = st.start
        bestTeacher = st.teacher
        bestRoom = st.room
      }
      while true {
        guard let top = levelMeeting.last else {
          if bestPlaced > placed { st.load(start: bestStart, teacher: bestTeacher, room: bestRoom) }
          return .exhausted
        }
        backtracks += 1
        if backtracks > backtrackLimit || !tick() { break outer }
        let tm = Int(top)
        st.unplace(tm)
        placed -= 1
        let k = levelCursor.count - 1
        let next = Int(levelCursor[k]) + 1
        if next < valueStart.count {
          levelCursor[k] = Int32(next)
          applyValue(next, tm)
          placed += 1
          continue outer
        }
        valueStart.removeSubrange(Int(levelLow[k])...)
        valueTeacher.removeSubrange(Int(levelLow[k])...)
        valueRoom.removeSubrange(Int(levelLow[k])...)
        valueKey.removeSubrange(Int(levelLow[k])...)
        levelMeeting.removeLast()
        levelLow.removeLast()
        levelCursor.removeLast()
      }
    }
    if bestPlaced >= placed {
      st.load(start: bestStart, teacher: bestTeacher, room: bestRoom)
    }
    return .limit
  }

  /// Moves the best remaining value (lowest key) of a level to position `i` and places it.
  private mutating func applyValue(_ i: Int, _ m: Int) {
    var best = i
    for j in (i + 1)..<valueStart.count where valueKey[j] < valueKey[best] { best = j }
    if best != i {
      valueStart.swapAt(i, best)
      valueTeacher.swapAt(i, best)
      valueRoom.swapAt(i, best)
      valueKey.swapAt(i, best)
    }
    st.place(m, Int(valueStart[i]), Int(valueTeacher[i]), Int(valueRoom[i]))
  }

  /// The unplaced meeting with the fewest free values (seeded random ties); -1 when none.
  /// - Complexity: O(meetings x candidates x slot words).
  mutating func selectUnplaced() -> Int {
    var best = -1
    var bestScore = Int.max
    var ties = 0
    for m in 0..<model.M where st.start[m] < 0 {
      let score = freeValueCount(m)
      if score < bestScore {
        best = m
        bestScore = score
        ties = 1
      } else if score == bestScore {
        ties += 1
        if rng.below(ties) == 0 { best = m }
      }
    }
    return best
  }

  /// Free (start, teacher) pairs of meeting `m` by the slot masks (start period only).
  @inline(__always)
  func freeValueCount(_ m: Int) -> Int {
    let md = model
    let l = Int(md.meetingLesson[m])
    let c = Int(md.lessonClass[l])
    let w = md.words
    let cs = md.candidates
    let pin = Int(md.pinned[m])
    let lt = lessonTeacher(m, l)
    var total = 0
    for i in 0..<w {
      var base = st.classFreeBits[c * w + i]
      if md.SG > 0 { base &= st.studentFreeWord(c, i) }
      if pin >= 0 {
        base &= pin >> 6 == i ? 1 << UInt64(pin & 63) : 0
      } else {
        base &= md.domainBits[l * w + i]
      }
      if cs.count(l) == 0 {
        total += base.nonzeroBitCount
      } else if lt >= 0 {
        total += (base & st.teacherFreeBits[lt * w + i]).nonzeroBitCount
      } else {
        for k in cs.lower(l)..<cs.upper(l) {
          total += (base & st.teacherFreeBits[cs[k] * w + i]).nonzeroBitCount
        }
      }
    }
    return total
  }

  /// Appends every acceptable value of meeting `m` to the value buffers.
  private mutating func generateValues(_ m: Int, exact: Bool) {
    let md = model
    let l = Int(md.meetingLesson[m])
    let c = Int(md.lessonClass[l])
    let w = md.words
    let pin = Int(md.pinned[m])
    let lower = pin >= 0 ? 0 : md.domain.lower(l)
    let upper = pin >= 0 ? 1 : md.domain.upper(l)
    let cs = md.candidates
    let lt = lessonTeacher(m, l)
    // The first meeting of a lesson with one teacher chooses it: the balanced choice first.
    let hint = lt < 0 && md.teacherVaries[l] ? Int(md.teacherHint[l]) : -1
    for k in lower..<upper {
      let s = pin >= 0 ? pin : md.domain[k]
      guard st.classFreeBits[c * w + s >> 6] & (1 << UInt64(s & 63)) != 0 else { continue }
      if md.SG > 0 && st.studentFreeWord(c, s >> 6) & (1 << UInt64(s & 63)) == 0 { continue }
      if cs.count(l) == 0 {
        tryValue(m, l, s, -1, exact: exact, hint: -1)
      } else if lt >= 0 {
        // The lesson's teacher is chosen: any other adds `split-lesson`.
        if st.teacherFreeBits[lt * w + s >> 6] & (1 << UInt64(s & 63)) != 0 {
          tryValue(m, l, s, lt, exact: exact, hint: -1)
        }
      } else {
        for q in cs.lower(l)..<cs.upper(l) {
          let t = cs[q]
          guard st.teacherFreeBits[t * w + s >> 6] & (1 << UInt64(s & 63)) != 0 else { continue }
          tryValue(m, l, s, t, exact: exact, hint: hint)
          if stop != nil { return }
        }
      }
      if stop != nil { return }
    }
  }

  private mutating func tryValue(
    _ m: Int, _ l: Int, _ s: Int, _ t: Int, exact: Bool, hint: Int
  ) {
    // A teacher other than the lesson's balanced choice sorts after every value of it.
    let penalty: Int64 = hint >= 0 && t != hint ? 1 << 48 : 0
    let rs = model.rooms
    guard model.needsRoom[l] && rs.count(l) > 0 else {
      testValue(m, s, t, -1, penalty)
      return
    }
    if exact {
      for q in rs.lower(l)..<rs.upper(l) where roomFree(rs[q], l, s) {
        testValue(m, s, t, rs[q], penalty)
      }
    } else {
      let r = pickRoom(l, s, prefer: lessonRoom(m, l))
      if r >= 0 && roomFree(r, l, s) { testValue(m, s, t, r, penalty) }
    }
  }

  /// Tentatively places the value; keeps it when it adds no avoidable monotone hard cost.
  private mutating func testValue(_ m: Int, _ s: Int, _ t: Int, _ r: Int, _ penalty: Int64) {
    guard tick() else { return }
    let hard0 = st.hard
    let soft0 = st.soft
    let repairable0 = repairableHard()
    st.place(m, s, t, r)
    let added =
      st.hard - hard0 + 1 + (model.pinned[m] >= 0 ? 1 : 0)
      - (repairableHard() - repairable0) - Int64(model.unavoidable[m])
    let soft = st.soft - soft0
    st.unplace(m)
    guard added == 0 else { return }
    valueStart.append(Int32(s))
    valueTeacher.append(Int32(t))
    valueRoom.append(Int32(r))
    valueKey.append(penalty + (soft << 16 | Int64(rng.below(1 << 16))))
  }

  /// The teacher of another placed meeting of lesson `l` when the lesson does not allow a split
  /// (its one teacher), else -1.
  func lessonTeacher(_ m: Int, _ l: Int) -> Int {
    guard !model.allowSplit[l] else { return -1 }
    let lm = model.lessonMeetings
    for k in lm.lower(l)..<lm.upper(l) where lm[k] != m && st.start[lm[k]] >= 0 {
      return Int(st.teacher[lm[k]])
    }
    return -1
  }

  /// The room of another placed meeting of lesson `l` (room stability), else -1.
  func lessonRoom(_ m: Int, _ l: Int) -> Int {
    let lm = model.lessonMeetings
    for k in lm.lower(l)..<lm.upper(l) where lm[k] != m && st.start[lm[k]] >= 0 {
      return Int(st.room[lm[k]])
    }
    return -1
  }

  /// Whether room `r` is free and available over the periods a meeting of `l` at `s` occupies.
  @inline(__always)
  func roomFree(_ r: Int, _ l: Int, _ s: Int) -> Bool {
    for x in s..<(s + model.span(l, s))
    where st.roomOcc[r * model.S + x] > 0 || model.roomUnavailable[r * model.S + x] {
      return false
    }
    return true
  }

  /// A suitable room for lesson `l` at `s`: `prefer` when it suits and is free, else the first
  /// free one from a random offset, else any suitable one; -1 when the lesson takes no room.
  @inline(__always)
  mutating func pickRoom(_ l: Int, _ s: Int, prefer: Int) -> Int {
    let rs = model.rooms
    let n = rs.count(l)
    guard model.needsRoom[l] && n > 0 else { return -1 }
    if prefer >= 0 && st.suitsRoom(l, prefer) && roomFree(prefer, l, s) { return prefer }
    let offset = rng.below(n)
    for i in 0..<n {
      let r = rs[rs.lower(l) + (offset + i) % n]
      if roomFree(r, l, s) { return r }
    }
    return prefer >= 0 && st.suitsRoom(l, prefer) ? prefer : rs[rs.lower(l) + offset]
  }

  /// Places meeting `m` at its least-cost value (hard first), over the start `only` or the
  /// lesson's domain, every candidate and a picked room; seeded random ties.
  mutating func placeBest(_ m: Int, only: Int? = nil, preferTeacher: Int = -1, preferRoom: Int = -1)
  {
    let md = model
    let l = Int(md.meetingLesson[m])
    let cs = md.candidates
    var bestS = -1
    var bestT = -1
    var bestR = -1
    var bestC = Cost.worst
    var ties = 0
    let lower = only != nil ? 0 : md.domain.lower(l)
    let upper = only != nil ? 1 : md.domain.upper(l)
    let before = st.cost
    let roomHint = preferRoom >= 0 ? preferRoom : lessonRoom(m, l)
    for k in lower..<upper {
      let s = only ?? md.domain[k]
      let nt = max(1, cs.count(l))
      for q in 0..<nt {
        let t = cs.count(l) == 0 ? -1 : cs[cs.lower(l) + q]
        let r = pickRoom(l, s, prefer: roomHint)
        st.place(m, s, t, r)
        var c = Cost(hard: st.hard - before.hard, soft: st.soft - before.soft)
        if t == preferTeacher { c.soft -= 1 }
        st.unplace(m)
        if c < bestC {
          bestC = c
          bestS = s
          bestT = t
          bestR = r
          ties = 1
        } else if c == bestC {
          ties += 1
          if rng.below(ties) == 0 {
            bestS = s
            bestT = t
            bestR = r
          }
        }
      }
    }
    if bestS >= 0 { st.place(m, bestS, bestT, bestR) }
  }

  /// Places every meeting still unplaced at its least-cost value, most constrained first.
  mutating func completeGreedily() {
    while true {
      let m = selectUnplaced()
      guard m >= 0, tick() else { return }
      placeBest(m, only: model.pinned[m] >= 0 ? Int(model.pinned[m]) : nil)
      if st.start[m] < 0 { return }
    }
  }
}
