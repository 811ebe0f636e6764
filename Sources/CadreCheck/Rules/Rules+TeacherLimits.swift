import CadreModel

extension Rules {
  /// `teacher-day-max`: per teacher with `maxPerDay`, per cycle day,
  /// max(0, periods taught that day − maxPerDay).
  static func teacherDayMax(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for t in c.teachers {
      let teacher = c.school.teachers[t]
      guard let most = teacher.maxPerDay else { continue }
      for cd in 0..<c.cycleDayCount {
        let taught = c.slots(ofCycleDay: cd).filter { c.teaches(t, $0) }.count
        let over = excess(taught, over: most)
        guard over > 0 else { continue }
        out.append(
          violation(
            "teacher-day-max", over,
            "\(teacher.id.raw) teaches \(plural(taught, "period")) on \(c.dayLabel(cd)), "
              + "max \(most)"))
      }
    }
    return out
  }

  /// `teacher-week-max`: per teacher with `maxPerWeek`, per week of the cycle,
  /// max(0, periods taught that week − maxPerWeek).
  static func teacherWeekMax(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for t in c.teachers {
      let teacher = c.school.teachers[t]
      guard let most = teacher.maxPerWeek else { continue }
      for w in 0..<c.weekCount {
        let taught = c.slots(ofWeek: w).filter { c.teaches(t, $0) }.count
        let over = excess(taught, over: most)
        guard over > 0 else { continue }
        out.append(
          violation(
            "teacher-week-max", over,
            "\(teacher.id.raw) teaches \(plural(taught, "period")) in week \(c.weekName(w)), "
              + "max \(most)"))
      }
    }
    return out
  }
}
