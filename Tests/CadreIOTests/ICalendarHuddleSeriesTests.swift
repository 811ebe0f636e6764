import CadreModel
import Testing

@testable import CadreIO

@Suite struct ICalendarHuddleSeriesTests {
  typealias F = ICalendarFixture

  static func split(_ days: [String], hour: Int = 14) -> (
    series: [[String]], excluded: [[String]], singles: [String]
  ) {
    let (series, singles) = ICalendarHuddleSeries.split(days.map { F.huddle("G3", $0, hour) })
    return (
      series.map { $0.occurrences.map(\.date.description) },
      series.map { $0.excluded.map(\.description) }, singles.map(\.date.description)
    )
  }

  /// Two huddle weeks around a closed week: one VEVENT with RRULE, UNTIL and one EXDATE.
  @Test func twoWeeksAroundAClosureAreOneRule() {
    let events = ["2026-11-16", "2026-11-30"].map { F.huddle("G3", $0, 14) }
    let text = ICalendar.document(
      events: events, school: F.school(), calendarName: "G3", stamp: F.stamp)
    let vevents = ICalendarDocumentTests.vevents(text)
    #expect(vevents.count == 1)
    let rule = vevents.first?.filter {
      $0.hasPrefix("UID") || $0.hasPrefix("DTSTART") || $0.hasPrefix("RRULE")
        || $0.hasPrefix("EXDATE")
    }
    #expect(
      rule == [
        "UID:huddle-G3-2026-11-16-weekly@cadre-lincoln-elementary",
        "DTSTART;TZID=America/Denver:20261116T140000",
        "RRULE:FREQ=WEEKLY;UNTIL=20261130T210000Z",
        "EXDATE;TZID=America/Denver:20261123T140000",
      ])
  }

  @Test func aMovedHuddleLeavesAnExceptionAndStandsAlone() {
    let r = Self.split(["2026-11-02", "2026-11-10", "2026-11-16"])
    #expect(r.series == [["2026-11-02", "2026-11-16"]])
    #expect(r.excluded == [["2026-11-09"]])
    #expect(r.singles == ["2026-11-10"])
  }

  @Test func aLoneHuddleIsASingleEvent() {
    let r = Self.split(["2026-11-02"])
    #expect(r.series.isEmpty)
    #expect(r.singles == ["2026-11-02"])
  }

  @Test func aLongGapStartsANewSeries() {
    // 5 weeks apart stays one series (4 weeks skipped); 6 weeks apart does not.
    let r = Self.split([
      "2026-09-07", "2026-09-14", "2026-09-21", "2026-10-26", "2026-11-02", "2026-12-14",
      "2027-01-25",
    ])
    #expect(r.series == [["2026-09-07", "2026-09-14", "2026-09-21", "2026-10-26", "2026-11-02"]])
    #expect(r.excluded.first?.count == 4)
    #expect(r.singles == ["2026-12-14", "2027-01-25"])
  }

  @Test func aSeriesHasMoreOccurrencesThanSkippedWeeks() {
    // Two Tuesdays four weeks apart (say, two moved huddles) are not a weekly event...
    let sparse = Self.split(["2026-09-01", "2026-09-29"])
    #expect(sparse.series.isEmpty)
    #expect(sparse.singles == ["2026-09-01", "2026-09-29"])
    // ...but three weeks with one closed week in between are.
    let dense = Self.split(["2026-11-02", "2026-11-09", "2026-11-23"])
    #expect(dense.series == [["2026-11-02", "2026-11-09", "2026-11-23"]])
    #expect(dense.excluded == [["2026-11-16"]])
  }

  @Test func differentTimesTeamsOrPeopleAreNotOneSeries() {
    var other = F.huddle("G3", "2026-11-09", 14)
    other.teachers = ["T-ANA"]
    let events = [
      F.huddle("G3", "2026-11-02", 14), F.huddle("G3", "2026-11-16", 15),
      F.huddle("G4", "2026-11-23", 14), other,
    ]
    let (series, singles) = ICalendarHuddleSeries.split(events)
    #expect(series.isEmpty)
    #expect(singles.count == 4)
  }

  @Test func aSecondHuddleOnTheSameDateIsWrittenAlone() {
    var twice = F.huddle("G3", "2026-11-09", 14)
    twice.id += "-2"
    let events = ["2026-11-02", "2026-11-09"].map { F.huddle("G3", $0, 14) } + [twice]
    let (series, singles) = ICalendarHuddleSeries.split(events)
    #expect(
      series.map { $0.occurrences.map(\.id) } == [["huddle-G3-2026-11-02", "huddle-G3-2026-11-09"]])
    #expect(singles.map(\.id) == ["huddle-G3-2026-11-09-2"])
  }

  @Test func otherKindsAreNeverGrouped() {
    var a = F.huddle("G3", "2026-11-02", 14)
    a.kind = .oneOnOne
    var b = F.huddle("G3", "2026-11-09", 14)
    b.kind = .oneOnOne
    let (series, singles) = ICalendarHuddleSeries.split([a, b])
    #expect(series.isEmpty)
    #expect(singles.count == 2)
  }
}
