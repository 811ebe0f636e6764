import CadreCheck
import CadreIO
import CadreModel
import Foundation
import Testing

/// Writing solutions and reading them back.
@Suite("XHSTT writer")
struct XHSTTWriterTests {
  typealias X = SyntheticXHSTT

  @Test func writesSpecOrderAndEscapes() throws {
    let (archive, _) = XHSTTReader.read(
      text: X.archive(events: X.event("E1", duration: 2), constraints: ""))
    let inst = try #require(archive?.instances.first)
    let timetable = XTimetable(subEvents: [
      XSubEvent(event: 0, duration: 1, start: 2), XSubEvent(event: 0, duration: 1, start: nil),
    ])
    let report = XEvaluator.evaluate(inst, timetable)
    let text = XHSTTWriter.solutionGroups(
      instance: inst, timetable: timetable, groupId: "cadre & co", description: "a < b",
      report: report, date: "2026-01-01")
    #expect(text.contains("<SolutionGroup Id=\"cadre &amp; co\">"))
    #expect(text.contains("<Description>a &lt; b</Description>"))
    #expect(
      text.contains(
        "<Event Reference=\"E1\">\n            <Duration>1</Duration>\n"
          + "            <Time Reference=\"Mo3\"/>\n          </Event>"))
    #expect(
      text.contains(
        "<Event Reference=\"E1\">\n            <Duration>1</Duration>\n          </Event>"))
    #expect(text.contains("<InfeasibilityValue>0</InfeasibilityValue>"))
    let (back, diagnostics) = XHSTTReader.read(text: text)
    #expect(diagnostics.isEmpty)
    let group = try #require(back?.solutionGroups.first)
    #expect(group.id == "cadre & co" && group.description == "a < b")
    let solution = try #require(group.solutions.first)
    #expect(solution.reportedObjective == 0)
    #expect(solution.timetable(in: inst).0 == timetable)
  }

  /// Every attached solution, written and read back, costs the same.
  @Test(
    "attached solutions survive a write/read round trip",
    .enabled(if: XHSTTData.available), arguments: XHSTTData.files)
  func roundTrip(_ file: String) throws {
    let data = try XHSTTData.data(file)
    let archive = try #require(XHSTTReader.read(data).0)
    for group in archive.solutionGroups {
      for solution in group.solutions {
        let instance = try #require(archive.instance(id: solution.instanceId))
        let timetable = try #require(solution.timetable(in: instance).0)
        let report = XEvaluator.evaluate(instance, timetable)
        let text = XHSTTWriter.solutionGroups(
          instance: instance, timetable: timetable, groupId: group.id, description: "rt",
          report: report)
        let (back, diagnostics) = XHSTTReader.read(text: text)
        #expect(diagnostics.isEmpty)
        let again = try #require(back?.solutionGroups.first?.solutions.first)
        #expect(again.reportedInfeasibility == report.infeasibility)
        let rtTimetable = try #require(again.timetable(in: instance).0)
        #expect(rtTimetable == timetable)
        let rtReport = XEvaluator.evaluate(instance, rtTimetable)
        #expect(rtReport.cost == report.cost)
        #expect(rtReport.breakdown == report.breakdown)
      }
    }
  }

  @Test(
    "a complete archive copies the instance through", .enabled(if: XHSTTData.available))
  func completeArchive() throws {
    let file = "BrazilInstance1.xml"
    let original = try #require(String(data: try XHSTTData.data(file), encoding: .utf8))
    let archive = try #require(XHSTTReader.read(text: original).0)
    let instance = try #require(archive.instances.first)
    let solution = try #require(archive.solutionGroups.first?.solutions.first)
    let timetable = try #require(solution.timetable(in: instance).0)
    let report = XEvaluator.evaluate(instance, timetable)
    let text = try #require(
      XHSTTWriter.archive(
        originalXML: original, instance: instance, timetable: timetable, groupId: "Cadre",
        description: "copy", report: report))
    let (back, diagnostics) = XHSTTReader.read(text: text)
    #expect(diagnostics.isEmpty)
    let reread = try #require(back)
    #expect(reread.instances.map(\.id) == [instance.id])
    #expect(reread.solutionGroups.map(\.id) == ["Cadre"])
    let again = try #require(reread.solutionGroups.first?.solutions.first)
    let rtInstance = try #require(reread.instances.first)
    let rt = XEvaluator.evaluate(rtInstance, try #require(again.timetable(in: rtInstance).0))
    #expect(rt.cost == report.cost)
    #expect(rt.breakdown == report.breakdown)
  }
}
