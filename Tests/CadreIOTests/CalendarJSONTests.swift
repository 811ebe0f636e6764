import CadreModel
import Testing

@testable import CadreIO

@Suite struct CalendarJSONTests {
  static func calendar() -> CoachingCalendar {
    let day = CivilDate(year: 2026, month: 9, day: 14)!
    return CoachingCalendar(events: [
      CoachingEvent(
        id: "obs-1", kind: .spotObservation, date: day, period: "P3",
        start: TimeOfDay(minutes: 600), end: TimeOfDay(minutes: 615), leader: "L-ANA",
        teachers: ["T-BO"], team: "TEAM-3", lesson: "3A-math"),
      CoachingEvent(
        id: "deb-1", kind: .debrief, date: day.adding(days: 1), period: "P5",
        start: TimeOfDay(minutes: 720), end: TimeOfDay(minutes: 770), leader: "L-ANA",
        teachers: ["T-BO"], follows: "obs-1"),
      CoachingEvent(
        id: "hud-1", kind: .huddle, date: day, period: "P6", start: TimeOfDay(minutes: 780),
        end: TimeOfDay(minutes: 830), leader: "L-ANA", teachers: ["T-BO", "T-ANA"],
        team: "TEAM-3"),
    ])
  }

  @Test func roundTrips() throws {
    let text = CalendarJSON.encode(Self.calendar(), school: TestSchools.tiny())
    #expect(text.hasPrefix("{\n  \"format\": \"cadre-calendar/1\",\n  \"school\": \"Tiny School\""))
    #expect(text.contains("\"kind\": \"spot\",\n      \"date\": \"2026-09-14\""))
    let (decoded, diagnostics) = CalendarJSON.decode(text)
    #expect(diagnostics.isEmpty)
    #expect(decoded == Self.calendar())
  }

  @Test func reportsBadEventFields() {
    let text = """
      {"format": "cadre-calendar/1", "events": [
        {"id": "e", "kind": "walk", "date": "2026-13-01", "period": "P1", "start": "25:00",
         "end": "10:00", "leader": "L", "teachers": "T"}]}
      """
    let (calendar, diagnostics) = CalendarJSON.decode(text)
    #expect(calendar == nil)
    #expect(diagnostics.map(\.code) == ["bad-enum", "bad-date", "bad-time", "wrong-type"])
    #expect(diagnostics.map(\.pointer).last == "/events/0/teachers")
  }
}
