import CadreEngine
import CadreModel

/// The rules of docs/RULES.md as XHSTT constraints. Each constraint's cost is the rule's count
/// × weight on every timetable Cadre can write (one start per meeting), with the exceptions
/// docs/XHSTT.md lists ("Exporting a school").
extension Builder {
  mutating func rules() {
    var constraintIds = IDSpace()
    keepMeetingsWhole(&constraintIds)
    if !openTeacherLessons.isEmpty {
      notes.append(
        "\(openTeacherLessons.count) lesson(s) choose among several teachers ("
          + Self.sample(openTeacherLessons)
          + "): their meetings have an open Teacher role, to be assigned (AssignResource) from "
          + "the lesson's candidates (PreferResources), both required")
    }
    if !openRoomLessons.isEmpty {
      notes.append(
        "\(openRoomLessons.count) lesson(s) choose among several rooms ("
          + Self.sample(openRoomLessons)
          + "): their meetings have an open Room role, to be assigned (AssignResource) from "
          + "the rooms that suit the lesson (PreferResources), both required")
    }
    if !blocked.isEmpty {
      notes.append(
        "the \(blocked.count) blocked slot(s) have no time in the archive: no meeting can start "
          + "in one, and a teacher's day runs on across it (a blocked period is never idle)")
    }
    for rule in Rule.allCases {
      let (required, weight) = XHSTTExport.xhsttWeight(rule, school)
      let mapping = map(rule, &constraintIds)
      ruleExports.append(
        XHSTTRuleExport(
          rule: rule.code, required: required, weight: weight, mapping: mapping,
          partial: partial(rule),
          mayCountLess: [
            .teacherUnavailable, .classUnavailable, .roomUnavailable, .lateDay, .teacherGap,
          ]
          .contains(rule)))
      if case .constraints(let list) = mapping, !list.isEmpty,
        weight > XHSTTExport.specificationMaxWeight
      {
        notes.append(
          "\(rule.code) has weight \(weight), above the XHSTT specification's 1000: Cadre "
            + "reads it, other XHSTT tools may refuse it")
      }
    }
  }

  // MARK: One rule

