import CadreCheck
import CadreCompiler
import CadreModel
import Foundation
import Synchronization
import Testing

@testable import CadreEngine

/// A portfolio racing to its target (`TargetRace`): the run that reaches the target in the
/// fewest steps wins, the others stop once past that many steps, and the result (steps
/// included) does not depend on which thread ran faster.
@Suite struct PortfolioRaceTests {
  struct Run: PortfolioOutcome {
    var cost: Cost
    var seed: UInt64
    var steps: Int
    var reachedTarget: Bool
  }

  /// A run that reaches its target after `targetAt` steps (never when nil), spending its budget
  /// through a `StepMeter` as the searches do.
  static func run(seed: UInt64, targetAt: Int?, budget: SearchBudget) -> Run {
    var meter = StepMeter(budget: budget, isCancelled: nil, progress: nil)
    while true {
      switch meter.tick() {
      case .stopped:
        return Run(
          cost: Cost(hard: 1, soft: 0), seed: seed, steps: meter.steps, reachedTarget: false)
      case .checkpoint:
        if !meter.checkpoint(best: .worst, phase: "test") {
          return Run(
            cost: Cost(hard: 1, soft: 0), seed: seed, steps: meter.steps, reachedTarget: false)
        }
      case .go: break
      }
      if let targetAt, meter.steps == targetAt {
        return Run(cost: .zero, seed: seed, steps: targetAt, reachedTarget: true)
      }
    }
  }

  /// Seeds 1, 2, 3 reach the target after 300,000 and 40,000 steps, and never; the step limit
  /// (two billion, seconds of ticks) is far beyond the steps of a run the race stops.
  static func race(_ shared: TargetRace?, stopped: borrowing Mutex<[UInt64: Int]>) -> Run {
    var limited = SearchBudget(timeLimit: nil, stepLimit: 2_000_000_000)
    limited.race = shared
    let budget = limited
    let targets: [UInt64: Int] = [1: 300_000, 2: 40_000]
    return portfolio(threads: 3, seed: 1, race: shared) { seed, _ in
      let outcome = run(seed: seed, targetAt: targets[seed], budget: budget)
      stopped.withLock { $0[seed] = outcome.steps }
      return outcome
    }
  }

  @Test func theFewestStepsToTheTargetWinAndTheOthersStop() {
    for _ in 0..<20 {
      let stopped = Mutex<[UInt64: Int]>([:])
      let best = Self.race(TargetRace(), stopped: stopped)
      #expect(best.seed == 2 && best.reachedTarget)
      // Every run counted up to the winner's 40,000 steps, whatever moment each stopped at.
      #expect(best.steps == 3 * 40_000)
      // The run that never reaches the target stopped once past the steps of a run that had
      // reached it: never at its step limit.
      let third = stopped.withLock { $0[3] } ?? .max
      #expect(third > 40_000 && third < 2_000_000_000)
    }
  }

  @Test func withoutARaceTheWinnerIsByCostThenSeed() {
    let stopped = Mutex<[UInt64: Int]>([:])
    let budget = SearchBudget(timeLimit: nil, stepLimit: 500_000)
    let best = portfolio(threads: 3, seed: 1) { seed, _ in
      let targets: [UInt64: Int] = [1: 300_000, 2: 40_000]
      let outcome = Self.run(seed: seed, targetAt: targets[seed], budget: budget)
      stopped.withLock { $0[seed] = outcome.steps }
      return outcome
    }
    #expect(best.seed == 1 && best.cost == .zero)
    #expect(best.steps == 300_000 + 40_000 + 500_000)
  }

  @Test(
    "two threads to a first feasible timetable repeat, whichever thread is faster",
    .enabled(if: FETExamples.available))
  func twoThreadsToFeasibleRepeat() throws {
    let text = try String(
      contentsOfFile: FETExamples.folder + "/" + FETExamples.samples[1], encoding: .utf8)
    let instance = try fetMapped(text).instance
    let problem = HSTTCompiler.compile(instance)
    let budget = SearchBudget(
      timeLimit: nil, stepLimit: 6_000_000, target: Cost(hard: 0, soft: .max))
    let first = searchHSTT(problem, budget: budget, seed: 1, threads: 2)
    #expect(first.stop == .target)
    let report = XEvaluator.evaluate(instance, HSTTCompiler.timetable(first.subEvents))
    #expect(report.infeasibility == 0)
    for _ in 0..<2 {
      let again = searchHSTT(problem, budget: budget, seed: 1, threads: 2)
      #expect(again.subEvents == first.subEvents)
      #expect(again.seed == first.seed && again.steps == first.steps)
    }
  }
}
