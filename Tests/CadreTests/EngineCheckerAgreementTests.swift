import Cadre
import CadreCheck
import CadreEngine
import CadreModel
import Testing

/// Engine versus the independent checker: on seeded random small schools, the cost the engine
/// reports equals, rule by rule, what CadreCheck computes from docs/RULES.md. Every third seed
/// also runs the general engine (issue 12) on the schools the validator accepts: its cost
/// equals the checker's on the rules it searched (`SolveResult.notSearched` names those its
/// model holds in part, and on a timetable with clashes or a double lesson past its day's
/// end those whose XHSTT form then counts otherwise), rule by rule.
@Suite struct EngineCheckerAgreementTests {
  func expectAgreement(_ school: School, _ result: SolveResult, previous: Schedule? = nil) {
    let report = Checker.check(school: school, schedule: result.schedule, previous: previous)
    #expect(result.cost == result.searchedCost(report))
    for (rule, count) in result.costByRule
    where report.count(rule) != count && !result.notSearched.contains(rule) {
      Issue.record("\(rule): engine \(count), checker \(report.count(rule))")
    }
  }

  /// Solves `school` and checks the agreement when the validator accepts the school (the
  /// pipeline never searches a school it refuses). Returns the result.
  @discardableResult
  func agree(_ school: School, _ options: SolveOptions, previous: Schedule? = nil) -> SolveResult {
    let result = solve(school, options: options)
    if !Validator.validate(school).contains(where: { $0.severity == .error }) {
      expectAgreement(school, result, previous: previous)
    }
    return result
  }

  @Test(arguments: Array(UInt64(1)...150))
  func solvedScheduleCostsAgree(seed: UInt64) {
    let school = tinySchool(seed: seed, lessons: 4 + Int(seed % 6))
    let options = SolveOptions(seed: seed, timeLimit: nil, stepLimit: 1500 + Int(seed % 7) * 300)
    agree(school, options)
  }

  @Test(arguments: Array(UInt64(200)...240))
  func partialSchedulesAgree(seed: UInt64) {
    // A step limit too small to place everything leaves unplaced meetings.
    let school = tinySchool(seed: seed, lessons: 8)
    agree(school, SolveOptions(timeLimit: nil, stepLimit: 25))
  }

  /// Every soft rule required by some seed: the engine counts it in `hard` exactly as the
  /// checker does (debug builds also recount the engine's totals as it searches).
  @Test(arguments: Array(UInt64(400)...470))
  func requiredSoftRulesAgree(seed: UInt64) {
    var school = tinySchool(seed: seed, lessons: 4 + Int(seed % 5))
    let rules = SoftRule.allCases
    school.weights.required = [rules[Int(seed) % rules.count], rules[Int(seed / 7) % rules.count]]
    let first = agree(
      school, SolveOptions(seed: seed, timeLimit: nil, stepLimit: 2000))
    let report = Checker.check(school: school, schedule: first.schedule)
    for rule in school.weights.required {
      let row = report.countsByRule.first { $0.rule == rule.code }
      #expect(row?.hard == true && row?.weighted == row?.count)
    }
    // And on a re-solve, where `moved` can count.
    var previous = first.schedule
    if previous.meetings.count > 2 { previous.meetings[0].start = nil }
    school.weights.required.insert(.moved)
    let options = SolveOptions(
      seed: seed + 1, timeLimit: nil, stepLimit: 1200, previous: previous)
    agree(school, options, previous: previous)
  }

  /// Per-team and per-role numbers (issue 14 item 6), hard or soft with a weight: the engine
  /// counts each team's own huddles and observable slots exactly as the checker does, hard
  /// shortfalls in their rules and soft ones weighted in `team-policy`.
  @Test(arguments: Array(UInt64(500)...580))
  func teamPoliciesAgree(seed: UInt64) {
    let school = withTeamPolicies(tinySchool(seed: seed, lessons: 4 + Int(seed % 6)), seed: seed)
    let options = SolveOptions(seed: seed, timeLimit: nil, stepLimit: 1200 + Int(seed % 5) * 300)
    let result = agree(school, options)
    // A soft-marked shortfall never makes the verdict fail by itself.
    let report = Checker.check(school: school, schedule: result.schedule)
    let soft = report.violations.filter { $0.rule == "team-policy" }
    #expect(soft.allSatisfy { !$0.hard })
  }

