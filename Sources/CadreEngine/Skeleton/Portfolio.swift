import Dispatch
import Synchronization

/// What a portfolio compares: the cost, the seed that breaks ties, and the steps it adds up.
package protocol PortfolioOutcome: Sendable {
  var cost: Cost { get }
  var seed: UInt64 { get }
  var steps: Int { get set }
}

extension HSTTOutcome: PortfolioOutcome {}

/// `threads` independent runs seeded `seed, seed + 1, ...` in parallel (the first one reports
/// progress); the winner by (cost, seed), never by which thread finished first, with the steps
/// of all runs: a fixed seed, thread count and step limit reproduce the result byte for byte.
/// With only a time limit, the steps each thread completes (and so the result) depend on the
/// machine's speed. Shared by the general engine's search and the coaching-calendar planner.
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
