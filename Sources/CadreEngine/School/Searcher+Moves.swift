/// The local-search moves. Each records its changes with `change` and leaves applying them to
/// the caller; each returns false when the drawn move does not apply.
extension Searcher {
  /// Relocate: the meeting to another start of its domain, a free one for its class and teacher
  /// half the time while hard cost remains; sometimes with another candidate teacher when the
  /// lesson allows a split (otherwise its teacher changes only with all its meetings). (Free
  /// starts once hard cost is gone were measured worse at a fixed step budget: the search
  /// settles sooner.)
  mutating func relocate(_ m: Int, _ l: Int) -> Bool {
    let md = model
    let s0 = Int(st.start[m])
    let t0 = Int(st.teacher[m])
    var t = t0
    let cs = md.candidates
    if cs.count(l) >= 2 && md.allowSplit[l] && rng.chance(15) {
      t = cs[cs.lower(l) + rng.below(cs.count(l))]
    }
    var s = -1
    if st.hard > unavoidableTotal && rng.chance(50) { s = randomFreeStart(l, t) }
    if s < 0 {
      let n = md.domain.count(l)
      guard n > 0 else { return false }
      s = md.domain[md.domain.lower(l) + rng.below(n)]
    }
    guard s != s0 || t != t0 else { return false }
    change(m, s, t, pickRoom(l, s, prefer: Int(st.room[m])))
    return true
  }

  /// A random start of lesson `l`'s domain free for its class and teacher `t`; -1 when none.
  mutating func randomFreeStart(_ l: Int, _ t: Int) -> Int {
    let md = model
    let w = md.words
    let c = Int(md.lessonClass[l])
    var total = 0
    for i in 0..<w { total += freeWord(l, c, t, i).nonzeroBitCount }
    guard total > 0 else { return -1 }
    var k = rng.below(total)
    for i in 0..<w {
      var bits = freeWord(l, c, t, i)
      let n = bits.nonzeroBitCount
      if k >= n {
        k -= n
        continue
      }
      while k > 0 {
        bits &= bits - 1
        k -= 1
      }
      return i * 64 + bits.trailingZeroBitCount
    }
    return -1
  }

  @inline(__always)
  func freeWord(_ l: Int, _ c: Int, _ t: Int, _ i: Int) -> UInt64 {
    let w = model.words
    var bits = model.domainBits[l * w + i] & st.classFreeBits[c * w + i]
    if t >= 0 { bits &= st.teacherFreeBits[t * w + i] }
    if model.SG > 0 { bits &= st.studentFreeWord(c, i) }
    return bits
  }

  /// Swap: the starts of two meetings of one class (or of one teacher), each to a start of its
  /// own domain.
  mutating func swap(_ m: Int, _ l: Int) -> Bool {
    let md = model
    let s1 = Int(st.start[m])
    guard s1 >= 0 else { return relocate(m, l) }
    let t1 = Int(st.teacher[m])
    let other: Int
    if t1 >= 0 && rng.chance(40) {
      let tm = md.teacherMeetings
      guard tm.count(t1) > 1 else { return false }
      other = tm[tm.lower(t1) + rng.below(tm.count(t1))]
      guard Int(st.teacher[other]) == t1 else { return false }
    } else if md.SG > 0 && rng.chance(50) {
      // A meeting of a class that shares students with this one.
      let nb = md.classNeighbours
      let c = Int(md.lessonClass[l])
      guard nb.count(c) > 0 else { return false }
      let c2 = nb[nb.lower(c) + rng.below(nb.count(c))]
      let cm = md.classMeetings
      guard cm.count(c2) > 0 else { return false }
      other = cm[cm.lower(c2) + rng.below(cm.count(c2))]
    } else {
      let cm = md.classMeetings
      let c = Int(md.lessonClass[l])
      guard cm.count(c) > 1 else { return false }
      other = cm[cm.lower(c) + rng.below(cm.count(c))]
    }
    let s2 = Int(st.start[other])
    guard other != m, s2 >= 0, s2 != s1, md.pinned[other] < 0 else { return false }
    let l2 = Int(md.meetingLesson[other])
    let w = md.words
    guard md.domainBits[l * w + s2 >> 6] & (1 << UInt64(s2 & 63)) != 0,
      md.domainBits[l2 * w + s1 >> 6] & (1 << UInt64(s1 & 63)) != 0
    else { return false }
    change(m, s2, t1, pickRoom(l, s2, prefer: Int(st.room[m])))
    change(other, s1, Int(st.teacher[other]), pickRoom(l2, s1, prefer: Int(st.room[other])))
    return true
  }

