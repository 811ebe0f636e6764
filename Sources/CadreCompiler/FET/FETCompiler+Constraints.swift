import CadreModel

extension FETCompiler.Builder {
  /// The FET time constraint types the mapping supports (docs/FET.md has the table).
  static let supportedTime: Set<String> = [
    "ConstraintBasicCompulsoryTime", "ConstraintBreakTimes", "ConstraintTeacherNotAvailableTimes",
    "ConstraintStudentsSetNotAvailableTimes", "ConstraintMinDaysBetweenActivities",
    "ConstraintActivityPreferredStartingTime", "ConstraintActivityPreferredStartingTimes",
    "ConstraintActivityPreferredTimeSlots", "ConstraintActivitiesPreferredStartingTimes",
    "ConstraintActivitiesPreferredTimeSlots", "ConstraintSubactivitiesPreferredStartingTimes",
    "ConstraintSubactivitiesPreferredTimeSlots", "ConstraintStudentsMaxGapsPerWeek",
    "ConstraintStudentsSetMaxGapsPerWeek", "ConstraintTeachersMaxGapsPerWeek",
    "ConstraintTeacherMaxGapsPerWeek", "ConstraintTeachersMaxGapsPerDay",
    "ConstraintTeacherMaxGapsPerDay", "ConstraintStudentsMaxGapsPerDay",
    "ConstraintStudentsSetMaxGapsPerDay", "ConstraintTeacherMaxDaysPerWeek",
    "ConstraintTeachersMaxDaysPerWeek", "ConstraintTeacherMinDaysPerWeek",
    "ConstraintTeachersMinDaysPerWeek", "ConstraintTeacherMaxHoursDaily",
    "ConstraintTeachersMaxHoursDaily", "ConstraintStudentsMaxHoursDaily",
    "ConstraintStudentsSetMaxHoursDaily", "ConstraintTeacherMinHoursDaily",
    "ConstraintTeachersMinHoursDaily", "ConstraintStudentsMinHoursDaily",
    "ConstraintStudentsSetMinHoursDaily", "ConstraintTeacherMaxHoursContinuously",
    "ConstraintTeachersMaxHoursContinuously", "ConstraintStudentsMaxHoursContinuously",
    "ConstraintStudentsSetMaxHoursContinuously", "ConstraintActivitiesNotOverlapping",
    "ConstraintActivitiesSameStartingTime", "ConstraintActivitiesSameStartingDay",
    "ConstraintActivitiesSameStartingHour", "ConstraintTwoActivitiesGrouped",
    "ConstraintThreeActivitiesGrouped", "ConstraintStudentsEarlyMaxBeginningsAtSecondHour",
    "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour", "ConstraintTwoActivitiesConsecutive",
    "ConstraintTwoActivitiesOrdered", "ConstraintActivityEndsStudentsDay",
    "ConstraintActivitiesEndStudentsDay",
  ]

