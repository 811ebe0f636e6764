import CadreModel

extension CalendarRules {
  /// `observation-spacing`: per member, over the school-day indices of their counted
  /// observations sorted ascending, 1 per neighbouring pair fewer than
  /// `minDaysBetweenObservations` school days apart.
  static func observationSpacing(_ c: CalendarContext) -> [Violation] {
    let counted = c.countedByMember()
    let minimum = c.policy.minDaysBetweenObservations
    var out: [Violation] = []
    for member in c.members {
      let days = (counted[member] ?? []).compactMap { c.events[$0].day }.sorted()
      guard days.count >= 2 else { continue }
      for k in 0..<(days.count - 1) where days[k + 1] - days[k] < minimum {
        out.append(
          hard(
            "observation-spacing", 1,
            "\(member.raw) is observed on \(c.dates.days[days[k]].date) and "
              + "\(c.dates.days[days[k + 1]].date), \(plural(days[k + 1] - days[k], "school day"))"
              + " apart, min \(minimum)"))
      }
    }
    return out
  }

  /// `observation-term`: per member, per kind k with q(k) ≥ T ≥ 1 (T terms), per term: 1
  /// when no counted observation of kind k of that member falls on a school day of that term.
  static func observationTerm(_ c: CalendarContext) -> [Violation] {
    let terms = c.school.year?.terms ?? []
    guard !terms.isEmpty else { return [] }
    let counted = c.countedByMember()
    var out: [Violation] = []
    for member in c.members {
      for (kind, word, q) in [
        (CoachingEventKind.spotObservation, "spot", c.quota(member, .spot).count),
        (.formalObservation, "formal", c.quota(member, .formal).count),
      ] where q >= terms.count {
        let covered = Set(
          (counted[member] ?? []).filter { c.calendar.events[$0].kind == kind }.compactMap {
            c.events[$0].day.flatMap { c.dates.days[$0].term }
          })
        for (t, term) in terms.enumerated() where !covered.contains(t) {
          let name = term.name.isEmpty ? "term \(t + 1)" : term.name
          out.append(
            hard(
              "observation-term", 1,
              "\(member.raw) has no \(word) observation in \(name) (\(term.from) to \(term.to))"))
        }
      }
    }
    return out
  }

  /// `leader-day-max`: per leader, per school day: max(0, n − maxObservationsPerLeaderPerDay),
  /// n = that leader's placed spot/formal events that day.
  static func leaderDayMax(_ c: CalendarContext) -> [Violation] {
    var perDay: [LeaderID: [Int: Int]] = [:]
    for i in c.placedEvents where c.isObservation(i) {
      guard let day = c.events[i].day else { continue }
      perDay[c.calendar.events[i].leader, default: [:]][day, default: 0] += 1
    }
    let limit = c.policy.maxObservationsPerLeaderPerDay
    var out: [Violation] = []
    for leader in perDay.keys.sorted() {
      let days = perDay[leader] ?? [:]
      for day in days.keys.sorted() {
        let n = days[day] ?? 0
        let over = excess(n, over: limit)
        guard over > 0 else { continue }
        out.append(
          hard(
            "leader-day-max", over,
            "\(leader.raw) observes \(n) times on \(c.dates.days[day].date), max \(limit)"))
      }
    }
    return out
  }
}
