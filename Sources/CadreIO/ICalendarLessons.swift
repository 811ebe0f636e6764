import CadreModel

/// One school day on a real date and the cycle day it runs, as docs/CALENDAR.md ("School
/// days") maps them. The caller passes the planner's mapping (`SchoolDays`), so the lessons
/// of a calendar fall on exactly the days its coaching events were planned on, and this
/// target does not compute the mapping a third time.
public struct ICalendarSchoolDay: Sendable, Equatable {
  public var date: CivilDate
  /// Index into `Cycle.weeks`.
  public var week: Int
  /// Index into `Cycle.days`.
  public var day: Int
  public init(date: CivilDate, week: Int, day: Int) {
    self.date = date
    self.week = week
    self.day = day
  }
}

/// The teaching timetable as calendar events: one VEVENT per placed meeting of the master
/// schedule, recurring on every school day that runs its cycle day, with its room as LOCATION.
///
/// A meeting of cycle week w and day d meets on the school days `(w, d)` of the year. When
/// those dates are one weekday every `7 × weeks` days apart (a Mon-Fri cycle, whose week
/// advances every calendar week), the event is one `RRULE:FREQ=WEEKLY;INTERVAL=weeks` up to
/// the last date with an `EXDATE` for each date of the pattern that is closed; otherwise
/// (a "Day 1 ... Day 6" rotation, which closures do not advance) the first date is DTSTART and
/// the others are `RDATE`s. Either way the occurrences are exactly those school days.
enum ICalendarLessons {
  /// One placed meeting: its lesson, first slot and number of periods.
  struct Placed {
    var lessonIndex: Int
    var lesson: Lesson
    var meeting: Meeting
    var slot: Slot
    var periods: Int
  }

  /// Placed meetings in lesson then meeting order (as the checker resolves them).
  static func placed(_ school: School, _ schedule: Schedule) -> [Placed] {
    let grid = GridCells(school, schedule)
    var out: [Placed] = []
    var index: [String: Int] = [:]
    for c in grid.cells {
      let key = c.lesson.id.raw + "#" + String(c.meeting.index)
      if let i = index[key] {
        out[i].periods += 1
      } else {
        index[key] = out.count
        out.append(
          Placed(
            lessonIndex: c.lessonIndex, lesson: c.lesson, meeting: c.meeting, slot: c.slot,
            periods: 1))
      }
    }
    return out.sorted { ($0.lessonIndex, $0.meeting.index) < ($1.lessonIndex, $1.meeting.index) }
  }

  /// The lesson VEVENTs, each tagged with its teacher, in date order.
  /// - Complexity: O(meetings × school days).
  static func components(
    school: School, schedule: Schedule, days: [ICalendarSchoolDay], context: ICalendarContext
  ) -> [ICalendar.Component] {
    let cycle = school.cycle
    var byCycleDay: [Int: [CivilDate]] = [:]
    for d in days {
      byCycleDay[d.week * max(1, cycle.days.count) + d.day, default: []].append(d.date)
    }
    var rooms: [String: String] = [:]
    for r in school.rooms where rooms[r.id.raw] == nil { rooms[r.id.raw] = r.name }
    var classes: [String: String] = [:]
    for k in school.classes where classes[k.id.raw] == nil { classes[k.id.raw] = k.name }
    var out: [ICalendar.Component] = []
    for p in placed(school, schedule) {
      guard let teacher = p.meeting.teacher else { continue }
      let dates = (byCycleDay[p.slot.week * cycle.days.count + p.slot.day] ?? []).sorted()
      guard let first = dates.first, let last = dates.last else { continue }
      let start = cycle.periods[p.slot.period].start
      let end = cycle.periods[min(cycle.periods.count - 1, p.slot.period + p.periods - 1)].end
      var lines = ICalendarLines()
      lines.add("BEGIN", "VEVENT")
      lines.addText(
        "UID", "lesson-\(p.lesson.id.raw)-\(p.meeting.index + 1)@cadre-" + context.slug)
      lines.add("DTSTAMP", context.stamp)
      let tz = context.tzid.map { [("TZID", $0)] } ?? []
      let startSeconds = ICalendarDateTime.seconds(first, minutes: start.minutes)
      let endSeconds = ICalendarDateTime.seconds(first, minutes: end.minutes)
      lines.add("DTSTART", tz, ICalendarDateTime.format(startSeconds))
      if endSeconds > startSeconds { lines.add("DTEND", tz, ICalendarDateTime.format(endSeconds)) }
      let step = 7 * max(1, cycle.weeks.count)
      let regular = zip(dates, dates.dropFirst()).allSatisfy {
        ($1.dayNumber - $0.dayNumber) % step == 0
      }
      if dates.count > 1 && regular {
        let lastStart = ICalendarDateTime.seconds(last, minutes: start.minutes)
        let until =
          context.zone.map {
            ICalendarDateTime.formatUTC(ICalendarDateTime.utc(local: lastStart, in: $0))
          } ?? ICalendarDateTime.format(lastStart)
        lines.add("RRULE", "FREQ=WEEKLY;INTERVAL=\(cycle.weeks.count);UNTIL=\(until)")
        let held = Set(dates.map(\.dayNumber))
        var d = first.dayNumber
        while d < last.dayNumber {
          if !held.contains(d) {
            lines.add(
              "EXDATE", tz,
              ICalendarDateTime.format(
                ICalendarDateTime.seconds(CivilDate(dayNumber: d), minutes: start.minutes)))
          }
          d += step
        }
      } else {
        for date in dates.dropFirst() {
          lines.add(
            "RDATE", tz,
            ICalendarDateTime.format(ICalendarDateTime.seconds(date, minutes: start.minutes)))
        }
      }
      let klass = context.display(classes[p.lesson.classID.raw], p.lesson.classID.raw)
      let room = p.meeting.room.map { context.display(rooms[$0.raw], $0.raw) }
      lines.addText("SUMMARY", "\(p.lesson.subject): \(klass)")
      if let room { lines.addText("LOCATION", room) }
      var description = [
        "Lesson \(p.lesson.id.raw), meeting \(p.meeting.index + 1) of \(p.lesson.meetings), "
          + "\(cycle.label(p.slot)) (\(dates.count) school days).",
        "Teacher: " + context.named(context.teacher(teacher), teacher.raw),
        "Class: " + context.named(klass, p.lesson.classID.raw),
      ]
      if let r = p.meeting.room, let room {
        description.append("Room: " + context.named(room, r.raw))
      }
      lines.addText("DESCRIPTION", description.joined(separator: "\n"))
      lines.addText("CATEGORIES", "Lesson")
      lines.add("STATUS", "CONFIRMED")
      lines.add("TRANSP", "OPAQUE")
      lines.add(
        "ATTENDEE",
        [("CUTYPE", "INDIVIDUAL"), ("ROLE", "CHAIR"), ("CN", context.teacher(teacher))],
        context.address(teacher.raw))
      lines.addText("X-CADRE-KIND", "lesson")
      lines.addText("X-CADRE-LESSON", p.lesson.id.raw)
      lines.addText("X-CADRE-PERIOD", cycle.periods[p.slot.period].name)
      lines.add("END", "VEVENT")
      out.append(
        ICalendar.Component(
          first: first, last: last, start: start,
          key: "lesson-\(p.lesson.id.raw)#\(p.meeting.index)",
          leader: nil, teachers: [teacher], text: lines.text))
    }
    return out
  }
}
