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
  public static func plan(school: School, schedule: Schedule, options: PlanOptions) -> PlanResult {
    let clock = ContinuousClock()
    let started = clock.now
    let deadline = options.timeLimit.map { started + .milliseconds(Int(max(0, $0) * 1000)) }
    let problem = PlanProblem(school: school, schedule: schedule, weights: options.weights)
    var state = PlanState(problem: problem)
    state.constructHuddles()
    let crowded = (0..<problem.leaderCount).map { problem.overCapacity(leader: $0) }
    state.constructOneOnOnes { crowded[$0] }
    state.constructObservations()
    state.constructOneOnOnes { !crowded[$0] }
    state.repairOneOnOnes()
    state.refreshAll()
    let constructed = state.cost
    let records = state.day.count + state.oneDay.count
    let limit = max(0, options.stepLimit ?? min(600_000, 2_000 + 300 * records))
    var rng = SplitMix64(seed: options.seed)
    let outcome = state.search(
      steps: limit, stall: max(5_000, 40 * records), rng: &rng, deadline: deadline,
      cancel: options.cancel)
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
        cost.hard == cached.hard && cost.soft == cached.soft,
        "calendar recount \(cost) differs from the search's cost (\(cached.hard), \(cached.soft))")
    #endif
    let events = state.events()
    let unmet = state.unmet()
    let elapsed = started.duration(to: clock.now)
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let stats = PlanStats(
      schoolDays: problem.dayCount, calendarWeeks: problem.weekCount,
      requiredObservations: state.day.count,
      placedObservations: state.day.count - state.unplacedObservations, events: events.count,
      constructedCost: HardSoft(hard: constructed.hard, soft: constructed.soft),
      steps: outcome.steps, acceptedMoves: outcome.accepted, stopReason: outcome.stop,
      seconds: seconds)
    return PlanResult(
      calendar: CoachingCalendar(events: events), cost: cost, costByRule: byRule, unmet: unmet,
      stats: stats)
  }
}
