import CadreCalendar
import CadreCheck
import CadreGen
import CadreModel
import Testing

/// Planner versus the independent calendar checker: on generated schools with feasible master
/// schedules (the generator's witness), the cost the planner reports equals, rule by rule,
/// what CadreCheck recomputes from docs/CALENDAR.md; where the planner fits everything, the
/// checker agrees that no hard rule is broken.
@Suite struct CalendarAgreementTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var spec: GeneratorSpec
    var seed: UInt64
    var steps: Int
    /// The planner fits every hard rule here (at this seed and step limit).
    var feasible: Bool
    var testDescription: String { "\(name) seed \(seed), \(steps) steps" }
  }

  /// Small presets and step limits: the whole suite stays within a few seconds in debug.
  static let cases = [
    Case(name: "S", spec: .S, seed: 1, steps: 3_000, feasible: false),
    Case(name: "S", spec: .S, seed: 2, steps: 1_500, feasible: false),
    Case(name: "smallABWeek", spec: .smallABWeek, seed: 1, steps: 3_000, feasible: true),
    Case(name: "smallABWeek", spec: .smallABWeek, seed: 5, steps: 800, feasible: false),
    Case(
      name: "typicalElementary", spec: .typicalElementary, seed: 1, steps: 2_000, feasible: true),
    Case(name: "denverTeamLeads", spec: .denverTeamLeads, seed: 1, steps: 2_000, feasible: false),
    Case(
      name: "greenDotSecondary", spec: .greenDotSecondary, seed: 3, steps: 2_000, feasible: false),
  ]

  func planned(_ c: Case) -> (School, Schedule, PlanResult) {
    let (school, schedule) = SchoolGenerator.generateWithWitness(c.spec, seed: c.seed)
    let plan = CoachingPlanner.plan(
      school: school, schedule: schedule, options: PlanOptions(seed: c.seed, stepLimit: c.steps))
    return (school, schedule, plan)
  }

  @Test(arguments: cases)
  func plannerAndCheckerAgree(_ c: Case) {
    let (school, schedule, plan) = planned(c)
    let report = CalendarChecker.check(school: school, schedule: schedule, calendar: plan.calendar)
    #expect(report.cost == plan.cost)
    #expect(plan.costByRule.map(\.rule.rawValue) == report.countsByRule.map(\.rule))
    for row in plan.costByRule {
      let checker = report.count(row.rule.rawValue)
      #expect(
        checker == row.count, "\(row.rule.rawValue): planner \(row.count), checker \(checker)")
    }
    // Guarantees of docs/CALENDAR.md section 5: these rules are never broken by the planner.
    for rule in [
      "not-school-day", "unknown-period", "event-people", "event-times", "observation-not-teaching",
      "observation-blackout", "leader-day-max", "debrief-orphan", "huddle-same-day", "person-busy",
      "person-clash",
    ] {
      #expect(report.count(rule) == 0, "\(rule)")
    }
    if c.feasible {
      #expect(report.cost.hard == 0, "\(report.text)")
    }
  }

  /// Mutations of a planned calendar move the checker's counts by exactly what the rules say.
  @Test func removingADebriefOrDoublingAnEventIsSeen() throws {
    let c = Self.cases[2]
    let (school, schedule, plan) = planned(c)
    let base = CalendarChecker.check(school: school, schedule: schedule, calendar: plan.calendar)
    let events = plan.calendar.events
    let debrief = try #require(events.firstIndex { $0.kind == .debrief })
    var withoutDebrief = events
    withoutDebrief.remove(at: debrief)
    let missing = CalendarChecker.check(
      school: school, schedule: schedule, calendar: CoachingCalendar(events: withoutDebrief))
    #expect(missing.count("debrief-missing") == base.count("debrief-missing") + 1)

    let huddle = try #require(events.firstIndex { $0.kind == .huddle })
    var doubled = events
    var copy = events[huddle]
    copy.id += "-copy"
    doubled.append(copy)
    let clash = CalendarChecker.check(
      school: school, schedule: schedule, calendar: CoachingCalendar(events: doubled))
    // The leader and every member are in two events at once; the team huddles twice a day.
    #expect(clash.count("person-clash") == 1 + Set(copy.teachers).count)
    #expect(clash.count("huddle-same-day") == 1)
  }
}