  mutating func timeConstraint(_ c: FETElement) {
    let pointer = "/Time_Constraints_List/" + c.name
    if c.value("Active") == "false" {
      inactiveConstraints += 1
      return
    }
    guard Self.supportedTime.contains(c.name) else {
      add(c.name, line: c.line, required: true, weight: 1, .unsupported(typeName: c.name))
      return
    }
    guard let (required, weight) = weight(c, pointer) else { return }
    func w(
      _ kind: XConstraintKind, function: XCostFunction = .linear, name: String? = nil
    ) {
      add(
        name ?? c.name, line: c.line, required: required, weight: weight, function: function,
        kind)
    }
    switch c.name {
    case "ConstraintBasicCompulsoryTime":
      break  // always mapped (structural())
    case "ConstraintBreakTimes":
      guard required else {
        error(
          "fet-bad-value", c.line, pointer, "FET requires break times to have weight 100")
        return
      }
      breakElements.append(c)
      for t in times(c, item: "Break_Time", day: "Day", hour: "Hour", pointer) { breaks.insert(t) }
    case "ConstraintTeacherNotAvailableTimes":
      guard let r = teacher(c, "Teacher", pointer) else { return }
      let ts = times(c, item: "Not_Available_Time", day: "Day", hour: "Hour", pointer)
      if required { unavailable[r, default: []].formUnion(ts) }
      w(.avoidUnavailableTimes(resources: [r], times: Array(Set(ts)).sorted()))
    case "ConstraintStudentsSetNotAvailableTimes":
      guard let rs = studentsOf(c, "Students", pointer) else { return }
      let ts = times(c, item: "Not_Available_Time", day: "Day", hour: "Hour", pointer)
      if required { for r in rs { unavailable[r, default: []].formUnion(ts) } }
      w(.avoidUnavailableTimes(resources: rs, times: Array(Set(ts)).sorted()))
    case "ConstraintMinDaysBetweenActivities":
      minDays(c, required: required, weight: weight, pointer)
    case "ConstraintActivityPreferredStartingTime":
      guard let e = activity(c, pointer) else { return }
      guard let d = c.value("Preferred_Day"), let h = c.value("Preferred_Hour"),
        let t = time(day: d, hour: h, line: c.line, pointer)
      else {
        if c.value("Preferred_Day") == nil || c.value("Preferred_Hour") == nil {
          error("fet-missing-element", c.line, pointer, "no <Preferred_Day> or <Preferred_Hour>")
        }
        return
      }
      w(.preferTimes(events: [e], times: [t], duration: nil), function: .step)
    case "ConstraintActivityPreferredStartingTimes":
      guard let e = activity(c, pointer) else { return }
      let ts = times(
        c, item: "Preferred_Starting_Time", day: "Preferred_Starting_Day",
        hour: "Preferred_Starting_Hour", pointer)
      w(.preferTimes(events: [e], times: Array(Set(ts)).sorted(), duration: nil), function: .step)
    case "ConstraintActivityPreferredTimeSlots":
      guard let e = activity(c, pointer) else { return }
      let slots = Set(
        times(c, item: "Preferred_Time_Slot", day: "Preferred_Day", hour: "Preferred_Hour", pointer)
      )
      for k in slotsPreference([e], slots: slots) { w(k, function: .step) }
    case "ConstraintActivitiesPreferredStartingTimes",
      "ConstraintSubactivitiesPreferredStartingTimes":
      guard let events = filtered(c, pointer) else { return }
      let ts = times(
        c, item: "Preferred_Starting_Time", day: "Preferred_Starting_Day",
        hour: "Preferred_Starting_Hour", pointer)
      if events.isEmpty { return }
      w(
        .preferTimes(events: events, times: Array(Set(ts)).sorted(), duration: nil), function: .step
      )
    case "ConstraintActivitiesPreferredTimeSlots", "ConstraintSubactivitiesPreferredTimeSlots":
      guard let events = filtered(c, pointer) else { return }
      let slots = Set(
        times(c, item: "Preferred_Time_Slot", day: "Preferred_Day", hour: "Preferred_Hour", pointer)
      )
      if events.isEmpty { return }
      for k in slotsPreference(events, slots: slots) { w(k, function: .step) }
    case "ConstraintStudentsMaxGapsPerWeek", "ConstraintStudentsSetMaxGapsPerWeek",
      "ConstraintTeachersMaxGapsPerWeek", "ConstraintTeacherMaxGapsPerWeek",
      "ConstraintTeachersMaxGapsPerDay", "ConstraintTeacherMaxGapsPerDay",
      "ConstraintStudentsMaxGapsPerDay", "ConstraintStudentsSetMaxGapsPerDay":
      guard let rs = subjectResources(c, pointer),
        let m = bound(c, "Max_Gaps", 0...(dayCount * hourCount), pointer)
      else { return }
      pendingGaps.append((c, rs, c.name.hasSuffix("PerDay"), m))
      if required && m == 0 && !c.name.hasSuffix("PerDay") && c.name.hasPrefix("ConstraintStudents")
      {
        zeroGapStudents.formUnion(rs)
      }
    case "ConstraintStudentsEarlyMaxBeginningsAtSecondHour",
      "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour":
      guard let rs = subjectResources(c, pointer),
        let m = bound(c, "Max_Beginnings_At_Second_Hour", 0...dayCount, pointer)
      else { return }
      pendingEarly.append((c, rs, m, required))
    case "ConstraintTeacherMaxDaysPerWeek", "ConstraintTeachersMaxDaysPerWeek":
      guard let rs = subjectResources(c, pointer),
        let m = bound(c, "Max_Days_Per_Week", 0...dayCount, pointer)
      else { return }
      w(.clusterBusyTimes(resources: rs, timeGroups: dayGroups, minimum: 0, maximum: m))
    case "ConstraintTeacherMinDaysPerWeek", "ConstraintTeachersMinDaysPerWeek":
      guard let rs = subjectResources(c, pointer),
        let m = bound(c, "Minimum_Days_Per_Week", 0...dayCount, pointer)
      else { return }
      w(.clusterBusyTimes(resources: rs, timeGroups: dayGroups, minimum: m, maximum: dayCount))
    case "ConstraintTeacherMaxHoursDaily", "ConstraintTeachersMaxHoursDaily",
      "ConstraintStudentsMaxHoursDaily", "ConstraintStudentsSetMaxHoursDaily":
      guard let rs = subjectResources(c, pointer),
        let m = bound(c, "Maximum_Hours_Daily", 0...hourCount, pointer)
      else { return }
      // FET counts one violation per resource and day over the limit: one Step constraint per
      // day.
      for g in dayGroups {
        w(.limitBusyTimes(resources: rs, timeGroups: [g], minimum: 0, maximum: m), function: .step)
      }
    case "ConstraintTeacherMinHoursDaily", "ConstraintTeachersMinHoursDaily",
      "ConstraintStudentsMinHoursDaily", "ConstraintStudentsSetMinHoursDaily":
      guard let rs = subjectResources(c, pointer),
        let m = bound(c, "Minimum_Hours_Daily", 1...hourCount, pointer)
      else { return }
      // One violation per resource and day with some but fewer hours (Step, one constraint per
      // day; an XHSTT time group with no busy time costs nothing: Allow_Empty_Days true); when
      // empty days are not allowed, each empty day is one more (ClusterBusyTimes, minimum all
      // days).
      for g in dayGroups {
        w(
          .limitBusyTimes(resources: rs, timeGroups: [g], minimum: m, maximum: hourCount),
          function: .step)
      }
      if c.value("Allow_Empty_Days") == "false" {
        w(
          .clusterBusyTimes(
            resources: rs, timeGroups: dayGroups, minimum: dayCount, maximum: dayCount))
      }
    case "ConstraintTeacherMaxHoursContinuously", "ConstraintTeachersMaxHoursContinuously",
      "ConstraintStudentsMaxHoursContinuously", "ConstraintStudentsSetMaxHoursContinuously":
      guard let rs = subjectResources(c, pointer),
        let m = bound(c, "Maximum_Hours_Continuously", 1...hourCount, pointer)
      else { return }
      // Every run of m + 1 hours inside a day busy at most m: one time group per window.
      guard m < hourCount else { return }
      var windows: [Int] = []
      for d in 0..<dayCount {
        for h in 0...(hourCount - m - 1) {
          let start = d * hourCount + h
          windows.append(
            timeGroup(
              Array(start...(start + m)),
              name: "\(file.days[d]) \(file.hours[h])-\(file.hours[h + m])"))
        }
      }
      w(.limitBusyTimes(resources: rs, timeGroups: windows, minimum: 0, maximum: m))
    case "ConstraintActivitiesNotOverlapping":
      let events = activityList(c, pointer)
      guard events.count >= 2 else { return }
      // A helper resource attends them all and may not be busy twice at once.
      w(.avoidClashes(resources: [helper(events, "not overlapping", c.line)]))
    case "ConstraintTwoActivitiesGrouped", "ConstraintThreeActivitiesGrouped":
      let events = idList(
        c, ["First_Activity_Id", "Second_Activity_Id", "Third_Activity_Id"], pointer)
      guard events.count >= 2 else { return }
      // One block on one day, in any order: a helper resource attending them is busy on at
      // most one day, never twice at once, with no idle hour between them.
      let r = helper(events, "grouped", c.line)
      w(.clusterBusyTimes(resources: [r], timeGroups: dayGroups, minimum: 0, maximum: 1))
      w(.avoidClashes(resources: [r]))
      w(.limitIdleTimes(resources: [r], timeGroups: dayGroups, minimum: 0, maximum: 0))
    case "ConstraintTwoActivitiesConsecutive":
      // The second starts right after the first ends, on the same day: OrderEvents with
      // separation 0...0 (Step) and, since times run on across days, a helper resource busy
      // on at most one day.
      let events = idList(c, ["First_Activity_Id", "Second_Activity_Id"], pointer)
      guard events.count == 2 else { return }
      w(
        .orderEvents(
          pairs: [
            XEventPair(first: events[0], second: events[1], minSeparation: 0, maxSeparation: 0)
          ]),
        function: .step)
      let r = helper(events, "consecutive", c.line)
      w(.clusterBusyTimes(resources: [r], timeGroups: dayGroups, minimum: 0, maximum: 1))
    case "ConstraintTwoActivitiesOrdered":
      // The second starts once the first has ended, later that day or on a later day: times
      // run in day order, so OrderEvents with separation 0 and no upper limit (Step: 1 per
      // broken constraint, FET's count).
      let events = idList(c, ["First_Activity_Id", "Second_Activity_Id"], pointer)
      guard events.count == 2 else { return }
      w(.orderEvents(pairs: [XEventPair(first: events[0], second: events[1])]), function: .step)
    case "ConstraintActivityEndsStudentsDay", "ConstraintActivitiesEndStudentsDay":
      // No hour of the activity's subgroups after it that day: Cadre's EndsDay extension over
      // the Students resources (type 1, see build()) and the days. An activity is one
      // sub-event, so it costs 0 or 1: FET's count. FET's generator refuses one below 100 %;
      // Cadre scores it soft like the others.
      let events: [Int]
      if c.name == "ConstraintActivityEndsStudentsDay" {
        guard let e = activity(c, pointer) else { return }
        events = [e]
      } else {
        guard let matched = filtered(c, pointer) else { return }
        events = matched
      }
      if events.isEmpty || (!required && weight == 0) { return }
      w(.endsDay(events: events, resourceType: 1, timeGroups: dayGroups))
    case "ConstraintActivitiesSameStartingTime", "ConstraintActivitiesSameStartingDay",
      "ConstraintActivitiesSameStartingHour":
      let events = activityList(c, pointer)
      guard events.count >= 2 else { return }
      let durations = Set(events.map { instance.events[$0].duration })
      if c.name == "ConstraintActivitiesSameStartingDay" {
        // A helper resource attends them all and is busy on at most one day.
        let r = helper(events, "same starting day", c.line)
        w(.clusterBusyTimes(resources: [r], timeGroups: dayGroups, minimum: 0, maximum: 1))
      } else if durations.count > 1 {
        // Different durations: neither mapping below holds; named, counted, not scored.
        let name = c.name + " (activities of different durations)"
        add(name, line: c.line, required: true, weight: 1, .unsupported(typeName: name))
      } else if c.name == "ConstraintActivitiesSameStartingTime" {
        // Equal durations: the same start is the same hours; LinkEvents counts the hours at
        // which some but not all of them run.
        let g = addEventGroup(
          events, id: "Same\(c.line)", name: "same starting time (line \(c.line))")
        w(.linkEvents(eventGroups: [g]))
      } else {
        // Equal durations d: the same starting hour is at most d distinct hours of the day in
        // use, over all days (one time group per hour of the day).
        let r = helper(events, "same starting hour", c.line)
        let hourGroups = (0..<hourCount).map { h in
          timeGroup((0..<dayCount).map { $0 * hourCount + h }, name: "hour \(file.hours[h])")
        }
        w(
          .clusterBusyTimes(
            resources: [r], timeGroups: hourGroups, minimum: 0, maximum: durations.first ?? 1))
      }
    default:
      break
    }
  }

