import Cadre
import CadreIO
import CadreLeadership
import Foundation
import Testing

@testable import CadreSweep

/// The report's charts tell the truth about the records: no scenario hides behind another,
/// the heat map's key explains exactly the colours on the map, a search that ran out of steps
/// is not called a proof, and the drill-down's budget is whole.
struct ReportChartTests {
  func record(_ i: Int, school: String = "a", cost: Int = 5_000) -> ScenarioRecord {
    var r = ScenarioRecord(
      index: i, id: "s\(i)", school: school, schoolName: school, labels: ["25%", "\(6 + i % 3)"])
    r.status = .feasible
    r.totalCost = cost
    r.release = 0.25
    r.maxSpan = 6
    return r
  }

  let manifest = SweepManifest(name: "x", fingerprint: "f", axes: [.release, .span], scenarios: [])

  func matches(_ s: String, _ pattern: String) -> [String] {
    let re = try! NSRegularExpression(pattern: pattern)
    return re.matches(in: s, range: NSRange(s.startIndex..., in: s)).map {
      String(s[Range($0.range(at: 1), in: s)!])
    }
  }

  func costChart(_ records: [ScenarioRecord]) -> String {
    ReportHTML.costChart(records, schools: ReportHTML.unique(records.map(\.school)))
  }

  @Test func identicalPointsShowTheirCount() {
    let svg = costChart([record(0), record(1), record(2, cost: 9_000)])
    #expect(svg.components(separatedBy: "class=\"point\"").count - 1 == 2)
    #expect(svg.contains(">×2</text>"))
    #expect(svg.contains("2 scenarios:\ns0: "))
    #expect(!svg.contains(">×1</text>"))
  }

  @Test func differentSchoolsAtOneSpotSitSideBySide() {
    var b = record(1, school: "b")
    b.status = .infeasible
    let svg = costChart([record(0), b])
    let xs = matches(svg, "class=\"point\" cx=\"([0-9.]+)\"")
    #expect(xs.count == 2)
    #expect(Set(xs).count == 2)
    #expect(!svg.contains("×"))
  }

  @Test(arguments: [
    [(0, 2), (2, 2), (1, 3), (2, 6), (0, 0)],
    [(1, 1), (1, 1)],
    [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4), (1, 3), (2, 3), (0, 0)],
  ])
  func heatMapKeyShowsExactlyTheCellColours(_ counts: [(Int, Int)]) {
    let cells = [counts.map { (feasible: $0.0, total: $0.1) }]
    let svg = SVGChart.heatMap(
      title: "t", rowLabel: "r", columnLabel: "c", rows: ["a"],
      columns: counts.indices.map { "c\($0)" }, cells: cells)
    let used = matches(svg, "class=\"cell\"[^>]* fill=\"([^\"]+)\"")
    let key = matches(svg, "class=\"key\"[^>]* fill=\"([^\"]+)\"")
    #expect(used.count == counts.count)
    #expect(Set(key) == Set(used))
    #expect(key.count == Set(key).count)
  }

  @Test func notFoundIsToldApartFromProven() {
    var notFound = record(0)
    notFound.status = .infeasible
    notFound.scheduleHard = 12
    notFound.steps = 20_000
    notFound.stopReason = "stepLimit"
    var proven = record(1)
    proven.status = .infeasible
    proven.scheduleHard = 3
    proven.stopReason = "provenInfeasible"
    var calendar = record(2)
    calendar.status = .infeasible
    calendar.scheduleHard = 0
    calendar.calendarHard = 4
    var budget = record(3)
    budget.status = .infeasible
    budget.scheduleHard = 0
    budget.calendarHard = 0
    #expect(notFound.verdictText == "not found within 20,000 steps")
    #expect(proven.verdictText == "proven infeasible")
    #expect(calendar.verdictText == "calendar not found within its step limit")
    #expect(budget.verdictText == "over budget")
    let html = ReportHTML.render(
      [notFound, proven, calendar, budget], manifest: manifest, total: 4)
    #expect(html.contains(">not found within 20,000 steps</a>"))
    #expect(html.contains(">proven infeasible</a>"))
    #expect(html.contains("<b>1</b> proven infeasible"))
    #expect(html.contains("<b>2</b> not found within the step limit"))
    #expect(html.contains("<b>1</b> over budget"))
    #expect(!html.contains(">infeasible<"))
  }

  @Test func chartsScaleButNotBelowReadable() {
    let html = ReportHTML.render([record(0), record(1)], manifest: manifest, total: 2)
    #expect(html.contains("svg.chart{display:block;width:100%;height:auto}"))
    let widths = matches(html, "<svg [^>]*width=\"([0-9.]+)\"").map { Double($0)! }
    let minimums = matches(html, "<svg [^>]*min-width:([0-9.]+)px").map { Double($0)! }
    #expect(widths.count == minimums.count)
    for (w, m) in zip(widths, minimums) { #expect(m <= w * 0.7 + 0.5) }
    // The scatter plots fit a 420 px phone (370 px inside the page and frame) without scrolling.
    #expect(minimums.prefix(2).allSatisfy { $0 <= 370 })
  }

  @Test func drillDownShowsTheWholeBudget() throws {
    let dir = Fixture.folder()
    try AtomicFile.write(
      SchoolJSON.encode(Fixture.elementaryTeamLeads), to: dir + "/elem.json")
    try AtomicFile.write(
      """
      {"format": "cadre-sweep/1", "name": "budget", "schools": [{"id": "e",
       "file": "elem.json"}], "stepLimit": 500, "calendarStepLimit": 0}
      """, to: dir + "/sweep.json")
    let plan = try #require(SweepPlan.load(path: dir + "/sweep.json").0)
    let r = try #require(ScenarioSolver.run(plan.scenarios[0], plan: plan))
    // The oracle: the budget calculator's own text for the same deterministic solve (the one
    // pipeline, calendar feedback rounds included).
    let spec = plan.spec
    var options = SolveOptions(
      seed: spec.seed, threads: 1, timeLimit: spec.timeLimit, stepLimit: spec.stepLimit)
    options.calendarStepLimit = spec.calendarStepLimit
    let solution = Cadre.solveSchool(
      Cadre.prepare(plan.school(of: plan.scenarios[0])), options: options)
    let schedule = try #require(solution.solved?.result.schedule)
    let budget = BudgetCalculator.report(school: solution.school, schedule: schedule).text
    #expect(budget.split(separator: "\n").count > 12)
    let html = ReportHTML.render([r], manifest: SweepManifest(plan), total: 1)
    #expect(html.contains(Markup.escape(budget)))
  }
}
