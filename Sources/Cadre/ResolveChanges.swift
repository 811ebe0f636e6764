import CadreModel

/// What a re-solve (`cadre solve --from`) changed against the previous run, in the school's
/// terms: the meetings of the master schedule and the dated coaching events that moved.
///
/// Rules of the count (docs/CALENDAR.md, "Re-solve"):
/// - A meeting is matched to a previous meeting **of the same lesson** with the same start
///   (week, day, period) and teacher, whatever their index: swapping identical meetings of one
///   lesson is not a move. A lesson's meetings that find no match are moved.
/// - A coaching event is unchanged when the previous calendar has an event of the same kind,
///   leader, teachers (as a set), team, date and period; each previous event matches at most
///   one new event. Ids are not compared: they number a teacher's observations by date, so
///   they shift when one observation moves.
public struct ResolveChanges: Sendable, Equatable {
  /// A meeting that moved: its lesson, where it was and where it is ("Wed P3 T-ANA").
  public struct MeetingMove: Sendable, Equatable {
    public var lesson: String
    public var before: String
    public var after: String
    public init(lesson: String, before: String, after: String) {
      self.lesson = lesson
      self.before = before
      self.after = after
    }
  }

  /// Meetings of the new schedule, and those that moved.
  public var meetings = 0
  public var movedMeetings: [MeetingMove] = []
  /// Events of the previous calendar, and how many are unchanged in the new one.
  public var previousEvents = 0
  public var unchangedEvents = 0
  /// Previous events with no match (moved or dropped), and new events with no match (moved
  /// or added), each as one line "2026-09-14 P3 spot L-ANA T-BEN".
  public var removedEvents: [String] = []
  public var addedEvents: [String] = []
  /// Whether a previous calendar was compared at all.
  public var hasCalendar = false

  /// Share of the previous calendar's events that are unchanged, in percent (100 when it
  /// had none).
  public var unchangedPercent: Double {
    previousEvents == 0 ? 100 : 100 * Double(unchangedEvents) / Double(previousEvents)
  }

  public init() {}

  /// - Complexity: O((m + e) log(m + e)) for m meetings and e events.
  public init(
    previous: Schedule, schedule: Schedule, previousCalendar: CoachingCalendar?,
    calendar: CoachingCalendar?
  ) {
    meetings = schedule.meetings.count
    var before: [String: [String]] = [:]
    for m in previous.meetings { before[m.lesson.raw, default: []].append(Self.place(m)) }
    var after: [String: [String]] = [:]
    for m in schedule.meetings { after[m.lesson.raw, default: []].append(Self.place(m)) }
    for lesson in after.keys.sorted() {
      var old = (before[lesson] ?? []).sorted()
      var unmatched: [String] = []
      for p in (after[lesson] ?? []).sorted() {
        if let i = old.firstIndex(of: p) { old.remove(at: i) } else { unmatched.append(p) }
      }
      for (i, p) in unmatched.enumerated() {
        movedMeetings.append(
          MeetingMove(lesson: lesson, before: i < old.count ? old[i] : "new", after: p))
      }
    }
    guard let previousCalendar else { return }
    hasCalendar = true
    previousEvents = previousCalendar.events.count
    var pool: [String: Int] = [:]
    for e in previousCalendar.events { pool[Self.key(e), default: 0] += 1 }
    var added: [String] = []
    for e in calendar?.events ?? [] {
      let k = Self.key(e)
      if let n = pool[k], n > 0 {
        pool[k] = n - 1
        unchangedEvents += 1
      } else {
        added.append(k)
      }
    }
    var removed: [String] = []
    for e in previousCalendar.events {
      let k = Self.key(e)
      if let n = pool[k], n > 0 {
        pool[k] = n - 1
        removed.append(k)
      }
    }
    removedEvents = removed.sorted()
    addedEvents = added.sorted()
  }

  /// "A Wed P3 T-ANA" ("unplaced" for a meeting without a start).
  static func place(_ m: Meeting) -> String {
    guard let s = m.start else { return "unplaced \(m.teacher?.raw ?? "-")" }
    let week = s.week.map { $0 + " " } ?? ""
    return "\(week)\(s.day) \(s.period) \(m.teacher?.raw ?? "-")"
  }

  /// "2026-09-14 P3 spot L-ANA T-BEN (team G3)": the identity of an event for the count.
  static func key(_ e: CoachingEvent) -> String {
    let teachers = e.teachers.map(\.raw).sorted().joined(separator: ",")
    return "\(e.date) \(e.period) \(e.kind.rawValue) \(e.leader.raw) \(teachers)"
      + (e.team.map { " (team \($0.raw))" } ?? "")
  }

  /// The whole list, for `changes.txt` in the output folder.
  public var text: String {
    var lines = ["Re-solve: what changed against the previous run (--from)", ""]
    lines.append(
      "Master schedule: \(movedMeetings.count) of \(meetings) meetings moved "
        + "(swapping identical meetings of one lesson is not a move)")
    for m in movedMeetings { lines.append("  \(m.lesson): \(m.before) -> \(m.after)") }
    lines.append("")
    if hasCalendar {
      lines.append(
        "Coaching calendar: \(unchangedEvents) of \(previousEvents) dated events unchanged "
          + "(\(Self.percent(unchangedPercent))); \(removedEvents.count) moved or dropped, "
          + "\(addedEvents.count) moved or added")
      lines.append("Previous events that moved or were dropped:")
      for e in removedEvents { lines.append("  - \(e)") }
      lines.append("New events (moved or added):")
      for e in addedEvents { lines.append("  + \(e)") }
    } else {
      lines.append("Coaching calendar: no previous calendar.json was given, nothing compared")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The summary lines `cadre solve` prints.
  public var summary: String {
    var line =
      "Re-solve: \(movedMeetings.count) of \(meetings) meeting\(meetings == 1 ? "" : "s") moved"
    if hasCalendar {
      line +=
        "; \(unchangedEvents) of \(previousEvents) dated coaching events unchanged "
        + "(\(Self.percent(unchangedPercent))), \(removedEvents.count) moved or dropped, "
        + "\(addedEvents.count) new"
    }
    return line + "; the full list in changes.txt"
  }

  /// "98.4%" (one decimal, rounded down so that 89.96 never prints as 90.0).
  static func percent(_ x: Double) -> String {
    let tenths = Int((x * 10).rounded(.down))
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
