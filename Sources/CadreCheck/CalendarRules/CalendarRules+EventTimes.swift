import CadreModel

extension CalendarRules {
  /// `event-times`: 1 per placed event whose `start` or `end` differs from its period's times
  /// (a spot visit lasts the spot quota's minutes, 15 by default; a huddle `huddleMinutes`;
  /// everything else the whole period; none runs past the period's end).
  static func eventTimes(_ c: CalendarContext) -> [Violation] {
    c.placedEvents.compactMap { i in
      guard let p = c.events[i].period else { return nil }
      let e = c.calendar.events[i]
      let expected = expectedTimes(c, e.kind, period: c.cycle.periods[p])
      guard e.start != expected.start || e.end != expected.end else { return nil }
      return hard(
        "event-times", 1,
        "\(c.name(i)) on \(e.date) \(e.period) runs \(e.start)-\(e.end), should run "
          + "\(expected.start)-\(expected.end)")
    }
  }

  /// The start and end an event of `kind` must have in `period` (docs/CALENDAR.md section 2).
  static func expectedTimes(_ c: CalendarContext, _ kind: CoachingEventKind, period: Period)
    -> (start: TimeOfDay, end: TimeOfDay)
  {
    let ps = period.start.minutes
    // Saturating, so that absurd clock values in an unvalidated school never trap.
    let length = saturatingAdd(period.end.minutes, ps == Int.min ? Int.max : -ps)
    let minutes: Int
    switch kind {
    case .spotObservation:
      let quota = c.policy.observations.first { $0.kind == .spot }
      minutes = min(max(1, quota?.minutes ?? 15), length)
    case .huddle:
      minutes = min(c.policy.huddleMinutes ?? length, length)
    case .formalObservation, .debrief, .oneOnOne:
      minutes = length
    }
    return (period.start, TimeOfDay(minutes: saturatingAdd(ps, minutes)))
  }
}