  // MARK: Parts

  /// The active activities of a constraint's `Activity_Id` list, each once, in file order.
  mutating func activityList(_ c: FETElement, _ pointer: String) -> [Int] {
    var events: [Int] = []
    for i in c.children("Activity_Id") {
      guard let id = Int(i.text) else {
        error("fet-bad-number", i.line, pointer, "<Activity_Id> is '\(i.text)', not a number")
        continue
      }
      if let e = eventOfActivity[id] {
        if !events.contains(e) { events.append(e) }
      } else if !inactiveIds.contains(id) {
        error("fet-unknown-activity", i.line, pointer, "no activity with id \(id)")
      }
    }
    return events
  }

  /// The active activities of the given id fields (`First_Activity_Id`, ...), each once, in
  /// field order; absent fields are skipped, inactive activities dropped.
  mutating func idList(_ c: FETElement, _ fields: [String], _ pointer: String) -> [Int] {
    var events: [Int] = []
    for field in fields {
      guard let text = c.value(field) else { continue }
      guard let id = Int(text) else {
        error("fet-bad-number", c.line, pointer, "<\(field)> is '\(text)', not a number")
        continue
      }
      if let e = eventOfActivity[id] {
        if !events.contains(e) { events.append(e) }
      } else if !inactiveIds.contains(id) {
        error("fet-unknown-activity", c.line, pointer, "no activity with id \(id)")
      }
    }
    return events
  }

