import Cadre
import CadreCheck
import CadreModel
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opt-in timing report (`CADRE_TIMING=1 swift test -c release --filter TimingReport`): prints
/// time to the first hard-feasible schedule on planted schools; asserts only correctness.
@Suite(.enabled(if: Environment.timing)) struct TimingReport {
  @Test(arguments: [
    (35, 24, 7), (57, 36, 7), (87, 60, 8), (142, 100, 8), (40, 40, 7), (100, 100, 8),
  ])
  func firstFeasible(size: (Int, Int, Int)) {
    let school = plantedSchool(seed: 1, teachers: size.0, classes: size.1, periods: size.2)
    let meetings = school.lessons.reduce(0) { $0 + $1.meetings }
    let result = solve(
      school, options: SolveOptions(timeLimit: 20, target: HardSoft(hard: 0, soft: .max)))
    let report = Checker.check(school: school, schedule: result.schedule)
    print(
      "timing \(size.0) teachers \(size.1) classes \(meetings) meetings: "
        + "first feasible \(result.stats.firstFeasibleSeconds.map { String($0) } ?? "none") s, "
        + "steps \(result.stats.firstFeasibleSteps ?? -1), construction complete "
        + "\(result.stats.constructionComplete), cost \(result.cost), "
        + "\(Int(result.stats.movesPerSecond)) steps/s")
    #expect(report.cost == result.cost)
  }
}

enum Environment {
  static var timing: Bool {
    guard let value = getenv("CADRE_TIMING") else { return false }
    return String(cString: value) == "1"
  }
}
