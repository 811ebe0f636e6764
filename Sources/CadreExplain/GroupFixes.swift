import CadreLeadership
import CadreModel

/// Partial relaxations of one group of a conflicting set found by search, before re-checking:
/// unpin, give back availability, lift a limit by one, one fewer huddle or observable slot.
enum GroupFixes {
  static func candidates(_ g: ConstraintGroup, _ c: SchoolCounts) -> [Diagnosis.Candidate] {
    let s = c.school
    var changed = s
    switch g.kind {
    case .pin:
      changed.lessons[g.index].pinned = []
      return [
        .init(
          change: "unpin lesson \(s.lessons[g.index].id.raw)", dollars: 0,
          costDetail: "no cost; the solver places it",
          disruption: s.lessons[g.index].pinned.count, school: changed)
      ]
    case .teacherAvailability:
      changed.teachers[g.index].unavailable = []
      return [
        .init(
          change: "make \(c.teacherLabel(g.index)) available in the "
            + "\(Text.count(c.teacherAway[g.index].count, "slot")) they are marked away",
          dollars: 0, costDetail: "no cost; what kept them away must move",
          disruption: c.teacherAway[g.index].count, school: changed)
      ]
    case .leaderAvailability:
      let l = s.leadership.leaders[g.index]
      changed.leadership.leaders[g.index].unavailable = []
      return [
        .init(
          change: "make leader \(SchoolCounts.label(l.name, l.id.raw)) available in the slots "
            + "they are marked away",
          dollars: 0, costDetail: "no cost; what kept them away must move",
          disruption: l.unavailable.count, school: changed)
      ]
    case .classAvailability:
      changed.classes[g.index].unavailable = []
      return [
        .init(
          change: "make class \(c.classLabel(g.index)) available in the "
            + "\(Text.count(c.classAway[g.index].count, "slot")) it is marked away",
          dollars: 0, costDetail: "no cost; what kept the class away must move",
          disruption: c.classAway[g.index].count, school: changed)
      ]
    case .room:
      let users = s.lessons.indices.filter { c.rooms.suitable[$0].contains(g.index) }
      return CountingProofs.roomCandidates(c, [g.index], users: users, excess: 1)
    case .teacherLimits:
      let t = s.teachers[g.index]
      var parts: [String] = []
      if let d = t.maxPerDay {
        changed.teachers[g.index].maxPerDay = d + 1
        parts.append("maxPerDay from \(d) to \(d + 1)")
      }
      if let w = t.maxPerWeek {
        changed.teachers[g.index].maxPerWeek = w + 1
        parts.append("maxPerWeek from \(w) to \(w + 1)")
      }
      return [
        .init(
          change: "raise \(parts.joined(separator: " and ")) for \(c.teacherLabel(g.index))",
          dollars: 0, costDetail: "no cost; a heavier load for \(t.name)",
          disruption: parts.count * c.cycle.weekCount, school: changed)
      ]
    case .huddles:
      changed.policy.huddlesPerWeek = max(0, s.policy.huddlesPerWeek - 1)
      return [
        .init(
          change: "hold \(changed.policy.huddlesPerWeek) huddles a week instead of "
            + "\(s.policy.huddlesPerWeek) (school-wide)",
          dollars: 0, costDetail: "no cost; teams meet less often", disruption: 1,
          school: changed)
      ]
    case .observableSlots:
      changed.policy.observableSlotsPerMember = max(0, s.policy.observableSlotsPerMember - 1)
      return [
        .init(
          change: "ask for \(changed.policy.observableSlotsPerMember) observable slots per "
            + "member a week instead of \(s.policy.observableSlotsPerMember) (school-wide)",
          dollars: 0, costDetail: "no cost; fewer chances to observe", disruption: 1,
          school: changed)
      ]
    case .budgetCap:
      // The cheapest plan found without the cap prices the fix (`raiseCap`), which needs a
      // solve: `Explain` asks the oracle for it.
      return []
    case .team, .release, .classLessons:
      // Dropping a team's rules, a role's release or a class's curriculum is not a fix a
      // school would take; the other members of the set carry the fixes.
      return []
    }
  }

  /// Raise the cap to what the cheapest plan found without it costs (`total`, the
  /// `BudgetCalculator`'s figure): the extra money a year is the fix's cost.
  static func raiseCap(_ c: SchoolCounts, total: Int?) -> [Diagnosis.Candidate] {
    guard let total, let cap = c.school.budget?.cap, total > cap else { return [] }
    var changed = c.school
    changed.budget?.cap = total
    let currency = c.school.budget?.currency ?? "USD"
    return [
      .init(
        change: "raise the budget cap from \(Text.money(cap, currency)) to "
          + "\(Text.money(total, currency)) a year",
        dollars: total - cap,
        costDetail: "the cheapest plan found without the cap costs \(Text.money(total, currency))",
        disruption: 0, school: changed)
    ]
  }
}
