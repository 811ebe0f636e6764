import CadreCompiler
import CadreEngine
import CadreModel

/// Builds a master schedule for a validated school: compile to dense ids, search (backtracking
/// construction, then local search, as a seeded portfolio), decode back to the school's ids.
///
/// Never traps on odd input. When cheap checks prove that every schedule breaks a hard rule,
/// the search still returns its best schedule (within at most 2 seconds), with stop reason
/// `.provenInfeasible` and the reasons.
public func solve(_ school: School, options: SolveOptions = SolveOptions()) -> SolveResult {
  let compiled = Compiler.compile(school, previous: options.previous)
  let proven = !compiled.infeasibilityReasons.isEmpty
  let target = options.target ?? .zero
  var budget = SearchBudget(
    timeLimit: options.timeLimit, stepLimit: options.stepLimit,
    target: Cost(hard: Int64(target.hard), soft: Int64(target.soft)))
  if proven { budget.timeLimit = min(budget.timeLimit ?? 2, 2) }
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
  let outcome = searchPortfolio(
    compiled.problem, budget: budget, seed: options.seed, threads: max(1, options.threads),
    isCancelled: isCancelled, progress: progress)
  let schedule = compiled.names.decode(
    start: outcome.start, teacher: outcome.teacher, room: outcome.room)
  let stop: StopReason
  if proven {
    stop = .provenInfeasible
  } else {
    switch outcome.stop {
    case .target: stop = .target
    case .stepLimit: stop = .stepLimit
    case .timeLimit: stop = .timeLimit
    case .cancelled: stop = .cancelled
    }
  }
  return SolveResult(
    schedule: schedule,
    cost: HardSoft(hard: Int(clamping: outcome.cost.hard), soft: Int(clamping: outcome.cost.soft)),
    costByRule: Rule.allCases.map { ($0.code, Int(clamping: outcome.counts[$0.rawValue])) },
    stopReason: stop, infeasibilityReasons: compiled.infeasibilityReasons,
    stats: SolveStats(
      steps: outcome.steps, elapsed: outcome.elapsed,
      firstFeasibleSteps: outcome.firstFeasibleSteps,
      firstFeasibleSeconds: outcome.firstFeasibleSeconds,
      movesPerSecond: outcome.elapsed > 0 ? Double(outcome.steps) / outcome.elapsed : 0,
      winningSeed: outcome.seed, constructionComplete: outcome.constructionComplete))
}
