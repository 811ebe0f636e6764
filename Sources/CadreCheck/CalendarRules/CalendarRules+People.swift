import CadreModel

extension CalendarRules {
  /// `person-busy`: 1 per (placed event, participant) where the participant is not free in
  /// the event's cycle slot (blocked, unavailable or teaching). The observed teacher of an
  /// observation is not a participant.
  static func personBusy(_ c: CalendarContext) -> [Violation] {
    var out: [Violation] = []
    for i in c.placedEvents {
      guard let s = c.events[i].slot, let day = c.events[i].day, let p = c.events[i].period
      else { continue }
      for person in c.participants(c.calendar.events[i]) where !c.free(person, s) {
        out.append(
          hard(
            "person-busy", 1,
            "\(person) is not free for \(c.name(i)) on \(c.label(day: day, period: p)) "
              + "(\(c.busyReason(person, s)))"))
      }
    }
    return out
  }

  /// `person-clash`: per person, per dated slot: max(0, n − 1), n = placed events in which
  /// the person is a participant (a teaching leader and their teacher record are one person).
  static func personClash(_ c: CalendarContext) -> [Violation] {
    struct Key: Hashable, Comparable {
      var person: CalendarPerson
      var day: Int
      var period: Int
      static func < (a: Key, b: Key) -> Bool {
        (a.day, a.period) != (b.day, b.period)
          ? (a.day, a.period) < (b.day, b.period) : a.person < b.person
      }
    }
    var events: [Key: [Int]] = [:]
    for i in c.placedEvents {
      guard let day = c.events[i].day, let p = c.events[i].period else { continue }
      for person in c.participants(c.calendar.events[i]) {
        events[Key(person: person, day: day, period: p), default: []].append(i)
      }
    }
    return events.keys.sorted().compactMap { key in
      let list = events[key] ?? []
      guard list.count > 1 else { return nil }
      return hard(
        "person-clash", list.count - 1,
        "\(key.person) is in \(list.count) events on \(c.label(day: key.day, period: key.period))"
          + ": " + list.map { c.calendar.events[$0].id }.joined(separator: ", "))
    }
  }
}

extension CalendarContext {
  /// Why a person is not free in a cycle slot, in school terms.
  func busyReason(_ person: CalendarPerson, _ s: Int) -> String {
    if blocked[s] { return "the slot is blocked" }
    let teacher: TeacherID?
    switch person {
    case .teacher(let id): teacher = id
    case .leader: teacher = nil
    }
    if let teacher, let lessons = taught[teacher]?[s], !lessons.isEmpty {
      return "teaching " + lessons.map(\.raw).sorted().joined(separator: ", ")
    }
    return "unavailable"
  }
}
