/// Re-solve: a move back towards the previous schedule. After a change, the repair (or a
/// restart from scratch) can leave many meetings away from their previous starts, and the
/// `moved` rule prices each of them but no single random move brings one back; this move
/// does, so a re-solve keeps what it can of the timetable people already know (and with it
/// the dated coaching events planned in its lessons and free periods, docs/CALENDAR.md
/// section 7).
extension Searcher {
  /// A meeting away from its previous start (drawn among a few, starting with `m`) back to
  /// it: half the time by a Kempe-chain swap (clash-neutral for the chain's classes and
  /// teachers), else directly, with its teacher and, when it suits, its previous room.
  mutating func restore(_ m: Int) -> Bool {
    let md = model
    var q = m
    var found = false
    for _ in 0..<8 {
      let ps = md.previousStart[q]
      if ps >= 0 && st.start[q] != ps && md.pinned[q] < 0 {
        found = true
        break
      }
      q = Int(movable[rng.below(movable.count)])
    }
    guard found else { return false }
    let l = Int(md.meetingLesson[q])
    let target = Int(md.previousStart[q])
    guard md.domainBits[l * md.words + target >> 6] & (1 << UInt64(target & 63)) != 0 else {
      return false
    }
    if st.start[q] >= 0 && md.lessonDuration[l] == 1 && rng.chance(50) {
      return kempe(q, l, to: target)
    }
    change(q, target, Int(st.teacher[q]), pickRoom(l, target, prefer: Int(md.previousRoom[q])))
    return true
  }
}