  mutating func map(_ rule: Rule, _ ids: inout IDSpace) -> XHSTTRuleMapping {
    let teachers = Array(inst.resourceGroups[teachersGroup].members)
    let classes = Array(inst.resourceGroups[classesGroup].members)
    let rooms = Array(inst.resourceGroups[roomsGroup].members)
    func add(_ id: String, _ name: String, _ f: XCostFunction, _ kind: XConstraintKind) -> Int {
      let (required, weight) = XHSTTExport.xhsttWeight(rule, school)
      inst.constraints.append(
        XConstraint(
          id: ids.claim(id), name: "\(rule.code): \(name)", required: required, weight: weight,
          costFunction: f, kind: kind))
      return inst.constraints.count - 1
    }
    switch rule {
    case .unplaced:
      let all = inst.eventGroups[allEventsGroup].members
      return .constraints(
        all.isEmpty
          ? []
          : [add("AssignTimes", "every meeting gets a start", .step, .assignTime(events: all))])
    case .noTeacher:
      let open = openEvents("Teacher")
      guard !open.isEmpty else { return .structure("every meeting's teacher is preassigned") }
      return .constraints([
        add(
          "AssignTeachers", "every meeting whose teacher is open gets one", .step,
          .assignResource(events: open, role: "Teacher"))
      ])
    case .teacherClash:
      return .constraints(
        teachers.isEmpty
          ? [] : [add("TeacherClashes", "teachers", .linear, .avoidClashes(resources: teachers))])
    case .classClash:
      return .constraints(
        classes.isEmpty
          ? [] : [add("ClassClashes", "classes", .linear, .avoidClashes(resources: classes))])
    case .studentClash:
      // One AvoidClashes per student count, weighted by it: a clash of g costs students(g).
      var bySize: [Int: [Int]] = [:]
      for (i, g) in school.studentGroups.enumerated() {
        bySize[max(1, g.students), default: []].append(studentResource[i])
      }
      return .constraints(
        bySize.keys.sorted().map { n in
          inst.constraints.append(
            XConstraint(
              id: ids.claim("StudentClashes\(n)"),
              name: "student-clash: student groups of \(n) student\(n == 1 ? "" : "s")",
              required: true, weight: n, costFunction: .linear,
              kind: .avoidClashes(resources: bySize[n] ?? [])))
          return inst.constraints.count - 1
        })
    case .roomClash:
      return .constraints(
        rooms.isEmpty
          ? [] : [add("RoomClashes", "rooms", .linear, .avoidClashes(resources: rooms))])
    case .blockedSlot:
      // A blocked slot has no time, so no meeting starts in one; a meeting of d periods that
      // starts before one covers it. Constraint k (1...d − 1) prefers the starts that cover
      // fewer than k blocked slots, so a meeting costs as many as it covers.
      var out: [Int] = []
      for (d, group) in durationGroups() {
        let covered = inst.times.indices.map { t in
          (1..<min(d, P - period(t))).filter { blocked.contains(timeSlot[t] + $0) }.count
        }
        for k in 1..<d {
          let starts = inst.times.indices.filter { covered[$0] < k }
          guard starts.count < inst.times.count else { continue }
          out.append(
            add(
              "AvoidBlocked\(d)" + (k > 1 ? "_\(k)" : ""),
              k == 1
                ? "a meeting of \(d) periods covers no blocked slot"
                : "a meeting of \(d) periods covers fewer than \(k) blocked slots", .step,
              .preferTimes(events: inst.eventGroups[group].members, times: starts, duration: nil)))
        }
      }
      return .constraints(out)
    case .teacherUnavailable:
      let kinds = unavailable(school.teachers.map { (teacherResource[$0.id], $0.unavailable) })
      return .constraints(
        kinds.map { add("TeacherUnavailable\($0)", "teachers' unavailable slots", .linear, $1) })
    case .classUnavailable:
      let kinds = unavailable(school.classes.map { (classResource[$0.id], $0.unavailable) })
      return .constraints(
        kinds.map { add("ClassUnavailable\($0)", "classes' unavailable slots", .linear, $1) })
    case .roomUnavailable:
      let kinds = unavailable(school.rooms.map { (roomResource[$0.id], $0.unavailable) })
      return .constraints(
        kinds.map { add("RoomUnavailable\($0)", "rooms' unavailable slots", .linear, $1) })
    case .doubleLessonOverflow:
      var out: [Int] = []
      for (d, group) in durationGroups() {
        // Starts that leave room for the whole meeting before the day ends.
        let starts = inst.times.indices.filter { period($0) + d <= P }
        out.append(
          add(
            "WithinTheDay\(d)", "a meeting of \(d) periods ends by the day's last period",
            .step,
            .preferTimes(events: inst.eventGroups[group].members, times: starts, duration: nil)))
      }
      return .constraints(out)
    case .pinnedMoved:
      return .structure("each pinned meeting is an event with its pinned start preassigned")
    case .unqualifiedTeacher:
      let domains = roleDomains("Teacher", teacherCandidates, teachers.count)
      guard !openEvents("Teacher").isEmpty else {
        return .structure(
          "a teacher is preassigned only when the lesson fixes it or has one candidate (or the "
            + "exported schedule chose it)")
      }
      return .constraints(
        domains.enumerated().map { k, entry in
          add(
            "TeacherCandidates\(k + 1)", "an open teacher is one of the lesson's candidates",
            .step, .preferResources(events: entry.events, role: "Teacher", resources: entry.set))
        })
    case .roomUnsuitable:
      let open = openEvents("Room")
      guard !open.isEmpty else {
        return .structure(
          "a room is preassigned only when the lesson fixes it (its room, or the class's home "
            + "room) or one room suits it (or the exported schedule chose it)")
      }
      var out = [
        add(
          "AssignRooms", "every meeting that needs a room and has it open gets one", .step,
          .assignResource(events: open, role: "Room"))
      ]
      for (k, entry) in roleDomains("Room", roomCandidates, rooms.count).enumerated() {
        out.append(
          add(
            "SuitableRooms\(k + 1)", "an open room suits the lesson", .step,
            .preferResources(events: entry.events, role: "Room", resources: entry.set)))
      }
      return .constraints(out)
    case .leaderOverload:
      let teachable = W * D * P - blocked.count
      var byLimit: [(limit: Int, resources: [Int])] = []
      for leader in school.leadership.leaders {
        guard let t = leader.teacher, let r = teacherResource[t],
          let role = school.leadership.roles.first(where: { $0.id == leader.role })
        else { continue }
        let limit = role.teachingLimit(teachableSlots: teachable, cycleDays: W * D)
        if let k = byLimit.firstIndex(where: { $0.limit == limit }) {
          byLimit[k].resources.append(r)
        } else {
          byLimit.append((limit, [r]))
        }
      }
      return .constraints(
        byLimit.map { entry in
          add(
            "LeaderTeaching\(entry.limit)", "teaching leaders teach at most \(entry.limit) periods",
            .linear,
            .limitBusyTimes(
              resources: entry.resources, timeGroups: [cycleGroup], minimum: 0,
              maximum: entry.limit))
        })
    case .teacherDayMax, .teacherWeekMax:
      let perDay = rule == .teacherDayMax
      let groups = perDay ? Array(W..<(W + W * D)) : Array(0..<W)
      var byMax: [(most: Int, resources: [Int])] = []
      for t in school.teachers {
        guard let most = perDay ? t.maxPerDay : t.maxPerWeek, let r = teacherResource[t.id],
          !byMax.contains(where: { $0.resources.contains(r) })
        else { continue }
        if let k = byMax.firstIndex(where: { $0.most == most }) {
          byMax[k].resources.append(r)
        } else {
          byMax.append((most, [r]))
        }
      }
      let unit = perDay ? "Day" : "Week"
      return .constraints(
        byMax.map { entry in
          add(
            "TeacherPer\(unit)Max\(entry.most)",
            "at most \(entry.most) periods a \(unit.lowercased())", .linear,
            .limitBusyTimes(
              resources: entry.resources, timeGroups: groups, minimum: 0, maximum: entry.most))
        })
    case .commonPlanning:
      return .notExported(
        "a team's leader and every member free in the same slot: no XHSTT constraint relates "
          + "the free times of several resources")
    case .observationWindow:
      return .notExported(
        "slots in which a member teaches while the leader is free: no XHSTT constraint relates "
          + "one resource's busy times to another's free times")
    case .debriefTime:
      return .notExported(
        "slots in which a member and the leader are both free: no XHSTT constraint relates the "
          + "free times of several resources")
    case .teamPolicy:
      return .notExported(
        "a team's soft-marked huddles or observable slots: the free times of several "
          + "resources, as common-planning and observation-window")
    case .debriefWindow:
      return .notExported(
        "observation chances followed by joint free time within the debrief window: no XHSTT "
          + "constraint relates one resource's busy times to another's free times")
    case .teacherGap:
      let kinds = teacherGaps()
      return .constraints(
        kinds.map { add("TeacherGaps\($0)", "idle periods of teachers", .linear, $1) })
    case .sameSubjectTwice:
      return .constraints(
        sameSubjectDays().map { eventGroups in
          let limits = (0..<(W * D)).map {
            XSpreadLimit(timeGroup: dayGroup($0), minimum: 0, maximum: 1)
          }
          return add(
            "SameSubjectOncePerDay", "a class has a subject at most once a day", .linear,
            .spreadEvents(eventGroups: eventGroups, limits: limits))
        })
    case .unevenSpread:
      return .notExported(
        "counts how close in days a lesson's meetings are; SpreadEvents counts meetings per time "
          + "group, not distances between them")
    case .consecutive:
      // A run of L taught periods fills L − m windows of m + 1 periods (none spans a blocked
      // period, which ends a run in both): Cadre's max(0, L − m), as for `maxInARow`.
      let m = max(0, school.policy.maxConsecutivePeriods)
      guard m < P, !teachers.isEmpty else { return .constraints([]) }
      let windows = self.windows(m + 1)
      guard !windows.isEmpty else { return .constraints([]) }
      return .constraints([
        add(
          "Consecutive", "at most \(m) periods taught in a row", .linear,
          .limitBusyTimes(resources: teachers, timeGroups: windows, minimum: 0, maximum: m))
      ])
    case .lateDay:
      let anyMarked = school.cycle.periods.contains { $0.late }
      let late = inst.times.indices.filter { t in
        anyMarked ? school.cycle.periods[period(t)].late : period(t) == P - 1
      }
      guard !late.isEmpty, !classes.isEmpty else { return .constraints([]) }
      _ = addTimeGroup("Late", "Late periods", late)
      return .constraints([
        add(
          "LateDay", "classes meet in late periods", .linear,
          .avoidUnavailableTimes(resources: classes, times: late))
      ])
    case .preferredSlot:
      var byTimes: [(times: [Int], events: [Int])] = []
      for (l, lesson) in school.lessons.enumerated() where !lesson.preferred.isEmpty {
        let times = self.times(lesson.preferred)
        if let k = byTimes.firstIndex(where: { $0.times == times }) {
          byTimes[k].events += lessonEvents[l]
        } else {
          byTimes.append((times, lessonEvents[l]))
        }
      }
      var out = byTimes.enumerated().map { k, entry in
        add(
          "PreferredSlots\(k + 1)", "meetings start in their lesson's preferred slots", .step,
          .preferTimes(events: entry.events, times: entry.times, duration: nil))
      }
      // A teacher's preferred slots: 1 per time taught outside them.
      let kinds = unavailable(
        school.teachers.map { t in
          guard !t.preferred.isEmpty else { return (nil, []) }
          let preferred = Set(self.times(t.preferred))
          let outside = inst.times.indices.filter { !preferred.contains($0) }
          return (teacherResource[t.id], outside.map { slotRef(timeSlot[$0]) })
        })
      for (k, kind) in kinds {
        out.append(
          add("TeacherPreferredSlots\(k)", "teachers teach in their preferred slots", .linear, kind)
        )
      }
      return .constraints(out)
    case .moved:
      return .notExported("re-solve only: it compares with a previous schedule")
    case .splitLesson:
      // Lessons whose meetings may have different teachers (neither fixed nor one candidate).
      let groups = school.lessons.indices.filter {
        !school.lessons[$0].allowSplit && teacherVaries[$0] && lessonEvents[$0].count >= 2
      }.map { lessonCourse[$0] }
      return .constraints(
        groups.isEmpty
          ? []
          : [
            add(
              "OneTeacherPerLesson", "a lesson's meetings have one teacher", .linear,
              .avoidSplitAssignments(eventGroups: groups, role: "Teacher"))
          ])
    case .roomStability:
      // Lessons whose meetings may have different rooms and have a room in the archive.
      let groups = school.lessons.indices.filter { l in
        roomVaries[l] && lessonEvents[l].count >= 2
          && lessonEvents[l].contains { e in inst.events[e].resources.contains { $0.role == "Room" }
          }
      }.map { lessonCourse[$0] }
      return .constraints(
        groups.isEmpty
          ? []
          : [
            add(
              "OneRoomPerLesson", "a lesson's meetings have one room", .linear,
              .avoidSplitAssignments(eventGroups: groups, role: "Room"))
          ])
    case .personalLimit, .personalPreference:
      return .constraints(personalLimits(soft: rule == .personalPreference, &ids))
    case .roomPreference:
      return .notExported(
        "rooms a lesson or a teacher prefers: not written yet (PreferResources on the Room "
          + "role of a lesson's meetings, soft)")
    case .overBudget, .coverageCost:
      return .notExported("money: XHSTT has no costs of resources, stipends or caps")
    }
  }

