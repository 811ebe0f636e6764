import CadreEngine
import CadreModel

/// A school compiled into the general engine's model (issue 12: one model for every
/// timetable): the school's XHSTT export (`SchoolXHSTTExporter`, every rule with a standard
/// XHSTT form) plus the rules XHSTT cannot say, as the model's own monitors: the team rules
/// `observation-window`, `debrief-time`, `debrief-window` and `common-planning` as patterns
/// (`HSTTPattern`, from `Problem.teamChances`, the school engine's own definitions; a leader
/// of several teams' huddles by the kernel's matching, `HSTTRule.huddles`); `uneven-spread`
/// as uneven days; `coverage-cost` and `over-budget` over `HSTTCoverage`; on a re-solve
/// `moved` over `HSTTPrevious`; `room-preference` over `HSTTPlaces`. Every rule is held;
/// `CompiledGeneralSchool.notWhollyHeld` names those held only in part for a school.
package enum SchoolGeneralCompiler {
  /// The rule name of the calendar feedback's monitors (searched for, never reported).
  package static let feedbackRule = "feedback"
  /// The weight of one chance the feedback asks for (as the retired school engine's).
  static let feedbackWeight = 100

  /// `export` must be `SchoolXHSTTExporter.export(school, ...)` of this `school`. `start` is a
  /// schedule to search from (`HSTTProblem.start`; a re-solve starts from `previous` when not
  /// given); `previous` a re-solve's earlier schedule, which `moved` counts changes against;
  /// `emphasis` the calendar feedback's pairs, each asked for `extra` more debrief-window
  /// chances a week by a soft monitor of weight `feedbackWeight` (`feedbackRule`), as the
  /// school engine's `pairEmphasis`.
  package static func compile(
    _ school: School, export: XHSTTExport, start: Schedule? = nil, previous: Schedule? = nil,
    emphasis: [(team: TeamID, teacher: TeacherID, extra: Int)] = []
  ) -> CompiledGeneralSchool {
    var problem = HSTTCompiler.compile(export.instance)
    if let begin = start ?? previous {
      problem.start = HSTTCompiler.subEvents(
        export.timetable(for: begin, school: school), eventCount: problem.events.count)
    }
    // Monitor i of the compiled instance is its i-th supported constraint.
    var ruleOfConstraint: [Int: String] = [:]
    for rule in export.rules {
      if case .constraints(let list) = rule.mapping {
        for c in list { ruleOfConstraint[c] = rule.rule }
      }
    }
    var monitorRules: [String] = []
    for (c, constraint) in export.instance.constraints.enumerated() {
      if case .unsupported = constraint.kind { continue }
      monitorRules.append(ruleOfConstraint[c] ?? "structure")
    }
    // The school engine's late-acceptance length once feasible (docs/BENCHMARKS.md): on the
    // generated schools the general engine's soft cost at 1 M steps is 40-60% lower with it
    // than with XHSTT's 1,000.
    problem.lateAcceptanceLength = 150
    // Relocations probe 12 random starts, not all, once feasible: the general engine's moves
    // per second on generated S and L went from 56-66% to 73-100% of the school engine's, its
    // soft cost at 1 M steps 1-5% higher (docs/ENGINE.md).
    problem.probeStarts = 12
    // Late acceptance alone once feasible, without the polish burst and random walk on a
    // stall: on generated S and M (seeds 1-3, 10 M steps) soft 6-12% lower (docs/ENGINE.md).
    problem.polishOnStall = false
    // One move in ten aims at a teacher's gap (`HSTTSearcher.fillIdleTime`): the samples' soft
    // cost at 300,000 steps fell on 17 of 22 runs (seeds 1 and 2), by 6% at the median.
    problem.idleMoveShare = 10
    let compiled = Compiler.compile(school, emphasis: emphasis).problem
    // Each lesson's open Teacher role starts with the school engine's balanced choice.
    let hints = compiled.teacherHints()
    for (l, events) in export.events.enumerated() where l < hints.count && hints[l] >= 0 {
      guard let r = export.teacherResources[school.teachers[Int(hints[l])].id] else { continue }
      for e in events {
        guard let j = export.instance.events[e].openRole(named: "Teacher"),
          j < problem.events[e].openRoles.count
        else { continue }
        problem.events[e].openRoles[j].hint = r
      }
    }
    let resource = school.teachers.map { export.teacherResources[$0.id] }
    var debriefWindowHeld = true
    var huddlesHeld = true
    var openHuddles: (id: Int, group: HSTTHuddleGroup)?
    // The open huddle point as its required and its weighted monitor.
    func closeHuddles() {
      guard let (_, group) = openHuddles else { return }
      openHuddles = nil
      problem.huddleGroups.append(group)
      let point = problem.huddleGroups.count - 1
      for required in [true, false] where group.weights.contains(where: { ($0 < 0) == required }) {
        problem.monitors.append(
          HSTTMonitor(
            hard: required, weight: 1, function: .linear, rule: .huddles(required: required),
            points: [point]))
        monitorRules.append(required ? "common-planning" : "team-policy")
      }
    }
    // A pattern of teachers over slot groups, as resources over time groups; nil when a
    // teacher has no resource.
    func pattern(_ busy: [Int], _ free: [Int], _ slotGroups: [[Int]], followedBy: Int = -1)
      -> HSTTPattern?
    {
      let b = busy.compactMap { resource[$0] }
      let f = free.compactMap { resource[$0] }
      guard b.count == busy.count, f.count == free.count else { return nil }
      var groups: [Int] = []
      for slots in slotGroups {
        groups.append(problem.timeGroups.count)
        problem.timeGroups.append(
          slots.compactMap { export.slotTimes.indices.contains($0) ? export.slotTimes[$0] : nil }
            .sorted())
      }
      return HSTTPattern(busy: b, free: f, groups: groups, followedBy: followedBy)
    }
    for chance in compiled.teamChances() {
      var follower = -1
      if let follow = chance.follow {
        guard let next = pattern(follow.busy, follow.free, follow.groups) else {
          debriefWindowHeld = false
          continue
        }
        problem.patterns.append(next)
        follower = problem.patterns.count - 1
      }
      guard let main = pattern(chance.busy, chance.free, chance.groups, followedBy: follower)
      else {
        if chance.rule == .debriefWindow { debriefWindowHeld = false }
        if chance.counting == .huddles { huddlesHeld = false }
        continue
      }
      problem.patterns.append(main)
      if chance.counting == .huddles {
        // A leader of several teams: the teams of one (leader, week) come together, and
        // become one huddle point when the next chance belongs to another.
        if chance.huddleGroup != openHuddles?.id { closeHuddles() }
        openHuddles =
          openHuddles ?? (chance.huddleGroup, HSTTHuddleGroup(teams: [], needs: [], weights: []))
        openHuddles?.group.teams.append(problem.patterns.count - 1)
        openHuddles?.group.needs.append(chance.minimum)
        openHuddles?.group.weights.append(chance.weight)
        continue
      }
      closeHuddles()
      let hard = chance.weight < 0
      let unbounded = Int(Int32.max)
      let rule: HSTTRule =
        switch chance.counting {
        case .times: .patternTimes(minimum: chance.minimum, maximum: unbounded)
        case .groups, .huddles: .patternGroups(minimum: chance.minimum, maximum: unbounded)
        case .followed:
          .patternFollowed(
            window: chance.follow?.window ?? 0, daysPerWeek: chance.follow?.daysPerWeek ?? 1,
            minimum: chance.minimum)
        }
      problem.monitors.append(
        HSTTMonitor(
          hard: hard, weight: hard ? 1 : Int(clamping: chance.weight), function: .linear,
          rule: rule, points: [problem.patterns.count - 1]))
      let code: String =
        switch chance.rule {
        case .observationWindow: "observation-window"
        case .debriefTime: "debrief-time"
        case .commonPlanning: "common-planning"
        case .debriefWindow: "debrief-window"
        }
      monitorRules.append(hard ? code : "team-policy")
      if chance.extra > 0, case .patternFollowed(let window, let days, let k) = rule {
        problem.monitors.append(
          HSTTMonitor(
            hard: false, weight: feedbackWeight, function: .linear,
            rule: .patternFollowed(window: window, daysPerWeek: days, minimum: k + chance.extra),
            points: [problem.patterns.count - 1]))
        monitorRules.append(feedbackRule)
      }
    }
    closeHuddles()
    if addUnevenSpread(school, export, &problem) { monitorRules.append("uneven-spread") }
    monitorRules += addBudget(school, compiled, export, &problem)
    if let previous { monitorRules += addMoved(school, previous, export, &problem) }
    monitorRules += addRoomPreference(school, export, &problem)
    // Rules the model holds only in part for this school: their engine cost may differ from
    // the checker's.
    var partial: Set<String> = []
    if !debriefWindowHeld || school.cycle.weekCount * school.cycle.dayCount > 64 {
      partial.insert("debrief-window")
    }
    for rule in export.rules where !rule.partial.isEmpty { partial.insert(rule.rule) }
    if !huddlesHeld { partial.formUnion(["common-planning", "team-policy"]) }
    return CompiledGeneralSchool(
      problem: problem, monitorRules: monitorRules, notWhollyHeld: partial.sorted(),
      countLessOnClashes: export.rules.filter(\.mayCountLess).map(\.rule))
  }

  /// `coverage-cost` and `over-budget` (docs/RULES.md "Budget") as the budget monitors over
  /// `HSTTCoverage`: the coverage positions' rates and the released lessons
  /// (`Problem+Budget`) per resource and meeting event. Returns the rules added (when no meeting can be
  /// charged, both counts are constant: the stipends against the cap).
  static func addBudget(
    _ school: School, _ compiled: Problem, _ export: XHSTTExport, _ problem: inout HSTTProblem
  ) -> [String] {
    let T = school.teachers.count
    let rates = compiled.coverageRates(teachers: T)
    var rate = [Int64](repeating: 0, count: problem.resourceCount)
    for (t, teacher) in school.teachers.enumerated() {
      if let r = export.teacherResources[teacher.id], rate.indices.contains(r) {
        rate[r] = rates[t]
      }
    }
    var released = [Bool](repeating: false, count: problem.events.count)
    var exempt = [Int](repeating: -1, count: problem.events.count)
    for (l, events) in export.events.enumerated() {
      let leaders = compiled.lessonLeaders(l, teachers: T)
      guard !leaders.isEmpty else { continue }
      let only =
        leaders.count == 1 ? export.teacherResources[school.teachers[Int(leaders[0])].id] : nil
      for e in events where released.indices.contains(e) {
        released[e] = true
        exempt[e] = only ?? -1
      }
    }
    problem.coverage = HSTTCoverage(
      rate: rate, released: released, exempt: exempt,
      terms: compiled.budgetTerms(cycleWeeks: school.cycle.weekCount))
    var rules: [String] = []
    let (required, weight) = XHSTTExport.xhsttWeight(.coverageCost, school)
    if required || weight > 0 {
      problem.monitors.append(
        HSTTMonitor(
          hard: required, weight: required ? 1 : weight, function: .linear, rule: .coverageCost,
          points: [0]))
      rules.append("coverage-cost")
    }
    if compiled.budgetCap != nil {
      problem.monitors.append(
        HSTTMonitor(hard: true, weight: 1, function: .linear, rule: .overBudget, points: [0]))
      rules.append("over-budget")
    }
    return rules
  }

  /// `moved` (docs/RULES.md) as `movedStart` (one point per meeting event) and
  /// `movedResource` (one per lesson, its events) over `HSTTPrevious`, encoded as the school
  /// engine encodes a previous schedule (`Problem.previousStart`): a meeting the previous
  /// schedule does not have is not compared; a previous start that resolves to no single slot
  /// counts as unplaced before; one at a slot without a time (blocked now) differs from every
  /// time. The teacher compared is the open `Teacher` role's; a preassigned teacher that is
  /// not the previous one is a change whatever the search does.
  static func addMoved(
    _ school: School, _ previous: Schedule, _ export: XHSTTExport, _ problem: inout HSTTProblem
  ) -> [String] {
    let (required, weight) = XHSTTExport.xhsttWeight(.moved, school)
    guard required || weight > 0 else { return [] }
    var before: [String: Meeting] = [:]
    for m in previous.meetings {
      let key = "\(m.lesson.raw)\u{1}\(m.index)"
      if before[key] == nil { before[key] = m }
    }
    let cycle = school.cycle
    let (D, P) = (cycle.dayCount, cycle.periodCount)
    let E = problem.events.count
    var prev = HSTTPrevious(
      start: [Int](repeating: -3, count: E), role: [Int](repeating: -1, count: E),
      resource: [Int](repeating: -1, count: E))
    var groups: [Int] = []
    for (l, lesson) in school.lessons.enumerated() where l < export.events.count {
      for (i, e) in export.events[l].enumerated() where e < E {
        guard let old = before["\(lesson.id.raw)\u{1}\(i)"] else { continue }
        let slots = old.start.map { cycle.resolve($0) } ?? []
        guard slots.count == 1, old.start?.week != nil || cycle.weekCount == 1 else {
          prev.start[e] = -2
          continue
        }
        let n = (slots[0].week * D + slots[0].day) * P + slots[0].period
        prev.start[e] =
          (export.slotTimes.indices.contains(n) ? export.slotTimes[n] : nil)
          ?? problem.timeCount
        let teacher = old.teacher.map { export.teacherResources[$0] ?? -2 } ?? -1
        let event = export.instance.events[e]
        if let j = event.openRole(named: "Teacher") {
          (prev.role[e], prev.resource[e]) = (j, teacher)
        } else if event.resources.first(where: { $0.role == "Teacher" })?.resource ?? -1
          != teacher
        {
          prev.role[e] = -2
        }
      }
      groups.append(problem.eventGroups.count)
      problem.eventGroups.append(export.events[l].filter { $0 < E })
    }
    problem.previous = prev
    let (hard, w) = (required, required ? 1 : weight)
    problem.monitors.append(
      HSTTMonitor(
        hard: hard, weight: w, function: .linear, rule: .movedStart,
        points: Array(0..<E).filter { prev.start[$0] != -3 }))
    problem.monitors.append(
      HSTTMonitor(hard: hard, weight: w, function: .linear, rule: .movedResource, points: groups))
    return ["moved", "moved"]
  }

  /// `room-preference` as a `preferPlaces` monitor: the rooms are the places, a lesson's
  /// preferred rooms its meeting events', a teacher's its resource's. Points: every meeting
  /// event when some teacher prefers rooms, else those of lessons that do.
  static func addRoomPreference(
    _ school: School, _ export: XHSTTExport, _ problem: inout HSTTProblem
  ) -> [String] {
    let (required, weight) = XHSTTExport.xhsttWeight(.roomPreference, school)
    let byTeacher = school.teachers.contains { !$0.preferredRooms.isEmpty }
    let byLesson = school.lessons.contains { !$0.preferredRooms.isEmpty }
    guard required || weight > 0, byTeacher || byLesson else { return [] }
    let rooms = { (ids: [RoomID]) in ids.compactMap { export.roomResources[$0] } }
    var places = HSTTPlaces(
      isPlace: [Bool](repeating: false, count: problem.resourceCount),
      byEvent: [[Int]](repeating: [], count: problem.events.count),
      byResource: [[Int]](repeating: [], count: problem.resourceCount))
    for r in export.roomResources.values where r < problem.resourceCount {
      places.isPlace[r] = true
    }
    for teacher in school.teachers {
      guard let r = export.teacherResources[teacher.id], r < problem.resourceCount else {
        continue
      }
      places.byResource[r] = rooms(teacher.preferredRooms)
    }
    var points: [Int] = []
    for (l, lesson) in school.lessons.enumerated() where l < export.events.count {
      guard byTeacher || !lesson.preferredRooms.isEmpty else { continue }
      for e in export.events[l] where e < problem.events.count {
        places.byEvent[e] = rooms(lesson.preferredRooms)
        points.append(e)
      }
    }
    problem.places = places
    problem.monitors.append(
      HSTTMonitor(
        hard: required, weight: required ? 1 : weight, function: .linear, rule: .preferPlaces,
        points: points))
    return ["room-preference"]
  }

  /// `uneven-spread` as an `unevenDays` monitor: one point per lesson of two or more
  /// meetings, its meetings' events; a time's day is its slot's cycle day. False when the
  /// school does not weigh the rule.
  static func addUnevenSpread(
    _ school: School, _ export: XHSTTExport, _ problem: inout HSTTProblem
  ) -> Bool {
    let (required, weight) = XHSTTExport.xhsttWeight(.unevenSpread, school)
    guard required || weight > 0 else { return false }
    let P = max(1, school.cycle.periodCount)
    var dayOfTime = [Int](repeating: 0, count: problem.timeCount)
    for (n, t) in export.slotTimes.enumerated() {
      if let t, dayOfTime.indices.contains(t) { dayOfTime[t] = n / P }
    }
    var points: [Int] = []
    for events in export.events where events.count >= 2 {
      points.append(problem.eventGroups.count)
      problem.eventGroups.append(events)
    }
    problem.monitors.append(
      HSTTMonitor(
        hard: required, weight: weight, function: .linear,
        rule: .unevenDays(
          dayOfTime: dayOfTime, days: school.cycle.weekCount * school.cycle.dayCount),
        points: points))
    return true
  }
}

