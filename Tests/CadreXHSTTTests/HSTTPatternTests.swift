import Testing

@testable import CadreEngine

/// The general model's monitors that XHSTT has no constraint for (the school's team rules and
/// uneven spread, `SchoolGeneralCompiler`): the engine's score against a plain recount written
/// here from the rules' definitions, on seeded random timetables, and delta versus recount
/// under random moves.
@Suite struct HSTTPatternTests {
  /// Two days of five times. Resources: 0 a leader, 1 and 2 members, 3 and 4 classes. With
  /// `days` above 64 the uneven-days monitor counts over a long cycle instead (each time its
  /// own day, 7 apart), which the engine scores by sorting rather than by a day mask. With
  /// `times` above 64 the two days are 40 times each, and the patterns' masks take two words
  /// (the engine's general path rather than its one-word one).
  static func problem(days: Int = 2, times T: Int = 10) -> HSTTProblem {
    let half = T / 2
    let dayOfTime = (0..<T).map { days > 64 ? $0 * 7 : $0 / half }
    let events = [
      HSTTEvent(duration: 1, resources: [1, 3]), HSTTEvent(duration: 1, resources: [1, 4]),
      HSTTEvent(duration: 1, resources: [1, 3]), HSTTEvent(duration: 1, resources: [0, 3]),
      HSTTEvent(duration: 2, resources: [2, 4]), HSTTEvent(duration: 1, resources: [2, 3]),
      HSTTEvent(duration: 1, resources: [0, 4]),
    ]
    var p = HSTTProblem(
      timeCount: T,
      timeGroups: [
        Array(0..<half), Array(half..<T), Array(0..<T), [0, 1, 2, 6, 7] + (T > 64 ? [70] : []),
      ],
      resourceCount: 5, events: events, eventGroups: [[0, 1, 2], [4, 5]],
      monitors: [
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .avoidClashes, points: [0, 1, 2, 3, 4]),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .patternTimes(minimum: 2, maximum: 3),
          points: [0, 3]),
        HSTTMonitor(
          hard: false, weight: 2, function: .linear, rule: .patternTimes(minimum: 6, maximum: 99),
          points: [1]),
        HSTTMonitor(
          hard: false, weight: 3, function: .quadratic,
          rule: .patternGroups(minimum: 2, maximum: 2), points: [2]),
        HSTTMonitor(
          hard: false, weight: 5, function: .linear,
          rule: .unevenDays(dayOfTime: dayOfTime, days: days), points: [0, 1]),
        HSTTMonitor(
          hard: false, weight: 7, function: .linear,
          rule: .patternFollowed(window: 0, daysPerWeek: 2, minimum: 3), points: [4]),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear,
          rule: .patternFollowed(window: 1, daysPerWeek: 1, minimum: 1), points: [4]),
      ], pointCostCap: 1_000_000)
    p.patterns = [
      // Observation: member 1 teaches, the leader does not, in the leader's open times.
      HSTTPattern(busy: [1], free: [0], groups: [3]),
      // Debrief: leader and member 1 both free, per day.
      HSTTPattern(busy: [], free: [0, 1], groups: [0, 1]),
      // Common planning: the leader and both members free; days with such a time.
      HSTTPattern(busy: [], free: [0, 1, 2], groups: [0, 1]),
      // Observation of member 2 by member 1 (a busy pair with no free resource).
      HSTTPattern(busy: [2, 1], free: [], groups: [2]),
      // Debrief window: member 1's observation chances per day, followed by a time both are
      // free (pattern 5) later that day or within the window.
      HSTTPattern(busy: [1], free: [0], groups: [0, 1], followedBy: 5),
      HSTTPattern(busy: [], free: [0, 1], groups: [0, 1]),
    ]
    return p
  }

  /// The cost of a timetable (per event, its sub-events), from the rules' definitions.
  static func plainCost(_ p: HSTTProblem, _ subEvents: [[HSTTSubEvent]]) -> Cost {
    let T = p.timeCount
    var busy = [[Int]](repeating: [Int](repeating: 0, count: T), count: p.resourceCount)
    for (e, ev) in p.events.enumerated() {
      for sub in subEvents[e] {
        guard let s = sub.start else { continue }
        for t in s..<min(T, s + sub.duration) { for r in ev.resources { busy[r][t] += 1 } }
      }
    }
    func holds(_ x: HSTTPattern, _ t: Int) -> Bool {
      x.busy.allSatisfy { busy[$0][t] > 0 } && x.free.allSatisfy { busy[$0][t] == 0 }
    }
    func outside(_ v: Int, _ lo: Int, _ hi: Int) -> Int { v < lo ? lo - v : max(0, v - hi) }
    var cost = Cost(hard: 0, soft: 0)
    for m in p.monitors {
      for x in m.points {
        var dev = 0
        switch m.rule {
        case .avoidClashes:
          dev = busy[x].reduce(0) { $0 + max(0, $1 - 1) }
        case .patternTimes(let lo, let hi):
          for g in p.patterns[x].groups {
            dev += outside(p.timeGroups[g].filter { holds(p.patterns[x], $0) }.count, lo, hi)
          }
        case .patternGroups(let lo, let hi):
          let n = p.patterns[x].groups.filter { g in
            p.timeGroups[g].contains { holds(p.patterns[x], $0) }
          }.count
          dev = outside(n, lo, hi)
        case .patternFollowed(let window, let perWeek, let k):
          let a = p.patterns[x]
          let b = p.patterns[a.followedBy]
          let days = a.groups.count
          func times(_ x: HSTTPattern, _ c: Int) -> [Int] {
            p.timeGroups[x.groups[c]].filter { holds(x, $0) }
          }
          var useful = 0
          for c in 0..<days {
            let later = window > 0 && (1...window).contains { !times(b, (c + $0) % days).isEmpty }
            let last = times(b, c).max() ?? -1
            useful += times(a, c).filter { later || $0 < last }.count
            if (c + 1) % perWeek == 0 {
              dev += max(0, k - useful)
              useful = 0
            }
          }
        case .unevenDays(let dayOf, let days):
          let d = p.eventGroups[x].flatMap { subEvents[$0].compactMap { $0.start } }.map {
            dayOf[$0]
          }.sorted()
          if d.count >= 2 {
            for i in 0..<(d.count - 1) { dev += max(0, days / d.count - (d[i + 1] - d[i])) }
          }
        default:
          Issue.record("no plain recount for \(m.rule)")
        }
        let value = m.function == .quadratic ? dev * dev : dev
        if m.hard {
          cost.hard += Int64(m.weight * value)
        } else {
          cost.soft += Int64(m.weight * value)
        }
      }
    }
    return cost
  }

  @Test(arguments: [(2, 10), (70, 10), (2, 80)])
  func engineScoreEqualsThePlainRecount(days: Int, times: Int) {
    let p = Self.problem(days: days, times: times)
    var rng = SplitMix64(seed: 5)
    var seen = Set<Cost>()
    for _ in 0..<300 {
      let starts = p.events.map { ev -> Int? in
        rng.chance(10) ? nil : rng.below(p.timeCount - ev.duration + 1)
      }
      let subs = zip(p.events, starts).map { ev, s in
        [HSTTSubEvent(duration: ev.duration, start: s)]
      }
      let want = Self.plainCost(p, subs)
      #expect(scoreHSTT(p, subEvents: subs) == want, "starts \(starts)")
      seen.insert(want)
    }
    // The timetables drawn reach many different costs, so the comparison has teeth.
    #expect(seen.count > 20)
  }

  @Test func aHandCountedTimetable() {
    // e0 at 0 and e2 at 1 (member 1, day 0), e1 at 5 (member 1, day 1), e3 at 0 (leader),
    // e4 at 2-3 and e5 at 7 (member 2), e6 at 6 (leader).
    let p = Self.problem()
    let starts: [Int?] = [0, 5, 1, 0, 2, 7, 6]
    let subs = zip(p.events, starts).map { ev, s in [HSTTSubEvent(duration: ev.duration, start: s)]
    }
    // Clashes: class 3 at 0 (e0, e3). Observation of member 1 in {0, 1, 2, 6, 7}: member 1
    // busy at 0, 1; leader busy at 0 -> 1 time (short 1). Pattern 3 (members 1 and 2 both
    // busy) over the week: no time -> short 2. Hard 1 + 1 + 2.
    // Debrief (leader and member 1 free) per day: day 0 {2, 3, 4} = 3, day 1 {7, 8, 9} = 3:
    // short 3 + 3 = 6, weight 2 -> 12. Common planning (all three free): day 0 {4}, day 1 {8,
    // 9}: 2 days, no deviation. Uneven: lesson {e0, e1, e2} on days 0, 1, 0 -> sorted 0, 0, 1,
    // gap ⌊2 / 3⌋ = 0: nothing; lesson {e4, e5} on days 0, 1, gap 1: nothing. Debrief
    // window: member 1's chances are {1} on day 0 and {5} on day 1; both free later the same
    // day ({2, 3, 4} and {7, 8, 9}), so 2 useful chances in the two-day week, 1 short of 3,
    // weight 7; one a day is enough for the hard per-day monitor. Soft 12 + 7.
    #expect(scoreHSTT(p, subEvents: subs) == Cost(hard: 4, soft: 19))
    #expect(Self.plainCost(p, subs) == Cost(hard: 4, soft: 19))
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func deltaEqualsRecountUnderMoves(seed: UInt64) {
    let p = Self.problem(days: seed == 3 ? 70 : 2, times: seed == 2 ? 80 : 10)
    HSTTDeltaTests.exercise(p, seed: seed, moves: 400)
  }

  /// The search's best timetable (it may split the two-time event: no rule forbids it) costs
  /// by its own scoring what the plain recount says.
  @Test(arguments: [1, 2] as [UInt64])
  func theSearchKeepsItsScoreHonest(seed: UInt64) {
    let p = Self.problem()
    let outcome = searchHSTT(
      p, budget: SearchBudget(timeLimit: nil, stepLimit: 20_000), seed: seed, threads: 1,
      isCancelled: nil, progress: nil)
    #expect(outcome.cost == Self.plainCost(p, outcome.subEvents))
  }

  /// A leader (resource 0) of two teams (members 1 and 2), two days of three times: the
  /// `huddles` point of the two teams, the first required and needing 2, the second needing
  /// 2 at weight 3; lessons of the three people to place.
  static func huddleProblem() -> HSTTProblem {
    let events = (0..<7).map { HSTTEvent(duration: 1, resources: [$0 % 3]) }
    var p = HSTTProblem(
      timeCount: 6, timeGroups: [[0, 1, 2], [3, 4, 5], [1, 2], [4, 5]], resourceCount: 3,
      events: events,
      eventGroups: [],
      monitors: [
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .huddles(required: true), points: [0]),
        HSTTMonitor(
          hard: false, weight: 1, function: .linear, rule: .huddles(required: false),
          points: [0]),
      ], pointCostCap: 1_000_000)
    p.patterns = [
      HSTTPattern(busy: [], free: [0, 1], groups: [0, 1]),
      // The second team's days start a time later (its member is away at the first).
      HSTTPattern(busy: [], free: [0, 2], groups: [2, 3]),
    ]
    p.huddleGroups = [HSTTHuddleGroup(teams: [0, 1], needs: [2, 2], weights: [-1, 3])]
    return p
  }

  /// The huddle point's cost by brute force: every choice, per team and day, of no huddle or
  /// a time at which the team's people are all free, no time used twice; the first team's
  /// count as high as it can be, then the second's.
  static func plainHuddleCost(_ starts: [Int?]) -> Cost {
    var busy = [Set<Int>](repeating: [], count: 3)
    for (e, s) in starts.enumerated() { if let s { busy[e % 3].insert(s) } }
    let days = [[[0, 1, 2], [3, 4, 5]], [[1, 2], [4, 5]]]
    let open = [[0, 1], [0, 2]].enumerated().map { team, people in
      days[team].map { times in times.filter { t in people.allSatisfy { !busy[$0].contains(t) } } }
    }
    var best = (first: 0, second: 0)
    func choices(_ team: Int) -> [[Int]] {
      var out: [[Int]] = [[]]
      for d in 0..<2 { out = out.flatMap { c in [c] + open[team][d].map { c + [$0] } } }
      return out
    }
    for a in choices(0) {
      for b in choices(1) where Set(a).isDisjoint(with: b) {
        if (a.count, b.count) > best { best = (a.count, b.count) }
      }
    }
    return Cost(hard: Int64(2 - best.first), soft: Int64(3 * (2 - best.second)))
  }

  @Test func huddlesEqualTheBruteForce() {
    let p = Self.huddleProblem()
    var rng = SplitMix64(seed: 9)
    var seen = Set<Cost>()
    for _ in 0..<300 {
      let starts = p.events.map { _ -> Int? in rng.chance(15) ? nil : rng.below(6) }
      let subs = starts.map { [HSTTSubEvent(duration: 1, start: $0)] }
      let want = Self.plainHuddleCost(starts)
      #expect(scoreHSTT(p, subEvents: subs) == want, "starts \(starts)")
      seen.insert(want)
    }
    #expect(seen.count >= 4)
    HSTTDeltaTests.exercise(p, seed: 4, moves: 400)
  }
}
