/// Soft rules a school requires (`"hard"` in place of a weight) count in the hard cost; this
/// is what the search needs to know of them beyond their kernels: which meetings take part in
/// a violation (for conflict-focused picks), and which of them placing more meetings can
/// repair (so construction does not refuse a value for them).
extension Searcher {
  /// Whether meeting `m` (lesson `l`, start `s`, teacher `t`) takes part in a violation of a
  /// required soft rule (a cheap over-approximation, like `inConflict`).
  func inRequiredConflict(_ m: Int, _ l: Int, _ s: Int, _ t: Int) -> Bool {
    let md = model
    let hard = md.countsAsHard
    let day = s / md.P
    if hard[Rule.sameSubjectTwice.rawValue]
      && st.groupDay[Int(md.lessonGroup[l]) * md.CD + day] > 1
    {
      return true
    }
    if t >= 0 && hard[Rule.teacherGap.rawValue] && st.dayGap[t * md.CD + day] > 0 { return true }
    if t >= 0 && hard[Rule.consecutive.rawValue] && st.dayConsecutive[t * md.CD + day] > 0 {
      return true
    }
    if hard[Rule.unevenSpread.rawValue] && st.uneven[l] > 0 { return true }
    if hard[Rule.roomStability.rawValue] && st.lessonRooms[l] > 1 { return true }
    if hard[Rule.coverageCost.rawValue]
      && md.pricing.charge(l, t, duration: md.lessonDuration[l]) > 0
    {
      return true
    }
    if hard[Rule.lateDay.rawValue] {
      for x in s..<(s + md.span(l, s)) where md.late[x % md.P] { return true }
    }
    if hard[Rule.preferredSlot.rawValue] && md.hasPreferred[l] && !md.preferred[l * md.S + s] {
      return true
    }
    if hard[Rule.moved.rawValue] {
      let ps = md.previousStart[m]
      if ps != -3 && Int(ps) != s { return true }
      if st.lessonRetaught[l] > 0 { return true }
    }
    return false
  }

  /// The hard cost of the rules that placing more meetings can lower: `observation-window`,
  /// `debrief-window` (a placed lesson can be a new observation chance), and `teacher-gap` and
  /// `uneven-spread` when the school requires them. Construction leaves them out of a value's
  /// added cost.
  @inline(__always)
  func repairableHard() -> Int64 {
    let c = st.counts
    // A personal limit on gaps or periods a day can be mended by placing more: repairable.
    var sum =
      c[Rule.observationWindow.rawValue] + c[Rule.debriefWindow.rawValue]
      + c[Rule.personalLimit.rawValue]
    if model.requiresGap { sum += c[Rule.teacherGap.rawValue] }
    if model.requiresSpread { sum += c[Rule.unevenSpread.rawValue] }
    return sum
  }
}
