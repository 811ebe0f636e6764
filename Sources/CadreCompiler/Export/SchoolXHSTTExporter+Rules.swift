import CadreEngine
import CadreModel

/// The rules of docs/RULES.md as XHSTT constraints. Each constraint's cost is the rule's count
/// × weight on every timetable Cadre can write (one start per meeting), with the exceptions
/// docs/XHSTT.md lists ("Exporting a school").
extension Builder {
  mutating func rules() {
    var constraintIds = IDSpace()
    keepMeetingsWhole(&constraintIds)
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
      return .structure("every meeting's teacher is preassigned")
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
      return .structure(
        "a teacher is preassigned only when the lesson fixes it or has one candidate (or the "
          + "exported schedule chose it)")
    case .roomUnsuitable:
      return .structure(
        "a room is preassigned only when the lesson fixes it (its room, or the class's home "
          + "room) or one room suits it (or the exported schedule chose it)")
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
      return .notExported(
        "limits runs of consecutive taught periods; XHSTT 2012 has no such constraint "
          + "(LimitActiveIntervals belongs to the later XESTT extension, which Cadre does not read)"
      )
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
      return .constraints(
        byTimes.enumerated().map { k, entry in
          add(
            "PreferredSlots\(k + 1)", "meetings start in their lesson's preferred slots", .step,
            .preferTimes(events: entry.events, times: entry.times, duration: nil))
        })
    case .moved:
      return .notExported("re-solve only: it compares with a previous schedule")
    case .splitLesson:
      return .notExported(
        "one teacher per lesson is XHSTT's AvoidSplitAssignments, which scores resource "
          + "assignment; the archive preassigns each meeting's teacher or leaves it open")
    case .roomStability:
      return .notExported(
        "one room per lesson is XHSTT's AvoidSplitAssignments, which scores resource "
          + "assignment; the archive preassigns each meeting's room or leaves it open")
    case .personalLimit, .personalPreference:
      return .notExported(
        "teachers' and classes' own limits (gaps, days, periods a day, in a row) are not "
          + "written yet; XHSTT has them (LimitIdleTimes, ClusterBusyTimes, LimitBusyTimes)")
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
      guard !interior.isEmpty else { return partial(.teacherClash) }
      return partial(.teacherClash) + [
        "\(interior.count) unavailable slot(s) of teachers inside a day ("
          + Self.sample(interior)
          + ") count as idle between two taught periods in XHSTT, not in Cadre (the format "
          + "wants each idle-time group compact: a whole day)"
      ]
    case .noTeacher, .teacherClash, .teacherUnavailable, .unqualifiedTeacher, .leaderOverload,
      .teacherDayMax, .teacherWeekMax:
      guard !openTeacherLessons.isEmpty else { return [] }
      return [
        "\(openTeacherLessons.count) lesson(s) choose among several teachers ("
          + Self.sample(openTeacherLessons)
          + "): their meetings have no teacher in the archive (resource assignment is not "
          + "exported; exporting with a schedule preassigns the teachers it chose)"
      ]
    case .roomClash, .roomUnavailable, .roomUnsuitable:
      guard !openRoomLessons.isEmpty else { return [] }
      return [
        "\(openRoomLessons.count) lesson(s) choose among several rooms ("
          + Self.sample(openRoomLessons)
          + "): their meetings have no room in the archive (resource assignment is not "
          + "exported; exporting with a schedule preassigns the rooms it chose)"
      ]
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
      let preferring = school.teachers.filter { !$0.preferred.isEmpty }.map(\.id.raw)
      if !preferring.isEmpty {
        notes.append(
          "\(preferring.count) teacher(s) state preferred slots (" + Self.sample(preferring)
            + "): that part of the rule is not exported")
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

  /// Unavailable slots of the teachers teacher-gap counts that are neither the first nor the
  /// last time of their day, as labels ("T05 Tue P3"), in school order.
  func interiorUnavailable() -> [String] {
    var first = [Int](repeating: Int.max, count: W * D)
    var last = [Int](repeating: -1, count: W * D)
    for t in inst.times.indices {
      let cd = timeSlot[t] / P
      first[cd] = min(first[cd], t)
      last[cd] = max(last[cd], t)
    }
    let leading = Set(school.leadership.leaders.compactMap(\.teacher))
    var out: [String] = []
    for t in school.teachers where !leading.contains(t.id) {
      for time in times(t.unavailable) {
        let cd = timeSlot[time] / P
        if time > first[cd] && time < last[cd] {
          out.append("\(t.id.raw) \(inst.times[time].name)")
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