  /// What a mapping leaves out for this school: meetings without a teacher or room in the
  /// archive, pinned meetings outside their preferred slots.
  func partial(_ rule: Rule) -> [String] {
    switch rule {
    case .teacherGap:
      let interior = interiorUnavailable()
      guard !interior.isEmpty else { return [] }
      return [
        "\(interior.count) unavailable slot(s) of teachers inside a day ("
          + Self.sample(interior)
          + ") count as idle between two taught periods in XHSTT, not in Cadre (the format "
          + "wants each idle-time group compact: a whole day)"
      ]
    case .personalLimit, .personalPreference:
      return personalPartial(soft: rule == .personalPreference)
    case .preferredSlot:
      var outside: [String] = []
      for (l, lesson) in school.lessons.enumerated() where !lesson.preferred.isEmpty {
        let preferred = Set(times(lesson.preferred))
        for e in lessonEvents[l] {
          if let t = inst.events[e].time, !preferred.contains(t) {
            outside.append(inst.events[e].id)
          }
        }
      }
      var notes: [String] = []
      if !outside.isEmpty {
        notes.append(
          "\(outside.count) pinned meeting(s) start outside their lesson's preferred slots ("
            + Self.sample(outside) + "): XHSTT does not score events with a preassigned time, "
            + "Cadre counts them")
      }
      return notes
    default:
      return []
    }
  }

