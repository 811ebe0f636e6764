import CadreModel

extension Rules {
  /// `preferred-slot`: 1 per placed meeting of a lesson with a non-empty `preferred` list
  /// whose start slot is not among the resolved preferred slots, and 1 per slot in which a
  /// teacher with a non-empty `preferred` list teaches outside it.
  static func preferredSlot(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      let preferred = c.lesson(m).preferred
      guard let s = m.start, !preferred.isEmpty else { continue }
      let allowed = preferred.flatMap { CheckContext.resolveSet($0, in: c.cycle) }
      guard !allowed.contains(s) else { continue }
      out.append(
        softViolation(
          "preferred-slot", 1, "\(c.name(m)) is on \(c.label(s)), not a preferred slot",
          teachers: m.teacherID.map { [$0] } ?? []))
    }
    for t in c.teachers {
      let teacher = c.school.teachers[t]
      guard !teacher.preferred.isEmpty else { continue }
      let allowed = Set(teacher.preferred.flatMap { CheckContext.resolveSet($0, in: c.cycle) })
      for cd in 0..<c.cycleDayCount {
        let outside = c.slots(ofCycleDay: cd).filter { c.teaches(t, $0) && !allowed.contains($0) }
        guard !outside.isEmpty else { continue }
        out.append(
          softViolation(
            "preferred-slot", outside.count,
            "\(teacher.id.raw) teaches outside their preferred slots on \(c.dayLabel(cd)): "
              + outside.map { c.periodName($0) }.joined(separator: ", "), teachers: [teacher.id]))
      }
    }
    return out
  }
}
