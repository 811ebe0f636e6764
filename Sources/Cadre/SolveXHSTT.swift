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
  public var ignored: [XTypeCount]
}

/// Times (and splits) an XHSTT instance: compile to the dense problem, run the seeded
/// portfolio, decode. Constraints of unsupported types are left out; `ignored` lists them.
public func solveXHSTT(
  _ instance: XInstance, options: SolveOptions = SolveOptions()
) -> XHSTTSolveResult {
  var problem = HSTTCompiler.compile(instance)
  // Instances whose open roles compete for scarce resources are timed first, for up to half
  // the budget (docs/XHSTT.md "Times first"); the others search as before.
  problem.timesFirstShare = 50
  let outcome = searchHSTT(
    problem, budget: options.searchBudget, seed: options.seed, threads: max(1, options.threads),
    isCancelled: options.searchCancelled, progress: options.searchProgress)
  return XHSTTSolveResult(
    timetable: HSTTCompiler.timetable(outcome.subEvents),
    cost: HardSoft(outcome.cost), stopReason: StopReason(outcome.stop),
    stats: SolveStats(outcome),
    ignored: instance.unsupportedConstraintCounts)
}
