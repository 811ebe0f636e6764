import CadreModel
import Foundation

/// The VTIMEZONE component (RFC 5545 section 3.6.5) for the school's zone, built from the
/// zone data Foundation reads (the system's IANA database), so that a client that does not
/// know the TZID still places every event at the right instant.
///
/// The component covers the years of the dates given: every UTC-offset change from the one in
/// force at the start of the first year to the end of the last. Changes of one kind with the
/// same offsets and name form one STANDARD or DAYLIGHT sub-component; when they fall on the
/// same weekday rule in consecutive years ("second Sunday of March at 02:00") it is written
/// as a yearly RRULE bounded by UNTIL, otherwise as DTSTART plus one RDATE per change. A zone
/// without changes in the range (America/Phoenix) gets one STANDARD sub-component.
enum ICalendarTimeZone {
  /// One change of a zone's UTC offset: the instant, the offsets before and after (seconds
  /// east of UTC), whether daylight-saving time starts, and the abbreviation after it.
  struct Transition: Equatable {
    var utc: Int
    var from: Int
    var to: Int
    var daylight: Bool
    var name: String?

    /// Local wall time of the change, read with the offset before it (the RFC's DTSTART).
    var onset: Int { utc + from }
  }

  /// The component for `zone`, named `identifier`, over the years `from.year...to.year`.
  static func component(
    identifier: String, zone: TimeZone, from: CivilDate, to: CivilDate
  ) -> ICalendarLines {
    render(identifier: identifier, transitions(zone, from: from, to: to))
  }

  /// The changes in force over the years of `from...to`: the last change before the first
  /// year starts (or, when there is none within two years, a constant onset in 1970 or the
  /// first year, whichever is earlier), then every change up to the end of the last year.
  /// - Complexity: O(changes in the range) calls into Foundation.
  static func transitions(_ zone: TimeZone, from: CivilDate, to: CivilDate) -> [Transition] {
    let day = ICalendarDateTime.secondsPerDay
    let start = (CivilDate(year: from.year, month: 1, day: 1) ?? from).dayNumber * day - day
    let end = ((CivilDate(year: to.year, month: 12, day: 31) ?? to).dayNumber + 2) * day
    var cursor = start - 2 * 366 * day
    var initial: Transition?
    var changes: [Transition] = []
    // The bound guards against a zone database that never advances; real zones change a few
    // times a year.
    for _ in 0..<10_000 {
      guard let next = zone.nextDaylightSavingTimeTransition(after: ICalendarDateTime.date(cursor))
      else { break }
      let t = Int(next.timeIntervalSince1970.rounded(.down))
      guard t > cursor, t <= end else { break }
      cursor = t
      let change = transition(zone, at: t)
      if t <= start { initial = change } else { changes.append(change) }
    }
    if let initial { return [initial] + changes }
    let offset = zone.secondsFromGMT(for: ICalendarDateTime.date(start))
    let daylight = zone.isDaylightSavingTime(for: ICalendarDateTime.date(start))
    let year = min(1970, max(1, from.year))
    let local = (CivilDate(year: year, month: 1, day: 1) ?? from).dayNumber * day
    let constant = Transition(
      utc: local - offset, from: offset, to: offset, daylight: daylight,
      name: name(zone, daylight: daylight))
    return [constant] + changes
  }

  static func transition(_ zone: TimeZone, at t: Int) -> Transition {
    let after = ICalendarDateTime.date(t)
    let daylight = zone.isDaylightSavingTime(for: after)
    return Transition(
      utc: t, from: zone.secondsFromGMT(for: ICalendarDateTime.date(t - 1)),
      to: zone.secondsFromGMT(for: after), daylight: daylight,
      name: name(zone, daylight: daylight))
  }

  /// The zone's short name ("MST", "MDT"), from the locale-independent English data.
  static func name(_ zone: TimeZone, daylight: Bool) -> String? {
    zone.localizedName(
      for: daylight ? .shortDaylightSaving : .shortStandard, locale: Locale(identifier: "en_US"))
  }

  /// The VTIMEZONE for `transitions`, which are in time order and non-empty.
  static func render(identifier: String, _ transitions: [Transition]) -> ICalendarLines {
    var groups: [[Transition]] = []
    var groupOf: [String: Int] = [:]
    for t in transitions {
      let key = "\(t.daylight) \(t.from) \(t.to) \(t.name ?? "")"
      if let g = groupOf[key] {
        groups[g].append(t)
      } else {
        groupOf[key] = groups.count
        groups.append([t])
      }
    }
    var lines = ICalendarLines()
    lines.add("BEGIN", "VTIMEZONE")
    lines.addText("TZID", identifier)
    for group in groups {
      guard let first = group.first, let last = group.last else { continue }
      let kind = first.daylight ? "DAYLIGHT" : "STANDARD"
      lines.add("BEGIN", kind)
      lines.add("DTSTART", ICalendarDateTime.format(first.onset))
      lines.add("TZOFFSETFROM", offset(first.from))
      lines.add("TZOFFSETTO", offset(first.to))
      if group.count > 1, let byDay = yearlyRule(group) {
        let until = ICalendarDateTime.formatUTC(last.utc)
        lines.add("RRULE", "FREQ=YEARLY;\(byDay);UNTIL=\(until)")
      } else {
        for t in group.dropFirst() { lines.add("RDATE", ICalendarDateTime.format(t.onset)) }
      }
      if let name = first.name, !name.isEmpty { lines.addText("TZNAME", name) }
      lines.add("END", kind)
    }
    lines.add("END", "VTIMEZONE")
    return lines
  }

  /// "BYMONTH=m;BYDAY=nDD" when the changes fall in consecutive years on the same month,
  /// weekday, wall time and week of the month (or all in its last week: -1), so that the rule
  /// yields exactly these onsets; nil otherwise.
  static func yearlyRule(_ group: [Transition]) -> String? {
    let day = ICalendarDateTime.secondsPerDay
    let onsets = group.map { t in
      let dayNumber = ICalendarDateTime.floorDiv(t.onset, day)
      return (date: CivilDate(dayNumber: dayNumber), time: t.onset - dayNumber * day)
    }
    guard let first = onsets.first else { return nil }
    for (i, o) in onsets.enumerated() {
      guard o.date.year == first.date.year + i, o.date.month == first.date.month,
        o.date.weekday == first.date.weekday, o.time == first.time
      else { return nil }
    }
    let weekday = ICalendar.weekdayCodes[first.date.weekday]
    let month = "BYMONTH=\(first.date.month);BYDAY="
    let week = (first.date.day - 1) / 7 + 1
    if onsets.allSatisfy({ ($0.date.day - 1) / 7 + 1 == week }) {
      return month + "\(week)\(weekday)"
    }
    let isLast = { (d: CivilDate) in d.day + 7 > CivilDate.daysIn(month: d.month, year: d.year) }
    if onsets.allSatisfy({ isLast($0.date) }) { return month + "-1\(weekday)" }
    return nil
  }

  /// A UTC-OFFSET value: "+HHMM", or "+HHMMSS" when seconds are needed; zero is "+0000".
  static func offset(_ seconds: Int) -> String {
    let a = abs(seconds)
    let hm = ICalendarDateTime.pad(a / 3600, 2) + ICalendarDateTime.pad(a / 60 % 60, 2)
    return (seconds < 0 ? "-" : "+") + hm + (a % 60 == 0 ? "" : ICalendarDateTime.pad(a % 60, 2))
  }
}
