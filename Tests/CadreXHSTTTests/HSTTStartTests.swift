import Testing

@testable import CadreEngine

/// A search from a given timetable (`HSTTProblem.start`: a re-solve's previous schedule, the
/// calendar feedback's best): it keeps what it is given unless it finds better, fills only
/// what is left open, and ignores an entry that does not fit its event. And the re-solve's
/// `moved` monitors (`HSTTPrevious`) against a recount from their definitions.
@Suite struct HSTTStartTests {
  /// The budget problem of `HSTTBudgetTests` (cap 650): feasible only with event 4 the
  /// leader's and event 1 teacher 3's.
  static let problem = HSTTBudgetTests.problem(cap: 650)
  static let feasible: [[HSTTSubEvent]] = [
    [HSTTSubEvent(duration: 2, start: 0, roles: [3])],
    [HSTTSubEvent(duration: 1, start: 2, roles: [3])],
    [HSTTSubEvent(duration: 1, start: 1, roles: [])],
    [HSTTSubEvent(duration: 1, start: 4, roles: [2])],
    [HSTTSubEvent(duration: 3, start: 5, roles: [0])],
  ]

  /// `untilFeasible`: the search ends at its first timetable without hard cost (after the
  /// construction, when that one has none), so what it did with the start can be seen.
  static func search(_ p: HSTTProblem, steps: Int, untilFeasible: Bool = false) -> HSTTOutcome {
    let target = untilFeasible ? Cost(hard: 0, soft: .max) : .zero
    return searchHSTT(
      p, budget: SearchBudget(timeLimit: nil, stepLimit: steps, target: target), seed: 1,
      threads: 1, isCancelled: nil, progress: nil)
  }

  /// A timetable breaking nothing: the search returns one at least as good, and when asked
  /// for a feasible one, that very timetable (the construction places nothing: nothing is
  /// open).
  @Test func aGoodStartIsKept() {
    var p = Self.problem
    #expect(scoreHSTT(p, subEvents: Self.feasible).hard == 0)
    p.start = Self.feasible
    let none = Self.search(p, steps: 5_000, untilFeasible: true)
    #expect(none.subEvents == Self.feasible)
    let more = Self.search(p, steps: 5_000)
    #expect(more.cost <= scoreHSTT(p, subEvents: Self.feasible))
    #expect(more.cost == scoreHSTT(p, subEvents: more.subEvents))
  }

  /// Open parts (an unplaced event, an empty role) are filled; the rest stays as given.
  @Test func whatTheStartLeavesOpenIsFilled() {
    var p = Self.problem
    var start = Self.feasible
    start[3][0].start = nil
    start[0][0].roles = [-1]
    p.start = start
    let out = Self.search(p, steps: 5_000, untilFeasible: true)
    #expect(out.cost.hard == 0)
    #expect(out.subEvents[3][0].start != nil)
    #expect(out.subEvents[0][0].roles[0] >= 0)
    #expect(out.subEvents[4] == Self.feasible[4])
    #expect(out.subEvents[1] == Self.feasible[1])
  }

  /// Entries that do not fit (durations not summing to the event's, a start past the end, a
  /// resource outside the role's domain, a missing entry) are ignored, not trusted: the
  /// construction places those events, and nothing traps.
  @Test func entriesThatDoNotFitAreIgnored() {
    var p = Self.problem
    var start = Self.feasible
    start[0] = [HSTTSubEvent(duration: 1, start: 0, roles: [3])]
    start[4] = [HSTTSubEvent(duration: 3, start: 9, roles: [0])]
    start[1] = [HSTTSubEvent(duration: 1, start: 0, roles: [0])]
    start.removeLast()
    p.start = start
    let out = Self.search(p, steps: 5_000)
    #expect(out.subEvents[0].reduce(0) { $0 + $1.duration } == 2)
    #expect(out.subEvents[0].allSatisfy { $0.start != nil })
    #expect(out.subEvents[4].allSatisfy { ($0.start ?? 99) + $0.duration <= 10 })
    #expect(out.subEvents[1][0].roles[0] != 0)
    #expect(out.cost == scoreHSTT(p, subEvents: out.subEvents))
  }

