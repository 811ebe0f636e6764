import CadreModel

/// The coaching calendar file `cadre-calendar/1`: dated observations, debriefs, huddles and
/// one-on-ones.
///
/// ```json
/// {"format": "cadre-calendar/1", "school": "Name",
///  "events": [{"id": "obs-1", "kind": "spot", "date": "2026-09-14", "period": "P3",
///              "start": "10:00", "end": "10:50", "leader": "L-ANA", "teachers": ["T-BO"],
///              "lesson": "3A-math"}]}
/// ```
///
/// Events are written in the calendar's order (the calendar builder orders them by date,
/// period and id), so the same calendar always gives the same bytes.
public enum CalendarJSON {
  static let topKeys = ["format", "school", "events"]
  static let eventKeys = [
    "id", "kind", "date", "period", "start", "end", "leader", "teachers", "team", "lesson",
    "follows",
  ]

  /// The calendar as text.
  /// - Parameter extra: provenance members written before `events`, in the order given; a
  ///   key of the format itself or one given twice is written once (the format's, or the first).
  public static func encode(
    _ calendar: CoachingCalendar, school: School, extra: [(String, String)] = []
  ) -> String {
    var b = JSONObjectBuilder()
    b.string("format", CoachingCalendar.currentFormat)
    b.string("school", school.name)
    var written = Set(topKeys)
    for (key, value) in extra where written.insert(key).inserted { b.string(key, value) }
    b.set("events", .array(calendar.events.map(encodeEvent)))
    return JSONWriter.write(b.value)
  }

  static func encodeEvent(_ e: CoachingEvent) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("id", e.id)
    b.string("kind", e.kind.rawValue)
    b.string("date", e.date.description)
    b.string("period", e.period)
    b.string("start", e.start.description)
    b.string("end", e.end.description)
    b.string("leader", e.leader.raw)
    b.set("teachers", .array(e.teachers.map { .string($0.raw) }))
    b.string("team", e.team?.raw)
    b.string("lesson", e.lesson?.raw)
    b.string("follows", e.follows)
    return b.value
  }

  /// The schedule a calendar names as the one it was planned on (`"schedule": "sha256:..."`,
  /// written by `cadre solve`), if it names one.
  public static func plannedOn(_ text: String) -> String? {
    JSONParser.parse(text).value?["schedule"]?.asString
  }

  /// Decodes a calendar, reporting every structural problem with its pointer and position.
  public static func decode(_ text: String) -> (
    calendar: CoachingCalendar?, diagnostics: [Diagnostic]
  ) {
    let (root, parseDiagnostics) = JSONParser.parse(text)
    guard let root else { return (nil, parseDiagnostics) }
    var r = JSONReader(diagnostics: parseDiagnostics)
    guard let members = root.asObject else {
      r.wrongType(root, at: "", expected: "an object (calendar)")
      return (nil, r.diagnostics)
    }
    let extras = members.filter { !topKeys.contains($0.key) && $0.value.asString != nil }
    guard let o = r.object(root, at: "", "calendar", keys: topKeys + extras.map(\.key)) else {
      return (nil, r.diagnostics)
    }
    if let format = r.requiredString(o, "format"), format != CoachingCalendar.currentFormat {
      r.report(
        "unsupported-format", at: "/format", root["format"],
        "unsupported format \"\(format)\"; expected \"\(CoachingCalendar.currentFormat)\"",
        hint: "set \"format\": \"\(CoachingCalendar.currentFormat)\"")
    }
    _ = r.optionalString(o, "school")
    let events = r.requiredList(o, "events") { r, v, p in event(&r, v, p) }
    guard r.complete, let events else { return (nil, r.diagnostics) }
    return (CoachingCalendar(events: events), r.diagnostics)
  }

  static func event(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> CoachingEvent? {
    guard let o = r.object(v, at: p, "event", keys: eventKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let kind: CoachingEventKind? = r.required(o, "kind") { r, v, p in
      r.enumeration(v, p, "coaching event kind")
    }
    let date = r.required(o, "date") { r, v, p in r.date(v, p) }
    let period = r.requiredString(o, "period")
    let start = r.required(o, "start") { r, v, p in r.time(v, p) }
    let end = r.required(o, "end") { r, v, p in r.time(v, p) }
    let leader = r.requiredString(o, "leader")
    let teachers = r.required(o, "teachers") { r, v, p in r.strings(v, p) }
    let team = r.optionalString(o, "team")
    let lesson = r.optionalString(o, "lesson")
    let follows = r.optionalString(o, "follows")
    guard let id, let kind, let date, let period, let start, let end, let leader, let teachers
    else { return nil }
    return CoachingEvent(
      id: id, kind: kind, date: date, period: period, start: start, end: end,
      leader: LeaderID(leader), teachers: teachers.map { TeacherID($0) },
      team: team.map { TeamID($0) }, lesson: lesson.map { LessonID($0) }, follows: follows)
  }
}
