import CadreCheck
import CadreModel
import Testing

/// Real dates and the cycle (docs/CALENDAR.md section 1), seen through `not-school-day`,
/// `unknown-period` and `observation-not-teaching`: an observation of T-BOB counts as
/// "teaching" exactly when the date maps to the cycle day he teaches.
@Suite struct CalendarDateTests {
  typealias F = CalendarFixture

  /// Spot visits of T-BOB in 3A-math P1 on each date, by a checker for `school`/`schedule`.
  func notTeaching(_ school: School, _ schedule: Schedule, on days: [String]) -> Int {
    let events = days.enumerated().map { F.spot("T-BOB", $0.element, "obs-\($0.offset)") }
    return F.check(school, events, schedule: schedule).count("observation-not-teaching")
  }

  @Test func datesOutsideTheYearClosedOrWeekendsAreNotSchoolDays() {
    let report = F.check(
      F.school(),
      [
        F.spot("T-BOB", "2026-09-11", "closed"), F.spot("T-BOB", "2026-09-12", "saturday"),
        F.spot("T-BOB", "2026-09-19", "after"), F.spot("T-BOB", "2026-09-04", "before"),
      ])
    // Not placed: no rule but not-school-day counts them (quota 0 is met, no debriefs owed).
    expectCalendar(report, ["not-school-day": 4])
    #expect(
      messages(report, "not-school-day").first
        == "spot observation closed (L-ANA) is on 2026-09-11, which is not a school day")
  }

  @Test func aWeekdayWithoutACycleDayIsNotASchoolDay() {
    let cycle = Fixture.cycle(days: ["Mon", "Tue", "Wed", "Thu"])
    let report = F.check(F.school(cycle: cycle), [F.spot("T-BOB", "2026-09-18", "friday")])
    expectCalendar(report, ["not-school-day": 1])
  }

  @Test func withoutAYearNothingIsASchoolDay() {
    let report = F.check(F.school(year: nil), [F.spot("T-BOB", "2026-09-08", "obs")])
    expectCalendar(report, ["not-school-day": 1])
    let backwards = F.school(year: F.year(from: "2026-09-18", to: "2026-09-07"))
    #expect(F.check(backwards, [F.spot("T-BOB", "2026-09-08", "obs")]).count("not-school-day") == 1)
  }

  @Test func unknownPeriodsCountOnlyOnSchoolDays() {
    var onSchoolDay = F.spot("T-BOB", "2026-09-08", "obs-1")
    onSchoolDay.period = "P9"
    var onClosedDay = F.spot("T-BOB", "2026-09-11", "obs-2")
    onClosedDay.period = "P9"
    let report = F.check(F.school(), [onSchoolDay, onClosedDay])
    expectCalendar(report, ["unknown-period": 1, "not-school-day": 1])
    #expect(
      messages(report, "unknown-period")
        == ["spot observation obs-1 on 2026-09-08 is in period 'P9', which the cycle does not have"]
    )
  }

  /// A/B weeks advance every calendar week: 2026-09-07 is week A, 2026-09-14 week B.
  @Test(arguments: [(0, 1), (1, 0), (2, 1), (-1, 0)])
  func cycleWeeksAdvanceByCalendarWeek(firstCycleWeek: Int, expected: Int) {
    let cycle = Fixture.cycle(weeks: ["A", "B"])
    let school = F.school(cycle: cycle, year: F.year(firstCycleWeek: firstCycleWeek))
    let schedule = Schedule(meetings: [meet("3A-math", "B Mon P1", "T-BOB")])
    // Taught only in week B on Monday: one of the two Mondays misses.
    #expect(notTeaching(school, schedule, on: ["2026-09-07", "2026-09-14"]) == 1)
    #expect(notTeaching(school, schedule, on: ["2026-09-07"]) == expected)
  }

  @Test func aWhollyClosedWeekStillAdvancesTheCycle() {
    let cycle = Fixture.cycle(weeks: ["A", "B"])
    let year = F.year(to: "2026-09-25", closed: [("2026-09-14", "2026-09-18")])
    let schedule = Schedule(meetings: [meet("3A-math", "A Mon P1", "T-BOB")])
    // 2026-09-21 is calendar week 2: week A again, although only one week of school passed.
    #expect(notTeaching(F.school(cycle: cycle, year: year), schedule, on: ["2026-09-21"]) == 0)
    #expect(notTeaching(F.school(cycle: cycle, year: year), schedule, on: ["2026-09-07"]) == 0)
  }

  @Test func dayNamesMapToWeekdaysIgnoringCaseAndSpaces() {
    // Listed in reverse, so a rotating reading would put 2026-09-07 on " FRIDAY ".
    let cycle = Fixture.cycle(days: [" FRIDAY ", "th", "w", "tu", "M"])
    let schedule = Schedule(meetings: [meet("3A-math", "M P1", "T-BOB")])
    let school = F.school(cycle: cycle)
    #expect(notTeaching(school, schedule, on: ["2026-09-07", "2026-09-14"]) == 0)
    #expect(notTeaching(school, schedule, on: ["2026-09-08"]) == 1)
  }

  /// "Day 1 … Day 6" rotates one step per school day; closures do not advance it. School days:
  /// 09-07 Day 1, 08 Day 2, 09 Day 3, 10 Day 4, (11 closed), 14 Day 5, 15 Day 6, 16 Day 1.
  @Test func rotatingCyclesStepPerSchoolDay() {
    let cycle = Fixture.cycle(days: (1...6).map { "Day \($0)" })
    let schedule = Schedule(meetings: [
      Meeting(
        lesson: "3A-math", index: 0, start: SlotRef(day: "Day 6", period: "P1"), teacher: "T-BOB")
    ])
    let school = F.school(cycle: cycle)
    #expect(notTeaching(school, schedule, on: ["2026-09-15"]) == 0)
    #expect(notTeaching(school, schedule, on: ["2026-09-14", "2026-09-16"]) == 2)
    let weekend = F.check(school, [F.spot("T-BOB", "2026-09-12", "saturday")], schedule: schedule)
    #expect(weekend.count("not-school-day") == 1)
  }

  @Test func aDayNameListedTwiceMakesTheCycleRotating() {
    let cycle = Fixture.cycle(days: ["Mon", "mon", "Wed", "Thu", "Fri"])
    let schedule = Schedule(meetings: [meet("3A-math", "Mon P1", "T-BOB")])
    let school = F.school(cycle: cycle)
    // 09-07 is position 0 ("Mon"); 09-08 position 1 ("mon"), which T-BOB does not teach.
    #expect(notTeaching(school, schedule, on: ["2026-09-07"]) == 0)
    #expect(notTeaching(school, schedule, on: ["2026-09-08"]) == 1)
  }
}
