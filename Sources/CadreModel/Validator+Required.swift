extension Validator {
  /// Counting proofs for the soft rules a school requires (`"hard"` in `weights`): each is a
  /// necessary condition for a schedule that keeps the rule, so a failure is a capacity fact
  /// (`required-rule-cannot-hold`): the file is fine, the plan cannot fit, and `solve` ends
  /// proven infeasible.
  ///
  /// - `sameSubjectTwice`: a class meets a subject at most once a school day, so its meetings
  ///   of one subject (over all its lessons of that subject) are at most the cycle's days that
  ///   have a slot free for the class.
  /// - `lateDay`: no meeting occupies a late period, so a class's periods a cycle are at most
  ///   its free slots outside the late periods.
  ///
  /// - Complexity: O(lessons + classes × slots).
  static func checkRequiredRules(_ c: Context, into out: inout [Diagnostic]) {
    let s = c.school
    let w = s.weights
    guard w.isRequired(.sameSubjectTwice) || w.isRequired(.lateDay) else { return }
    let slots = c.cycle.allSlots.filter { !c.blocked.contains($0) }
    // The late periods: those marked `late`, or the last period of the day when none is.
    let periods = c.cycle.periods
    let anyLate = periods.contains { $0.late }
    let late = Set(periods.indices.filter { anyLate ? periods[$0].late : $0 == periods.count - 1 })
    for (k, cls) in s.classes.enumerated() where c.classIndex[cls.id.raw] == k {
      let away = c.resolved(cls.unavailable)
      let free = slots.filter { !away.contains($0) }
      let lessons = s.lessons.indices.filter { s.lessons[$0].classID == cls.id }
      if w.isRequired(.sameSubjectTwice) {
        let days = Set(free.map { $0.week * c.cycle.dayCount + $0.day }).count
        var bySubject: [String: (meetings: Int, first: Int)] = [:]
        for i in lessons {
          let m = max(0, s.lessons[i].meetings)
          let entry = bySubject[s.lessons[i].subject] ?? (0, i)
          bySubject[s.lessons[i].subject] = (entry.meetings.adding(saturating: m), entry.first)
        }
        for (subject, v) in bySubject.sorted(by: { $0.value.first < $1.value.first })
        where v.meetings > days {
          out.append(
            .error(
              "required-rule-cannot-hold", at: Pointer.of("lessons", v.first, "meetings"),
              "Class \(label(cls.name, cls.id.raw)) has \(v.meetings) \(subject) meetings a "
                + "cycle but \(days) school days free for it, and weights.sameSubjectTwice is "
                + "\"hard\": two of them must share a day",
              hint: "give sameSubjectTwice a weight instead of \"hard\", or give the class "
                + "fewer \(subject) meetings"))
        }
      }
      if w.isRequired(.lateDay) {
        let need = lessons.map { periodsNeeded(s.lessons[$0]) }.saturatingSum
        let early = free.filter { !late.contains($0.period) }.count
        if need > early {
          out.append(
            .error(
              "required-rule-cannot-hold", at: Pointer.of("classes", k),
              "Class \(label(cls.name, cls.id.raw)) needs \(need) periods a cycle but has "
                + "\(early) free slots outside the late periods, and weights.lateDay is \"hard\"",
              hint: "give lateDay a weight instead of \"hard\", or mark fewer periods late"))
        }
      }
    }
  }
}
