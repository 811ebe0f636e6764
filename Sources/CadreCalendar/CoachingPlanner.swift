import CadreEngine
import CadreModel

/// Plans the year of coaching on real dates from the school and its master schedule: every
/// member's observations by their own leader, each followed by a debrief, weekly team
/// huddles in one repeating slot where possible, and monthly one-on-ones.
///
/// Pipeline: compile to dense arrays (`PlanProblem`), construct greedily (huddles by weekly
/// maximum flows, then observations most constrained teacher first, then one-on-ones, which
/// come before the observations for a leader whose year cannot hold everything), repair each
/// month's huddles and one-on-ones together by a flow, improve by local search,
/// decode to `CoachingEvent`s. docs/CALENDAR.md defines every rule and the cost.
public enum CoachingPlanner {
  /// - Complexity: construction O(members × quota × eligible days) in the worst case; then
  ///   `stepLimit` local-search steps of O(quota + periods × window) each.
  ///
  /// Re-solve (`options.previous`): the previous events that are still valid are put back and
  /// pinned before the rest is constructed around them. When that plan still breaks a hard
  /// rule, a plan from scratch is made too and wins if it breaks fewer (a kept date is worth
  /// less than an owed observation).
  public static func plan(school: School, schedule: Schedule, options: PlanOptions) -> PlanResult {
    let started = ContinuousClock.now
    guard let previous = options.previous else {
      return plan(school: school, schedule: schedule, options: options, previous: nil, started)
    }
    let kept = plan(
      school: school, schedule: schedule, options: options, previous: previous, started)
    guard kept.cost.hard > 0 else { return kept }
    let fresh = plan(school: school, schedule: schedule, options: options, previous: nil, started)
    return fresh.cost.hard < kept.cost.hard ? fresh : kept
  }

  private static func plan(
    school: School, schedule: Schedule, options: PlanOptions, previous: CoachingCalendar?,
    _ started: ContinuousClock.Instant
  ) -> PlanResult {
    var problem = PlanProblem(school: school, schedule: schedule, weights: options.weights)
    if let previous { problem.previous = PreviousPlan(previous, problem: problem) }
    var state = PlanState(problem: problem)
    state.constructHuddles()
    state.restorePreviousObservations()
    let crowded = (0..<problem.leaderCount).map { problem.overCapacity(leader: $0) }
    state.constructOneOnOnes { crowded[$0] }
    state.constructObservations()
    state.constructOneOnOnes { !crowded[$0] }
    state.repairOneOnOnes()
    state.refreshAll()
    let constructed = state.cost
    let records = state.day.count + state.oneDay.count
    // The time limit counts from `started`: it covers construction and search.
    let meter = StepMeter(
      budget: SearchBudget(
        timeLimit: options.timeLimit,
        stepLimit: max(0, options.stepLimit ?? min(600_000, 2_000 + 300 * records)), target: .zero),
      isCancelled: options.cancel, progress: nil, since: started)
    // Construction draws no random numbers, so every seed searches from the same plan: one
    // seeded search per thread, the winner by (cost, seed).
    let stall = max(5_000, 40 * records)
    let start = state
    let outcome = portfolio(threads: options.threads, seed: options.seed) { seed, _ in
      var search = PlanSearch(state: start, meter: meter, seed: seed, stall: stall)
      return search.run()
    }
    state = outcome.state
    let counts = state.ruleCounts()
    let byRule = CalendarRule.allCases.map { rule in
      let count = counts[rule] ?? 0
      let weight = rule.weight(options.weights)
      return CalendarRuleCount(
        rule: rule, count: count, weight: weight, cost: rule.isHard ? count : count * weight)
    }
    let cost = HardSoft(
      hard: byRule.filter(\.rule.isHard).reduce(0) { $0 + $1.cost },
      soft: byRule.filter { !$0.rule.isHard }.reduce(0) { $0 + $1.cost })
    #if CADRE_INTERNAL_CHECKS
      let cached = state.cost
      assert(
        Int64(cost.hard) == cached.hard && Int64(cost.soft) == cached.soft,
        "calendar recount \(cost) differs from the search's cost (\(cached.hard), \(cached.soft))")
    #endif
    let events = state.events()
    let unmet = state.unmet()
    let stats = PlanStats(
      schoolDays: problem.dayCount, calendarWeeks: problem.weekCount,
      requiredObservations: state.day.count,
      placedObservations: state.day.count - state.unplacedObservations, events: events.count,
      constructedCost: HardSoft(hard: Int(constructed.hard), soft: Int(constructed.soft)),
      steps: outcome.steps, acceptedMoves: outcome.accepted, stopReason: outcome.stop,
      seconds: meter.elapsed)
    return PlanResult(
      calendar: CoachingCalendar(events: events), cost: cost, costByRule: byRule, unmet: unmet,
      stats: stats)
  }
}
