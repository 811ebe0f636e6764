import Cadre
import CadreGen
import CadreModel
import Foundation

/// `CadreBench general [--sizes S,M,L,XL] [--steps N] [--seed N]`: the same generated school
/// on the specialised school engine and on the general (XHSTT) engine, at the same step
/// budget, to measure the gap the one-engine work (docs/ENGINE.md) has to close.
///
/// The school engine solves the school (choosing teachers and rooms as well). The school is
/// then exported as an XHSTT instance with those teachers and rooms preassigned (the general
/// engine cannot assign resources yet), and the general engine re-times it from scratch.
/// Both timetables are scored on the exported rules only: the school's by the checker (its
/// count × weight per exported rule), the general engine's by the XHSTT evaluator.
enum GeneralBench {
  static func run(args: [String]) -> Int32 {
    let sizes = (value("sizes") ?? "S,M,L,XL").split(separator: ",").map(String.init)
    let steps = Int(value("steps") ?? "2000000") ?? 2_000_000
    let seed = UInt64(value("seed") ?? "1") ?? 1
    print("size | engine | hard | soft (exported rules) | first feasible (steps) | moves/s")
    print("--- | --- | ---: | ---: | ---: | ---:")
    for size in sizes {
      guard let gen = spec(named: size) else { continue }
      let school = SchoolGenerator.generate(gen, seed: seed)
      let options = SolveOptions(seed: seed, threads: 1, timeLimit: nil, stepLimit: steps)
      let own = solve(school, options: options)
      let exported = exportXHSTT(school, schedule: own.schedule)
      guard let scored = exported.solution else { continue }
      let ownHard = scored.rules.filter(\.required).reduce(0) { $0 + $1.checker }
      let ownSoft = scored.rules.filter { !$0.required }.reduce(0) { $0 + $1.checker }
      row(size, "school", ownHard, ownSoft, own.stats)
      let general = solveXHSTT(exported.export.instance, options: options)
      let report = evaluateXHSTT(exported.export.instance, general.timetable)
      row(size, "general", report.infeasibility, report.objective, general.stats)
    }
    return 0
  }

  static func row(_ size: String, _ engine: String, _ hard: Int, _ soft: Int, _ s: SolveStats) {
    let first = s.firstFeasibleSteps.map(String.init) ?? "-"
    print("\(size) | \(engine) | \(hard) | \(soft) | \(first) | \(Int(s.movesPerSecond))")
  }
}
