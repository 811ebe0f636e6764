import CadreModel

extension Rules {
  /// `leader-overload`: per teaching leader, max(0, taught periods in the cycle − limit),
  /// limit = T − releasePeriodsPerDay × cycleDays when the role has `releasePeriodsPerDay`,
  /// else ⌊(1 − release) × T + 10⁻⁹⌋ (T = teachable slots). A limit is never below 0.
  ///
  /// Taught periods are the slots the leader's teacher record teaches, whatever else is wrong
  /// with the meetings there.
  static func leaderOverload(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for leader in c.school.leadership.leaders {
      guard let teacher = leader.teacher, let r = c.roleIndex[leader.role] else { continue }
      let role = c.school.leadership.roles[r]
      let limit = teachingLimit(role, c)
      var taught = 0
      if let t = c.teacherIndex[teacher] {
        for s in 0..<c.slotCount where c.teaches(t, s) { taught += 1 }
      }
      let over = excess(taught, over: limit)
      guard over > 0 else { continue }
      let name = leader.name.isEmpty ? leader.id.raw : leader.name
      let release =
        role.releasePeriodsPerDay.map { "release \(plural($0, "period")) a day" }
        ?? "release \(role.release)"
      out.append(
        violation(
          "leader-overload", over,
          "\(name) (\(teacher.raw)) teaches \(plural(taught, "period")), \(release) allows "
            + "\(limit)"))
    }
    return out
  }

  /// The most periods a leader in `role` may teach in this cycle.
  static func teachingLimit(_ role: Role, _ c: CheckContext) -> Int {
    let t = c.teachableCount
    if let perDay = role.releasePeriodsPerDay {
      // Clamped so the product cannot overflow; any value past the day's periods gives 0.
      let r = min(max(perDay, -c.periodCount - 1), c.periodCount + 1)
      return max(0, t - r * c.cycleDayCount)
    }
    let exact = ((1 - role.release) * Double(t) + 1e-9).rounded(.down)
    guard exact.isFinite, exact > 0 else { return 0 }
    let cap = c.slotCount + 1
    return exact >= Double(cap) ? cap : Int(exact)
  }
}
