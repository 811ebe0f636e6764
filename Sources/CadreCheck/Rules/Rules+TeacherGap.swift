import CadreModel

extension Rules {
  /// `teacher-gap`: per teacher who is not a teaching leader, per cycle day with at least one
  /// taught slot, the slots strictly between the first and the last taught period that are
  /// not blocked, not unavailable for the teacher and not taught.
  static func teacherGap(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for t in c.teachers {
      let id = c.school.teachers[t].id
      guard !c.leadingTeachers.contains(id) else { continue }
      for cd in 0..<c.cycleDayCount {
        let taught = c.slots(ofCycleDay: cd).filter { c.teaches(t, $0) }
        guard let first = taught.first, let last = taught.last else { continue }
        var idle: [Int] = []
        for s in stride(from: first + 1, to: last, by: 1) {
          if !c.blocked[s] && !c.teacherUnavailable[t][s] && !c.teaches(t, s) { idle.append(s) }
        }
        guard !idle.isEmpty else { continue }
        out.append(
          softViolation(
            "teacher-gap", idle.count,
            "\(id.raw) has \(plural(idle.count, "idle period")) on \(c.dayLabel(cd)): "
              + idle.map { c.periodName($0) }.joined(separator: ", "), teachers: [id]))
      }
    }
    return out
  }
}
