import Cadre
import CadreCheck
import CadreModel
import Testing

/// Issue 14 item 6 end to end: a team's own number marked soft costs weight × shortfall in
/// `team-policy` and leaves the verdict alone; the same number hard breaks its rule.
@Suite struct TeamPolicyTests {
  /// Tiny school `seed` where only team1 asks for observable slots: as many a week as the week
  /// has slots, which no member can teach (each teaches a few lessons).
  func school(seed: UInt64, weight: Int?) -> School {
    var s = tinySchool(seed: seed, lessons: 5)
    s.policy.observableSlotsPerMember = 0
    s.policy.huddlesPerWeek = 0
    let slots = s.cycle.days.count * s.cycle.periods.count - s.cycle.blocked.count
    s.leadership.teams[0].policy = PolicyOverride(
      observableSlotsPerMember: PolicyNumber(slots, weight: weight))
    return s
  }

  /// Seeds whose schools the validator accepts (the CLI solves no other).
  @Test(arguments: [UInt64(1), 8, 9])
  func aSoftTeamNeedCostsItsWeightAndKeepsTheVerdict(seed: UInt64) {
    let soft = school(seed: seed, weight: 4)
    #expect(!Validator.validate(soft).contains { $0.severity == .error })
    let options = SolveOptions(seed: seed, timeLimit: nil, stepLimit: 3000)
    let result = solve(soft, options: options)
    let report = Checker.check(school: soft, schedule: result.schedule)
    #expect(result.cost == result.searchedCost(report))
    #expect(report.count("observation-window") == 0 && report.count("debrief-time") == 0)
    let weighted = report.count("team-policy")
    #expect(weighted > 0 && weighted % 4 == 0)
    #expect(report.cost.soft >= weighted)
    #expect(report.violations.filter { $0.rule == "team-policy" }.allSatisfy { !$0.hard })
    // Hard, the same need breaks observation-window.
    let hard = school(seed: seed, weight: nil)
    let again = solve(hard, options: options)
    let hardReport = Checker.check(school: hard, schedule: again.schedule)
    #expect(again.cost == again.searchedCost(hardReport))
    #expect(hardReport.count("observation-window") > 0 && !hardReport.isFeasible)
    #expect(hardReport.count("team-policy") == 0)
  }

  /// Weight 0 turns a soft need off as a cost.
  @Test func weightZeroCostsNothing() {
    let s = school(seed: 3, weight: 0)
    let result = solve(s, options: SolveOptions(seed: 3, timeLimit: nil, stepLimit: 1500))
    let report = Checker.check(school: s, schedule: result.schedule)
    #expect(report.count("team-policy") == 0 && report.count("observation-window") == 0)
    #expect(result.cost == result.searchedCost(report))
  }
}