  /// A helper resource (type Helper) attending `events`: what a constraint over a set of
  /// activities is stated on.
  mutating func helper(_ events: [Int], _ what: String, _ line: Int) -> Int {
    let r = instance.resources.count
    instance.resources.append(XResource(id: "H\(r)", name: "\(what) (line \(line))", type: 2))
    for e in events { instance.events[e].resources.append(XEventResource(resource: r, type: 2)) }
    return r
  }

  mutating func weight(_ c: FETElement, _ pointer: String) -> (Bool, Int)? {
    guard let text = c.value("Weight_Percentage") else {
      error("fet-missing-element", c.line, pointer, "<\(c.name)> has no <Weight_Percentage>")
      return nil
    }
    guard let p = Double(text), p.isFinite, p >= 0, p <= 100 else {
      error(
        "fet-bad-number", c.line, pointer,
        "<Weight_Percentage> is '\(text)', expected a number from 0 to 100")
      return nil
    }
    return FETCompiler.weight(percentage: p)
  }

  mutating func bound(
    _ c: FETElement, _ name: String, _ range: ClosedRange<Int>, _ pointer: String
  ) -> Int? {
    guard let text = c.value(name) else {
      error("fet-missing-element", c.line, pointer, "<\(c.name)> has no <\(name)>")
      return nil
    }
    guard let v = Int(text), range.contains(v) else {
      error(
        "fet-bad-number", c.line, pointer,
        "<\(name)> is '\(text)', expected a whole number in \(range.lowerBound)...\(range.upperBound)"
      )
      return nil
    }
    return v
  }

