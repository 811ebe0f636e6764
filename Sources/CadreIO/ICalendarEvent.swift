import CadreModel
import Foundation

/// What a VEVENT needs from the school beyond the event itself: display names, the lessons,
/// the time zone, and the school's slug for UIDs and placeholder addresses.
///
/// The school file has no e-mail addresses, yet ATTENDEE and ORGANIZER values must be
/// calendar user addresses (URIs). Each person is therefore written as
/// `mailto:<id>@<school-slug>.invalid`: unique within the school, stable between runs, and
/// undeliverable by design (`.invalid` is reserved by RFC 2606), so a client never mails a
/// stranger. The CN parameter carries the person's name.
struct ICalendarContext {
  var slug: String
  var stamp: String
  /// The TZID and its zone; nil writes floating local times (no zone in the school file, or
  /// one Foundation does not know).
  var tzid: String?
  var zone: TimeZone?
  var teacherNames: [String: String]
  var leaderNames: [String: String]
  var teamNames: [String: String]
  var lessons: [String: Lesson]
  /// The events rendered together (a document's, or the whole calendar in `files`) by id, to
  /// describe what a debrief follows.
  var byID: [String: CoachingEvent]

  init(school: School, stamp: String, events: [CoachingEvent]) {
    slug = ICalendar.slug(school.name)
    // DTSTAMP is the caller's UTC "YYYYMMDDTHHMMSSZ"; dropping control characters keeps even a
    // wrong one on its own content line.
    self.stamp = String(
      String.UnicodeScalarView(stamp.unicodeScalars.filter { !ICalendarText.isControl($0) }))
    if let id = school.year?.timeZone, let zone = TimeZone(identifier: id) {
      tzid = id
      self.zone = zone
    }
    func names<T>(_ items: [T], _ id: (T) -> String, _ name: (T) -> String) -> [String: String] {
      Dictionary(items.map { (id($0), name($0)) }, uniquingKeysWith: { a, _ in a })
    }
    teacherNames = names(school.teachers, \.id.raw, \.name)
    leaderNames = names(school.leadership.leaders, \.id.raw, \.name)
    teamNames = names(school.leadership.teams, \.id.raw, \.name)
    lessons = Dictionary(school.lessons.map { ($0.id.raw, $0) }, uniquingKeysWith: { a, _ in a })
    byID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  // MARK: Labels

  func teacher(_ id: TeacherID) -> String { display(teacherNames[id.raw], id.raw) }
  func leader(_ id: LeaderID) -> String { display(leaderNames[id.raw], id.raw) }
  func team(_ id: TeamID) -> String { display(teamNames[id.raw], id.raw) }

  func display(_ name: String?, _ id: String) -> String {
    guard let name, !name.isEmpty else { return id }
    return name
  }

  /// "Ana (L-ANA)", or the id alone when there is no name.
  func named(_ name: String, _ id: String) -> String { name == id ? id : "\(name) (\(id))" }

  /// "3A math": the class and subject of a lesson, or its id when the school lacks it.
  func lesson(_ id: LessonID) -> String {
    guard let l = lessons[id.raw] else { return id.raw }
    return "\(l.classID.raw) \(l.subject)"
  }

  static func kindLabel(_ kind: CoachingEventKind) -> String {
    switch kind {
    case .spotObservation: "Spot observation"
    case .formalObservation: "Formal observation"
    case .debrief: "Debrief"
    case .huddle: "Team huddle"
    case .oneOnOne: "One-on-one"
    }
  }

  /// "Spot observation: Bo (3A math)", "Debrief: Bo (spot observation 2026-09-14)",
  /// "Team huddle: Grade 3", "One-on-one: Ana and Bo".
  func summary(_ e: CoachingEvent) -> String {
    let teachers = e.teachers.map(teacher).joined(separator: ", ")
    let label = Self.kindLabel(e.kind)
    switch e.kind {
    case .spotObservation, .formalObservation:
      return "\(label): \(teachers)" + (e.lesson.map { " (\(lesson($0)))" } ?? "")
    case .debrief:
      guard let f = e.follows.flatMap({ byID[$0] }) else { return "\(label): \(teachers)" }
      return "\(label): \(teachers) (\(Self.kindLabel(f.kind).lowercased()) \(f.date))"
    case .huddle:
      return "\(label): " + (e.team.map(team) ?? leader(e.leader))
    case .oneOnOne:
      return "\(label): \(leader(e.leader)) and \(teachers)"
    }
  }

  /// Plain lines for DESCRIPTION: who, what, where in the day, and the Cadre ids.
  func description(_ e: CoachingEvent, series: ICalendarHuddleSeries?) -> String {
    var out: [String] = []
    let minutes = e.end.minutes - e.start.minutes
    out.append("\(Self.kindLabel(e.kind)), \(minutes) minutes, in period \(e.period).")
    if let s = series {
      out.append(
        "Weekly, \(s.occurrences.count) meetings from \(s.first.date) to \(s.last.date)"
          + (s.excluded.isEmpty ? "." : "; \(s.excluded.count) weeks without one are skipped."))
    }
    out.append("Leader: " + named(leader(e.leader), e.leader.raw))
    let teachers = e.teachers.map { named(teacher($0), $0.raw) }
    if !teachers.isEmpty {
      out.append(
        (teachers.count == 1 ? "Teacher: " : "Teachers: ") + teachers.joined(separator: ", "))
    }
    if let t = e.team { out.append("Team: " + named(team(t), t.raw)) }
    if let l = e.lesson { out.append("Lesson: " + named(lesson(l), l.raw)) }
    if let f = e.follows { out.append("Follows: \(f)") }
    if let s = series {
      out.append("Cadre events: \(s.first.id) ... \(s.last.id)")
    } else {
      out.append("Cadre event: \(e.id)")
    }
    return out.joined(separator: "\n")
  }

  func address(_ id: String) -> String {
    "mailto:" + ICalendar.percentEncoded(id) + "@" + slug + ".invalid"
  }

  // MARK: Component

  /// One VEVENT: a single event, or (with `series`) the first occurrence of a weekly series
  /// with its RRULE and EXDATEs.
  func vevent(_ e: CoachingEvent, series: ICalendarHuddleSeries? = nil) -> ICalendarLines {
    var lines = ICalendarLines()
    lines.add("BEGIN", "VEVENT")
    lines.addText("UID", (series.map { $0.first.id + "-weekly" } ?? e.id) + "@cadre-" + slug)
    lines.add("DTSTAMP", stamp)
    let start = ICalendarDateTime.seconds(e.date, minutes: e.start.minutes)
    let end = ICalendarDateTime.seconds(e.date, minutes: e.end.minutes)
    let tz = tzid.map { [("TZID", $0)] } ?? []
    lines.add("DTSTART", tz, ICalendarDateTime.format(start))
    // An event that does not end after it starts is written without an end (RFC 5545: it
    // then ends when it starts) rather than with an invalid one.
    if end > start { lines.add("DTEND", tz, ICalendarDateTime.format(end)) }
    if let s = series {
      let lastStart = ICalendarDateTime.seconds(s.last.date, minutes: e.start.minutes)
      let until =
        zone.map { ICalendarDateTime.formatUTC(ICalendarDateTime.utc(local: lastStart, in: $0)) }
        ?? ICalendarDateTime.format(lastStart)
      lines.add("RRULE", "FREQ=WEEKLY;UNTIL=\(until)")
      for d in s.excluded {
        lines.add(
          "EXDATE", tz,
          ICalendarDateTime.format(ICalendarDateTime.seconds(d, minutes: e.start.minutes)))
      }
    }
    lines.addText("SUMMARY", summary(e))
    lines.addText("DESCRIPTION", description(e, series: series))
    lines.addText("CATEGORIES", Self.kindLabel(e.kind))
    lines.add("STATUS", "CONFIRMED")
    lines.add("TRANSP", "OPAQUE")
    let leaderName = leader(e.leader)
    lines.add("ORGANIZER", [("CN", leaderName)], address(e.leader.raw))
    lines.add(
      "ATTENDEE", [("CUTYPE", "INDIVIDUAL"), ("ROLE", "CHAIR"), ("CN", leaderName)],
      address(e.leader.raw))
    for t in e.teachers {
      lines.add(
        "ATTENDEE", [("CUTYPE", "INDIVIDUAL"), ("ROLE", "REQ-PARTICIPANT"), ("CN", teacher(t))],
        address(t.raw))
    }
    lines.addText("X-CADRE-KIND", e.kind.rawValue)
    lines.addText("X-CADRE-PERIOD", e.period)
    lines.add("END", "VEVENT")
    return lines
  }
}