  static func sample(_ names: [String]) -> String {
    names.count <= 3
      ? names.joined(separator: ", ") : names.prefix(3).joined(separator: ", ") + ", ..."
  }

  // MARK: Helpers

  /// Events of each duration above 1 as an event group, by duration.
  mutating func durationGroups() -> [(duration: Int, group: Int)] {
    var durations: [Int] = []
    for e in inst.events where e.duration > 1 && !durations.contains(e.duration) {
      durations.append(e.duration)
    }
    var out: [(Int, Int)] = []
    for d in durations.sorted() {
      let name = "Duration\(d)"
      if let g = inst.eventGroups.firstIndex(where: { $0.kind == .group && $0.id == name }) {
        out.append((d, g))
        continue
      }
      let members = inst.events.indices.filter { inst.events[$0].duration == d }
      out.append((d, addEventGroup(name, "Meetings of \(d) periods", members)))
    }
    return out
  }

  /// The events with an open role named `role`, in event order.
  func openEvents(_ role: String) -> [Int] {
    inst.events.indices.filter { inst.events[$0].openRole(named: role) != nil }
  }

  /// The domains of the open roles named `role`: per distinct candidate set (per lesson:
  /// `candidates`), the events of the lessons that have it with that role open; a set holding
  /// every one of the `all` resources of the type narrows nothing and is left out.
  func roleDomains(_ role: String, _ candidates: [[Int]], _ all: Int) -> [(
    set: [Int], events: [Int]
  )] {
    var out: [(set: [Int], events: [Int])] = []
    for (l, list) in lessonEvents.enumerated() where l < candidates.count {
      let events = list.filter { inst.events[$0].openRole(named: role) != nil }
      guard !events.isEmpty, candidates[l].count < all else { continue }
      if let k = out.firstIndex(where: { $0.set == candidates[l] }) {
        out[k].events += events
      } else {
        out.append((candidates[l], events))
      }
    }
    return out
  }

