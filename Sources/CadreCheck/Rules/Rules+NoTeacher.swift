import CadreModel

extension Rules {
  /// `no-teacher`: 1 per placed meeting without a teacher.
  static func noTeacher(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      guard let s = m.start, m.teacherID == nil else { continue }
      out.append(violation("no-teacher", 1, "\(c.name(m)) on \(c.label(s)) has no teacher"))
    }
    return out
  }
}
