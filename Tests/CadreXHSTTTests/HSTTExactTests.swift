import Testing

@testable import CadreEngine

/// The exact mode of the construction (`constructHSTTExactly`) against brute force: on seeded
/// tiny problems it finds a timetable with hard cost 0 exactly when one exists, and what it
/// finds has hard cost 0.
@Suite struct HSTTExactTests {
  /// Four times (two days of two, and all four as one day for idle times), three resources, three or four events of duration 1 or 2,
  /// some with a fixed start, some with an open role; a random mix of required rules, the
  /// monotone ones (clashes, unavailable and preferred times, resources, maximums) and the
  /// others (AssignTime, AssignResource, minimums, idle times).
  static func tinyProblem(seed: UInt64) -> HSTTProblem {
    var rng = SplitMix64(seed: seed)
    let T = 4
    let R = 3
    var events: [HSTTEvent] = []
    for _ in 0..<(3 + rng.below(2)) {
      let duration = rng.chance(25) ? 2 : 1
      let resources = (0..<R).filter { _ in rng.chance(40) }
      var event = HSTTEvent(duration: duration, resources: resources)
      if rng.chance(15) { event.fixedStart = rng.below(T - duration + 1) }
      if rng.chance(40) {
        event.openRoles = [HSTTRole(domain: (0..<R).filter { _ in rng.chance(60) })]
      }
      events.append(event)
    }
    let roles = events.reduce(0) { $0 + $1.openRoles.count }
    let groups = [[0, 1], [2, 3], [0, 1, 2, 3]]
    func someTimes() -> [Int] { (0..<T).filter { _ in rng.chance(35) } }
    var monitors: [HSTTMonitor] = []
    func add(_ rule: HSTTRule, _ points: [Int]) {
      monitors.append(
        HSTTMonitor(hard: true, weight: 1, function: .linear, rule: rule, points: points))
    }
    add(.avoidClashes, Array(0..<R))
    if rng.chance(80) { add(.assignTime, Array(events.indices)) }
    if roles > 0 && rng.chance(70) { add(.assignResource, Array(0..<roles)) }
    if roles > 0 && rng.chance(40) { add(.preferResources(resources: [rng.below(R)]), [0]) }
    if rng.chance(50) { add(.avoidUnavailableTimes(times: someTimes()), [rng.below(R)]) }
    if rng.chance(50) {
      add(.preferTimes(times: someTimes(), duration: nil), [rng.below(events.count)])
    }
    if rng.chance(50) {
      add(
        .limitBusyTimes(groups: [0, 1], minimum: rng.below(2), maximum: 1 + rng.below(2)),
        [rng.below(R)])
    }
    if rng.chance(40) {
      add(.clusterBusyTimes(groups: [0, 1], minimum: rng.below(2), maximum: 1), [rng.below(R)])
    }
    if rng.chance(50) { add(.limitIdleTimes(groups: [2], minimum: 0, maximum: 0), Array(0..<R)) }
    if rng.chance(40) {
      add(
        .spreadEvents(limits: [HSTTSpreadLimit(group: 0, minimum: rng.below(2), maximum: 1)]), [0])
    }
    return HSTTProblem(
      timeCount: T, timeGroups: groups, resourceCount: R, events: events,
      eventGroups: [Array(events.indices)], monitors: monitors, pointCostCap: 1_000_000)
  }

  /// Every timetable of whole events (each start or none, each role resource of its domain or
  /// none), scored from scratch: whether one has hard cost 0.
  static func bruteForceFeasible(_ problem: HSTTProblem) -> Bool {
    let model = HSTTModel(problem)
    var st = HSTTState(model: model)
    let T = problem.timeCount
    var values: [[(start: Int32, role: Int32)]] = []
    for ev in problem.events {
      let starts: [Int32] = ev.fixedStart.map { [Int32($0)] } ?? (Array(0..<Int32(T)) + [-1])
      let roleValues: [Int32] =
        ev.openRoles.isEmpty ? [-1] : ev.openRoles[0].domain.map(Int32.init) + [-1]
      values.append(starts.flatMap { s in roleValues.map { (s, $0) } })
    }
    var pick = [Int](repeating: 0, count: values.count)
    while true {
      for e in 0..<model.E { st.occupy(e, -1) }
      for e in 0..<model.E {
        let k = Int(model.subBase[e])
        st.subStart[k] = values[e][pick[e]].start
        if model.roleCount(e) > 0 {
          st.subRes[model.assignIndex(e, k, 0)] = values[e][pick[e]].role
        }
      }
      for e in 0..<model.E { st.occupy(e, 1) }
      st.recount()
      if st.hard == 0 { return true }
      var e = 0
      while e < values.count {
        pick[e] += 1
        if pick[e] < values[e].count { break }
        pick[e] = 0
        e += 1
      }
      if e == values.count { return false }
    }
  }

  @Test func exactModeAgreesWithBruteForce() {
    var feasible = 0
    var infeasible = 0
    for seed in UInt64(1)...150 {
      let problem = Self.tinyProblem(seed: seed)
      let expected = Self.bruteForceFeasible(problem)
      let result = constructHSTTExactly(problem, seed: seed, stepLimit: 2_000_000)
      #expect(result.end == (expected ? .complete : .exhausted), "seed \(seed)")
      if result.end == .complete { #expect(result.cost.hard == 0, "seed \(seed)") }
      if expected { feasible += 1 } else { infeasible += 1 }
    }
    // Both answers are exercised.
    #expect(feasible >= 20 && infeasible >= 20, "\(feasible) feasible, \(infeasible) infeasible")
  }

  @Test func aStepLimitSaysSo() {
    let problem = Self.tinyProblem(seed: 3)
    #expect(constructHSTTExactly(problem, seed: 1, stepLimit: 2).end == .limit)
  }
}
