import CadreModel
import Foundation
import Testing

@testable import CadreIO

/// Every file in Samples/ must decode without a structural diagnostic and survive a round
/// trip through the encoder.
@Suite struct SampleFilesTests {
  static let samplesDir: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Samples").path
  }()

  static var sampleFiles: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: samplesDir)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test(arguments: sampleFiles)
  func sampleDecodesAndRoundTrips(_ name: String) throws {
    let text = try AtomicFile.readText(Self.samplesDir + "/" + name)
    let format = JSONParser.parse(text).value?["format"]?.asString
    switch format {
    case Schedule.currentFormat?:
      let (schedule, diagnostics) = ScheduleJSON.decode(text)
      #expect(diagnostics.isEmpty, "\(diagnostics)")
      #expect(schedule != nil)
    case CoachingCalendar.currentFormat?:
      let (calendar, diagnostics) = CalendarJSON.decode(text)
      #expect(diagnostics.isEmpty, "\(diagnostics)")
      #expect(calendar != nil)
    default:
      let (school, diagnostics) = SchoolJSON.decode(text)
      #expect(diagnostics.isEmpty, "\(diagnostics)")
      let s = try #require(school)
      #expect(SchoolJSON.decode(SchoolJSON.encode(s)).school == s)
    }
  }
}
