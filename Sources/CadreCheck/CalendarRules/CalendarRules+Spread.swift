import CadreModel

extension CalendarRules {
  /// `uneven-observations` (soft): per member with n ≥ 2 counted observations and E ≥ 1
  /// eligible days: g = ⌊E / n⌋; over their sorted school-day indices, Σ |(xᵢ₊₁ − xᵢ) − g|.
  static func unevenObservations(_ c: CalendarContext) -> [Violation] {
    let eligible = c.dates.eligibleCount
    guard eligible >= 1 else { return [] }
    let counted = c.countedByMember()
    var out: [Violation] = []
    for member in c.members {
      let days = (counted[member] ?? []).compactMap { c.events[$0].day }.sorted()
      guard days.count >= 2 else { continue }
      let g = eligible / days.count
      var total = 0
      for k in 0..<(days.count - 1) {
        total = saturatingAdd(total, absDifference(days[k + 1] - days[k], g))
      }
      guard total > 0 else { continue }
      out.append(
        soft(
          "uneven-observations", total,
          "\(member.raw)'s \(days.count) observations are spaced unevenly (ideal gap "
            + "\(plural(g, "school day")), off by \(total) in all)"))
    }
    return out
  }

  /// `repeated-slot` (soft): per member, per (cycle day-of-week, period): max(0, c − 1),
  /// c = counted observations of that member on school days of that cycle day in that period.
  static func repeatedSlot(_ c: CalendarContext) -> [Violation] {
    let counted = c.countedByMember()
    var out: [Violation] = []
    for member in c.members {
      var seen: [Int: Int] = [:]
      for i in counted[member] ?? [] {
        guard let day = c.events[i].day, let p = c.events[i].period else { continue }
        seen[c.dates.days[day].day * c.periodCount + p, default: 0] += 1
      }
      for key in seen.keys.sorted() where (seen[key] ?? 0) > 1 {
        let n = seen[key] ?? 0
        let d = key / c.periodCount
        out.append(
          soft(
            "repeated-slot", n - 1,
            "\(member.raw) is observed \(n) times on \(c.cycle.days[d]) "
              + "\(c.cycle.periods[key % c.periodCount].name)"))
      }
    }
    return out
  }

  /// `leader-load` (soft): per leader, per calendar week with ≥ 2 school days: max − min over
  /// that week's school days of the leader's placed events that day (all kinds).
  static func leaderLoad(_ c: CalendarContext) -> [Violation] {
    var perDay: [LeaderID: [Int: Int]] = [:]
    for i in c.placedEvents {
      guard let day = c.events[i].day else { continue }
      perDay[c.calendar.events[i].leader, default: [:]][day, default: 0] += 1
    }
    let weeks = c.schoolWeeks().filter { $0.days.count >= 2 }
    var out: [Violation] = []
    for leader in perDay.keys.sorted() {
      let days = perDay[leader] ?? [:]
      for week in weeks {
        let loads = week.days.map { days[$0] ?? 0 }
        let spread = (loads.max() ?? 0) - (loads.min() ?? 0)
        guard spread > 0 else { continue }
        out.append(
          soft(
            "leader-load", spread,
            "\(leader.raw) has between \(loads.min() ?? 0) and \(loads.max() ?? 0) events a "
              + "day in the week of \(c.dates.days[week.days[0]].date)"))
      }
    }
    return out
  }
}