  mutating func time(day: String, hour: String, line: Int, _ pointer: String) -> Int? {
    guard let d = file.days.firstIndex(of: day) else {
      error(
        "fet-unknown-day", line, pointer, "no day '\(day)' in <Days_List>",
        hint: hint(day, in: file.days))
      return nil
    }
    guard let h = file.hours.firstIndex(of: hour) else {
      error(
        "fet-unknown-hour", line, pointer, "no hour '\(hour)' in <Hours_List>",
        hint: hint(hour, in: file.hours))
      return nil
    }
    return d * hourCount + h
  }

  mutating func times(
    _ c: FETElement, item: String, day: String, hour: String, _ pointer: String
  ) -> [Int] {
    var out: [Int] = []
    for i in c.children(item) {
      guard let d = i.value(day), let h = i.value(hour) else {
        error("fet-missing-element", i.line, pointer, "<\(item)> without <\(day)> and <\(hour)>")
        continue
      }
      if let t = time(day: d, hour: h, line: i.line, pointer) { out.append(t) }
    }
    return out
  }

  mutating func teacher(_ c: FETElement, _ field: String, _ pointer: String) -> Int? {
    guard let name = c.value(field) ?? c.value("Teacher_Name") else {
      error("fet-missing-element", c.line, pointer, "<\(c.name)> names no teacher")
      return nil
    }
    guard let r = teacherIndex[name] else {
      error(
        "fet-unknown-teacher", c.line, pointer, "no teacher '\(name)' in <Teachers_List>",
        hint: hint(name, in: teacherIndex.keys))
      return nil
    }
    return r
  }

