import Testing

@testable import CadreEngine

/// The pattern-clearing move (`HSTTSearcher.clearForPattern`): a team that needs one time
/// when all its people are free, in a timetable where each person is free at a different
/// time. No single relocation lowers the cost there; one clearing move mends it.
@Suite struct HSTTPatternMoveTests {
  /// One day of `n` times; `n` teachers (resources 0..<n), each with `n` − 1 one-time lessons,
  /// so each has one free time; a required pattern: a time of the day when all are free.
  static func problem(n: Int) -> HSTTProblem {
    let events = (0..<n).flatMap { i in
      (0..<(n - 1)).map { _ in HSTTEvent(duration: 1, resources: [i]) }
    }
    var p = HSTTProblem(
      timeCount: n, timeGroups: [Array(0..<n)], resourceCount: n, events: events,
      eventGroups: [],
      monitors: [
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .avoidClashes, points: Array(0..<n)),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear,
          rule: .patternGroups(minimum: 1, maximum: Int(Int32.max)), points: [0]),
      ], pointCostCap: 1_000_000)
    p.patterns = [HSTTPattern(busy: [], free: Array(0..<n), groups: [0])]
    return p
  }

  /// Teacher i is free at time i: its lessons take the other times, in order.
  static func staggered(n: Int) -> [[HSTTSubEvent]] {
    (0..<n).flatMap { i in
      (0..<n).filter { $0 != i }.map { [HSTTSubEvent(duration: 1, start: $0, roles: [])] }
    }
  }

  /// A searcher holding the staggered timetable.
  static func searcher(n: Int, seed: UInt64) -> HSTTSearcher {
    var search = HSTTSearcher(
      model: HSTTModel(problem(n: n)), budget: SearchBudget(timeLimit: nil, stepLimit: 1_000),
      seed: seed, isCancelled: nil, progress: nil)
    for (e, subs) in staggered(n: n).enumerated() {
      let loaded = search.st.load(e, subs)
      #expect(loaded)
    }
    search.st.recount()
    return search
  }

  /// The timetable the searcher's state holds.
  static func timetable(_ search: HSTTSearcher) -> [[HSTTSubEvent]] {
    (0..<search.md.E).map { e in
      let base = Int(search.md.subBase[e])
      return (base..<base + Int(search.st.subCount[e])).map { k in
        let s = Int(search.st.subStart[k])
        return HSTTSubEvent(duration: Int(search.st.subDur[k]), start: s < 0 ? nil : s, roles: [])
      }
    }
  }

  @Test func noSingleRelocationLowersTheCost() {
    var search = Self.searcher(n: 5, seed: 1)
    #expect(search.st.cost == Cost(hard: 1, soft: 0))
    for e in 0..<search.md.E {
      for s in 0..<5 {
        search.st.begin()
        search.st.touch(e)
        search.st.subStart[Int(search.md.subBase[e])] = Int32(s)
        let cost = search.st.evaluate()
        #expect(cost.hard >= 1)
        search.st.rollback()
      }
    }
  }

  /// One move frees one time for all five: the teachers busy there move to their free time
  /// (the one start where they clash with nobody), and the cost the state keeps is the
  /// timetable's own from a fresh score.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func oneClearingMoveMendsTheTeam(seed: UInt64) {
    var search = Self.searcher(n: 5, seed: seed)
    search.rebuildHot()
    #expect(search.patternHot.count == 1)
    search.st.begin()
    let made = search.clearForPattern()
    #expect(made)
    let cost = search.st.evaluate()
    search.st.commit()
    #expect(cost == Cost.zero)
    #expect(scoreHSTT(Self.problem(n: 5), subEvents: Self.timetable(search)) == Cost.zero)
  }

  /// Nothing to clear once the pattern holds: the move declines.
  @Test func aHeldPatternIsLeftAlone() {
    var search = Self.searcher(n: 5, seed: 1)
    search.rebuildHot()
    search.st.begin()
    let made = search.clearForPattern()
    #expect(made)
    _ = search.st.evaluate()
    search.st.commit()
    search.rebuildHot()
    #expect(search.patternHot.isEmpty)
    search.st.begin()
    let again = search.clearForPattern()
    #expect(!again)
    search.st.rollback()
  }
}
