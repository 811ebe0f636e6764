import CadreModel

extension CalendarRules {
  /// `event-people`: 1 per placed event whose people do not fit its kind (an observation,
  /// debrief or one-on-one names one member with their leader and team; a huddle names a
  /// team with members, its leader and exactly its members).
  static func eventPeople(_ c: CalendarContext) -> [Violation] {
    c.placedEvents.compactMap { i in
      guard !c.events[i].peopleFit else { return nil }
      let e = c.calendar.events[i]
      let who = e.teachers.map(\.raw).joined(separator: ", ")
      let team = e.team.map { " for team \($0.raw)" } ?? " without a team"
      let expected: String
      switch e.kind {
      case .huddle:
        expected = "a team with members, its leader and exactly its members"
      case .debrief:
        expected = "one team member with their own leader and team, and the observation it follows"
      default:
        expected = "one team member with their own leader and team"
      }
      return hard(
        "event-people", 1,
        "\(c.name(i)) on \(e.date) has leader \(e.leader.raw)\(team) and teachers [\(who)]; "
          + "it needs \(expected)")
    }
  }
}