  /// Kempe-chain swap between two slots a and b: starting from a single-period meeting at a,
  /// gather every single-period meeting at a or b linked to the chain by a shared class or
  /// teacher, and swap the whole component between the two slots (clash-neutral for the
  /// chain's classes and teachers).
  mutating func kempe(_ m: Int, _ l: Int) -> Bool {
    let md = model
    guard md.domain.count(l) > 1 else { return false }
    return kempe(m, l, to: md.domain[md.domain.lower(l) + rng.below(md.domain.count(l))])
  }

  /// The Kempe-chain swap of meeting `m` (lesson `l`) from its start to slot `b`.
  mutating func kempe(_ m: Int, _ l: Int, to b: Int) -> Bool {
    let md = model
    let a = Int(st.start[m])
    guard a >= 0, md.lessonDuration[l] == 1, b != a,
      md.domainBits[l * md.words + b >> 6] & (1 << UInt64(b & 63)) != 0
    else { return false }
    stampID &+= 1
    if stampID == Int32.max {
      for i in stamp.indices { stamp[i] = 0 }
      stampID = 1
    }
    chain.removeAll(keepingCapacity: true)
    chain.append(Int32(m))
    stamp[m] = stampID
    var i = 0
    while i < chain.count {
      let n = Int(chain[i])
      i += 1
      let other = Int(st.start[n]) == a ? b : a
      let cm = md.classMeetings
      let c = Int(md.lessonClass[Int(md.meetingLesson[n])])
      for q in cm.lower(c)..<cm.upper(c) {
        let n2 = cm[q]
        if Int(st.start[n2]) == other && stamp[n2] != stampID {
          guard addToChain(n2) else { return false }
        }
      }
      if md.SG > 0 {
        // Students link classes as a class links its meetings.
        let nb = md.classNeighbours
        for q in nb.lower(c)..<nb.upper(c) {
          let c2 = nb[q]
          for q2 in cm.lower(c2)..<cm.upper(c2) {
            let n2 = cm[q2]
            if Int(st.start[n2]) == other && stamp[n2] != stampID {
              guard addToChain(n2) else { return false }
            }
          }
        }
      }
      let t = Int(st.teacher[n])
      guard t >= 0 else { continue }
      let tm = md.teacherMeetings
      for q in tm.lower(t)..<tm.upper(t) {
        let n2 = tm[q]
        if Int(st.teacher[n2]) == t && Int(st.start[n2]) == other && stamp[n2] != stampID {
          guard addToChain(n2) else { return false }
        }
      }
    }
    for k in 0..<chain.count {
      let n = Int(chain[k])
      change(n, Int(st.start[n]) == a ? b : a, Int(st.teacher[n]), Int(st.room[n]))
    }
    return true
  }

  private mutating func addToChain(_ n: Int) -> Bool {
    guard model.pinned[n] < 0, model.lessonDuration[Int(model.meetingLesson[n])] == 1,
      chain.count < 24
    else { return false }
    stamp[n] = stampID
    chain.append(Int32(n))
    return true
  }

  /// Change of teacher: another candidate for the same start and room, for this meeting alone
  /// when the lesson allows a split; otherwise a change for the whole lesson
  /// (`Searcher+LessonMoves.swift`).
  mutating func changeTeacher(_ m: Int, _ l: Int) -> Bool {
    guard model.allowSplit[l] else {
      return rng.chance(50) ? swapLessonTeachers(m, l) : changeLessonTeacher(m, l)
    }
    let cs = model.candidates
    let t = cs[cs.lower(l) + rng.below(cs.count(l))]
    guard t != Int(st.teacher[m]) else { return false }
    change(m, Int(st.start[m]), t, Int(st.room[m]))
    return true
  }

  /// Change of room: another suitable room for the same start and teacher; half the time for
  /// every placed meeting of the lesson together (room stability).
  mutating func changeRoom(_ m: Int, _ l: Int) -> Bool {
    let rs = model.rooms
    let r = rs[rs.lower(l) + rng.below(rs.count(l))]
    guard r != Int(st.room[m]) else { return false }
    change(m, Int(st.start[m]), Int(st.teacher[m]), r)
    let lm = model.lessonMeetings
    guard lm.count(l) > 1 && rng.chance(50) else { return true }
    for k in lm.lower(l)..<lm.upper(l) where lm[k] != m && st.start[lm[k]] >= 0 {
      let q = lm[k]
      if Int(st.room[q]) != r { change(q, Int(st.start[q]), Int(st.teacher[q]), r) }
    }
    return true
  }
}
