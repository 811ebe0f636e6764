import CadreModel

extension Rules {
  /// `moved` (re-solve only): 1 per meeting whose start slot or teacher differs from the
  /// previous schedule's meeting with the same lesson and index. A meeting the previous
  /// schedule does not have is not counted; an unplaced meeting has neither start nor teacher.
  static func moved(_ c: CheckContext) -> [Violation] {
    guard let previous = c.previous else { return [] }
    var out: [Violation] = []
    for m in c.meetings {
      let lesson = c.lesson(m)
      guard let before = previous[MeetingKey(lesson: lesson.id, index: m.index)] else {
        continue
      }
      let now = PreviousMeeting(start: m.start, teacher: m.start == nil ? nil : m.teacherID)
      guard now != before else { continue }
      func place(_ p: PreviousMeeting) -> String {
        guard let s = p.start else { return "unplaced" }
        return c.label(s) + " (" + (p.teacher?.raw ?? "no teacher") + ")"
      }
      out.append(
        softViolation(
          "moved", 1, "\(c.name(m)) moved from \(place(before)) to \(place(now))",
          teachers: m.teacherID.map { [$0] } ?? []))
    }
    return out
  }
}
