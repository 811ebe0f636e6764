import Testing

@testable import CadreEngine

/// The times-first phase (`HSTTProblem.demandRelaxation`, `HSTTRule.demand`,
/// `HSTTProblem.timesFirstShare`): the times-only problem keeps one Hall condition per distinct
/// role domain, its demand points cost what the running events and busy resources need beyond
/// the free resources, and a search that times first and then fills the roles by matching
/// returns a timetable a fresh score agrees with.
@Suite struct HSTTDemandTests {
  /// `classes` classes (resources 0..<classes), then `teachers` teachers, `times` times; each
  /// lesson is one time long, attended by its class and with one open teacher role whose
  /// domain is `domain` (teacher numbers), or a preassigned teacher. Required AvoidClashes for
  /// everyone, AssignTime and AssignResource; teacher 1 is unavailable at time 0.
  static func problem(
    times: Int = 4, classes: Int = 3, teachers: Int = 2,
    lessons: [(class: Int, domain: [Int], teacher: Int?)]
  ) -> HSTTProblem {
    let events = lessons.map { l in
      HSTTEvent(
        duration: 1, resources: [l.class] + (l.teacher.map { [classes + $0] } ?? []),
        openRoles: l.teacher == nil ? [HSTTRole(domain: l.domain.map { classes + $0 })] : [])
    }
    let roles = lessons.filter { $0.teacher == nil }.count
    return HSTTProblem(
      timeCount: times, timeGroups: [], resourceCount: classes + teachers, events: events,
      eventGroups: [],
      monitors: [
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .assignTime,
          points: Array(lessons.indices)),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .avoidClashes,
          points: Array(0..<classes + teachers)),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .avoidUnavailableTimes(times: [0]),
          points: [classes + 1]),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .assignResource,
          points: Array(0..<roles)),
      ],
      pointCostCap: 1 << 40)
  }

  static func at(_ starts: [Int], roles: [Int]) -> [[HSTTSubEvent]] {
    zip(starts, roles).map { [HSTTSubEvent(duration: 1, start: $0, roles: $1 < 0 ? [] : [$1])] }
  }

  /// One Hall set per distinct domain, its events those whose domain lies within it, its
  /// capacity the available teachers per time; the role rules are gone and a demand monitor
  /// is in.
  @Test func theRelaxationHasOneDemandPointPerDomain() throws {
    let p = Self.problem(lessons: [
      (0, [0, 1], nil), (1, [0, 1], nil), (2, [0], nil), (0, [], 1),
    ])
    let relaxed = try #require(p.demandRelaxation())
    #expect(relaxed.demands.count == 2)
    #expect(
      relaxed.demands[0]
        == HSTTDemand(resources: [3, 4], events: [0, 1, 2], capacity: [1, 2, 2, 2]))
    #expect(relaxed.demands[1] == HSTTDemand(resources: [3], events: [2], capacity: [1, 1, 1, 1]))
    #expect(relaxed.events.allSatisfy { $0.openRoles.isEmpty })
    #expect(
      !relaxed.monitors.contains {
        if case .assignResource = $0.rule { true } else { false }
      })
    let demand = try #require(relaxed.monitors.last)
    #expect(demand.hard && demand.points == [0, 1])
  }

  /// The demand cost, by hand: at each time, the lessons that need a teacher of the set plus
  /// the set's teachers busy then, beyond the set's available teachers.
  @Test(
    arguments: [
      // Three lessons at time 1 for two teachers: one too many.
      ([1, 1, 1, 3], 1),
      // Two at time 0, where teacher 1 is unavailable: one too many.
      ([0, 0, 1, 2], 1),
      // Lesson 3's preassigned teacher 1 busy at time 1 with lesson 0 needing one: enough.
      ([1, 2, 3, 1], 0),
      // ... and with lessons 0, 1 and 2 needing one each: two too many.
      ([1, 1, 1, 1], 2),
      // Spread out: nothing.
      ([1, 2, 3, 0], 0),
    ] as [([Int], Int)])
  func demandCostsWhatIsShort(starts: [Int], expected: Int) throws {
    let p = Self.problem(lessons: [
      (0, [0, 1], nil), (1, [0, 1], nil), (2, [0], nil), (0, [], 1),
    ])
    let relaxed = try #require(p.demandRelaxation())
    let byMonitor = scoreHSTTByMonitor(
      relaxed, subEvents: Self.at(starts, roles: [-1, -1, -1, -1]))
    #expect(byMonitor.last == Int64(expected))
  }

  /// Nothing to relax: every domain a single resource, a resource that may clash, or a given
  /// timetable to start from.
  @Test func noRelaxationWithoutAChoice() {
    let single = Self.problem(lessons: [(0, [0], nil), (1, [1], nil)])
    #expect(single.demandRelaxation() == nil)
    var clashing = Self.problem(lessons: [(0, [0, 1], nil), (1, [0, 1], nil)])
    clashing.monitors[1].points = [0, 1, 2]
    #expect(clashing.demandRelaxation() == nil)
    var started = Self.problem(lessons: [(0, [0, 1], nil), (1, [0, 1], nil)])
    started.start = Self.at([1, 2], roles: [3, 4])
    #expect(started.demandRelaxation() == nil)
  }

  /// Six classes, three teachers who may each teach anyone, four times, eleven lessons: as
  /// many as the teachers' free times (teacher 1 is not free at time 0), so the times must
  /// spread the lessons to leave a teacher for each. Timed first and filled by matching, the search
  /// ends feasible; its cost is a fresh score's, and the same seed and threads repeat it.
  @Test(arguments: [1, 2] as [UInt64])
  func timesFirstEndsFeasibleAndRepeats(seed: UInt64) {
    var p = Self.problem(
      classes: 6, teachers: 3,
      lessons: (0..<11).map { (class: $0 % 6, domain: [0, 1, 2], teacher: nil) })
    p.timesFirstShare = 50
    #expect(p.demandRelaxation() != nil)
    let budget = SearchBudget(timeLimit: nil, stepLimit: 40_000)
    let out = searchHSTT(p, budget: budget, seed: seed, threads: 2)
    #expect(out.cost == .zero)
    #expect(scoreHSTT(p, subEvents: out.subEvents) == out.cost)
    let again = searchHSTT(p, budget: budget, seed: seed, threads: 2)
    #expect(again.subEvents == out.subEvents)
  }

  /// The fill from given times (`matchFill`): each start time's empty roles get distinct
  /// teachers that are free and available then, so times that leave enough teachers give no
  /// clash and no empty role.
  @Test func theMatchingFillLeavesNoClash() {
    let p = Self.problem(
      classes: 6, teachers: 3,
      lessons: (0..<11).map { (class: $0 % 6, domain: [0, 1, 2], teacher: nil) })
    let starts = [1, 1, 1, 2, 2, 2, 3, 3, 3, 0, 0]
    var search = HSTTSearcher(
      model: HSTTModel(p), budget: SearchBudget(timeLimit: nil, stepLimit: 1_000), seed: 3,
      isCancelled: nil, progress: nil)
    for (e, s) in starts.enumerated() {
      _ = search.st.load(e, [HSTTSubEvent(duration: 1, start: s, roles: [-1])])
    }
    search.st.recount()
    #expect(search.st.hard == 11)
    search.matchFill()
    #expect(search.st.cost.hard == 0)
    #expect(search.st.subRes.allSatisfy { $0 >= 6 })
    var copy = search.st
    copy.recount()
    #expect(copy.cost == search.st.cost)
  }

  /// Classes 0, 1, 2, teachers 3 and 4 (workload maxima 1 and 2), times 0 and 1: lesson x
  /// (class 0, time 0) may take either teacher, y (class 1, time 1) either, z (class 2, time 1)
  /// only teacher 3.
  static func workloadProblem() -> HSTTProblem {
    let lessons = [(0, [3, 4]), (1, [3, 4]), (2, [3])]
    return HSTTProblem(
      timeCount: 2, timeGroups: [], resourceCount: 5,
      events: lessons.map {
        HSTTEvent(
          duration: 1, resources: [$0.0], openRoles: [HSTTRole(domain: $0.1, loadPerTime: 1)])
      },
      eventGroups: [],
      monitors: [
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .avoidClashes, points: [0, 1, 2, 3, 4]),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .assignResource, points: [0, 1, 2]),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .limitWorkload(minimum: 0, maximum: 1),
          points: [3]),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .limitWorkload(minimum: 0, maximum: 2),
          points: [4]),
      ],
      pointCostCap: 1 << 40)
  }

  /// A search of `p` (`workloadProblem` or a variant) at times 0, 1, 1, each role holding
  /// `resource` (−1: empty), its costs counted.
  static func chainSearch(_ p: HSTTProblem, resource: Int) -> HSTTSearcher {
    var search = HSTTSearcher(
      model: HSTTModel(p), budget: SearchBudget(timeLimit: nil, stepLimit: 1_000), seed: 1,
      isCancelled: nil, progress: nil)
    for (e, s) in [0, 1, 1].enumerated() {
      _ = search.st.load(e, [HSTTSubEvent(duration: 1, start: s, roles: [resource])])
    }
    search.st.recount()
    return search
  }

  /// The chains after the fill (`fillByChains`): time 0's matching gives x teacher 3, the
  /// less loaded, whose workload is then spent, so z stays empty at time 1. No single change
  /// fills z; the chain moves x to teacher 4 to make room and gives z teacher 3. A fresh score
  /// agrees with the state.
  @Test func chainsFillWhatTheMatchingLeavesEmpty() {
    var search = Self.chainSearch(Self.workloadProblem(), resource: -1)
    search.matchFill()
    #expect(search.st.cost.hard == 1)
    #expect(Array(search.st.subRes) == [3, 4, -1])
    search.fillByChains()
    #expect(search.st.cost.hard == 0)
    #expect(Array(search.st.subRes) == [4, 4, 3])
    var copy = search.st
    copy.recount()
    #expect(copy.cost == search.st.cost)
  }

  /// With teacher 3 unavailable at time 1 no chain can fill z, and the chains change nothing.
  @Test func chainsKeepWhatTheyCannotImprove() {
    var p = Self.workloadProblem()
    p.monitors.append(
      HSTTMonitor(
        hard: true, weight: 1, function: .linear, rule: .avoidUnavailableTimes(times: [1]),
        points: [3]))
    var search = Self.chainSearch(p, resource: -1)
    search.matchFill()
    let before = (search.st.cost, Array(search.st.subRes))
    #expect(before.0.hard == 1)
    search.fillByChains()
    #expect(search.st.cost == before.0)
    #expect(Array(search.st.subRes) == before.1)
  }

  /// A double-booked role is a chain's start too: with x and y both on teacher 3 at times 0
  /// and 1 and z on teacher 3 at time 1, the chain moves y, the first role double-booked, to
  /// teacher 4, free then with workload to spare. The clash goes; teacher 3's workload (x and
  /// z, 2 against a maximum of 1) is left to the search.
  @Test func chainsMoveADoubleBookedRole() {
    var search = Self.chainSearch(Self.workloadProblem(), resource: 3)
    #expect(search.st.cost.hard == 3)
    search.fillByChains()
    #expect(search.st.cost.hard == 1)
    #expect(Array(search.st.subRes) == [3, 4, 3])
    var copy = search.st
    copy.recount()
    #expect(copy.cost == search.st.cost)
  }
}
