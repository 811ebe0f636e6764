import CadreCalendar
import CadreModel
import Testing

@Suite struct SchoolDaysTests {
  @Test(arguments: [
    ("Mon", 0), ("monday", 0), ("M", 0), (" TUE ", 1), ("T", 1), ("W", 2), ("Th", 3),
    ("thurs", 3), ("F", 4), ("Friday", 4), ("sat", 5), ("Sunday", 6),
  ])
  func weekdayNames(name: String, weekday: Int) {
    #expect(DayNames.isoWeekday(name) == weekday)
  }

  @Test(arguments: ["Day 1", "A", "", "Mo-We"])
  func otherNamesDoNotMap(name: String) {
    #expect(DayNames.isoWeekday(name) == nil)
  }

  @Test func duplicateWeekdaysMakeARotatingCycle() {
    let cycle = Cycle(days: ["Mon", "Monday", "Tue"], periods: Tiny.periods)
    #expect(DayNames.weekdays(of: cycle) == nil)
    #expect(
      DayNames.weekdays(of: Cycle(days: ["M", "T", "W", "Th", "F"], periods: [])) == [
        0, 1, 2, 3, 4,
      ])
  }

  @Test func closuresAndWeekendsAreNotSchoolDays() {
    let school = Tiny.school(closures: [
      DateRange(name: "Holiday", from: Tiny.date("2026-09-11"), to: Tiny.date("2026-09-11"))
    ])
    let days = SchoolDays(school: school)
    #expect(days.weekdayMapped)
    #expect(days.days.count == 9)
    #expect(days.days.map(\.index) == Array(0..<9))
    #expect(days.day(on: Tiny.date("2026-09-11")) == nil)
    #expect(days.day(on: Tiny.date("2026-09-12")) == nil)
    #expect(days.day(on: Tiny.date("2026-09-14"))?.index == 4)
    #expect(days.day(on: Tiny.date("2026-09-14"))?.cycleDay == 0)
    #expect(days.day(on: Tiny.date("2026-09-17"))?.cycleDay == 3)
    #expect(days.days.map(\.calendarWeek) == [0, 0, 0, 0, 1, 1, 1, 1, 1])
  }

  @Test func abWeeksAdvanceEveryCalendarWeekIncludingClosedWeeks() {
    var school = Tiny.school(
      weeks: ["A", "B"],
      closures: [
        DateRange(name: "Break", from: Tiny.date("2026-09-14"), to: Tiny.date("2026-09-18"))
      ], lastDay: "2026-09-25")
    let days = SchoolDays(school: school)
    // Week of 09-07 is A, 09-14 (closed) would be B, 09-21 is A again.
    #expect(days.day(on: Tiny.date("2026-09-08"))?.cycleWeek == 0)
    #expect(days.day(on: Tiny.date("2026-09-15")) == nil)
    #expect(days.day(on: Tiny.date("2026-09-22"))?.cycleWeek == 0)
    #expect(days.day(on: Tiny.date("2026-09-22"))?.calendarWeek == 2)
    school.year?.firstCycleWeek = 1
    let shifted = SchoolDays(school: school)
    #expect(shifted.day(on: Tiny.date("2026-09-08"))?.cycleWeek == 1)
    #expect(shifted.day(on: Tiny.date("2026-09-22"))?.cycleWeek == 1)
  }

  @Test func rotatingCycleSkipsClosuresWithoutAdvancing() {
    let school = Tiny.school(
      days: ["Day 1", "Day 2", "Day 3"],
      closures: [
        DateRange(name: "Holiday", from: Tiny.date("2026-09-09"), to: Tiny.date("2026-09-09"))
      ])
    let days = SchoolDays(school: school)
    #expect(!days.weekdayMapped)
    #expect(days.days.count == 9)
    // 09-07 Day 1, 09-08 Day 2, 09-09 closed, 09-10 Day 3, 09-11 Day 1, 09-14 Day 2.
    #expect(days.days.prefix(5).map(\.cycleDay) == [0, 1, 2, 0, 1])
    #expect(days.days[4].date == Tiny.date("2026-09-14"))
  }

  @Test func termsAndMissingYear() {
    let school = Tiny.school(terms: [
      DateRange(name: "T1", from: Tiny.date("2026-09-07"), to: Tiny.date("2026-09-11")),
      DateRange(name: "T2", from: Tiny.date("2026-09-14"), to: Tiny.date("2026-09-18")),
    ])
    let days = SchoolDays(school: school)
    #expect(days.days.map(\.term) == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    #expect(SchoolDays(school: Tiny.school(withYear: false)).days.isEmpty)
  }
}
