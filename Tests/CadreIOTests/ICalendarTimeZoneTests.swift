import CadreModel
import Foundation
import Testing

@testable import CadreIO

@Suite struct ICalendarTimeZoneTests {
  static func component(_ id: String, _ from: String, _ to: String) -> [String] {
    guard let zone = TimeZone(identifier: id), let f = CivilDate(from), let t = CivilDate(to)
    else { return [] }
    let text = ICalendarTimeZone.component(identifier: id, zone: zone, from: f, to: t).text
    // TZNAME comes from the platform's locale data; the offsets and rules are what matter.
    return text.split(separator: "\r\n").map(String.init).filter { !$0.hasPrefix("TZNAME:") }
  }

  @Test func denverHasYearlyRulesForBothChanges() {
    #expect(
      Self.component("America/Denver", "2026-08-17", "2027-06-04") == [
        "BEGIN:VTIMEZONE", "TZID:America/Denver",
        "BEGIN:STANDARD", "DTSTART:20251102T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU;UNTIL=20271107T080000Z", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;UNTIL=20270314T090000Z", "END:DAYLIGHT",
        "END:VTIMEZONE",
      ])
  }

  @Test func phoenixHasOneStandardOffset() {
    #expect(
      Self.component("America/Phoenix", "2026-08-03", "2027-05-21") == [
        "BEGIN:VTIMEZONE", "TZID:America/Phoenix",
        "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700",
        "END:STANDARD",
        "END:VTIMEZONE",
      ])
  }

  @Test func londonChangesInTheLastWeekOfTheMonth() {
    #expect(
      Self.component("Europe/London", "2026-09-02", "2027-07-21") == [
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:STANDARD", "DTSTART:20251026T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20271031T010000Z", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:20260329T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20270328T010000Z", "END:DAYLIGHT",
        "END:VTIMEZONE",
      ])
  }

  /// Changes that no yearly rule describes exactly are listed one by one.
  @Test func irregularChangesAreWrittenAsRDates() {
    func t(_ date: String, _ hour: Int) -> ICalendarTimeZone.Transition {
      let local = ICalendarDateTime.seconds(CivilDate(date)!, minutes: hour * 60)
      return .init(utc: local + 7 * 3600, from: -7 * 3600, to: -6 * 3600, daylight: true)
    }
    // 2026 and 2028: a year is missing, so FREQ=YEARLY would invent a 2027 change.
    let gap = ICalendarTimeZone.render(identifier: "X/Y", [t("2026-03-08", 2), t("2028-03-12", 2)])
    #expect(gap.text.contains("DTSTART:20260308T020000\r\nTZOFFSETFROM"))
    #expect(gap.text.contains("RDATE:20280312T020000\r\n"))
    #expect(!gap.text.contains("RRULE"))
    // Different weeks of the month, not all the last week.
    #expect(ICalendarTimeZone.yearlyRule([t("2026-03-08", 2), t("2027-03-07", 2)]) == nil)
    // Different wall times.
    #expect(ICalendarTimeZone.yearlyRule([t("2026-03-08", 2), t("2027-03-14", 3)]) == nil)
    #expect(
      ICalendarTimeZone.yearlyRule([t("2026-03-08", 2), t("2027-03-14", 2)])
        == "BYMONTH=3;BYDAY=2SU")
  }

  @Test(arguments: [
    (0, "+0000"), (-25200, "-0700"), (3600, "+0100"), (37800, "+1030"), (-12368, "-032608"),
  ])
  func formatsOffsets(seconds: Int, text: String) {
    #expect(ICalendarTimeZone.offset(seconds) == text)
  }

  @Test func convertsLocalTimesToUTC() throws {
    let zone = try #require(TimeZone(identifier: "America/Denver"))
    func utc(_ date: String, _ h: Int, _ m: Int) -> String {
      let local = ICalendarDateTime.seconds(CivilDate(date)!, minutes: h * 60 + m)
      return ICalendarDateTime.formatUTC(ICalendarDateTime.utc(local: local, in: zone))
    }
    #expect(utc("2026-09-14", 10, 0) == "20260914T160000Z")
    #expect(utc("2026-12-14", 14, 0) == "20261214T210000Z")
    // Repeated when the clocks go back: the first (daylight) occurrence.
    #expect(utc("2026-11-01", 1, 30) == "20261101T073000Z")
    // Skipped when they go forward: read with the standard offset in force before the gap.
    #expect(utc("2026-03-08", 2, 30) == "20260308T093000Z")
  }

  @Test func formatsDateTimesAndStamps() {
    #expect(ICalendarDateTime.format(0) == "19700101T000000")
    #expect(ICalendarDateTime.format(-1) == "19691231T235959")
    #expect(ICalendar.stamp(Date(timeIntervalSince1970: 1_788_000_000.9)) == "20260829T104000Z")
  }
}
