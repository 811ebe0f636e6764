import Dispatch
import Synchronization

/// Runs `threads` independent searches seeded `seed, seed + 1, ...` in parallel and returns
/// the winner by (cost, seed), never by which thread finished first: a fixed seed, thread
/// count and step limit reproduce the result byte for byte. With only a time limit, the number
/// of steps each thread completes (and so the result) depends on machine speed.
///
/// Progress is reported by the first search only.
package func searchPortfolio(
  _ problem: Problem, budget: SearchBudget, seed: UInt64, threads: Int,
  isCancelled: (@Sendable () -> Bool)? = nil,
  progress: (@Sendable (SearchProgress) -> Void)? = nil
) -> SearchOutcome {
  let model = SearchModel(problem)
  return portfolio(threads: threads, seed: seed) { seed, first in
    var searcher = Searcher(
      model: model, budget: budget, seed: seed, isCancelled: isCancelled,
      progress: first ? progress : nil)
    return searcher.run()
  }
}

/// What a portfolio compares: the cost, the seed that breaks ties, and the steps it adds up.
package protocol PortfolioOutcome: Sendable {
  var cost: Cost { get }
  var seed: UInt64 { get }
  var steps: Int { get set }
}

extension SearchOutcome: PortfolioOutcome {}
extension HSTTOutcome: PortfolioOutcome {}

/// `threads` runs with seeds `seed, seed + 1, ...` in parallel (the first one reports
/// progress); the winner by (cost, seed), with the steps of all runs. Shared by the school
/// search, the XHSTT search and the coaching-calendar planner.
package func portfolio<O: PortfolioOutcome>(
  threads: Int, seed: UInt64, _ run: @Sendable (_ seed: UInt64, _ first: Bool) -> O
) -> O {
  let n = max(1, threads)
  if n == 1 { return run(seed, true) }
  let results = Mutex<[O?]>([O?](repeating: nil, count: n))
  DispatchQueue.concurrentPerform(iterations: n) { i in
    let outcome = run(seed &+ UInt64(i), i == 0)
    results.withLock { $0[i] = outcome }
  }
  let all = results.withLock { $0.compactMap { $0 } }
  var best = all[0]
  var steps = 0
  for o in all {
    steps += o.steps
    if o.cost < best.cost || (o.cost == best.cost && o.seed < best.seed) { best = o }
  }
  best.steps = steps
  return best
}

/// One seeded construction in exact mode over the whole tree (tests: backtracking versus brute
/// force). Returns whether an assignment without avoidable hard cost exists, as far as the step
/// limit allows: `.complete`, `.exhausted` or `.limit`.
package func constructExactly(_ problem: Problem, seed: UInt64, stepLimit: Int) -> (
  end: String, start: [Int32], cost: Cost
) {
  var searcher = Searcher(
    model: SearchModel(problem), budget: SearchBudget(timeLimit: nil, stepLimit: stepLimit),
    seed: seed, isCancelled: nil, progress: nil)
  searcher.seedInitialPlacements(exact: true)
  let end = searcher.constructSearch(exact: true, backtrackLimit: .max)
  let name: String =
    switch end {
    case .complete: "complete"
    case .exhausted: "exhausted"
    case .limit: "limit"
    }
  return (name, searcher.st.start, searcher.st.cost)
}
