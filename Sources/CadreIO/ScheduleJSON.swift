import CadreModel

/// The schedule file `cadre-schedule/1`: the answer of a solve, and the input of `check` and
/// of a re-solve.
///
/// ```json
/// {"format": "cadre-schedule/1", "school": "Name", "cost": {"hard": 0, "soft": 12},
///  "meetings": [{"lesson": "3A-math", "index": 0, "day": "Mon", "period": "P1",
///                "teacher": "T-ANA", "room": "R101"}]}
/// ```
///
/// Decoding checks structure only; whether lessons, days and teachers exist is the checker's
/// job. Extra top-level members with string values (provenance such as the solver version or
/// seed, written through `extra`) are accepted and ignored.
public enum ScheduleJSON {
  static let topKeys = ["format", "school", "cost", "meetings"]
  static let costKeys = ["hard", "soft"]
  static let meetingKeys = ["lesson", "index", "week", "day", "period", "teacher", "room"]

  /// The schedule as text, meetings sorted by their lesson's place in the school and then by
  /// index (meetings of lessons the school does not have come last, by lesson id).
  /// - Parameter extra: provenance members written after `cost`, in the order given; a key
  ///   of the format itself or one given twice is written once (the format's, or the first).
  /// - Complexity: O(m log m) for m meetings.
  public static func encode(
    _ schedule: Schedule, school: School, cost: HardSoft?, extra: [(String, String)] = []
  ) -> String {
    var order: [LessonID: Int] = [:]
    for (i, lesson) in school.lessons.enumerated() where order[lesson.id] == nil {
      order[lesson.id] = i
    }
    let unknown = school.lessons.count
    let sorted = schedule.meetings.enumerated().sorted { a, b in
      let (ma, mb) = (a.element, b.element)
      let (oa, ob) = (order[ma.lesson] ?? unknown, order[mb.lesson] ?? unknown)
      if oa != ob { return oa < ob }
      if ma.lesson != mb.lesson { return ma.lesson < mb.lesson }
      if ma.index != mb.index { return ma.index < mb.index }
      return a.offset < b.offset
    }.map(\.element)
    var b = JSONObjectBuilder()
    b.string("format", Schedule.currentFormat)
    b.string("school", school.name)
    if let cost {
      b.set("cost", .object([("hard", .integer(cost.hard)), ("soft", .integer(cost.soft))]))
    }
    var written = Set(topKeys)
    for (key, value) in extra where written.insert(key).inserted { b.string(key, value) }
    b.set("meetings", .array(sorted.map(encodeMeeting)))
    return JSONWriter.write(b.value)
  }

  static func encodeMeeting(_ m: Meeting) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("lesson", m.lesson.raw)
    b.int("index", m.index)
    if let start = m.start {
      b.string("week", start.week)
      b.string("day", start.day)
      b.string("period", start.period)
    }
    b.string("teacher", m.teacher?.raw)
    b.string("room", m.room?.raw)
    return b.value
  }

  /// Decodes a schedule, reporting every structural problem with its pointer and position.
  /// The schedule is nil when a required value is missing or unreadable.
  public static func decode(_ text: String) -> (schedule: Schedule?, diagnostics: [Diagnostic]) {
    decode(bytes: Array(text.utf8))
  }

  public static func decode(bytes: [UInt8]) -> (schedule: Schedule?, diagnostics: [Diagnostic]) {
    let (root, parseDiagnostics) = JSONParser.parse(bytes: bytes)
    guard let root else { return (nil, parseDiagnostics) }
    var r = JSONReader(diagnostics: parseDiagnostics)
    guard let members = root.asObject else {
      r.wrongType(root, at: "", expected: "an object (schedule)")
      return (nil, r.diagnostics)
    }
    // Provenance members are strings; anything else unknown is a typo.
    let extras = members.filter { !topKeys.contains($0.key) && $0.value.asString != nil }
    let o = r.object(root, at: "", "schedule", keys: topKeys + extras.map(\.key))
    guard let o else { return (nil, r.diagnostics) }
    if let format = r.requiredString(o, "format"), format != Schedule.currentFormat {
      r.report(
        "unsupported-format", at: "/format", root["format"],
        "unsupported format \"\(format)\"; expected \"\(Schedule.currentFormat)\"",
        hint: "set \"format\": \"\(Schedule.currentFormat)\"")
    }
    _ = r.requiredString(o, "school")
    _ = r.optional(o, "cost") { r, v, p in cost(&r, v, p) }
    let meetings = r.requiredList(o, "meetings") { r, v, p in meeting(&r, v, p) }
    guard r.complete, let meetings else { return (nil, r.diagnostics) }
    return (Schedule(meetings: meetings), r.diagnostics)
  }

  /// The `cost` member of a schedule file, when present and readable.
  public static func decodeCost(_ text: String) -> HardSoft? {
    guard let root = JSONParser.parse(text).value, let c = root["cost"] else { return nil }
    var r = JSONReader()
    return cost(&r, c, "/cost")
  }

  static func cost(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> HardSoft? {
    guard let o = r.object(v, at: p, "cost", keys: costKeys) else { return nil }
    let hard = r.requiredInt(o, "hard")
    let soft = r.requiredInt(o, "soft")
    guard let hard, let soft else { return nil }
    return HardSoft(hard: hard, soft: soft)
  }

  static func meeting(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Meeting? {
    guard let o = r.object(v, at: p, "meeting", keys: meetingKeys) else { return nil }
    let lesson = r.requiredString(o, "lesson")
    let index = r.requiredInt(o, "index")
    let week = r.optionalString(o, "week")
    let placed = r.has(o, "day") || r.has(o, "period") || r.has(o, "week")
    var start: SlotRef?
    if placed {
      // A placed meeting names both its day and its period.
      let day = r.requiredString(o, "day")
      let period = r.requiredString(o, "period")
      if let day, let period { start = SlotRef(week: week, day: day, period: period) }
    }
    let teacher = r.optionalString(o, "teacher")
    let room = r.optionalString(o, "room")
    guard let lesson, let index else { return nil }
    return Meeting(
      lesson: LessonID(lesson), index: index, start: start, teacher: teacher.map { TeacherID($0) },
      room: room.map { RoomID($0) })
  }
}
