import CadreModel

extension Rules {
  /// `late-day`: 1 per (placed meeting, occupied slot) whose period is late: the periods
  /// marked `late`, or the last period of the day when none is marked.
  static func lateDay(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      for s in m.occupied where c.late[s % c.periodCount] {
        out.append(
          softViolation(
            "late-day", 1, "\(c.name(m)) meets late on \(c.label(s))",
            teachers: m.teacherID.map { [$0] } ?? []))
      }
    }
    return out
  }
}
