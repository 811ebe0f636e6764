import CadreModel
import Testing

@testable import CadreIO

@Suite struct ICalendarLessonsTests {
  /// Mon/Fri A/B cycle of `TestSchools.full()`: every school day of the year with its cycle
  /// week (advancing every calendar week) and day, the winter closure left out.
  static func days(_ school: School) -> [ICalendarSchoolDay] {
    guard let year = school.year else { return [] }
    var out: [ICalendarSchoolDay] = []
    let monday0 = year.firstDay.dayNumber - year.firstDay.weekday
    for n in year.firstDay.dayNumber...year.lastDay.dayNumber {
      let date = CivilDate(dayNumber: n)
      if year.closures.contains(where: { $0.contains(date) }) { continue }
      let day = date.weekday == 0 ? 0 : date.weekday == 4 ? 1 : -1
      guard day >= 0 else { continue }
      let week = (year.firstCycleWeek + (n - date.weekday - monday0) / 7) % 2
      out.append(ICalendarSchoolDay(date: date, week: week, day: day))
    }
    return out
  }

  @Test func aLessonRecursEveryOtherWeekAroundClosuresWithItsRoom() {
    let school = TestSchools.full()
    let schedule = Schedule(meetings: [
      Meeting(
        lesson: "3A-math", index: 0, start: SlotRef(week: "A", day: "Mon", period: "P1"),
        teacher: "T-ANA", room: "R1")
    ])
    let days = Self.days(school)
    let files = ICalendar.files(
      calendar: CoachingCalendar(events: []), school: school, stamp: "20270101T000000Z",
      schedule: schedule, days: days)
    let ana = files.first { $0.path == "teachers/T-ANA.ics" }?.content ?? ""
    let unfolded = ana.replacingOccurrences(of: "\r\n ", with: "")
    #expect(unfolded.contains("UID:lesson-3A-math-1@cadre-"))
    #expect(unfolded.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL="))
    #expect(unfolded.contains("LOCATION:Room 1\r\n"))
    #expect(unfolded.contains("X-CADRE-KIND:lesson\r\n"))
    // A double lesson ends with its second period.
    #expect(unfolded.contains("DTEND;TZID=America/Denver:") && unfolded.contains("T095000\r\n"))
    // Weeks A over the year minus the closed Mondays: every Monday of week A of the pattern
    // that is not a school day is an EXDATE.
    let mondaysA = days.filter { $0.week == 0 && $0.day == 0 }
    let span = (mondaysA.last!.date.dayNumber - mondaysA.first!.date.dayNumber) / 14 + 1
    let exdates = unfolded.components(separatedBy: "EXDATE;").count - 1
    #expect(span - exdates == mondaysA.count)
    #expect(exdates == 1)  // the winter closure takes one week-A Monday in this year
    // Lessons stay out of the school and leader files.
    let schoolFile = files.first { $0.path == "school.ics" }?.content ?? ""
    #expect(!schoolFile.contains("X-CADRE-KIND:lesson"))
  }

  @Test func aRotationIsWrittenWithDatesNotARule() {
    var school = TestSchools.full()
    school.cycle.days = ["Day 1", "Day 2"]
    let schedule = Schedule(meetings: [
      Meeting(
        lesson: "3A-art", index: 0, start: SlotRef(week: "B", day: "Day 2", period: "P1"),
        teacher: "T-BO")
    ])
    let dates = [(2026, 8, 25), (2026, 8, 28), (2026, 9, 3)].map {
      CivilDate(year: $0.0, month: $0.1, day: $0.2)!
    }
    let days = dates.map { ICalendarSchoolDay(date: $0, week: 1, day: 1) }
    let files = ICalendar.files(
      calendar: CoachingCalendar(events: []), school: school, stamp: "20270101T000000Z",
      schedule: schedule, days: days)
    let bo = files.first { $0.path == "teachers/T-BO.ics" }?.content ?? ""
    #expect(!bo.contains("RRULE:FREQ=WEEKLY;INTERVAL"))
    #expect(bo.components(separatedBy: "RDATE;").count - 1 == 2)
    #expect(!bo.contains("LOCATION"))
  }
}