  mutating func studentsOf(_ c: FETElement, _ field: String, _ pointer: String) -> [Int]? {
    guard let name = c.value(field) ?? c.value("Students_Name") else {
      error("fet-missing-element", c.line, pointer, "<\(c.name)> names no students")
      return nil
    }
    guard let rs = studentSets[name] else {
      error(
        "fet-unknown-students", c.line, pointer, "no students set '\(name)' in <Students_List>",
        hint: hint(name, in: studentSets.keys))
      return nil
    }
    return rs
  }

  /// The resources a per-resource constraint applies to: all teachers (`ConstraintTeachers...`),
  /// one teacher, all subgroups (`ConstraintStudents...`) or one students set's.
  mutating func subjectResources(_ c: FETElement, _ pointer: String) -> [Int]? {
    let n = c.name
    if n.hasPrefix("ConstraintTeachers") { return Array(0..<file.teachers.count) }
    if n.hasPrefix("ConstraintTeacher") { return teacher(c, "Teacher_Name", pointer).map { [$0] } }
    if n.hasPrefix("ConstraintStudentsSet") { return studentsOf(c, "Students", pointer) }
    return atomicStudents
  }

  /// The event of `Activity_Id`; nil (no error) for an inactive activity, as FET skips it.
  mutating func activity(_ c: FETElement, _ pointer: String) -> Int? {
    guard let text = c.value("Activity_Id"), let id = Int(text) else {
      error("fet-missing-element", c.line, pointer, "<\(c.name)> has no whole-number <Activity_Id>")
      return nil
    }
    if let e = eventOfActivity[id] { return e }
    if !inactiveIds.contains(id) {
      error("fet-unknown-activity", c.line, pointer, "no activity with id \(id)")
    }
    return nil
  }

  /// Events matched by the filters of ConstraintActivities*/Subactivities* (empty filters
  /// match all): teacher among the activity's, students sharing students with the named set,
  /// subject equal, tag among its, duration equal when given, and for Subactivities* the
  /// component number: the activity's position (from 1) among the active activities of its
  /// split group, in file order; an activity that is not split is component 1.
  ///
  /// The students filter is FET's own (`computeInternalStructure` of these types calls
  /// `Rules::setsShareStudents` on each of the activity's sets): an activity is taken when one
  /// of its students sets shares a subgroup with the named set, so a group's filter also takes
  /// its year's activities and its subgroups'. FET compares the sets' names downwards (year,
  /// groups, subgroups); on the atomic sets of `studentSets` (a set without subgroups is its
  /// own) that is the same as sharing an atomic set, which is what is tested here. Naming the
  /// set literally, as Cadre once did, made a zero-cost timetable mean less than FET's.
  mutating func filtered(_ c: FETElement, _ pointer: String) -> [Int]? {
    let teacher = c.value("Teacher_Name") ?? ""
    let students = c.value("Students_Name") ?? ""
    let subject = c.value("Subject_Name") ?? ""
    let tag = c.value("Activity_Tag_Name") ?? ""
    if !teacher.isEmpty && teacherIndex[teacher] == nil {
      error("fet-unknown-teacher", c.line, pointer, "no teacher '\(teacher)' in <Teachers_List>")
      return nil
    }
    if !students.isEmpty && studentSets[students] == nil {
      error(
        "fet-unknown-students", c.line, pointer, "no students set '\(students)' in <Students_List>")
      return nil
    }
    if !subject.isEmpty && !subjects.contains(subject) {
      error("fet-unknown-subject", c.line, pointer, "no subject '\(subject)' in <Subjects_List>")
      return nil
    }
    if !tag.isEmpty && !tags.contains(tag) {
      error("fet-unknown-tag", c.line, pointer, "no activity tag '\(tag)' in <Activity_Tags_List>")
      return nil
    }
    var duration: Int?
    if let d = c.value("Duration"), !d.isEmpty {
      guard let v = Int(d), v >= 1 else {
        error(
          "fet-bad-number", c.line, pointer, "<Duration> is '\(d)', expected a whole number ≥ 1")
        return nil
      }
      duration = v
    }
    var component: Int?
    if c.name.hasPrefix("ConstraintSubactivities") {
      guard let v = bound(c, "Component_Number", 1...Int(Int32.max), pointer) else { return nil }
      component = v
    }
    let wanted = Set(studentSets[students] ?? [])
    var position: [Int: Int] = [:]
    var seenInGroup: [Int: Int] = [:]
    var out: [Int] = []
    for (e, a) in activityOfEvent.enumerated() {
      if a.groupId != 0 {
        seenInGroup[a.groupId, default: 0] += 1
        position[e] = seenInGroup[a.groupId]
      } else {
        position[e] = 1
      }
      if !teacher.isEmpty && !a.teachers.contains(teacher) { continue }
      if !students.isEmpty
        && !a.students.contains(where: { (studentSets[$0] ?? []).contains(where: wanted.contains) })
      {
        continue
      }
      if !subject.isEmpty && a.subject != subject { continue }
      if !tag.isEmpty && !a.tags.contains(tag) { continue }
      if let duration, a.duration != duration { continue }
      if let component, position[e] != component { continue }
      out.append(e)
    }
    if out.isEmpty {
      warning("fet-no-activity", c.line, pointer, "<\(c.name)> matches no active activity")
    }
    return out
  }

