import Testing

@testable import CadreEngine

/// The region move (`HSTTSearcher.retimeRegion`): a teacher's lessons of two days and those of
/// its classes there are re-timed together by a small depth-first search.
@Suite struct HSTTRegionMoveTests {
  /// Classes `0..<classes` and teachers after them; one event per lesson of the timetable
  /// `lessons` (class, teacher, time), each with a duration of 1 and resources [class,
  /// teacher]. Days of `periods` times. Required AvoidClashes on everyone; per teacher a soft
  /// ClusterBusyTimes over the days (at most `maxDays`, weight 9; only on the teachers
  /// `limited` when given) and a soft LimitIdleTimes
  /// (at most 0, weight 3); per class-teacher pair a required SpreadEvents, at most `perDay` of
  /// its lessons a day, when `perDay` is given.
  static func problem(
    days: Int, periods: Int, classes: Int, teachers: Int,
    lessons: [(class: Int, teacher: Int, time: Int)], maxDays: Int, perDay: Int?,
    limited: [Int]? = nil
  ) -> HSTTProblem {
    let dayGroups = (0..<days).map { d in Array(d * periods..<(d + 1) * periods) }
    let events = lessons.map {
      HSTTEvent(duration: 1, resources: [$0.class, classes + $0.teacher])
    }
    var pairs: [[Int]] = []
    var pairOf: [Int: Int] = [:]
    for (i, l) in lessons.enumerated() {
      let key = l.class * teachers + l.teacher
      if pairOf[key] == nil {
        pairOf[key] = pairs.count
        pairs.append([])
      }
      pairs[pairOf[key]!].append(i)
    }
    let teacherPoints = Array(classes..<classes + teachers)
    var monitors = [
      HSTTMonitor(
        hard: true, weight: 1, function: .linear, rule: .avoidClashes,
        points: Array(0..<classes + teachers)),
      HSTTMonitor(
        hard: false, weight: 9, function: .linear,
        rule: .clusterBusyTimes(groups: Array(0..<days), minimum: 0, maximum: maxDays),
        points: (limited ?? Array(0..<teachers)).map { classes + $0 }),
      HSTTMonitor(
        hard: false, weight: 3, function: .linear,
        rule: .limitIdleTimes(groups: Array(0..<days), minimum: 0, maximum: 0),
        points: teacherPoints),
    ]
    if let perDay {
      monitors.append(
        HSTTMonitor(
          hard: true, weight: 1, function: .linear,
          rule: .spreadEvents(
            limits: (0..<days).map { HSTTSpreadLimit(group: $0, minimum: 0, maximum: perDay) }),
          points: Array(pairs.indices)))
    }
    return HSTTProblem(
      timeCount: days * periods, timeGroups: dayGroups, resourceCount: classes + teachers,
      events: events, eventGroups: pairs, monitors: monitors, pointCostCap: 1_000_000)
  }

  static func searcher(_ problem: HSTTProblem, starts: [Int], seed: UInt64) -> HSTTSearcher {
    var search = HSTTSearcher(
      model: HSTTModel(problem), budget: SearchBudget(timeLimit: nil, stepLimit: 1_000_000),
      seed: seed, isCancelled: nil, progress: nil)
    for (e, s) in starts.enumerated() {
      let loaded = search.st.load(e, [HSTTSubEvent(duration: 1, start: s, roles: [])])
      #expect(loaded)
    }
    search.st.recount()
    return search
  }

  /// One region move, evaluated and left for the caller to commit or roll back; nil (rolled
  /// back) when the move made no region.
  static func regionMove(_ search: inout HSTTSearcher) -> Cost? {
    search.st.begin()
    guard search.retimeRegion() else {
      search.st.rollback()
      return nil
    }
    return search.st.evaluate()
  }

  static func timetable(_ search: HSTTSearcher) -> [[HSTTSubEvent]] {
    (0..<search.md.E).map { e in
      [
        HSTTSubEvent(
          duration: 1, start: Int(search.st.subStart[Int(search.md.subBase[e])]), roles: [])
      ]
    }
  }

  /// One class, two days of three periods. Teacher 0 teaches at 0 (day 0) and 3 (day 1) and
  /// may work one day: 9. Teacher 1 (no limit on days) teaches the other four lessons. The
  /// move empties one of teacher 0's days by exchanging its lesson with teacher 1's on the
  /// other day; the best of
  /// its candidates keeps teacher 0's two lessons next to each other (no idle time), so the
  /// timetable ends at cost 0, as the fresh score says.
  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func aTeachersLighterDayIsEmptied(seed: UInt64) {
    let lessons = [(0, 0, 0), (0, 1, 1), (0, 1, 2), (0, 0, 3), (0, 1, 4), (0, 1, 5)].map {
      (class: $0.0, teacher: $0.1, time: $0.2)
    }
    let problem = Self.problem(
      days: 2, periods: 3, classes: 1, teachers: 2, lessons: lessons, maxDays: 1, perDay: nil,
      limited: [0])
    var search = Self.searcher(problem, starts: lessons.map(\.time), seed: seed)
    #expect(search.st.cost == Cost(hard: 0, soft: 9))
    search.rebuildHot()
    #expect(search.regionHot.count == 1)
    search.st.begin()
    let made = search.retimeRegion()
    #expect(made)
    let cost = search.st.evaluate()
    search.st.commit()
    #expect(cost == Cost.zero)
    #expect(scoreHSTT(problem, subEvents: Self.timetable(search)) == Cost.zero)
    let days = Set([0, 3].map { Int(search.st.subStart[$0]) / 3 })
    #expect(days.count == 1)
  }

