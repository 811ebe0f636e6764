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

  /// Each team's own numbers (issue 14 item 6): alternate teams get more or fewer
  /// observations, their own huddles and one-on-ones, some marked soft. The planner and the
  /// checker agree rule by rule, soft quotas count in `team-policy` and never in `hard`, and a
  /// team whose quota fits gets exactly its own quota.
  @Test(arguments: [cases[2], cases[4], cases[5]])
  func teamPoliciesAgree(_ c: Case) {
    let generated = SchoolGenerator.generateWithWitness(c.spec, seed: c.seed)
    var school = generated.0
    let schedule = generated.1
    for (i, team) in school.leadership.teams.enumerated() where i % 2 == 0 {
      // A veteran team: one formal and two spot visits a year, soft every third team.
      let weight: Int? = i % 3 == 0 ? 7 : nil
      var own = team.policy ?? PolicyOverride()
      own.observations = [
        ObservationQuota(kind: .formal, perYear: 1, weight: weight),
        ObservationQuota(kind: .spot, perYear: 2, weight: weight),
      ]
      own.huddlesPerWeek = PolicyNumber(1)
      own.oneOnOnesPerMonth = PolicyNumber(1)
      school.leadership.teams[i].policy = own
    }
    // Bigger asks for the others' role (new teachers' teams), over the school's policy.
    if !school.leadership.roles.isEmpty {
      school.leadership.roles[0].policy = PolicyOverride(
        observations: [ObservationQuota(kind: .spot, perYear: 30, weight: 3)])
    }
    let plan = CoachingPlanner.plan(
      school: school, schedule: schedule, options: PlanOptions(seed: c.seed, stepLimit: c.steps))
    let report = CalendarChecker.check(school: school, schedule: schedule, calendar: plan.calendar)
    #expect(report.cost == plan.cost)
    for row in plan.costByRule {
      let checker = report.count(row.rule.rawValue)
      #expect(
        checker == row.count, "\(row.rule.rawValue): planner \(row.count), checker \(checker)")
    }
    #expect(report.violations.filter { $0.rule == "team-policy" }.allSatisfy { !$0.hard })
    // A veteran team's member with no quota shortfall has exactly 1 formal and 2 spot visits.
    let short = Set(
      report.violations.filter { $0.rule == "observation-quota" || $0.rule == "team-policy" }
        .compactMap { $0.message.split(separator: " ").first.map(String.init) })
    for (i, team) in school.leadership.teams.enumerated() where i % 2 == 0 {
      for member in team.members where !short.contains(member.raw) {
        let mine = plan.calendar.events.filter { $0.teachers.first == member && $0.team == team.id }
        let formal = mine.filter { $0.kind == .formalObservation }.count
        let spot = mine.filter { $0.kind == .spotObservation }.count
        // A member listed twice belongs to the first team; skip those with no events of it.
        guard formal + spot > 0 else { continue }
        #expect(formal == 1 && spot == 2, "\(member.raw) of \(team.id.raw)")
      }
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
