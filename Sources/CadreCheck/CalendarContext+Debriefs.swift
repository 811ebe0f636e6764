import CadreModel

extension CalendarContext {
  /// Which placed debrief is each placed observation's debrief.
  ///
  /// A debrief B is valid for observation O when both are placed, `B.follows == O.id`, they
  /// name the same leader and teachers, and B is later the same day (a later period) or
  /// 1 … `debriefWindowDays` school days after O. The first valid one in calendar order
  /// (school day, period, then list order) is O's debrief; any others are extras.
  /// - Complexity: O(events) expected, plus the debriefs that follow each observation.
  static func matchDebriefs(
    calendar: CoachingCalendar, events: [Placed], dates: CalendarDates, policy: Policy
  ) -> (debriefOf: [Int: Int], chosen: Set<Int>) {
    var byFollows: [String: [Int]] = [:]
    for (i, e) in calendar.events.enumerated() where e.kind == .debrief && events[i].isPlaced {
      if let follows = e.follows { byFollows[follows, default: []].append(i) }
    }
    var debriefOf: [Int: Int] = [:]
    var chosen: Set<Int> = []
    for (i, o) in calendar.events.enumerated()
    where o.kind == .spotObservation || o.kind == .formalObservation {
      guard let oDay = events[i].day, let oPeriod = events[i].period, events[i].isPlaced
      else { continue }
      var best: (day: Int, period: Int, index: Int)?
      for b in byFollows[o.id] ?? [] {
        let debrief = calendar.events[b]
        guard debrief.leader == o.leader, debrief.teachers == o.teachers,
          let day = events[b].day, let period = events[b].period
        else { continue }
        let gap = day - oDay
        let valid =
          (gap == 0 && period > oPeriod) || (gap >= 1 && gap <= policy.debriefWindowDays)
        guard valid else { continue }
        let key = (day: day, period: period, index: b)
        if let current = best, (current.day, current.period, current.index) <= (day, period, b) {
          continue
        }
        best = key
      }
      if let best {
        debriefOf[i] = best.index
        chosen.insert(best.index)
      }
    }
    return (debriefOf, chosen)
  }
}