  /// One class, two days of four periods; the class's last period of each day (3 and 7) is
  /// one a soft AvoidUnavailableTimes point counts (weight 10), and the class is free there.
  /// Teacher 0 has a gap at 1 (lessons at 0 and 2, and at 4). Closing the gap as compactly
  /// as the dives like would push the day's lessons into period 3; each move's candidate
  /// keeps the class out of its last periods (the dives put such starts last), and a
  /// candidate that lowers the cost closes the gap without them.
  @Test func regionCandidatesKeepOutOfSoftUnavailableTimes() {
    let lessons = [(0, 0, 0), (0, 1, 1), (0, 0, 2), (0, 0, 4), (0, 1, 5), (0, 1, 6)].map {
      (class: $0.0, teacher: $0.1, time: $0.2)
    }
    var problem = Self.problem(
      days: 2, periods: 4, classes: 1, teachers: 2, lessons: lessons, maxDays: 2, perDay: nil)
    problem.monitors.append(
      HSTTMonitor(
        hard: false, weight: 10, function: .linear, rule: .avoidUnavailableTimes(times: [3, 7]),
        points: [0]))
    var made = 0
    var lowered = 0
    for seed in 1...40 as ClosedRange<UInt64> {
      var search = Self.searcher(problem, starts: lessons.map(\.time), seed: seed)
      #expect(search.st.cost == Cost(hard: 0, soft: 3))
      search.rebuildHot()
      guard let cost = Self.regionMove(&search) else { continue }
      made += 1
      search.st.commit()
      let starts = (0..<search.md.E).map { Int(search.st.subStart[$0]) }
      #expect(!starts.contains(3) && !starts.contains(7), "seed \(seed): \(starts)")
      #expect(scoreHSTT(problem, subEvents: Self.timetable(search)) == cost)
      if cost < Cost(hard: 0, soft: 3) {
        lowered += 1
        #expect(cost == Cost.zero)
      }
    }
    #expect(made > 20)
    #expect(lowered > 5)
  }

  /// A teacher within its days and without gaps has no costly region point: nothing to do.
  @Test func aTeacherWithinItsLimitsIsLeftAlone() {
    let lessons = [(0, 0, 0), (0, 0, 1), (0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 1, 5)].map {
      (class: $0.0, teacher: $0.1, time: $0.2)
    }
    let problem = Self.problem(
      days: 2, periods: 3, classes: 1, teachers: 2, lessons: lessons, maxDays: 2, perDay: nil)
    var search = Self.searcher(problem, starts: lessons.map(\.time), seed: 1)
    #expect(search.st.cost == Cost.zero)
    search.rebuildHot()
    #expect(search.regionHot.isEmpty)
  }

  /// Random full timetables (every class busy at every time, each time a random matching of
  /// classes to teachers), spread limits at what the start has. Many region moves, each
  /// committed or rolled back at random: none adds hard cost (the search keeps every rule the
  /// instances have that is required), and after each the state's cost is the fresh score's.
  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func regionMovesKeepTheRulesAndTheCount(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let (days, periods, classes, teachers) = (4, 4, 4, 7)
    var lessons: [(class: Int, teacher: Int, time: Int)] = []
    for t in 0..<days * periods {
      var pool = Array(0..<teachers)
      for c in 0..<classes {
        let i = rng.below(pool.count)
        lessons.append((c, pool.remove(at: i), t))
      }
    }
    var perDay = 1
    var count: [Int: Int] = [:]
    for l in lessons {
      let key = (l.class * teachers + l.teacher) * days + l.time / periods
      count[key, default: 0] += 1
      perDay = max(perDay, count[key]!)
    }
    let problem = Self.problem(
      days: days, periods: periods, classes: classes, teachers: teachers, lessons: lessons,
      maxDays: 2, perDay: perDay)
    var search = Self.searcher(problem, starts: lessons.map(\.time), seed: seed)
    #expect(search.st.hard == 0)
    let start = search.st.cost
    var made = 0
    var lower = 0
    for i in 0..<300 {
      if i % 20 == 0 { search.rebuildHot() }
      if search.regionHot.isEmpty { break }
      guard let cost = Self.regionMove(&search) else { continue }
      made += 1
      #expect(cost.hard == 0)
      if cost <= Cost(hard: search.st.hardBefore, soft: search.st.softBefore) || rng.below(4) == 0 {
        search.st.commit()
      } else {
        search.st.rollback()
      }
      if cost < start { lower += 1 }
      #expect(scoreHSTT(problem, subEvents: Self.timetable(search)) == search.st.cost)
    }
    #expect(made > 20)
    #expect(lower > 0)
  }
}
