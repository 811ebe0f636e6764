import CadreModel

extension Rules {
  /// `moved` (re-solve only): 1 per meeting whose start slot differs from the previous
  /// schedule's meeting with the same lesson and index (an unplaced meeting has no start), plus
  /// 1 per lesson with a meeting placed in both schedules whose teacher differs: a teacher
  /// change counts once per lesson. A meeting the previous schedule does not have is not
  /// counted.
  static func moved(_ c: CheckContext) -> [Violation] {
    guard let previous = c.previous else { return [] }
    var out: [Violation] = []
    var retaught = [[(from: TeacherID?, to: TeacherID?)]](
      repeating: [], count: c.school.lessons.count)
    for m in c.meetings {
      let lesson = c.lesson(m)
      guard let before = previous[MeetingKey(lesson: lesson.id, index: m.index)] else {
        continue
      }
      if m.start != nil && before.start != nil && m.teacherID != before.teacher {
        retaught[m.lesson].append((before.teacher, m.teacherID))
      }
      guard m.start != before.start else { continue }
      func place(_ s: Int?) -> String { s.map { c.label($0) } ?? "unplaced" }
      out.append(
        softViolation(
          "moved", 1, "\(c.name(m)) moved from \(place(before.start)) to \(place(m.start))",
          teachers: m.teacherID.map { [$0] } ?? []))
    }
    for (l, changes) in retaught.enumerated() where !changes.isEmpty {
      func names(_ ids: [TeacherID?]) -> String {
        var seen: [String] = []
        for id in ids where !seen.contains(id?.raw ?? "no teacher") {
          seen.append(id?.raw ?? "no teacher")
        }
        return seen.joined(separator: ", ")
      }
      out.append(
        softViolation(
          "moved", 1,
          "\(c.school.lessons[l].id.raw) changed teacher from \(names(changes.map(\.from))) to "
            + names(changes.map(\.to)),
          teachers: changes.compactMap(\.to)))
    }
    return out
  }
}
