import CadreEngine
import CadreModel

/// The options as the engine takes them: budget, cancellation test, progress callback. Shared
/// by `solve` and `solveXHSTT`.
extension SolveOptions {
  var searchBudget: SearchBudget {
    let target = self.target ?? .zero
    return SearchBudget(
      timeLimit: timeLimit, stepLimit: stepLimit,
      target: Cost(hard: Int64(target.hard), soft: Int64(target.soft)))
  }

  var searchCancelled: (@Sendable () -> Bool)? {
    guard let flag = cancel else { return nil }
    return { @Sendable in flag.isCancelled }
  }

  var searchProgress: (@Sendable (SearchProgress) -> Void)? {
    guard let callback = progress else { return nil }
    return { @Sendable (p: SearchProgress) in
      callback(
        SolveProgress(
          elapsed: p.elapsed, steps: p.steps,
          best: HardSoft(hard: Int(clamping: p.best.hard), soft: Int(clamping: p.best.soft)),
          movesPerSecond: p.movesPerSecond, phase: p.phase))
    }
  }
}

extension StopReason {
  init(_ stop: SearchStop) {
    switch stop {
    // An outrun run is never a portfolio's result: another of its runs reached the target.
    case .target, .outrun: self = .target
    case .stepLimit: self = .stepLimit
    case .timeLimit: self = .timeLimit
    case .cancelled: self = .cancelled
    }
  }
}

extension SolveStats {
  /// The figures of a general-engine search (XHSTT, FET, a school with `--engine general`).
  init(_ outcome: HSTTOutcome) {
    self.init(
      steps: outcome.steps, elapsed: outcome.elapsed,
      firstFeasibleSteps: outcome.firstFeasibleSteps,
      firstFeasibleSeconds: outcome.firstFeasibleSeconds,
      movesPerSecond: outcome.elapsed > 0 ? Double(outcome.steps) / outcome.elapsed : 0,
      winningSeed: outcome.seed, constructionComplete: true)
  }
}

extension HardSoft {
  init(_ cost: Cost) {
    self.init(hard: Int(clamping: cost.hard), soft: Int(clamping: cost.soft))
  }
}
