import Testing

@testable import CadreEngine

/// A search from a given timetable (`HSTTProblem.start`: a re-solve's previous schedule, the
/// calendar feedback's best): it keeps what it is given unless it finds better, fills only
/// what is left open, and ignores an entry that does not fit its event.
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
}
