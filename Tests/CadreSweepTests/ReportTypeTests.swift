import CadreIO
import Foundation
import Testing

@testable import CadreSweep

/// A district-sized sweep's report summarises by school type instead of drawing one point per
/// scenario in a colour per school, and leaves the master schedules in the records.
struct ReportTypeTests {
  static let types = ["elementary", "middle", "high"]

  /// `schools` schools (types in turn), two scenarios each (release 25% and 50%).
  func district(schools: Int) -> [ScenarioRecord] {
    (0..<schools * 2).map { i in
      let school = i / 2
      var r = ScenarioRecord(
        index: i, id: "s\(school)_r\(i % 2)", school: "s\(school)", schoolName: "School \(school)",
        labels: [i % 2 == 0 ? "25%" : "50%", "8"])
      r.schoolType = Self.types[school % 3]
      r.status = school % 4 == 0 ? .infeasible : .feasible
      r.totalCost = 10_000 * (school + 1)
      r.costPerTeacher = 500 + 10 * school
      r.release = i % 2 == 0 ? 0.25 : 0.5
      r.observationsRequired = 100
      r.observationsScheduled = 90 + school % 10
      r.maxSpan = 6 + school % 3
      r.teachers = 20 + school
      r.teacherGrid = "GRID-\(i)"
      return r
    }
  }

  let manifest = SweepManifest(
    name: "District", fingerprint: "f", axes: [.release, .span], scenarios: [])

  func count(_ s: String, _ needle: String) -> Int { s.components(separatedBy: needle).count - 1 }

  @Test func manySchoolsAreSummarisedByType() {
    let records = district(schools: 30)
    let html = ReportHTML.render(records, manifest: manifest, total: records.count)
    #expect(html.contains("<h2>By school type</h2>"))
    #expect(html.contains("Cost per teacher against release, by school type"))
    #expect(html.contains("Feasible scenarios: school type × release"))
    #expect(!html.contains("Feasible scenarios: school ×"))
    // One point per (type, release) in the cost chart (3 × 2), not 60; in the observation
    // chart both releases of a type land on one spot, drawn once and marked ×2.
    #expect(count(html, "class=\"point\"") == 6 + 3)
    #expect(count(html, "class=\"range\"") == 6 + 3)
    #expect(count(html, ">×2</text>") == 3)
    // The table: one row per (type, values), the schools of each type counted once.
    #expect(html.contains("The sweep covers 10 elementary, 10 middle, 10 high schools."))
    #expect(html.contains("<td>10</td><td>7 of 10 (70%)</td>"))
    // Every scenario is still in the table and has its drill-down.
    #expect(count(html, "<details id=") == 60)
    #expect(html.contains("GRID-0"))
  }

  @Test func fewSchoolsKeepOnePointPerScenario() {
    let records = district(schools: 8)
    let html = ReportHTML.render(records, manifest: manifest, total: records.count)
    #expect(!html.contains("By school type"))
    #expect(html.contains("Yearly cost against teacher-leader release"))
    #expect(!html.contains("class=\"range\""))
    #expect(html.contains("Feasible scenarios: school × release"))
  }

  @Test func largeSweepsLeaveTheMasterSchedulesInTheRecords() {
    let records = district(schools: 101)
    #expect(records.count > ReportHTML.gridLimit)
    let html = ReportHTML.render(records, manifest: manifest, total: records.count)
    #expect(!html.contains("GRID-"))
    #expect(html.contains("the master schedules are left out of this page"))
    #expect(count(html, "<details id=") == records.count)
  }

  @Test func recordsInMemoryDropTheirGridsOnlyWhereTheReportDoes() {
    let records = district(schools: 101)
    var small = Kept()
    for r in records.prefix(ReportHTML.gridLimit) { small.append(r) }
    #expect(small.records == Array(records.prefix(ReportHTML.gridLimit)))
    var large = Kept()
    for r in records { large.append(r) }
    #expect(large.records.allSatisfy { $0.teacherGrid.isEmpty })
    #expect(large.records.map(\.id) == records.map(\.id))
    // The page is the same from the lean records as from the whole ones.
    #expect(
      ReportHTML.render(large.records, manifest: manifest, total: records.count)
        == ReportHTML.render(records, manifest: manifest, total: records.count))
  }

  @Test func summaryStatisticsAreNearestRank() {
    #expect(ReportHTML.quantile([], 0.5) == nil)
    #expect(ReportHTML.quantile([3, 1, 2], 0.5) == 2)
    #expect(ReportHTML.quantile(Array(1...11).map(Double.init), 0.1) == 2)
    #expect(ReportHTML.quantile(Array(1...11).map(Double.init), 0.9) == 10)
    #expect(ReportHTML.quantile([5], 0.9) == 5)
  }

  @Test func oldRecordsWithoutATypeAreUnknown() {
    var r = district(schools: 1)[0]
    let text = ScenarioRecordJSON.encode(r)
    #expect(ScenarioRecordJSON.decode(text)?.schoolType == "elementary")
    let old = text.replacingOccurrences(of: "  \"schoolType\": \"elementary\",\n", with: "")
    #expect(old != text)
    r.schoolType = ""
    #expect(ScenarioRecordJSON.decode(old) == r)
    #expect(ReportHTML.types([r]) == ["unknown"])
  }
}