  /// The teachers and classes with personal limits, as (resource, name, limits, unavailable).
  var limited: [(resource: Int, name: String, limits: PersonalLimits, unavailable: [SlotRef])] {
    var out: [(Int, String, PersonalLimits, [SlotRef])] = []
    var seen = Set<Int>()
    for t in school.teachers where !t.limits.isEmpty {
      if let r = teacherResource[t.id], seen.insert(r).inserted {
        out.append((r, t.id.raw, t.limits, t.unavailable))
      }
    }
    for k in school.classes where !k.limits.isEmpty {
      if let r = classResource[k.id], seen.insert(r).inserted {
        out.append((r, k.id.raw, k.limits, k.unavailable))
      }
    }
    return out
  }

  /// `personal-limit` (the plain numbers, required) or `personal-preference` (the numbers with
  /// a weight, that weight): one set of constraints per (limit, number, weight), over the
  /// teachers and classes that share it. Gaps a day: LimitIdleTimes on each day alone (its
  /// deviation sums the idle times of all its groups); gaps a week: LimitIdleTimes on the
  /// week's days; days a week: ClusterBusyTimes on the week's days; periods a day, at least:
  /// LimitBusyTimes on the days, minimum m (a day without a busy time costs nothing, as in
  /// Cadre); in a row: LimitBusyTimes at most m on every m + 1 consecutive periods of a day
  /// with none blocked (a run of L is L − m such windows, all busy).
  mutating func personalLimits(soft: Bool, _ ids: inout IDSpace) -> [Int] {
    var groups: [(kind: PersonalLimits.Kind, count: Int, weight: Int, resources: [Int])] = []
    for entry in limited {
      for kind in PersonalLimits.Kind.allCases {
        guard let n = entry.limits[kind], n.isSoft == soft else { continue }
        let weight = n.weight ?? 1
        if let k = groups.firstIndex(where: {
          $0.kind == kind && $0.count == n.count && $0.weight == weight
        }) {
          groups[k].resources.append(entry.resource)
        } else {
          groups.append((kind, n.count, weight, [entry.resource]))
        }
      }
    }
    var out: [Int] = []
    for g in groups {
      let m = max(0, g.count)
      let suffix = soft ? "_w\(g.weight)" : ""
      let base = "Personal-\(g.kind.key)\(m)\(suffix)"
      let code = soft ? "personal-preference" : "personal-limit"
      func add(_ id: String, _ name: String, _ kind: XConstraintKind) {
        inst.constraints.append(
          XConstraint(
            id: ids.claim(id), name: "\(code): \(name)", required: !soft, weight: g.weight,
            costFunction: .linear, kind: kind))
        out.append(inst.constraints.count - 1)
      }
      let days = (0..<(W * D)).map(dayGroup)
      switch g.kind {
      case .maxGapsPerDay:
        for cd in 0..<(W * D) {
          add(
            "\(base)_\(inst.timeGroups[dayGroup(cd)].id)",
            "at most \(m) gaps on \(inst.timeGroups[dayGroup(cd)].name)",
            .limitIdleTimes(
              resources: g.resources, timeGroups: [dayGroup(cd)], minimum: 0, maximum: m))
        }
      case .maxGapsPerWeek, .maxDaysPerWeek:
        for w in 0..<W {
          let week = Array(days[(w * D)..<((w + 1) * D)])
          let id = "\(base)" + (W > 1 ? "_\(inst.timeGroups[w].id)" : "")
          if g.kind == .maxGapsPerWeek {
            add(
              id, "at most \(m) gaps a week",
              .limitIdleTimes(resources: g.resources, timeGroups: week, minimum: 0, maximum: m))
          } else {
            add(
              id, "at most \(m) days a week",
              .clusterBusyTimes(resources: g.resources, timeGroups: week, minimum: 0, maximum: m))
          }
        }
      case .minPerDay:
        add(
          base, "at least \(m) periods on a day with any",
          .limitBusyTimes(resources: g.resources, timeGroups: days, minimum: m, maximum: max(m, P)))
      case .maxInARow:
        let windows = self.windows(m + 1)
        guard !windows.isEmpty else { continue }
        add(
          base, "at most \(m) periods in a row",
          .limitBusyTimes(resources: g.resources, timeGroups: windows, minimum: 0, maximum: m))
      }
      if g.weight > XHSTTExport.specificationMaxWeight {
        notes.append(
          "\(code) has weight \(g.weight), above the XHSTT specification's 1000: Cadre reads it, "
            + "other XHSTT tools may refuse it")
      }
    }
    return out
  }

