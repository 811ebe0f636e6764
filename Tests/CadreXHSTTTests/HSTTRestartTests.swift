import Testing

@testable import CadreEngine

/// Restarts (`HSTTProblem.restartStall`, `HSTTSearcher.restart`): a feasible local search that
/// has not bettered its own best for that many steps starts again from a new construction,
/// and the best timetable so far stays the result unless a later one is better.
@Suite struct HSTTRestartTests {
  /// Three classes, five teachers, four days of five periods, 48 lessons; every teacher wants
  /// no busy day at all (soft, 9 a day) and no idle time (soft, 3 each), so the soft cost
  /// never reaches 0 and the search runs to its step limit.
  static func problem(stall: Int) -> HSTTProblem {
    var lessons: [(class: Int, teacher: Int, time: Int)] = []
    for i in 0..<48 { lessons.append((class: i % 3, teacher: (i / 3) % 5, time: 0)) }
    var p = HSTTRegionMoveTests.problem(
      days: 4, periods: 5, classes: 3, teachers: 5, lessons: lessons, maxDays: 0, perDay: nil)
    p.restartStall = stall
    return p
  }

  static func searcher(_ p: HSTTProblem, seed: UInt64, steps: Int) -> HSTTSearcher {
    HSTTSearcher(
      model: HSTTModel(p), budget: SearchBudget(timeLimit: nil, stepLimit: steps), seed: seed,
      isCancelled: nil, progress: nil)
  }

  /// With a short stall the search restarts several times; what it returns is what a fresh
  /// score of that timetable says, and the same seed gives the same timetable.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func restartsKeepTheBestAndTheCount(seed: UInt64) {
    let p = Self.problem(stall: 2_000)
    var search = Self.searcher(p, seed: seed, steps: 60_000)
    let out = search.run()
    #expect(search.restarts > 0)
    #expect(out.cost.hard == 0)
    #expect(out.cost == scoreHSTT(p, subEvents: out.subEvents))
    var again = Self.searcher(p, seed: seed, steps: 60_000)
    let repeated = again.run()
    #expect(repeated.subEvents == out.subEvents)
    #expect(again.restarts == search.restarts)
  }

  /// A restart builds a whole new timetable: every lesson placed, the state's cost that of a
  /// recount; and the best so far stays what it was.
  @Test func aRestartBuildsANewTimetableAndKeepsTheBest() {
    let p = Self.problem(stall: 0)
    var search = Self.searcher(p, seed: 4, steps: 1_000_000)
    for round in 1...3 {
      let best = search.bestCost
      search.restart()
      #expect(search.restarts == round)
      #expect(search.st.subStart.prefix(48).allSatisfy { $0 >= 0 })
      var copy = search.st
      copy.recount()
      #expect(copy.cost == search.st.cost)
      #expect(search.bestCost == best)
      search.offerBest()
      #expect(search.bestCost == min(best, search.st.cost))
    }
  }

  /// No restart when the stall is 0, nor from a given timetable (a re-solve stays with what
  /// it was given).
  @Test func noRestartWhenOffOrFromAStart() {
    var off = Self.searcher(Self.problem(stall: 0), seed: 1, steps: 60_000)
    _ = off.run()
    #expect(off.restarts == 0)
    var p = Self.problem(stall: 2_000)
    var first = Self.searcher(p, seed: 1, steps: 5_000)
    p.start = first.run().subEvents
    var fromStart = Self.searcher(p, seed: 1, steps: 60_000)
    _ = fromStart.run()
    #expect(fromStart.restarts == 0)
  }
}
