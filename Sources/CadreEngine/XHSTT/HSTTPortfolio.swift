/// Runs `threads` seeded XHSTT searches (seeds `seed, seed + 1, ...`) in parallel and returns
/// the winner by (cost, seed), so that a fixed seed, thread count and step limit reproduce the
/// result. Progress is reported by the first search only.
package func searchHSTT(
  _ problem: HSTTProblem, budget: SearchBudget, seed: UInt64, threads: Int,
  isCancelled: (@Sendable () -> Bool)? = nil,
  progress: (@Sendable (SearchProgress) -> Void)? = nil
) -> HSTTOutcome {
  let model = HSTTModel(problem)
  return portfolio(threads: threads, seed: seed) { seed, first in
    var searcher = HSTTSearcher(
      model: model, budget: budget, seed: seed, isCancelled: isCancelled,
      progress: first ? progress : nil)
    return searcher.run()
  }
}
