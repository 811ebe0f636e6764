import Testing

@testable import CadreSweep

struct ReportTests {
  func record(_ i: Int, school: String, status: ScenarioRecord.Status) -> ScenarioRecord {
    var r = ScenarioRecord(
      index: i, id: "s\(i)", school: school, schoolName: "<b>\(school)</b> & Co",
      labels: [i % 2 == 0 ? "25%" : "50%", i < 2 ? "6" : "8"])
    r.status = status
    r.totalCost = 1_000 * (i + 1)
    r.release = i % 2 == 0 ? 0.25 : 0.5
    r.observationsRequired = 10
    r.observationsScheduled = 10 - i
    r.maxSpan = 5 + i
    r.teacherGrid = "T01 <math>"
    return r
  }

  var records: [ScenarioRecord] {
    [
      record(0, school: "a", status: .feasible), record(1, school: "a", status: .infeasible),
      record(2, school: "b<x>", status: .feasible), record(3, school: "b<x>", status: .invalid),
    ]
  }

  let manifest = SweepManifest(
    name: "Pilot <script>alert(1)</script>", fingerprint: "f", axes: [.release, .span],
    scenarios: [])

  @Test func oneSVGPerChart() {
    let html = ReportHTML.render(records, manifest: manifest, total: 4)
    // Cost, observations, and heat maps over the pairs of (school, release, span): 3.
    #expect(html.components(separatedBy: "<svg ").count - 1 == 2 + 3)
    #expect(html.contains("Yearly cost against teacher-leader release"))
    #expect(html.contains("Observations scheduled against span"))
    #expect(html.contains("Feasible scenarios: release × span limit"))
    #expect(html.components(separatedBy: "<details id=").count - 1 == 4)
  }

  @Test func escapesNames() {
    let html = ReportHTML.render(records, manifest: manifest, total: 4)
    #expect(!html.contains("<script>"))
    #expect(html.contains("Pilot &lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("<b>a</b>"))
    #expect(html.contains("&lt;b&gt;a&lt;/b&gt; &amp; Co"))
    #expect(html.contains("T01 &lt;math&gt;"))
    #expect(!html.contains("b<x>"))
  }

  @Test func csvHasOneRowPerRecordAndQuotes() {
    var rs = records
    rs[1].reason = "over budget, by \"a lot\""
    let csv = ResultsCSV.encode(rs, axes: [.release, .span])
    let lines = csv.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("index,id,school,axis_release,axis_span,status,reason,"))
    #expect(lines[2].contains("\"over budget, by \"\"a lot\"\"\""))
  }

  @Test func markdownEscapesPipes() {
    var rs = records
    rs[0].reason = "a | b"
    let md = ResultsTable.markdown(rs, axes: [.release, .span], name: "x")
    #expect(md.contains("a \\| b"))
    #expect(md.contains("2 of 4 scenarios feasible."))
  }
}