  /// The time groups of `length` consecutive periods of one day, none of them blocked
  /// (created once per length).
  mutating func windows(_ length: Int) -> [Int] {
    if let w = runWindows[length] { return w }
    var out: [Int] = []
    if length <= P {
      for cd in 0..<(W * D) {
        for p in 0...(P - length) {
          let slots = (0..<length).map { cd * P + p + $0 }
          let times = slots.compactMap { slotTime[$0] }
          guard times.count == length else { continue }
          let day = inst.timeGroups[dayGroup(cd)]
          out.append(
            addTimeGroup(
              "Run\(length)_\(day.id)_\(p + 1)",
              "\(length) periods of \(day.name) from \(school.cycle.periods[p].name)", times))
        }
      }
    }
    runWindows[length] = out
    return out
  }

  /// What the personal limits leave out: an unavailable slot inside a day of a teacher or
  /// class with a gap limit counts as idle in XHSTT, not as a gap in Cadre.
  func personalPartial(soft: Bool) -> [String] {
    let gapped = limited.filter { entry in
      [PersonalLimits.Kind.maxGapsPerDay, .maxGapsPerWeek].contains {
        entry.limits[$0].map { $0.isSoft == soft } ?? false
      }
    }
    let inside = interior(gapped.map { ($0.name, $0.unavailable) })
    guard !inside.isEmpty else { return [] }
    return [
      "\(inside.count) unavailable slot(s) inside a day of a teacher or class with a gap limit ("
        + Self.sample(inside)
        + ") count as idle between two busy periods in XHSTT, not as gaps in Cadre (the "
        + "format wants each idle-time group compact: a whole day)"
    ]
  }

  /// SplitEvents: a meeting of several periods is one piece (Cadre never splits one; without
  /// it an XHSTT solver, Cadre's included, may cut a double into singles). Not a rule: it costs
  /// 0 on every timetable a Cadre schedule gives.
  mutating func keepMeetingsWhole(_ ids: inout IDSpace) {
    for (d, group) in durationGroups() {
      inst.constraints.append(
        XConstraint(
          id: ids.claim("KeepWhole\(d)"), name: "meetings of \(d) periods stay whole",
          required: true, weight: 1, costFunction: .linear,
          kind: .splitEvents(
            events: inst.eventGroups[group].members, minDuration: d, maxDuration: d, minAmount: 1,
            maxAmount: 1)))
      notes.append(
        "SplitEventsConstraint \(inst.constraints.last?.id ?? ""): a meeting of \(d) periods is "
          + "one event of duration \(d) that must not be split (required)")
    }
  }

