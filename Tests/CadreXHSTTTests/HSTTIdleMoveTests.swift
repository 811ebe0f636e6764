import Testing

@testable import CadreEngine

/// The idle-time move (`HSTTSearcher.fillIdleTime`): a teacher with a gap in the day has a
/// lesson at an end of the day moved into the gap.
@Suite struct HSTTIdleMoveTests {
  /// One day of six times; teacher 0 teaches three one-time lessons, preassigned or (with
  /// `roles`) by an open Teacher role whose only resource is 0; a soft LimitIdleTimes with
  /// maximum 0 over the day.
  static func problem(roles: Bool) -> HSTTProblem {
    let events = (0..<3).map { _ in
      roles
        ? HSTTEvent(duration: 1, resources: [], openRoles: [HSTTRole(domain: [0])])
        : HSTTEvent(duration: 1, resources: [0])
    }
    return HSTTProblem(
      timeCount: 6, timeGroups: [Array(0..<6)], resourceCount: 1, events: events,
      eventGroups: [],
      monitors: [
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .avoidClashes, points: [0]),
        HSTTMonitor(
          hard: false, weight: 3, function: .linear,
          rule: .limitIdleTimes(groups: [0], minimum: 0, maximum: 0), points: [0]),
      ], pointCostCap: 1_000_000)
  }

  /// The lessons at `starts`, the teacher in each role (when `roles`).
  static func searcher(roles: Bool, starts: [Int], seed: UInt64) -> HSTTSearcher {
    var search = HSTTSearcher(
      model: HSTTModel(problem(roles: roles)),
      budget: SearchBudget(timeLimit: nil, stepLimit: 1_000), seed: seed, isCancelled: nil,
      progress: nil)
    for (e, s) in starts.enumerated() {
      let loaded = search.st.load(e, [HSTTSubEvent(duration: 1, start: s, roles: roles ? [0] : [])])
      #expect(loaded)
    }
    search.st.recount()
    return search
  }

  static func timetable(_ search: HSTTSearcher, roles: Bool) -> [[HSTTSubEvent]] {
    (0..<search.md.E).map { e in
      let k = Int(search.md.subBase[e])
      return [HSTTSubEvent(duration: 1, start: Int(search.st.subStart[k]), roles: roles ? [0] : [])]
    }
  }

  /// Lessons at 0, 2 and 3: one idle time (1), costing 3. The move takes the lesson at 0 or
  /// at 3 into it, which leaves no gap; the state's cost is the fresh score's.
  @Test(
    arguments: [(false, 1), (false, 2), (false, 3), (true, 1), (true, 2), (true, 3)]
      as [(Bool, UInt64)])
  func aLessonAtTheEndOfTheDayFillsTheGap(roles: Bool, seed: UInt64) {
    var search = Self.searcher(roles: roles, starts: [0, 2, 3], seed: seed)
    #expect(search.st.cost == Cost(hard: 0, soft: 3))
    search.rebuildHot()
    #expect(search.idleHot.count == 1)
    search.st.begin()
    let made = search.fillIdleTime()
    #expect(made)
    let cost = search.st.evaluate()
    search.st.commit()
    #expect(cost == Cost.zero)
    let starts = Set((0..<3).map { Int(search.st.subStart[Int(search.md.subBase[$0])]) })
    #expect(starts == [1, 2, 3] || starts == [0, 1, 2])
    #expect(
      scoreHSTT(Self.problem(roles: roles), subEvents: Self.timetable(search, roles: roles))
        == Cost.zero)
  }

  /// A day without a gap has no costly idle point, and the move declines.
  @Test func aDayWithoutAGapIsLeftAlone() {
    var search = Self.searcher(roles: false, starts: [1, 2, 3], seed: 1)
    search.rebuildHot()
    #expect(search.idleHot.isEmpty)
    search.st.begin()
    let made = search.fillIdleTime()
    #expect(!made)
    search.st.rollback()
  }
}
