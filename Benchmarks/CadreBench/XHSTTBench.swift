import Cadre
import CadreCheck
import CadreCompiler
import CadreEngine
import CadreIO
import CadreModel
import Foundation

/// `CadreBench xhstt`: every shared XHSTT instance solved for a time limit with several seeds;
/// a Markdown table (size, result, best known, ratio) for docs/XHSTT.md.
enum XHSTTBench {
  struct Row {
    var file: String
    var instance: String
    var times: Int
    var events: Int
    var duration: Int
    var bestInfeasibility: Int
    var bestObjective: Int
  }

  static func run(args: [String]) -> Int32 {
    let data = value("data") ?? "../shared/data/xhstt"
    let limits = (value("times") ?? "10,60").split(separator: ",").compactMap { Double($0) }
    let seeds = (value("seeds") ?? "1,2,3").split(separator: ",").compactMap { UInt64($0) }
    let threads = Int(value("threads") ?? "2") ?? 2
    let only = value("instances").map { Set($0.split(separator: ",").map(String.init)) }
    guard let csv = try? String(contentsOfFile: data + "/best-known.csv", encoding: .utf8) else {
      FileHandle.standardError.write(Data("no best-known.csv in \(data)\n".utf8))
      return 66
    }
    let verbose: (@Sendable (SolveProgress) -> Void)? =
      args.contains("--verbose")
      ? { @Sendable p in print("    \(p.elapsed) \(p.phase) \(p.best) \(p.steps)") } : nil
    var rows: [Row] = []
    for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 8, let t = Int(f[2]), let e = Int(f[3]), let d = Int(f[4]) else { continue }
      // The constraint list holds no commas, so best infeasibility/objective sit at 6 and 7.
      guard let bi = Int(f[6]), let bo = Int(f[7]) else { continue }
      if let only, !only.contains(f[0]) && !only.contains(f[1]) { continue }
      rows.append(
        Row(
          file: f[0], instance: f[1], times: t, events: e, duration: d,
          bestInfeasibility: bi, bestObjective: bo))
    }
    var lines: [String] = [
      "| instance | times | events | duration | "
        + limits.map { "after \(Int($0)) s" }.joined(separator: " | ")
        + " | best known | ratio |",
      "|---|---:|---:|---:|" + limits.map { _ in "---:|" }.joined() + "---:|---:|",
    ]
    for row in rows {
      guard
        let archive = XHSTTReader.read(
          (try? Data(contentsOf: URL(fileURLWithPath: data + "/" + row.file))) ?? Data()
        ).0,
        let instance = archive.instance(id: row.instance)
      else {
        print("\(row.file): could not read")
        continue
      }
      var cells: [String] = []
      var last: (Int, Int) = (0, 0)
      for limit in limits {
        var results: [(Int, Int)] = []
        for seed in seeds {
          let r = Cadre.solveXHSTT(
            instance,
            options: SolveOptions(
              seed: seed, threads: threads, timeLimit: limit, progress: verbose))
          let checked = XEvaluator.evaluate(instance, r.timetable)
          if checked.infeasibility != r.cost.hard || checked.objective != r.cost.soft {
            print(
              "  DISAGREE \(row.file) seed \(seed): engine \(r.cost), evaluator "
                + "(\(checked.infeasibility), \(checked.objective))")
          }
          let recount = scoreHSTT(
            HSTTCompiler.compile(instance),
            subEvents: HSTTCompiler.subEvents(r.timetable, eventCount: instance.events.count))
          if Int(recount.hard) != r.cost.hard || Int(recount.soft) != r.cost.soft {
            print(
              "  RECOUNT DIFFERS \(row.file) seed \(seed): search \(r.cost), recount \(recount)")
          }
          results.append((checked.infeasibility, checked.objective))
          print(
            "  \(row.file) \(Int(limit)) s seed \(seed): (\(checked.infeasibility), "
              + "\(checked.objective)) \(r.stats.steps) steps")
        }
        results.sort { $0 < $1 }
        let median = results[results.count / 2]
        last = median
        cells.append("(\(median.0), \(median.1))")
      }
      let ratio: String
      if last.0 > 0 || row.bestInfeasibility > 0 {
        ratio = last.0 == row.bestInfeasibility && last.1 == row.bestObjective ? "1.00" : "—"
      } else if row.bestObjective == 0 {
        ratio = last.1 == 0 ? "1.00" : "∞ (best 0)"
      } else {
        ratio = String(format: "%.2f", Double(last.1) / Double(row.bestObjective))
      }
      lines.append(
        "| \(row.instance) | \(row.times) | \(row.events) | \(row.duration) | "
          + cells.joined(separator: " | ")
          + " | (\(row.bestInfeasibility), \(row.bestObjective)) | \(ratio) |")
    }
    print(lines.joined(separator: "\n"))
    if let out = value("markdown") {
      try? (lines.joined(separator: "\n") + "\n").write(
        toFile: out, atomically: true, encoding: .utf8)
    }
    return 0
  }
}