/// A school in the general model, with what it takes to report the engine's cost rule by
/// rule.
package struct CompiledGeneralSchool: Sendable {
  package var problem: HSTTProblem
  /// Per monitor of `problem`, the docs/RULES.md code of the rule it carries ("structure" for
  /// constraints that carry none).
  package var monitorRules: [String]
  /// The rules whose engine cost may differ from the checker's on this school: those left
  /// out, and those the export holds in part. Sorted.
  package var notWhollyHeld: [String]
  /// The rules whose XHSTT form may count less than the checker on a timetable where a
  /// resource attends two meetings at once (`XHSTTRuleExport.mayCountLess`).
  package var countLessOnClashes: [String]

  /// The rules some of whose monitors count a resource's busy times: on a timetable where a
  /// double lesson runs past the end of its day (`double-lesson-overflow`), the model's time
  /// after the day's last period is the next day's first, which the checker does not count
  /// there. Sorted.
  package var countedOnBusyTimes: [String] {
    var rules: Set<String> = []
    for (m, monitor) in problem.monitors.enumerated() {
      switch monitor.rule {
      case .avoidClashes, .avoidUnavailableTimes, .limitIdleTimes, .clusterBusyTimes,
        .limitBusyTimes, .patternTimes, .patternGroups, .patternFollowed, .huddles, .unevenDays:
        rules.insert(monitorRules[m])
      default:
        break
      }
    }
    return rules.sorted()
  }
}
