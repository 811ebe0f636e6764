import CadreModel
import Foundation
import Testing

@testable import CadreIO

/// Writes the fixture's `calendar.json` and `.ics` files, so that `Tests/ics-check.py` can
/// check them with a real iCalendar parser:
///
///     CADRE_ICS_EXPORT_DIR=/tmp/ics swift test --filter ICalendarExportTests
///     python3 Tests/ics-check.py /tmp/ics/calendar.json /tmp/ics
///
/// Without the variable the files go to a fresh temporary directory that is removed again.
@Suite struct ICalendarExportTests {
  @Test func writesCalendarJSONAndTheICSFilesThatMatchIt() throws {
    let env = ProcessInfo.processInfo.environment["CADRE_ICS_EXPORT_DIR"]
    let dir =
      env ?? (NSTemporaryDirectory() + "/cadre-ics-\(ProcessInfo.processInfo.processIdentifier)")
    defer { if env == nil { try? FileManager.default.removeItem(atPath: dir) } }
    let school = ICalendarFixture.school()
    let calendar = ICalendarFixture.calendar()
    try AtomicFile.write(CalendarJSON.encode(calendar, school: school), to: dir + "/calendar.json")
    let files = ICalendar.files(calendar: calendar, school: school, stamp: ICalendarFixture.stamp)
    for f in files { try AtomicFile.write(f.content, to: dir + "/" + f.path) }
    // What is on disk is byte for byte what was produced, CRLFs included.
    for f in files {
      let data = try #require(FileManager.default.contents(atPath: dir + "/" + f.path))
      #expect(Array(data) == Array(f.content.utf8))
    }
    // And the JSON it is checked against decodes to the same calendar.
    let json = try #require(FileManager.default.contents(atPath: dir + "/calendar.json"))
    #expect(CalendarJSON.decode(String(decoding: json, as: UTF8.self)).calendar == calendar)
  }
}
