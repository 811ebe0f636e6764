import CadreModel

/// iCalendar (RFC 5545) export of the coaching calendar: one document for a set of events,
/// and the set of files a school hands out (the whole school, each leader, each teacher).
///
/// A document is a VCALENDAR with PRODID, VERSION 2.0, CALSCALE and the de-facto X-WR-CALNAME
/// and X-WR-TIMEZONE names; a VTIMEZONE for the school's zone (`ICalendarTimeZone`); and one
/// VEVENT per event, except that a team's weekly huddles become one recurring VEVENT with
/// RRULE and EXDATE (`ICalendarHuddleSeries`). Times are the school's local times with
/// `TZID=`; when the school has no year or Foundation does not know its zone they are written
/// as floating times and no VTIMEZONE is written. Lines end in CRLF and are folded at 75
/// octets (`ICalendarText`).
///
/// The output is a function of its arguments only: events and files are sorted, and DTSTAMP
/// is passed in, so the same calendar always gives the same bytes.
///
/// Two private properties help a checker map a file back to `calendar.json`: `X-CADRE-KIND`
/// (the event kind) on every VEVENT, and `X-CADRE-LEADER` or `X-CADRE-TEACHER` (whose events
/// the file holds) on the VCALENDAR of a per-person file.
public enum ICalendar {
  public static let productID = "-//Cadre//Cadre 1//EN"

  /// One .ics document for the given events (already filtered by the caller).
  /// - Parameter stamp: the DTSTAMP of every event, UTC "YYYYMMDDTHHMMSSZ" (see `stamp(_:)`).
  /// - Complexity: O(n log n) in the number of events, plus the zone's transitions.
  public static func document(
    events: [CoachingEvent], school: School, calendarName: String, stamp: String
  ) -> String {
    render(events: events, school: school, calendarName: calendarName, stamp: stamp)
  }

  /// The document, with `scope` naming whose events it holds (`("LEADER", id)`).
  static func render(
    events: [CoachingEvent], school: School, calendarName: String, stamp: String,
    scope: (kind: String, id: String)? = nil
  ) -> String {
    let sorted = sortedEvents(events)
    let context = ICalendarContext(school: school, stamp: stamp, events: sorted)
    return assemble(
      components(sorted, context), school: school, context: context,
      calendarName: calendarName, scope: scope)
  }

  static func sortedEvents(_ events: [CoachingEvent]) -> [CoachingEvent] {
    events.sorted { ($0.date, $0.start, $0.end, $0.id) < ($1.date, $1.start, $1.end, $1.id) }
  }

  /// One rendered VEVENT and what a file needs to choose and order it.
  struct Component {
    var first: CivilDate
    var last: CivilDate
    var start: TimeOfDay
    var key: String
    /// The leader of a coaching event; nil for a lesson.
    var leader: LeaderID?
    var teachers: [TeacherID]
    var text: String
    /// A spot observation: left out of the observed teacher's own file when the policy does
    /// not announce them (`Policy.announceSpotObservations`).
    var spot = false
  }

  /// The VEVENTs of `sorted` (weekly huddles folded into series), in time order.
  static func components(_ sorted: [CoachingEvent], _ context: ICalendarContext) -> [Component] {
    let (series, singles) = ICalendarHuddleSeries.split(sorted)
    var out = singles.map { e in
      Component(
        first: e.date, last: e.date, start: e.start, key: e.id, leader: e.leader,
        teachers: e.teachers, text: context.vevent(e).text, spot: e.kind == .spotObservation)
    }
    for s in series {
      out.append(
        Component(
          first: s.first.date, last: s.last.date, start: s.first.start, key: s.first.id,
          leader: s.first.leader, teachers: s.first.teachers,
          text: context.vevent(s.first, series: s).text))
    }
    out.sort { ($0.first, $0.start, $0.key) < ($1.first, $1.start, $1.key) }
    return out
  }

  /// The VCALENDAR around `components`, with a VTIMEZONE covering the school year and every
  /// component's dates.
  static func assemble(
    _ components: [Component], school: School, context: ICalendarContext, calendarName: String,
    scope: (kind: String, id: String)?
  ) -> String {
    var lines = ICalendarLines()
    lines.add("BEGIN", "VCALENDAR")
    lines.addText("PRODID", productID)
    lines.add("VERSION", "2.0")
    lines.add("CALSCALE", "GREGORIAN")
    lines.add("METHOD", "PUBLISH")
    lines.addText("X-WR-CALNAME", calendarName)
    if let tzid = context.tzid { lines.addText("X-WR-TIMEZONE", tzid) }
    if let scope { lines.addText("X-CADRE-" + scope.kind, scope.id) }
    if let tzid = context.tzid, let zone = context.zone, let year = school.year {
      let from = min(year.firstDay, components.first?.first ?? year.firstDay)
      let to = max(year.lastDay, components.map(\.last).max() ?? year.lastDay)
      lines.append(
        ICalendarTimeZone.component(identifier: tzid, zone: zone, from: from, to: to))
    }
    var text = lines.text
    text.reserveCapacity(text.utf8.count + components.reduce(20) { $0 + $1.text.utf8.count })
    for c in components { text += c.text }
    text += "END:VCALENDAR\r\n"
    return text
  }

  /// RRULE/BYDAY weekday codes in `CivilDate.weekday` order (Monday first).
  static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

  /// "lincoln-elementary" for "Lincoln Elementary!": lowercase ASCII letters and digits, other
  /// runs as one hyphen; "school" when nothing is left.
  static func slug(_ name: String) -> String {
    var out = ""
    for u in name.unicodeScalars {
      if u.isASCII, u.properties.isAlphabetic || ("0"..."9").contains(u) {
        out += String(u).lowercased()
      } else if !out.isEmpty, !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "school" : out
  }

  /// `text` with every byte outside RFC 3986's unreserved set percent-encoded, for the local
  /// part of a placeholder address.
  static func percentEncoded(_ text: String) -> String {
    var out = ""
    for b in text.utf8 {
      let c = Character(Unicode.Scalar(b))
      if b < 0x80, c.isLetter || c.isNumber || "-._~".contains(c) {
        out.append(c)
      } else {
        out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return out
  }
}

extension String {
  fileprivate func leftPadded(to n: Int) -> String {
    String(repeating: "0", count: Swift.max(0, n - count)) + self
  }
}