  /// The budget problem with a previous timetable: event 0 at 0 by teacher 3, event 1 at 2 by
  /// 3, event 2 new (not compared), event 3 unplaced before, event 4 at 5 by the leader with
  /// its role compared; event 3's role marked a preassigned change. `movedStart` weight 2 on
  /// every event, `movedResource` weight 5 on the lessons {0, 1} and {3, 4}.
  static func previousProblem() -> HSTTProblem {
    var p = Self.problem
    p.previous = HSTTPrevious(
      start: [0, 2, -3, -2, 5], role: [0, 0, -1, -2, 0], resource: [3, 3, -1, -1, 0])
    p.eventGroups += [[0, 1], [3, 4]]
    p.monitors += [
      HSTTMonitor(
        hard: false, weight: 2, function: .linear, rule: .movedStart, points: [0, 1, 2, 3, 4]),
      HSTTMonitor(
        hard: false, weight: 5, function: .linear, rule: .movedResource, points: [0, 1]),
    ]
    return p
  }

  /// The two `moved` monitors' cost from their definitions.
  static func plainMoved(_ p: HSTTProblem, _ subs: [[HSTTSubEvent]]) -> Int64 {
    let prev = p.previous!
    var cost: Int64 = 0
    for e in 0..<5 where prev.start[e] != -3 {
      let placed = subs[e].filter { $0.start != nil }
      let moved =
        placed.isEmpty ? prev.start[e] >= 0 : subs[e].count > 1 || placed[0].start != prev.start[e]
      if moved { cost += 2 }
    }
    for group in [[0, 1], [3, 4]] {
      let changed = group.contains { e in
        prev.start[e] >= 0 && prev.role[e] != -1
          && subs[e].contains { sub in
            sub.start != nil && (prev.role[e] == -2 || sub.roles[prev.role[e]] != prev.resource[e])
          }
      }
      if changed { cost += 5 }
    }
    return cost
  }

  @Test func movedAgainstThePlainRecount() {
    let p = Self.previousProblem()
    var rng = SplitMix64(seed: 4)
    var seen = Set<Int64>()
    for _ in 0..<300 {
      let subs = HSTTBudgetTests.randomTimetable(p, &rng)
      let want = HSTTBudgetTests.plainCost(p, subs).soft + Self.plainMoved(p, subs)
      #expect(scoreHSTT(p, subEvents: subs).soft == want, "\(subs)")
      seen.insert(Self.plainMoved(p, subs))
    }
    #expect(seen.count >= 6)
    // The previous timetable itself: only event 3 (unplaced before, placed now) moved; its
    // preassigned change does not count, as it did not start before.
    let same: [[HSTTSubEvent]] = [
      [HSTTSubEvent(duration: 2, start: 0, roles: [3])],
      [HSTTSubEvent(duration: 1, start: 2, roles: [3])],
      [HSTTSubEvent(duration: 1, start: 1, roles: [])],
      [HSTTSubEvent(duration: 1, start: 4, roles: [2])],
      [HSTTSubEvent(duration: 3, start: 5, roles: [0])],
    ]
    #expect(Self.plainMoved(p, same) == 2)
    #expect(scoreHSTTByMonitor(p, subEvents: same).suffix(2) == [2, 0])
    // Event 4 taught by coverage 1 instead: lesson {3, 4} changed teacher.
    var other = same
    other[4][0].roles = [1]
    #expect(scoreHSTTByMonitor(p, subEvents: other).suffix(2) == [2, 5])
  }

  @Test(arguments: [1, 2] as [UInt64])
  func movedDeltaEqualsRecount(seed: UInt64) {
    HSTTDeltaTests.exercise(Self.previousProblem(), seed: seed, moves: 400)
  }
}
