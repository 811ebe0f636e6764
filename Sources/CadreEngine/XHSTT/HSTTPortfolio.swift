/// Runs `threads` seeded XHSTT searches (seeds `seed, seed + 1, ...`) in parallel and returns
/// the winner by (cost, seed), so that a fixed seed, thread count and step limit reproduce the
/// result. Progress is reported by the first search only. The searches alternate their
/// construction: the 1st, 3rd, ... by forward search (`forwardConstruct`), the 2nd, 4th, ...
/// greedily (cheapest start only), since the faster feasible start is not always the one from
/// which the local search reaches the lower soft cost (docs/XHSTT.md).
package func searchHSTT(
  _ problem: HSTTProblem, budget: SearchBudget, seed: UInt64, threads: Int,
  isCancelled: (@Sendable () -> Bool)? = nil,
  progress: (@Sendable (SearchProgress) -> Void)? = nil
) -> HSTTOutcome {
  let model = HSTTModel(problem)
  let base = seed
  var shared = budget
  shared.race = threads > 1 ? TargetRace() : nil
  let budget = shared
  return portfolio(threads: threads, seed: seed, race: budget.race) { seed, first in
    var searcher = HSTTSearcher(
      model: model, budget: budget, seed: seed, isCancelled: isCancelled,
      progress: first ? progress : nil)
    // To a first feasible timetable (a target with any soft cost) the soft cost the greedy
    // start may lead to does not count: every run starts by forward search, the faster one.
    searcher.forward = (seed &- base) % 2 == 0 || budget.target.soft == .max
    return searcher.run()
  }
}
