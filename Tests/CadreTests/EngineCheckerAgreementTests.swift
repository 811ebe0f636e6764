import Cadre
import CadreCheck
import CadreModel
import Testing

/// Engine versus the independent checker: on seeded random small schools, the cost the engine
/// reports equals, rule by rule, what CadreCheck computes from docs/RULES.md.
@Suite struct EngineCheckerAgreementTests {
  func expectAgreement(_ school: School, _ result: SolveResult, previous: Schedule? = nil) {
    let report = Checker.check(school: school, schedule: result.schedule, previous: previous)
    #expect(result.cost == report.cost)
    for (rule, count) in result.costByRule where report.count(rule) != count {
      Issue.record("\(rule): engine \(count), checker \(report.count(rule))")
    }
  }

  @Test(arguments: Array(UInt64(1)...150))
  func solvedScheduleCostsAgree(seed: UInt64) {
    let school = tinySchool(seed: seed, lessons: 4 + Int(seed % 6))
    let options = SolveOptions(seed: seed, timeLimit: nil, stepLimit: 1500 + Int(seed % 7) * 300)
    expectAgreement(school, solve(school, options: options))
  }

  @Test(arguments: Array(UInt64(200)...240))
  func partialSchedulesAgree(seed: UInt64) {
    // A step limit too small to place everything leaves unplaced meetings.
    let school = tinySchool(seed: seed, lessons: 8)
    expectAgreement(school, solve(school, options: SolveOptions(timeLimit: nil, stepLimit: 25)))
  }

  /// Every soft rule required by some seed: the engine counts it in `hard` exactly as the
  /// checker does (debug builds also recount the engine's totals as it searches).
  @Test(arguments: Array(UInt64(400)...470))
  func requiredSoftRulesAgree(seed: UInt64) {
    var school = tinySchool(seed: seed, lessons: 4 + Int(seed % 5))
    let rules = SoftRule.allCases
    school.weights.required = [rules[Int(seed) % rules.count], rules[Int(seed / 7) % rules.count]]
    let first = solve(school, options: SolveOptions(seed: seed, timeLimit: nil, stepLimit: 2000))
    expectAgreement(school, first)
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
    expectAgreement(school, solve(school, options: options), previous: previous)
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
    expectAgreement(school, solve(school, options: options), previous: previous)
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
  /// sits inside a class's full day: only a wider rearrangement fits) starts over from scratch
  /// and ends without hard cost, as a solve from scratch does.
  @Test func aStuckResolveStartsOverAndFindsASchedule() throws {
    var school = try XHSTTExportTests.sample("denver-team-leads.json")
    let first = solve(school, options: SolveOptions(timeLimit: nil, stepLimit: 200_000))
    #expect(Checker.check(school: school, schedule: first.schedule).cost.hard == 0)
    let t = try #require(school.teachers.firstIndex { $0.id == "T12" })
    school.teachers[t].unavailable.append(SlotRef(day: "Wed", period: "P3"))
    let again = solve(
      school,
      options: SolveOptions(timeLimit: nil, stepLimit: 200_000, previous: first.schedule))
    let report = Checker.check(school: school, schedule: again.schedule, previous: first.schedule)
    #expect(report.cost.hard == 0, "\(report.text.prefix(400))")
    #expect(report.cost == again.cost)
  }
}
