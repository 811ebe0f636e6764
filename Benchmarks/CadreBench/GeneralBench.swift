import Cadre
import CadreCheck
import CadreCompiler
import CadreGen
import CadreModel
import Foundation

/// `CadreBench general [--sizes S,M,L,XL] [--steps N] [--seed N] [--rules]`: the same
/// generated school on the specialised school engine and on the general (XHSTT) engine, at the
/// same step budget, to measure the gap the one-engine work (docs/ENGINE.md) has to close.
///
/// The school engine solves the school (choosing teachers and rooms as well). The general
/// engine then re-times it from scratch, with those teachers and rooms preassigned, twice:
/// - `general (XHSTT)`: the school's XHSTT export alone; both timetables scored on the
///   exported rules only (the school's by the checker, count × weight per exported rule; the
///   general engine's by the XHSTT evaluator);
/// - `general (school)`: the school compiled into the general model (`SchoolGeneralCompiler`:
///   the export plus the observation-window and debrief-time patterns); both timetables judged
///   by the school checker on every rule (`all rules` columns), those the model leaves out
///   included.
/// - `general (school, open)`: the same, with nothing preassigned: the general engine chooses
///   each lesson's teacher and room as well (open roles), as the school engine does.
/// `--rules` lists each rule's cost where any run's is non-zero.
enum GeneralBench {
  static func run(args: [String]) -> Int32 {
    let sizes = (value("sizes") ?? "S,M,L,XL").split(separator: ",").map(String.init)
    let steps = Int(value("steps") ?? "2000000") ?? 2_000_000
    let seed = UInt64(value("seed") ?? "1") ?? 1
    print(
      "size | engine | hard | soft (exported rules) | hard, soft (all rules) "
        + "| first feasible (steps) | moves/s")
    print("--- | --- | ---: | ---: | ---: | ---: | ---:")
    for size in sizes {
      guard let gen = spec(named: size) else { continue }
      let school = SchoolGenerator.generate(gen, seed: seed)
      let options = SolveOptions(seed: seed, threads: 1, timeLimit: nil, stepLimit: steps)
      let own = solve(school, options: options)
      let exported = exportXHSTT(school, schedule: own.schedule)
      guard let scored = exported.solution else { continue }
      let ownHard = scored.rules.filter(\.required).reduce(0) { $0 + $1.checker }
      let ownSoft = scored.rules.filter { !$0.required }.reduce(0) { $0 + $1.checker }
      let ownCheck = Checker.check(school: school, schedule: own.schedule)
      row(size, "school", "\(ownHard) | \(ownSoft)", ownCheck.cost, own.stats)
      let general = solveXHSTT(exported.export.instance, options: options)
      let report = evaluateXHSTT(exported.export.instance, general.timetable)
      let generalCheck = Checker.check(
        school: school,
        schedule: exported.export.schedule(from: general.timetable, school: school))
      row(
        size, "general (XHSTT)", "\(report.infeasibility) | \(report.objective)",
        generalCheck.cost, general.stats)
      let teams = solveSchoolOnGeneralEngine(
        school, assignments: own.schedule, options: options)
      row(size, "general (school)", "- | -", teams.check.cost, teams.stats)
      if args.contains("--rules") {
        print(
          "  general (school), own score \(teams.engineCost), checker \(teams.checkedCost) (rules it wholly holds)"
        )
      }
      let open = solveSchoolOnGeneralEngine(school, options: options)
      row(size, "general (school, open)", "- | -", open.check.cost, open.stats)
      if args.contains("--rules") {
        print("  general (school, open), own score \(open.engineCost), checker \(open.checkedCost)")
        rules(own: ownCheck, xhstt: generalCheck, school: teams.check, open: open.check)
      }
    }
    return 0
  }

  /// Each rule's count × weight by the checker on the three timetables, where any is non-zero.
  static func rules(own: CheckReport, xhstt: CheckReport, school: CheckReport, open: CheckReport) {
    for (i, r) in own.countsByRule.enumerated() {
      let x = xhstt.countsByRule[i].weighted
      let s = school.countsByRule[i].weighted
      let o = open.countsByRule[i].weighted
      guard r.weighted != 0 || x != 0 || s != 0 || o != 0 else { continue }
      print(
        "  \(r.rule)\(r.hard ? " (hard)" : ""): school \(r.weighted), general (XHSTT) \(x), "
          + "general (school) \(s), open \(o)")
    }
  }

  static func row(
    _ size: String, _ engine: String, _ exported: String, _ all: HardSoft, _ s: SolveStats
  ) {
    let first = s.firstFeasibleSteps.map(String.init) ?? "-"
    print(
      "\(size) | \(engine) | \(exported) | \(all.hard), \(all.soft) | \(first) "
        + "| \(Int(s.movesPerSecond))")
  }
}
