import Dispatch
import Synchronization

/// What a portfolio compares: the cost, the seed that breaks ties, and the steps it adds up.
package protocol PortfolioOutcome: Sendable {
  var cost: Cost { get }
  var seed: UInt64 { get }
  var steps: Int { get set }
  /// Whether the run stopped because its best cost reached the search's target.
  var reachedTarget: Bool { get }
}

extension HSTTOutcome: PortfolioOutcome {
  package var reachedTarget: Bool { stop == .target }
}

/// `threads` independent runs seeded `seed, seed + 1, ...` in parallel (the first one reports
/// progress); the winner by (cost, seed), never by which thread finished first, with the steps
/// of all runs: a fixed seed, thread count and step limit reproduce the result byte for byte.
/// With only a time limit, the steps each thread completes (and so the result) depend on the
/// machine's speed. Shared by the general engine's search and the coaching-calendar planner.
///
/// With a `race` (which the runs' budgets share), the winner is the run that reached the
/// target in the fewest steps (then the lowest seed), and a run past that many steps stops:
/// the portfolio ends about when its fastest run to the target does, still reproducibly (the
/// steps then count each run up to the winner's).
package func portfolio<O: PortfolioOutcome>(
  threads: Int, seed: UInt64, race: TargetRace? = nil,
  _ run: @Sendable (_ seed: UInt64, _ first: Bool) -> O
) -> O {
  let n = max(1, threads)
  if n == 1 { return run(seed, true) }
  let results = Mutex<[O?]>([O?](repeating: nil, count: n))
  DispatchQueue.concurrentPerform(iterations: n) { i in
    let outcome = run(seed &+ UInt64(i), i == 0)
    if outcome.reachedTarget { race?.reached(atStep: outcome.steps) }
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
  if race != nil,
    let fastest = all.filter(\.reachedTarget).min(by: { a, b in
      a.steps != b.steps ? a.steps < b.steps : a.seed < b.seed
    })
  {
    // Each run counted up to the winner's steps: a run that stopped later stopped at a
    // checkpoint whose step depends on the threads' speed.
    best = fastest
    best.steps = all.reduce(0) { $0 + min($1.steps, fastest.steps) }
  }
  return best
}
