import CadreModel
import Foundation
import Testing

@testable import CadreIO

/// Writes `calendar.json` and the `.ics` files of several calendars, one directory each, so
/// that `Tests/ics-check.py` can check them with a real iCalendar parser:
///
///     CADRE_ICS_EXPORT_DIR=/tmp/ics swift test --filter ICalendarExportTests
///     for d in /tmp/ics/*/; do python3 Tests/ics-check.py $d/calendar.json $d; done
///
/// Without the variable the files go to a fresh temporary directory that is removed again.
@Suite struct ICalendarExportTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var zone: String
    /// nil: the hand-made fixture; otherwise the seed of a generated year.
    var seed: UInt64?
    var testDescription: String { name }
  }

  static let cases = [
    Case(name: "denver", zone: "America/Denver", seed: nil),
    Case(name: "phoenix", zone: "America/Phoenix", seed: nil),
    Case(name: "london", zone: "Europe/London", seed: nil),
    Case(name: "year-denver-1", zone: "America/Denver", seed: 1),
    Case(name: "year-london-2", zone: "Europe/London", seed: 2),
  ]

  @Test(arguments: cases)
  func writesCalendarJSONAndTheICSFilesThatMatchIt(_ c: Case) throws {
    let env = ProcessInfo.processInfo.environment["CADRE_ICS_EXPORT_DIR"]
    let base =
      env ?? (NSTemporaryDirectory() + "/cadre-ics-\(ProcessInfo.processInfo.processIdentifier)")
    let dir = base + "/" + c.name
    defer { if env == nil { try? FileManager.default.removeItem(atPath: dir) } }
    let school = ICalendarFixture.school(timeZone: c.zone)
    let calendar = c.seed.map { Self.year(school, seed: $0) } ?? ICalendarFixture.calendar()
    try AtomicFile.write(CalendarJSON.encode(calendar, school: school), to: dir + "/calendar.json")
    let files = ICalendar.files(calendar: calendar, school: school, stamp: ICalendarFixture.stamp)
    for f in files { try AtomicFile.write(f.content, to: dir + "/" + f.path) }
    // What is on disk is byte for byte what was produced, CRLFs included.
    for f in files {
      let data = try #require(FileManager.default.contents(atPath: dir + "/" + f.path))
      #expect(Array(data) == Array(f.content.utf8))
    }
    // The JSON it is checked against decodes to the same calendar.
    let json = try #require(FileManager.default.contents(atPath: dir + "/calendar.json"))
    #expect(CalendarJSON.decode(String(decoding: json, as: UTF8.self)).calendar == calendar)
    // Every event is in school.ics: one VEVENT each, or an occurrence of a weekly series.
    let vevents = ICalendarDocumentTests.vevents(files[0].content)
    let uids = vevents.compactMap { $0.first { $0.hasPrefix("UID:") } }
    #expect(Set(uids).count == vevents.count)
    #expect(vevents.count <= calendar.events.count)
  }

  /// A seeded school year: for each team, huddles on one or two weekdays every school week,
  /// some weeks moved to the next day or dropped; observations with debriefs and monthly
  /// one-on-ones on random school days and periods.
  static func year(_ school: School, seed: UInt64) -> CoachingCalendar {
    var state = seed
    func next(_ n: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(n))
    }
    guard let year = school.year else { return CoachingCalendar(events: []) }
    let days = (year.firstDay.dayNumber...year.lastDay.dayNumber).map(CivilDate.init(dayNumber:))
      .filter { d in d.weekday < 5 && !year.closures.contains { $0.contains(d) } }
    let periods = school.cycle.periods
    var events: [CoachingEvent] = []
    for team in school.leadership.teams {
      let weekdays = next(2) == 0 ? [next(5)] : [0, 3]
      let p = next(periods.count)
      for d in days where weekdays.contains(d.weekday) {
        let roll = next(20)
        if roll == 0 { continue }
        let date = roll == 1 && d.weekday < 4 ? d.adding(days: 1) : d
        events.append(
          CoachingEvent(
            id: "huddle-\(team.id.raw)-\(date)", kind: .huddle, date: date,
            period: periods[p].name, start: periods[p].start,
            end: TimeOfDay(minutes: periods[p].start.minutes + 30), leader: team.leader,
            teachers: team.members, team: team.id))
      }
      for t in team.members {
        for n in 1...11 {
          let d = days[next(days.count)]
          let q = next(periods.count)
          let spot = n < 11
          let id = "obs-\(t.raw)-\(spot ? "spot" : "formal")-\(n)"
          events.append(
            CoachingEvent(
              id: id, kind: spot ? .spotObservation : .formalObservation, date: d,
              period: periods[q].name, start: periods[q].start,
              end: spot ? TimeOfDay(minutes: periods[q].start.minutes + 15) : periods[q].end,
              leader: team.leader, teachers: [t], team: team.id))
          let r = next(periods.count)
          events.append(
            CoachingEvent(
              id: "debrief-" + id.dropFirst(4), kind: .debrief, date: d.adding(days: 1),
              period: periods[r].name, start: periods[r].start, end: periods[r].end,
              leader: team.leader, teachers: [t], team: team.id, follows: id))
        }
        for month in 0..<10 {
          let d = days[min(days.count - 1, month * days.count / 10 + next(10))]
          let q = next(periods.count)
          events.append(
            CoachingEvent(
              id: "oneonone-\(t.raw)-\(month)", kind: .oneOnOne, date: d,
              period: periods[q].name, start: periods[q].start, end: periods[q].end,
              leader: team.leader, teachers: [t], team: team.id))
        }
      }
    }
    return CoachingCalendar(
      events: events.sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) })
  }
}
