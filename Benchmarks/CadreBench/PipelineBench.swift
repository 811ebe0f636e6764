import Cadre
import CadreIO
import CadreModel
import Foundation

/// `CadreBench pipeline [--samples Samples] [--steps N] [--time T] [--seed S]`: every bundled
/// sample through the one pipeline `cadre solve` runs (`Cadre.solveSchool`: schedule, check,
/// calendar, check, budget, verdict, and the calendar feedback's rounds), with the time of each
/// stage summed over the rounds. Without `--steps`, the default time limit (10 s) applies, as
/// for `cadre solve`.
enum PipelineBench {
  static func run(args: [String]) -> Int32 {
    let folder = value("samples") ?? "Samples"
    let steps = value("steps").flatMap { Int($0) }
    let time = value("time").flatMap { Double($0) } ?? (steps == nil ? 10 : nil)
    let seed = value("seed").flatMap { UInt64($0) } ?? 1
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
    print(
      "sample | verdict | schedule (hard, soft) | rounds (kept) | search s | calendar s | whole s")
    print("--- | --- | --- | ---: | ---: | ---: | ---:")
    for file in files {
      guard let bytes = try? AtomicFile.readBytes(folder + "/" + file),
        let school = SchoolJSON.decode(bytes: bytes).0
      else { continue }
      let clock = ContinuousClock()
      let began = clock.now
      let options = SolveOptions(seed: seed, threads: 1, timeLimit: time, stepLimit: steps)
      let solution = Cadre.solveSchool(Cadre.prepare(school), options: options)
      let d = began.duration(to: clock.now)
      let whole = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
      let cost = solution.solved.map { "(\($0.report.cost.hard), \($0.report.cost.soft))" }
      let rounds = solution.solved?.calendar?.rounds ?? []
      let searchSeconds =
        rounds.isEmpty
        ? solution.solved?.result.stats.elapsed : rounds.reduce(0) { $0 + $1.searchSeconds }
      let search = searchSeconds.map { NumberText.fixed($0, digits: 2) }
      let calendarSeconds =
        rounds.isEmpty
        ? solution.solved?.calendar?.plan.stats.seconds
        : rounds.reduce(0) { $0 + $1.calendarSeconds }
      let calendar = calendarSeconds.map { NumberText.fixed($0, digits: 2) }
      let kept = solution.solved?.calendar.map { "\($0.rounds.count) (\($0.keptRound))" }
      print(
        "\(file) | \(solution.verdict.rawValue) | \(cost ?? "-") | \(kept ?? "-") | "
          + "\(search ?? "-") | \(calendar ?? "-") | \(NumberText.fixed(whole, digits: 2))")
    }
    return 0
  }
}
