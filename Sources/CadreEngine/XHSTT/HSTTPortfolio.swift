import Dispatch
import Synchronization

/// Runs `threads` seeded XHSTT searches (seeds `seed, seed + 1, ...`) in parallel and returns
/// the winner by (cost, seed), so that a fixed seed, thread count and step limit reproduce the
/// result. Progress is reported by the first search only.
package func searchHSTT(
  _ problem: HSTTProblem, budget: SearchBudget, seed: UInt64, threads: Int,
  isCancelled: (@Sendable () -> Bool)? = nil,
  progress: (@Sendable (SearchProgress) -> Void)? = nil
) -> HSTTOutcome {
  let model = HSTTModel(problem)
  let n = max(1, threads)
  let results = Mutex<[HSTTOutcome?]>([HSTTOutcome?](repeating: nil, count: n))
  DispatchQueue.concurrentPerform(iterations: n) { i in
    var searcher = HSTTSearcher(
      model: model, budget: budget, seed: seed &+ UInt64(i), isCancelled: isCancelled,
      progress: i == 0 ? progress : nil)
    let outcome = searcher.run()
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

/// The engine's own score of a given timetable (per event, its sub-events), for tests that
/// compare it with the independent evaluator.
package func scoreHSTT(
  _ problem: HSTTProblem, subEvents: [[(duration: Int, start: Int?)]]
) -> Cost {
  let model = HSTTModel(problem)
  var st = HSTTState(model: model)
  for e in 0..<model.E { st.occupy(e, -1) }
  for (e, subs) in subEvents.enumerated() where e < model.E {
    let base = Int(model.subBase[e])
    let n = min(subs.count, Int(model.duration[e]))
    st.subCount[e] = Int32(n)
    for (i, sub) in subs.prefix(n).enumerated() {
      st.subDur[base + i] = Int32(sub.duration)
      st.subStart[base + i] = Int32(sub.start ?? -1)
    }
  }
  for e in 0..<model.E { st.occupy(e, 1) }
  st.recount()
  return st.cost
}