  /// One leader's two teams competing for the same week, each wanting 3 huddles, one or both
  /// soft with different weights: the engine's weighted matching (hard first, heaviest first)
  /// and the checker's prefix flows find the same least weighted shortfall. Over the seeds,
  /// some soft huddle shortfall must actually be counted.
  @Test func sharedLeaderSoftHuddlesAgree() {
    var softHuddles = 0
    for seed in UInt64(600)...640 {
      var s = tinySchool(seed: seed, lessons: 3 + Int(seed % 4))
      var rng = SplitMix64(seed: seed ^ 0x4D1)
      s.policy.observableSlotsPerMember = 0
      s.leadership.teams[1].leader = s.leadership.teams[0].leader
      s.leadership.teams[1].members = [s.teachers[s.teachers.count - 1].id]
      let first: PolicyNumber = rng.chance(50) ? PolicyNumber(3) : PolicyNumber(3, weight: 2)
      s.leadership.teams[0].policy = PolicyOverride(huddlesPerWeek: first)
      s.leadership.teams[1].policy = PolicyOverride(
        huddlesPerWeek: PolicyNumber(3, weight: 1 + rng.below(6)))
      let result = agree(
        s, SolveOptions(seed: seed, timeLimit: nil, stepLimit: 900))
      let report = Checker.check(school: s, schedule: result.schedule)
      softHuddles +=
        report.violations.filter {
          $0.rule == "team-policy" && $0.message.contains("huddle")
        }.count
    }
    #expect(softHuddles > 0)
  }

  /// A seeded mix of overrides on the roles and the teams of a tiny school: each number absent,
  /// hard, or soft with a weight of 0 to 6.
  func withTeamPolicies(_ school: School, seed: UInt64) -> School {
    var rng = SplitMix64(seed: seed ^ 0x7EA4)
    func number() -> PolicyNumber? {
      switch rng.below(3) {
      case 0: nil
      case 1: PolicyNumber(rng.below(3))
      default: PolicyNumber(rng.below(3), weight: rng.below(7))
      }
    }
    func override() -> PolicyOverride? {
      rng.chance(30)
        ? nil : PolicyOverride(observableSlotsPerMember: number(), huddlesPerWeek: number())
    }
    var s = school
    for i in s.leadership.roles.indices { s.leadership.roles[i].policy = override() }
    for i in s.leadership.teams.indices { s.leadership.teams[i].policy = override() }
    // Half the time both teams share one leader, so the matching weighs them against each other.
    if rng.chance(50) { s.leadership.teams[1].leader = s.leadership.teams[0].leader }
    return s
  }

  @Test(arguments: Array(UInt64(300)...340))
  func resolveCostsAgree(seed: UInt64) {
    let school = tinySchool(seed: seed, lessons: 6)
    let first = solve(school, options: SolveOptions(seed: seed, timeLimit: nil, stepLimit: 800))
    // Perturb the previous schedule: drop one meeting, unplace one, change a teacher.
    var previous = first.schedule
    if previous.meetings.count > 3 {
      previous.meetings.removeFirst()
      previous.meetings[0].start = nil
      previous.meetings[1].teacher = TeacherID("T0")
    }
    let options = SolveOptions(
      seed: seed + 1, timeLimit: nil, stepLimit: 1200, previous: previous)
    agree(school, options, previous: previous)
  }

  /// A re-solve of an unchanged school starts from the previous schedule as it was: nothing
  /// moves (the checker's `moved` is 0) and the cost is the previous one. Seeding meeting by
  /// meeting once let a lesson's teacher flip (a partial timetable made another candidate look
  /// cheaper) and its other meetings follow.
  @Test func resolvingAnUnchangedSampleMovesNothing() throws {
    let school = try XHSTTExportTests.sample("small-ab-week.json")
    let first = solve(school, options: SolveOptions(timeLimit: nil, stepLimit: 20000))
    let again = solve(
      school, options: SolveOptions(timeLimit: nil, stepLimit: 1, previous: first.schedule))
    let report = Checker.check(school: school, schedule: again.schedule, previous: first.schedule)
    #expect(report.count("moved") == 0)
    #expect(report.cost == Checker.check(school: school, schedule: first.schedule).cost)
  }

  /// A re-solve whose previous schedule the change leaves stuck (T12's new unavailable period
  /// sits inside a class's full day: only a wider rearrangement fits) ends without hard cost,
  /// as a solve from scratch does.
  @Test func aStuckResolveStartsOverAndFindsASchedule() throws {
    var school = try XHSTTExportTests.sample("denver-team-leads.json")
    var options = SolveOptions(timeLimit: nil, stepLimit: 200_000)
    let first = solve(school, options: options)
    #expect(Checker.check(school: school, schedule: first.schedule).cost.hard == 0)
    let t = try #require(school.teachers.firstIndex { $0.id == "T12" })
    school.teachers[t].unavailable.append(SlotRef(day: "Wed", period: "P3"))
    options.previous = first.schedule
    let again = solve(school, options: options)
    let report = Checker.check(school: school, schedule: again.schedule, previous: first.schedule)
    #expect(report.cost.hard == 0, "\(report.text.prefix(400))")
    #expect(again.searchedCost(report) == again.cost)
  }
}
