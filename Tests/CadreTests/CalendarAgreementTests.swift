import CadreCalendar
import CadreCheck
import CadreGen
import CadreModel
import Testing

/// Planner versus the independent calendar checker: on generated schools with feasible master
/// schedules, the cost the planner reports equals, rule by rule, what CadreCheck computes from
/// docs/CALENDAR.md, and the hard count is 0.
@Suite struct CalendarAgreementTests {
  static let cases: [(name: String, spec: GeneratorSpec, seed: UInt64, steps: Int)] = [
    ("S", .S, 1, 3_000),
    ("S", .S, 2, 1_500),
    ("smallABWeek", .smallABWeek, 1, 3_000),
    ("smallABWeek", .smallABWeek, 5, 800),
    ("denverTeamLeads", .denverTeamLeads, 1, 2_000),
    ("greenDotSecondary", .greenDotSecondary, 3, 2_000),
  ]

  @Test(arguments: cases.indices)
  func plannerAndCheckerAgree(_ index: Int) {
    let (name, spec, seed, steps) = Self.cases[index]
    let (school, schedule) = SchoolGenerator.generateWithWitness(spec, seed: seed)
    let plan = CoachingPlanner.plan(
      school: school, schedule: schedule, options: PlanOptions(seed: seed, stepLimit: steps))
    let report = CalendarChecker.check(
      school: school, schedule: schedule, calendar: plan.calendar)
    #expect(report.cost == plan.cost, "\(name) seed \(seed)")
    for row in plan.costByRule where report.count(row.rule.rawValue) != row.count {
      let checker = report.count(row.rule.rawValue)
      Issue.record("\(name) seed \(seed): \(row.rule.rawValue) planner \(row.count), checker \(checker)")
    }
    #expect(report.cost.hard == 0, "\(name) seed \(seed)\n\(report.text)")
  }
}
