import CadreCompiler
import CadreEngine
import CadreModel

/// Builds a master schedule for a validated school: compile to dense ids, search (backtracking
/// construction, then local search, as a seeded portfolio), decode back to the school's ids.
///
/// Never traps on odd input. When cheap checks prove that every schedule breaks a hard rule,
/// the search still returns its best schedule (within at most 2 seconds), with stop reason
/// `.provenInfeasible` and the reasons. `options.engine` chooses the engine
/// (`solveOnGeneralEngine` for the general one).
public func solve(_ school: School, options: SolveOptions = SolveOptions()) -> SolveResult {
  if options.engine == .general { return solveOnGeneralEngine(school, options: options) }
  let compiled = Compiler.compile(
    school, previous: options.previous, start: options.start, emphasis: options.emphasis)
  let proven = !compiled.infeasibilityReasons.isEmpty
  var budget = options.searchBudget
  if proven { budget.timeLimit = min(budget.timeLimit ?? 2, 2) }
  let outcome = searchPortfolio(
    compiled.problem, budget: budget, seed: options.seed, threads: max(1, options.threads),
    isCancelled: options.searchCancelled, progress: options.searchProgress)
  let schedule = compiled.names.decode(
    start: outcome.start, teacher: outcome.teacher, room: outcome.room)
  let stop: StopReason = proven ? .provenInfeasible : StopReason(outcome.stop)
  return SolveResult(
    schedule: schedule,
    cost: HardSoft(outcome.cost),
    costByRule: Rule.allCases.map { ($0.code, Int(clamping: outcome.counts[$0.rawValue])) },
    stopReason: stop, infeasibilityReasons: compiled.infeasibilityReasons,
    stats: SolveStats(
      steps: outcome.steps, elapsed: outcome.elapsed,
      firstFeasibleSteps: outcome.firstFeasibleSteps,
      firstFeasibleSeconds: outcome.firstFeasibleSeconds,
      movesPerSecond: outcome.elapsed > 0 ? Double(outcome.steps) / outcome.elapsed : 0,
      winningSeed: outcome.seed, constructionComplete: outcome.constructionComplete))
}
