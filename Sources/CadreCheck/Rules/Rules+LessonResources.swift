import CadreModel

extension Rules {
  /// `split-lesson`: per lesson without `allowSplit`, max(0, n − 1), n = distinct teachers of
  /// its placed meetings. A lesson has one teacher for all its meetings, in every week.
  static func splitLesson(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for (l, used) in distinct(c, \.teacherID).enumerated() where used.count > 1 {
      let lesson = c.school.lessons[l]
      guard !lesson.allowSplit else { continue }
      out.append(
        violation(
          "split-lesson", used.count - 1,
          "\(lesson.id.raw) is taught by \(used.map(\.raw).joined(separator: ", ")); a lesson "
            + "has one teacher unless it allows a split (\"allowSplit\": true)"))
    }
    return out
  }

  /// `room-stability`: per lesson, max(0, n − 1), n = distinct rooms of its placed meetings.
  static func roomStability(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    let teachers = distinct(c, \.teacherID)
    for (l, used) in distinct(c, \.room).enumerated() where used.count > 1 {
      out.append(
        softViolation(
          "room-stability", used.count - 1,
          "\(c.school.lessons[l].id.raw) meets in "
            + used.map { c.school.rooms[$0].id.raw }.joined(separator: ", ")
            + " (one room for all its meetings is preferred)",
          teachers: teachers[l]))
    }
    return out
  }

  /// Per lesson, the distinct non-nil values of `key` over its placed meetings, in meeting
  /// order.
  private static func distinct<V: Equatable>(_ c: CheckContext, _ key: KeyPath<CheckedMeeting, V?>)
    -> [[V]]
  {
    var out = [[V]](repeating: [], count: c.school.lessons.count)
    for m in c.meetings where m.isPlaced {
      if let v = m[keyPath: key], !out[m.lesson].contains(v) { out[m.lesson].append(v) }
    }
    return out
  }
}