  /// Time slots: every hour of the activity inside the slots. As allowed starts per duration,
  /// one PreferTimes constraint (Step: one violation per activity) per duration.
  func slotsPreference(_ events: [Int], slots: Set<Int>) -> [XConstraintKind] {
    var out: [XConstraintKind] = []
    var byDuration: [Int: [Int]] = [:]
    for e in events { byDuration[instance.events[e].duration, default: []].append(e) }
    for d in byDuration.keys.sorted() {
      let starts = (0..<dayCount * hourCount).filter { t in
        t % hourCount + d <= hourCount && (t..<t + d).allSatisfy { slots.contains($0) }
      }
      out.append(.preferTimes(events: byDuration[d] ?? [], times: starts, duration: nil))
    }
    return out
  }

  /// Min days between activities: for every pair of its activities, (MinDays − distance in
  /// days) when they are closer than MinDays: one event group per pair, spread over every run of
  /// MinDays consecutive days (clipped at the week's ends) at most once. With
  /// ConsecutiveIfSameDay, a helper resource attends all of them and may have no idle time in a
  /// day (required): activities on one day are back to back.
  mutating func minDays(_ c: FETElement, required: Bool, weight: Int, _ pointer: String) {
    let events = activityList(c, pointer)
    guard let m = bound(c, "MinDays", 1...max(1, dayCount - 1), pointer), events.count >= 2
    else { return }
    var windows: [XSpreadLimit] = []
    for k in (1 - m)..<dayCount {
      let days = max(0, k)...min(dayCount - 1, k + m - 1)
      let members = days.flatMap { d in Array(d * hourCount..<(d + 1) * hourCount) }
      let name =
        days.count == 1
        ? file.days[days.lowerBound] : "\(file.days[days.lowerBound])-\(file.days[days.upperBound])"
      windows.append(
        XSpreadLimit(timeGroup: timeGroup(members, name: name), minimum: 0, maximum: 1))
    }
    var pairs: [Int] = []
    for i in 1..<events.count where required || weight > 0 {
      for j in 0..<i {
        let a = activityIds[events[j]]
        let b = activityIds[events[i]]
        pairs.append(
          addEventGroup(
            [events[j], events[i]], id: "MinDays\(c.line)_\(j)_\(i)",
            name: "activities \(a) and \(b)"))
      }
    }
    // Weight 0 scores nothing: no monitor (ConsecutiveIfSameDay below still holds, as in FET).
    if required || weight > 0 {
      add(
        c.name, line: c.line, required: required, weight: weight,
        .spreadEvents(eventGroups: pairs, limits: windows))
    }
    if !required && c.value("Consecutive_If_Same_Day") == "true" {
      let r = helper(events, "consecutive if same day", c.line)
      add(
        c.name + " ConsecutiveIfSameDay", line: c.line, required: true, weight: 1,
        .limitIdleTimes(resources: [r], timeGroups: dayGroups, minimum: 0, maximum: 0))
    }
  }

