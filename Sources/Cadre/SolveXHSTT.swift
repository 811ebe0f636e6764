import CadreCompiler
import CadreEngine
import CadreModel

/// What `solveXHSTT` found: the timetable, the engine's own cost (hard = infeasibility,
/// soft = objective; the checker's evaluator must compute the same), and how the search went.
public struct XHSTTSolveResult: Sendable {
  public var timetable: XTimetable
  public var cost: HardSoft
  public var stopReason: StopReason
  public var stats: SolveStats
  /// Constraint types the search ignored, by name and count (empty unless allowed).
  public var ignored: [(type: String, count: Int)]
}

/// Times (and splits) an XHSTT instance: compile to the dense problem, run the seeded
/// portfolio, decode. Constraints of unsupported types are left out; `ignored` lists them.
public func solveXHSTT(
  _ instance: XInstance, options: SolveOptions = SolveOptions()
) -> XHSTTSolveResult {
  let problem = HSTTCompiler.compile(instance)
  let target = options.target ?? .zero
  let budget = SearchBudget(
    timeLimit: options.timeLimit, stepLimit: options.stepLimit,
    target: Cost(hard: Int64(target.hard), soft: Int64(target.soft)))
  var isCancelled: (@Sendable () -> Bool)? = nil
  if let flag = options.cancel {
    isCancelled = { @Sendable in flag.isCancelled }
  }
  var progress: (@Sendable (SearchProgress) -> Void)? = nil
  if let callback = options.progress {
    progress = { @Sendable (p: SearchProgress) in
      callback(
        SolveProgress(
          elapsed: p.elapsed, steps: p.steps,
          best: HardSoft(hard: Int(clamping: p.best.hard), soft: Int(clamping: p.best.soft)),
          movesPerSecond: p.movesPerSecond, phase: p.phase))
    }
  }
  let outcome = searchHSTT(
    problem, budget: budget, seed: options.seed, threads: max(1, options.threads),
    isCancelled: isCancelled, progress: progress)
  let stop: StopReason =
    switch outcome.stop {
    case .target: .target
    case .stepLimit: .stepLimit
    case .timeLimit: .timeLimit
    case .cancelled: .cancelled
    }
  return XHSTTSolveResult(
    timetable: HSTTCompiler.timetable(outcome.subEvents),
    cost: HardSoft(hard: Int(clamping: outcome.cost.hard), soft: Int(clamping: outcome.cost.soft)),
    stopReason: stop,
    stats: SolveStats(
      steps: outcome.steps, elapsed: outcome.elapsed,
      firstFeasibleSteps: outcome.firstFeasibleSteps,
      firstFeasibleSeconds: outcome.firstFeasibleSeconds,
      movesPerSecond: outcome.elapsed > 0 ? Double(outcome.steps) / outcome.elapsed : 0,
      winningSeed: outcome.seed, constructionComplete: true),
    ignored: instance.unsupportedConstraintCounts)
}
