import Cadre
import CadreCheck
import CadreGen
import CadreModel
import Foundation

/// One measured solve in this process, printed as one JSON line. Run as a child process so
/// that peak memory (max RSS) belongs to this solve alone.
enum BenchOne {
  static func run(args: [String]) -> Int32 {
    guard let size = value("size"), let gen = spec(named: size) else {
      FileHandle.standardError.write(Data("one: --size S|M|L|XL required\n".utf8))
      return 64
    }
    let seed = UInt64(value("seed") ?? "1") ?? 1
    let school = SchoolGenerator.generate(gen, seed: seed)
    var options = SolveOptions()
    options.seed = seed
    options.threads = Int(value("threads") ?? "1") ?? 1
    options.timeLimit = Double(value("time") ?? "10") ?? 10
    if let s = value("steps") { options.stepLimit = Int(s) }
    if value("stop-at-feasible") != nil { options.target = HardSoft(hard: 0, soft: Int.max) }
    if let name = value("engine") {
      guard let engine = SearchEngine(rawValue: name) else {
        FileHandle.standardError.write(Data("one: --engine general|school, got \(name)\n".utf8))
        return 64
      }
      options.engine = engine
    }
    let result = solve(school, options: options)
    let check = Checker.check(school: school, schedule: result.schedule)
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    // The engine's non-zero counts per rule (the checker's too when engineAgrees: on the rules
    // the engine searched, `SolveResult.searchedCost`).
    let rules = result.costByRule.filter { $0.count != 0 }.map { "\"\($0.rule)\":\($0.count)" }
    let meetings = school.lessons.reduce(0) { $0 + $1.meetings }
    let fields: [String] = [
      "\"size\":\"\(size)\"", "\"seed\":\(seed)", "\"teachers\":\(school.teachers.count)",
      "\"classes\":\(school.classes.count)", "\"meetings\":\(meetings)",
      "\"hard\":\(check.cost.hard)", "\"soft\":\(check.cost.soft)",
      "\"engineAgrees\":\(result.searchedCost(check) == result.cost)",
      "\"steps\":\(result.stats.steps)", "\"seconds\":\(result.stats.elapsed)",
      "\"firstFeasibleSeconds\":\(result.stats.firstFeasibleSeconds.map { "\($0)" } ?? "null")",
      "\"firstFeasibleSteps\":\(result.stats.firstFeasibleSteps.map { "\($0)" } ?? "null")",
      "\"movesPerSecond\":\(result.stats.movesPerSecond)",
      "\"stopReason\":\"\(result.stopReason.rawValue)\"",
      "\"peakMB\":\(Double(usage.ru_maxrss) / 1024)",
      "\"rules\":{" + rules.joined(separator: ",") + "}",
    ]
    print("{" + fields.joined(separator: ",") + "}")
    return 0
  }
}