  /// Max gaps: idle times between a resource's first and last busy hour of a day, not counting
  /// break times and its required unavailable times (FET's rule). Resources are grouped by
  /// those times; each group gets days without them as its time groups. Per week: the excess
  /// over the week's sum; per day: one constraint per day, the excess per day.
  mutating func gaps(_ c: FETElement, resources: [Int], perDay: Bool, max: Int) {
    let pointer = "/Time_Constraints_List/" + c.name
    guard let (required, weight) = weight(c, pointer) else { return }
    var classes: [[Int]: [Int]] = [:]
    var order: [[Int]] = []
    for r in resources {
      let excluded = Array(breaks.union(unavailable[r] ?? [])).sorted()
      if classes[excluded] == nil { order.append(excluded) }
      classes[excluded, default: []].append(r)
    }
    for excluded in order {
      let skip = Set(excluded)
      let groups = (0..<dayCount).map { d in
        timeGroup(
          Array(d * hourCount..<(d + 1) * hourCount).filter { !skip.contains($0) },
          name: skip.isEmpty ? file.days[d] : "\(file.days[d]) without breaks and unavailable hours"
        )
      }
      let rs = classes[excluded] ?? []
      if perDay {
        for g in groups {
          add(
            c.name, line: c.line, required: required, weight: weight,
            .limitIdleTimes(resources: rs, timeGroups: [g], minimum: 0, maximum: max))
        }
      } else {
        add(
          c.name, line: c.line, required: required, weight: weight,
          .limitIdleTimes(resources: rs, timeGroups: groups, minimum: 0, maximum: max))
      }
    }
  }

  /// Students early, max 0 beginnings at the second hour, for subgroups that also have a
  /// required max 0 gaps per week: together, every day with lessons starts at its first hour
  /// (breaks and unavailable hours skipped, FET's rule) and has no gap. A shadow resource per
  /// subgroup attends its activities and a fixed one-hour "start of day" event at the first
  /// counted hour of every day; the shadow may have no idle hour (required LimitIdleTimes over
  /// the days without the excluded hours). Any other form stays unsupported, by name.
  mutating func early(_ c: FETElement, resources: [Int], max: Int, required: Bool) {
    guard max == 0, required, Set(resources).isSubset(of: zeroGapStudents) else {
      let name = c.name + " (other than max 0, weight 100, with max 0 gaps per week)"
      add(name, line: c.line, required: true, weight: 1, .unsupported(typeName: name))
      return
    }
    var classes: [[Int]: [Int]] = [:]
    var order: [[Int]] = []
    for r in resources {
      let excluded = Array(breaks.union(unavailable[r] ?? [])).sorted()
      if classes[excluded] == nil { order.append(excluded) }
      classes[excluded, default: []].append(r)
    }
    var shadows: [Int] = []
    for excluded in order {
      let skip = Set(excluded)
      let rs = classes[excluded] ?? []
      var classShadows: [Int] = []
      for r in rs {
        let s = instance.resources.count
        instance.resources.append(
          XResource(id: "H\(s)", name: "early start of \(instance.resources[r].name)", type: 2))
        classShadows.append(s)
        for e in instance.events.indices
        where instance.events[e].resources.contains(where: { $0.resource == r }) {
          instance.events[e].resources.append(XEventResource(resource: s, type: 2))
        }
      }
      for d in 0..<dayCount {
        guard
          let t = (d * hourCount..<(d + 1) * hourCount).first(where: { !skip.contains($0) })
        else { continue }
        instance.events.append(
          XEvent(
            id: "Start\(c.line)_\(shadows.count)_\(d)", name: "start of \(file.days[d])",
            duration: 1, time: t,
            resources: classShadows.map { XEventResource(resource: $0, type: 2) }))
      }
      let groups = (0..<dayCount).map { d in
        timeGroup(
          Array(d * hourCount..<(d + 1) * hourCount).filter { !skip.contains($0) },
          name: skip.isEmpty ? file.days[d] : "\(file.days[d]) without breaks and unavailable hours"
        )
      }
      add(
        c.name, line: c.line, required: true, weight: 1,
        .limitIdleTimes(resources: classShadows, timeGroups: groups, minimum: 0, maximum: 0))
      shadows += classShadows
    }
  }
}
