import CadreModel

extension Rules {
  /// `preferred-slot`: 1 per placed meeting of a lesson with a non-empty `preferred` list
  /// whose start slot is not among the resolved preferred slots.
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
    return out
  }
}
