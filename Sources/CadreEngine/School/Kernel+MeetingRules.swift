/// The rules that look at one meeting alone: no-teacher, blocked-slot, teacher-, class- and
/// room-unavailable, double-lesson-overflow, pinned-moved, unqualified-teacher,
/// room-unsuitable, late-day, preferred-slot and moved's start part (docs/RULES.md gives each formula).
///
/// Each is a function of (meeting, start, teacher, room) only, so placing a meeting adds its
/// terms and removing it subtracts them; `recount` sums the same terms over all meetings.
extension SearchState {
  @inline(__always)
  mutating func applyMeetingRules(_ m: Int, _ l: Int, _ s: Int, _ t: Int, _ r: Int, _ sign: Int64) {
    let md = model
    let len = md.span(l, s)
    let c = Int(md.lessonClass[l])
    var blocked: Int64 = 0
    var tUn: Int64 = 0
    var cUn: Int64 = 0
    var rUn: Int64 = 0
    var late: Int64 = 0
    for x in s..<(s + len) {
      if md.blocked[x] { blocked += 1 }
      if t >= 0 && md.teacherUnavailable[t * S + x] { tUn += 1 }
      if md.classUnavailable[c * S + x] { cUn += 1 }
      if r >= 0 && md.roomUnavailable[r * S + x] { rUn += 1 }
      if md.late[x % P] { late += 1 }
    }
    bump(.blockedSlot, sign * blocked)
    bump(.teacherUnavailable, sign * tUn)
    bump(.classUnavailable, sign * cUn)
    bump(.roomUnavailable, sign * rUn)
    bump(.lateDay, sign * late)
    if t < 0 { bump(.noTeacher, sign) }
    if s % P + Int(md.lessonDuration[l]) > P { bump(.doubleLessonOverflow, sign) }
    let pin = md.pinned[m]
    if pin != -1 && Int(pin) != s { bump(.pinnedMoved, sign) }
    if t >= 0 && !isCandidate(l, t) { bump(.unqualifiedTeacher, sign) }
    if md.needsRoom[l] && (r < 0 || !suitsRoom(l, r)) { bump(.roomUnsuitable, sign) }
    if md.hasPreferred[l] && !md.preferred[l * S + s] { bump(.preferredSlot, sign) }
    if r >= 0 {
      if md.lessonHasRoomPreference[l] && !md.lessonPrefersRoom[l * md.R + r] {
        bump(.roomPreference, sign)
      }
      if t >= 0 && md.teacherHasRoomPreference[t] && !md.teacherPrefersRoom[t * md.R + r] {
        bump(.roomPreference, sign)
      }
    }
    if md.hasPrevious {
      let ps = md.previousStart[m]
      // The start part; the teacher part counts per lesson (`Kernel+LessonResources`).
      if ps != -3 && Int(ps) != s { bump(.moved, sign) }
    }
  }

  /// The per-meeting rules that also count an unplaced meeting: a pinned meeting without a
  /// start is not at its pinned slot, and one placed in the previous schedule has moved.
  @inline(__always)
  mutating func applyUnplacedRules(_ m: Int, _ sign: Int64) {
    if model.pinned[m] != -1 { bump(.pinnedMoved, sign) }
    if model.hasPrevious && model.previousStart[m] >= 0 { bump(.moved, sign) }
  }

  @inline(__always)
  func isCandidate(_ l: Int, _ t: Int) -> Bool {
    let cs = model.candidates
    for k in cs.lower(l)..<cs.upper(l) where cs[k] == t { return true }
    return false
  }

  @inline(__always)
  func suitsRoom(_ l: Int, _ r: Int) -> Bool {
    let rs = model.rooms
    for k in rs.lower(l)..<rs.upper(l) where rs[k] == r { return true }
    return false
  }

  /// From scratch: the per-meeting rules, added into `out` (indexed by `Rule.rawValue`).
  func recountMeetingRules(into out: inout [Int64]) {
    var probe = SearchState(model: model)
    for m in 0..<model.M where start[m] >= 0 {
      probe.applyUnplacedRules(m, -1)
      probe.applyMeetingRules(
        m, Int(model.meetingLesson[m]), Int(start[m]), Int(teacher[m]), Int(room[m]), 1)
    }
    for r in [
      Rule.noTeacher, .blockedSlot, .teacherUnavailable, .classUnavailable, .roomUnavailable,
      .doubleLessonOverflow, .pinnedMoved, .unqualifiedTeacher, .roomUnsuitable, .lateDay,
      .preferredSlot, .moved, .roomPreference,
    ] {
      out[r.rawValue] = probe.counts[r.rawValue]
    }
  }
}