  /// One AvoidUnavailableTimes constraint per distinct non-empty set of unavailable times, over
  /// the resources that share it (in school order).
  func unavailable(_ records: [(resource: Int?, refs: [SlotRef])]) -> [(String, XConstraintKind)] {
    var sets: [(times: [Int], resources: [Int])] = []
    var seen = Set<Int>()
    for r in records {
      guard let resource = r.resource, !r.refs.isEmpty, seen.insert(resource).inserted else {
        continue
      }
      let times = self.times(r.refs)
      guard !times.isEmpty else { continue }
      if let k = sets.firstIndex(where: { $0.times == times }) {
        sets[k].resources.append(resource)
      } else {
        sets.append((times, [resource]))
      }
    }
    return sets.enumerated().map { k, entry in
      (
        sets.count == 1 ? "" : "\(k + 1)",
        .avoidUnavailableTimes(resources: entry.resources, times: entry.times)
      )
    }
  }

  /// LimitIdleTimes for teacher-gap: every teacher who is not a teaching leader, at most 0 idle
  /// times over the `Day` groups. Blocked slots have no time, so a day's group is compact
  /// (consecutive times, as the format wants and KHE insists) and a blocked period is never
  /// idle, as in Cadre; a teacher's unavailable period inside a day stays in the group and
  /// between two taught periods counts as idle here, not in Cadre (`interiorUnavailable`).
  func teacherGaps() -> [(String, XConstraintKind)] {
    let leading = Set(school.leadership.leaders.compactMap(\.teacher))
    var resources: [Int] = []
    for t in school.teachers where !leading.contains(t.id) {
      if let r = teacherResource[t.id], !resources.contains(r) { resources.append(r) }
    }
    guard !resources.isEmpty else { return [] }
    let days = Array(W..<(W + W * D))
    return [("", .limitIdleTimes(resources: resources, timeGroups: days, minimum: 0, maximum: 0))]
  }

  /// A slot number as a reference (week, day and period named).
  func slotRef(_ n: Int) -> SlotRef {
    school.cycle.ref(Slot(week: n / (D * P), day: n / P % D, period: n % P))
  }

  /// Unavailable slots of the teachers teacher-gap counts that are neither the first nor the
  /// last time of their day, as labels ("T05 Tue P3"), in school order.
  func interiorUnavailable() -> [String] {
    let leading = Set(school.leadership.leaders.compactMap(\.teacher))
    return interior(
      school.teachers.filter { !leading.contains($0.id) }.map { ($0.id.raw, $0.unavailable) })
  }

  /// The unavailable slots of these resources (name, unavailable) that are neither the first
  /// nor the last time of their day, as labels ("T05 Tue P3").
  func interior(_ records: [(name: String, unavailable: [SlotRef])]) -> [String] {
    var first = [Int](repeating: Int.max, count: W * D)
    var last = [Int](repeating: -1, count: W * D)
    for t in inst.times.indices {
      let cd = timeSlot[t] / P
      first[cd] = min(first[cd], t)
      last[cd] = max(last[cd], t)
    }
    var out: [String] = []
    for r in records {
      for time in times(r.unavailable) {
        let cd = timeSlot[time] / P
        if time > first[cd] && time < last[cd] {
          out.append("\(r.name) \(inst.times[time].name)")
        }
      }
    }
    return out
  }

  /// Event groups of the (class, subject) pairs with at least two meetings, in lesson order;
  /// one list (for one SpreadEvents constraint), or none when there is no such pair.
  mutating func sameSubjectDays() -> [[Int]] {
    var pairs: [(key: String, name: String, events: [Int])] = []
    for (l, lesson) in school.lessons.enumerated() {
      let key = "\(lesson.classID.raw)\u{1}\(lesson.subject)"
      if let k = pairs.firstIndex(where: { $0.key == key }) {
        pairs[k].events += lessonEvents[l]
      } else {
        pairs.append((key, "\(lesson.classID.raw)/\(lesson.subject)", lessonEvents[l]))
      }
    }
    var groups: [Int] = []
    for pair in pairs where pair.events.count >= 2 {
      groups.append(
        addEventGroup(
          "Subject_" + pair.name, "Meetings of \(pair.name.replacingSlash) (one a day)",
          pair.events))
    }
    return groups.isEmpty ? [] : [groups]
  }
}

extension String {
  /// "3A/math" → "3A math".
  fileprivate var replacingSlash: String {
    String(map { $0 == "/" ? " " : $0 })
  }
}
