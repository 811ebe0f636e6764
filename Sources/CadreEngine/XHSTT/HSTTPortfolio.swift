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
