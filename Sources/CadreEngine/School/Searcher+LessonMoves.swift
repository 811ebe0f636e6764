/// Moves of a lesson's teacher as one decision (a lesson has one teacher unless it allows a
/// split): every meeting of the lesson changes together, so `split-lesson` stays 0.
extension Searcher {
  /// Resource change: another candidate teaches every meeting of lesson `l`; half the time as
  /// an ejection chain, where a lesson of the new teacher moves on to another of its own
  /// candidates, so the new teacher's load need not grow (the chain a full teacher needs).
  mutating func changeLessonTeacher(_ m: Int, _ l: Int) -> Bool {
    let md = model
    let cs = md.candidates
    let t = cs[cs.lower(l) + rng.below(cs.count(l))]
    guard t != Int(st.teacher[m]) else { return false }
    moveLesson(l, to: t)
    guard rng.chance(50) else { return true }
    let tm = md.teacherMeetings
    for _ in 0..<4 {
      let q = tm[tm.lower(t) + rng.below(tm.count(t))]
      let l2 = Int(md.meetingLesson[q])
      guard l2 != l, Int(st.teacher[q]) == t, md.teacherVaries[l2], cs.count(l2) > 1 else {
        continue
      }
      // A candidate of l2 other than t, uniformly.
      var k = rng.below(cs.count(l2) - 1)
      if cs[cs.lower(l2) + k] == t { k = cs.count(l2) - 1 }
      moveLesson(l2, to: cs[cs.lower(l2) + k])
      break
    }
    return true
  }

  /// Records the change of every meeting of lesson `l` to teacher `t`. A meeting whose start
  /// the new teacher already teaches (or is unavailable at) moves, when `retime` (by default
  /// half the time), to a start free for its class and the new teacher, so the change does not
  /// merely trade one clash for another.
  private mutating func moveLesson(_ l: Int, to t: Int, retime: Bool? = nil) {
    let md = model
    let lm = md.lessonMeetings
    let retime = retime ?? rng.chance(50)
    let first = moveMeeting.count
    for k in lm.lower(l)..<lm.upper(l) {
      let q = lm[k]
      var s = Int(st.start[q])
      if retime && s >= 0 && md.pinned[q] < 0 && !teacherFree(t, l, s) {
        // A free start not already given to another meeting of this lesson.
        for _ in 0..<3 {
          let f = randomFreeStart(l, t)
          if f >= 0 && !chosenInMove(f, since: first) {
            s = f
            break
          }
        }
      }
      let r = s == Int(st.start[q]) ? Int(st.room[q]) : pickRoom(l, s, prefer: Int(st.room[q]))
      change(q, s, t, r)
    }
  }

  /// Rebalancing chain: when the teacher of meeting `m` has more periods to teach than they
  /// can (free slots, weekly maximum, leader's limit), one of their lessons with several
  /// candidates moves to another candidate, and as many more as the shortest ejection chain
  /// needs so that no teacher of the chain ends above their capacity (`TeacherHint.shed`).
  /// Each lesson moves whole (`moveLesson`). The move is always accepted (`kick`): an
  /// overloaded teacher's clash cannot be timetabled away, and the chain's own clashes can.
  /// - Complexity: O(meetings + lessons) to read the assignment, plus the chain's search.
  mutating func rebalanceTeacher(_ m: Int) -> Bool {
    let md = model
    let t = Int(st.teacher[m])
    guard t >= 0 else { return false }
    let teachers = st.teacher
    let lm = md.lessonMeetings
    balance.sync(
      meetingTeacher: teachers, meetingLesson: md.meetingLesson, duration: md.lessonDuration,
      movable: md.teacherVaries)
    guard balance.committed[t] > balance.capacity[t],
      balance.shed(t, start: rng.below(max(1, balance.held[t].count)))
    else { return false }
    for l in 0..<md.L where lm.count(l) > 0 && balance.hint[l] != teachers[lm[lm.lower(l)]] {
      moveLesson(l, to: Int(balance.hint[l]), retime: true)
    }
    kick = true
    return true
  }

  /// Resource swap: lesson `l` (teacher a) and another lesson that teacher b teaches, where
  /// each teacher is a candidate of the other lesson, exchange teachers for all their meetings
  /// at the same starts. Both teachers keep their load.
  mutating func swapLessonTeachers(_ m: Int, _ l: Int) -> Bool {
    let md = model
    let a = Int(st.teacher[m])
    let cs = md.candidates
    let b = cs[cs.lower(l) + rng.below(cs.count(l))]
    guard a >= 0, b != a else { return false }
    let tm = md.teacherMeetings
    guard tm.count(b) > 0 else { return false }
    var other = -1
    for _ in 0..<4 {
      let q = tm[tm.lower(b) + rng.below(tm.count(b))]
      let l2 = Int(md.meetingLesson[q])
      if l2 != l && Int(st.teacher[q]) == b && !md.allowSplit[l2] && st.isCandidate(l2, a) {
        other = l2
        break
      }
    }
    guard other >= 0 else { return false }
    let lm = md.lessonMeetings
    for k in lm.lower(l)..<lm.upper(l) {
      let q = lm[k]
      change(q, Int(st.start[q]), b, Int(st.room[q]))
    }
    for k in lm.lower(other)..<lm.upper(other) {
      let q = lm[k]
      change(q, Int(st.start[q]), a, Int(st.room[q]))
    }
    return true
  }

  /// Whether teacher `t` is free and available over the periods a meeting of `l` at `s`
  /// occupies.
  @inline(__always)
  func teacherFree(_ t: Int, _ l: Int, _ s: Int) -> Bool {
    let S = model.S
    for x in s..<(s + model.span(l, s))
    where st.teacherOcc[t * S + x] > 0 || model.teacherUnavailable[t * S + x] {
      return false
    }
    return true
  }

  /// Whether a change of the move being built, from the `first`-th on, goes to start `s`.
  @inline(__always)
  func chosenInMove(_ s: Int, since first: Int) -> Bool {
    for i in first..<moveMeeting.count where Int(moveNew[3 * i]) == s { return true }
    return false
  }
}
