import CadreModel

extension CalendarRules {
  /// `debrief-missing`: 1 per counted observation with no valid debrief (same leader and
  /// teachers, following it, later that day or within `debriefWindowDays` school days).
  static func debriefMissing(_ c: CalendarContext) -> [Violation] {
    c.countedObservations.compactMap { i in
      guard c.debriefOf[i] == nil, let day = c.events[i].day, let p = c.events[i].period
      else { return nil }
      let e = c.calendar.events[i]
      return hard(
        "debrief-missing", 1,
        "\(c.name(i)) of \(e.teachers[0].raw) by \(e.leader.raw) on \(c.label(day: day, period: p))"
          + " has no debrief within \(plural(c.policy.debriefWindowDays, "school day"))")
    }
  }

  /// `debrief-orphan`: 1 per placed debrief that is valid for no observation, or is an extra
  /// (another valid debrief of that observation comes first).
  static func debriefOrphan(_ c: CalendarContext) -> [Violation] {
    c.placedEvents.compactMap { i in
      let e = c.calendar.events[i]
      guard e.kind == .debrief, !c.chosenDebriefs.contains(i) else { return nil }
      let follows = e.follows.map { "follows '\($0)'" } ?? "follows no observation"
      return hard(
        "debrief-orphan", 1,
        "\(c.name(i)) on \(e.date) \(e.period) (\(follows)) is not the debrief of any "
          + "observation")
    }
  }

  /// `debrief-delay` (soft): per counted observation with a valid debrief, the school days
  /// from the observation to its debrief (0 on the same day).
  static func debriefDelay(_ c: CalendarContext) -> [Violation] {
    c.countedObservations.compactMap { i in
      guard let b = c.debriefOf[i], let from = c.events[i].day, let to = c.events[b].day
      else { return nil }
      let delay = to - from
      guard delay > 0 else { return nil }
      return soft(
        "debrief-delay", delay,
        "\(c.name(i)) of \(c.calendar.events[i].teachers[0].raw) on "
          + "\(c.dates.days[from].date) is debriefed \(plural(delay, "school day")) later")
    }
  }
}
