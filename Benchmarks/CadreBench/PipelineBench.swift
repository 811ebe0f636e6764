import Cadre
import CadreIO
import CadreModel
import Foundation

/// `CadreBench pipeline [--samples Samples] [--steps N] [--time T]`: every bundled sample through
/// the one pipeline `cadre solve` runs (`Cadre.solveSchool`: schedule, check, calendar, check,
/// budget, verdict), with the time of each stage. Without `--steps`, the default time limit
/// (10 s) applies, as for `cadre solve`.
enum PipelineBench {
  static func run(args: [String]) -> Int32 {
    let folder = value("samples") ?? "Samples"
    let steps = value("steps").flatMap { Int($0) }
    let time = value("time").flatMap { Double($0) } ?? (steps == nil ? 10 : nil)
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
    print("sample | verdict | schedule (hard, soft) | search s | calendar s | whole s")
    print("--- | --- | --- | ---: | ---: | ---:")
    for file in files {
      guard let bytes = try? AtomicFile.readBytes(folder + "/" + file),
        let school = SchoolJSON.decode(bytes: bytes).0
      else { continue }
      let clock = ContinuousClock()
      let began = clock.now
      let options = SolveOptions(seed: 1, threads: 1, timeLimit: time, stepLimit: steps)
      let solution = Cadre.solveSchool(Cadre.prepare(school), options: options)
      let d = began.duration(to: clock.now)
      let whole = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
      let cost = solution.solved.map { "(\($0.report.cost.hard), \($0.report.cost.soft))" }
      let search = solution.solved.map { NumberText.fixed($0.result.stats.elapsed, digits: 2) }
      let calendar = solution.solved?.calendar.map {
        NumberText.fixed($0.plan.stats.seconds, digits: 2)
      }
      print(
        "\(file) | \(solution.verdict.rawValue) | \(cost ?? "-") | \(search ?? "-") | "
          + "\(calendar ?? "-") | \(NumberText.fixed(whole, digits: 2))")
    }
    return 0
  }
}
