import CadreModel

extension CalendarRules {
  /// `not-school-day`: 1 per event whose date is not a school day (outside the year, closed,
  /// a weekday without a cycle day, a weekend in a rotating cycle).
  static func notSchoolDay(_ c: CalendarContext) -> [Violation] {
    c.calendar.events.indices.compactMap { i in
      guard c.events[i].day == nil else { return nil }
      let e = c.calendar.events[i]
      return hard(
        "not-school-day", 1,
        "\(c.name(i)) (\(e.leader.raw)) is on \(e.date), which is not a school day")
    }
  }

  /// `unknown-period`: 1 per event on a school day whose period names no cycle period.
  static func unknownPeriod(_ c: CalendarContext) -> [Violation] {
    c.calendar.events.indices.compactMap { i in
      guard c.events[i].day != nil, c.events[i].period == nil else { return nil }
      let e = c.calendar.events[i]
      return hard(
        "unknown-period", 1,
        "\(c.name(i)) on \(e.date) is in period '\(e.period)', which the cycle does not have")
    }
  }
}
