/// Runs `threads` seeded XHSTT searches (seeds `seed, seed + 1, ...`) in parallel and returns
/// the winner by (cost, seed), so that a fixed seed, thread count and step limit reproduce the
/// result. Progress is reported by the first search only. The searches alternate their
/// construction: the 1st, 3rd, ... by forward search (`forwardConstruct`), the 2nd, 4th, ...
/// greedily (cheapest start only), since the faster feasible start is not always the one from
/// which the local search reaches the lower soft cost (docs/XHSTT.md).
///
/// With `HSTTProblem.timesFirstShare` above 0 and demand to relax (`demandRelaxation`) that is
/// tight (`demandTightness` at least `HSTTProblem.timesFirstTightness`), each search first
/// times the events alone for up to that share of the budget (until no demand or other hard
/// point is violated), then fills the open roles at those times (`HSTTSearcher.matchStart`)
/// and goes on with the whole problem from that timetable for the rest of the budget. Its
/// steps and seconds include both phases.
package func searchHSTT(
  _ problem: HSTTProblem, budget: SearchBudget, seed: UInt64, threads: Int,
  isCancelled: (@Sendable () -> Bool)? = nil,
  progress: (@Sendable (SearchProgress) -> Void)? = nil
) -> HSTTOutcome {
  let model = HSTTModel(problem)
  let share = min(100, problem.timesFirstShare)
  let times = (share > 0 ? problem.demandRelaxation() : nil).flatMap {
    $0.demandTightness >= HSTTProblem.timesFirstTightness ? HSTTModel($0) : nil
  }
  let base = seed
  var shared = budget
  shared.race = threads > 1 ? TargetRace() : nil
  let budget = shared
  return portfolio(threads: threads, seed: seed, race: budget.race) { seed, first in
    // To a first feasible timetable (a target with any soft cost) the soft cost the greedy
    // start may lead to does not count: every run starts by forward search, the faster one.
    let forward = (seed &- base) % 2 == 0 || budget.target.soft == .max
    var start: [[HSTTSubEvent]]? = nil
    var spent = (steps: 0, seconds: 0.0)
    if let times {
      var timesBudget = SearchBudget(
        timeLimit: budget.timeLimit.map { $0 * Double(share) / 100 },
        stepLimit: budget.stepLimit.map { $0 / 100 * share },
        target: Cost(hard: 0, soft: .max))
      timesBudget.race = nil
      var pre = HSTTSearcher(
        model: times, budget: timesBudget, seed: seed, isCancelled: isCancelled,
        progress: first ? progress : nil)
      pre.forward = forward
      let found = pre.run()
      start = found.subEvents.enumerated().map { e, subs in
        subs.map {
          HSTTSubEvent(
            duration: $0.duration, start: $0.start,
            roles: [Int](repeating: -1, count: model.roleCount(e)))
        }
      }
      spent = (found.steps, found.elapsed)
    }
    var rest = budget
    rest.timeLimit = budget.timeLimit.map { max(0, $0 - spent.seconds) }
    rest.stepLimit = budget.stepLimit.map { max(0, $0 - spent.steps) }
    var searcher = HSTTSearcher(
      model: model, budget: rest, seed: seed, isCancelled: isCancelled,
      progress: first ? progress : nil)
    searcher.forward = forward
    if start != nil {
      searcher.start = start
      searcher.matchStart = true
    }
    var outcome = searcher.run()
    outcome.steps += spent.steps
    outcome.elapsed += spent.seconds
    outcome.firstFeasibleSteps = outcome.firstFeasibleSteps.map { $0 + spent.steps }
    outcome.firstFeasibleSeconds = outcome.firstFeasibleSeconds.map { $0 + spent.seconds }
    return outcome
  }
}
