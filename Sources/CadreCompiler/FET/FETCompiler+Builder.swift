import CadreModel

extension FETCompiler {
  /// Builds the instance: structure first, then one constraint element at a time.
  struct Builder {
    let file: FETFile
    var list = DiagnosticList()
    var instance = XInstance(id: "FET", name: "")
    let dayCount: Int
    let hourCount: Int
    var teacherIndex: [String: Int] = [:]
    var subjects: Set<String> = []
    var tags: Set<String> = []
    /// Student set name → the atomic sets' resource indices (sorted, unique).
    var studentSets: [String: [Int]] = [:]
    var atomicStudents: [Int] = []
    var activityIds: [Int] = []
    /// `activityOfEvent[e]` is the FET activity of event e (for the activities only).
    var activityOfEvent: [FETActivity] = []
    var eventOfActivity: [Int: Int] = [:]
    /// All active activities by id (for the "inactive" check of constraints).
    var inactiveIds: Set<Int> = []
    var inactiveActivities = 0
    var inactiveConstraints = 0
    var roomConstraints = 0
    /// Break times (weight 100), and per resource its required unavailable times: neither
    /// counts as a gap (FET's rule).
    var breaks: Set<Int> = []
    var unavailable: [Int: Set<Int>] = [:]
    /// Time groups by member list, so each is declared once.
    var timeGroupOf: [[Int]: Int] = [:]
    var dayGroups: [Int] = []
    /// Idle (gap) constraints wait until every unavailable time is known.
    var pendingGaps: [(element: FETElement, resources: [Int], perDay: Bool, max: Int)] = []
    /// Students early max beginnings wait too, and need the subgroups with required max 0
    /// gaps per week.
    var pendingEarly: [(element: FETElement, resources: [Int], max: Int, required: Bool)] = []
    var zeroGapStudents: Set<Int> = []
    var breakElements: [FETElement] = []
    /// Rooms: room name → room number (resource `firstRoom + number`).
    var roomIndex: [String: Int] = [:]
    var firstRoom = 0
    /// `ConstraintBasicCompulsorySpace` (required, weight, line), nil when absent or inactive.
    var basicSpace: (required: Bool, weight: Int, line: Int)?
    /// Room preferences and home rooms, mapped once every space constraint is read.
    var roomPreferences: [RoomPreference] = []

    init(file: FETFile) {
      self.file = file
      dayCount = file.days.count
      hourCount = file.hours.count
      instance.name = file.institution.isEmpty ? "FET file" : file.institution
      instance.metadata = [XNamedText(name: "FETVersion", text: file.version)]
    }

    func mapping() -> FETMapping {
      FETMapping(
        instance: instance, activityIds: activityIds, days: file.days, hours: file.hours,
        inactiveActivities: inactiveActivities, inactiveConstraints: inactiveConstraints,
        rooms: file.rooms.count, firstRoom: firstRoom, roomConstraints: roomConstraints)
    }

    // MARK: Diagnostics

    mutating func error(
      _ code: String, _ line: Int, _ pointer: String, _ message: String, hint: String? = nil
    ) {
      list.append(
        Diagnostic(
          .error, code: code, pointer: pointer, message: "\(message) (line \(line))", hint: hint,
          line: line))
    }

    mutating func warning(_ code: String, _ line: Int, _ pointer: String, _ message: String) {
      list.append(
        Diagnostic(
          .warning, code: code, pointer: pointer, message: "\(message) (line \(line))",
          line: line))
    }

    // MARK: Structure

    mutating func build() {
      guard dayCount > 0, hourCount > 0 else { return }
      let totalTimes = dayCount * hourCount
      instance.resourceTypes = [
        XNamed(id: "Teacher", name: "Teacher"), XNamed(id: "Students", name: "Students"),
        XNamed(id: "Helper", name: "Helper"), XNamed(id: "Room", name: "Room"),
      ]
      for t in 0..<totalTimes {
        instance.times.append(
          XTime(id: "t\(t)", name: "\(file.days[t / hourCount]) \(file.hours[t % hourCount])"))
      }
      _ = timeGroup(Array(0..<totalTimes), id: "Week", name: "Week", kind: .week)
      for d in 0..<dayCount {
        let members = Array(d * hourCount..<(d + 1) * hourCount)
        dayGroups.append(timeGroup(members, id: "Day\(d)", name: file.days[d], kind: .day))
        for t in members { instance.times[t].day = dayGroups[d] }
      }
      for t in 0..<totalTimes { instance.times[t].week = 0 }
      for (i, t) in file.teachers.enumerated() {
        teacherIndex[t.name] = i
        instance.resources.append(XResource(id: "T\(i)", name: t.name, type: 0))
      }
      subjects = Set(file.subjects.map(\.name))
      tags = Set(file.activityTags.map(\.name))
      students()
      rooms()
      activities()
      guard !list.hasErrors else { return }
      structural()
      for c in file.timeConstraints { timeConstraint(c) }
      for c in file.spaceConstraints { spaceConstraint(c) }
      roomRoles()
      breakAndBoundary()
      for g in pendingGaps { gaps(g.element, resources: g.resources, perDay: g.perDay, max: g.max) }
      for e in pendingEarly {
        early(e.element, resources: e.resources, max: e.max, required: e.required)
      }
      limits()
      // Times list their groups (sorted), as the XHSTT reader fills them.
      for (g, group) in instance.timeGroups.enumerated() {
        for t in group.members { instance.times[t].groups.append(g) }
      }
    }

    mutating func timeGroup(
      _ members: [Int], id: String? = nil, name: String? = nil, kind: XTimeGroupKind = .group
    ) -> Int {
      if kind == .group, let g = timeGroupOf[members] {
        // The first name sticks; a plain day name is the clearest.
        if let name, !name.contains(" ") { instance.timeGroups[g].name = name }
        return g
      }
      let g = instance.timeGroups.count
      instance.timeGroups.append(
        XTimeGroup(
          id: id ?? name.map { "\($0) #\(g)" } ?? "TG\(g)", name: name ?? "times \(members.count)",
          kind: kind,
          members: members))
      if kind == .group { timeGroupOf[members] = g }
      return g
    }

    /// Atomic student sets become resources; every set name maps to its atomic sets.
    mutating func students() {
      var byName: [String: Int] = [:]
      func atomic(_ name: String) -> Int {
        if let r = byName[name] { return r }
        let r = instance.resources.count
        byName[name] = r
        instance.resources.append(XResource(id: "S\(r)", name: name, type: 1))
        atomicStudents.append(r)
        return r
      }
      for y in file.years {
        var yearSets: Set<Int> = []
        if y.groups.isEmpty { yearSets.insert(atomic(y.name)) }
        for g in y.groups {
          var groupSets: Set<Int> = []
          if g.subgroups.isEmpty { groupSets.insert(atomic(g.name)) }
          for s in g.subgroups {
            let r = atomic(s.name)
            groupSets.insert(r)
            studentSets[s.name, default: []].append(r)
          }
          studentSets[g.name, default: []].append(contentsOf: groupSets)
          yearSets.formUnion(groupSets)
        }
        studentSets[y.name, default: []].append(contentsOf: yearSets)
      }
      for (k, v) in studentSets { studentSets[k] = Array(Set(v)).sorted() }
    }

    mutating func activities() {
      var seen: Set<Int> = []
      for a in file.activities {
        let pointer = "/Activities_List/Activity"
        guard seen.insert(a.id).inserted else {
          error("fet-duplicate-id", a.line, pointer, "activity id \(a.id) is used twice")
          continue
        }
        var resources: [Int] = []
        for t in a.teachers {
          guard let r = teacherIndex[t] else {
            error(
              "fet-unknown-teacher", a.line, pointer,
              "activity \(a.id) names teacher '\(t)', which <Teachers_List> does not list",
              hint: hint(t, in: teacherIndex.keys))
            continue
          }
          if !resources.contains(r) { resources.append(r) }
        }
        if !a.subject.isEmpty && !subjects.contains(a.subject) {
          error(
            "fet-unknown-subject", a.line, pointer,
            "activity \(a.id) names subject '\(a.subject)', which <Subjects_List> does not list",
            hint: hint(a.subject, in: subjects))
        }
        for t in a.tags where !t.isEmpty && !tags.contains(t) {
          error(
            "fet-unknown-tag", a.line, pointer,
            "activity \(a.id) names activity tag '\(t)', which <Activity_Tags_List> does not list")
        }
        for s in a.students {
          guard let sets = studentSets[s] else {
            error(
              "fet-unknown-students", a.line, pointer,
              "activity \(a.id) names students '\(s)', which <Students_List> does not list",
              hint: hint(s, in: studentSets.keys))
            continue
          }
          for r in sets where !resources.contains(r) { resources.append(r) }
        }
        guard a.active else {
          inactiveActivities += 1
          inactiveIds.insert(a.id)
          continue
        }
        eventOfActivity[a.id] = instance.events.count
        activityIds.append(a.id)
        activityOfEvent.append(a)
        instance.events.append(
          XEvent(
            id: "A\(a.id)", name: "\(a.id) \(a.subject)", duration: a.duration,
            resources: resources.map {
              XEventResource(resource: $0, type: instance.resources[$0].type)
            }
          ))
      }
      // Split lessons: the activities of one Activity_Group_Id are one course.
      var groups: [Int: [Int]] = [:]
      var order: [Int] = []
      for (e, a) in activityOfEvent.enumerated() where a.groupId != 0 {
        if groups[a.groupId] == nil { order.append(a.groupId) }
        groups[a.groupId, default: []].append(e)
      }
      for g in order { addEventGroup(groups[g] ?? [], id: "G\(g)", kind: .course) }
    }

    @discardableResult
    mutating func addEventGroup(
      _ events: [Int], id: String, name: String? = nil, kind: XEventGroupKind = .group
    ) -> Int {
      let g = instance.eventGroups.count
      instance.eventGroups.append(
        XEventGroup(id: id, name: name ?? id, kind: kind, members: events))
      for e in events {
        instance.events[e].groups.append(g)
        if kind == .course { instance.events[e].course = g }
      }
      return g
    }

    func hint<S: Sequence>(_ name: String, in names: S) -> String? where S.Element == String {
      Self.hint(name, in: names)
    }

    /// The did-you-mean of every unknown-name diagnostic: a name equal but for case, else one
    /// that starts the other.
    static func hint<S: Sequence>(_ name: String, in names: S) -> String?
    where S.Element == String {
      let lower = name.lowercased()
      if let m = names.first(where: { $0.lowercased() == lower }) { return "did you mean '\(m)'?" }
      if let m = names.first(where: {
        $0.lowercased().hasPrefix(lower) || lower.hasPrefix($0.lowercased())
      }) {
        return "did you mean '\(m)'?"
      }
      return nil
    }

    mutating func add(
      _ name: String, line: Int, required: Bool, weight: Int,
      function: XCostFunction = .linear, _ kind: XConstraintKind
    ) {
      let n = instance.constraints.count
      instance.constraints.append(
        XConstraint(
          id: "C\(n)", name: "\(name) (line \(line))", required: required, weight: weight,
          costFunction: function, kind: kind))
    }

    /// Every activity placed, whole, clash-free (FET's basic compulsory time constraint).
    mutating func structural() {
      let all = Array(instance.events.indices)
      add("all activities placed", line: 0, required: true, weight: 1, .assignTime(events: all))
      // Never split: one SplitEvents constraint per duration (fewer monitors than one per event).
      var byDuration: [Int: [Int]] = [:]
      for e in all { byDuration[instance.events[e].duration, default: []].append(e) }
      for d in byDuration.keys.sorted() {
        add(
          "activities of duration \(d) not split", line: 0, required: true, weight: 1,
          .splitEvents(
            events: byDuration[d] ?? [], minDuration: d, maxDuration: d, minAmount: 1,
            maxAmount: 1))
      }
      let people = Array(0..<file.teachers.count) + atomicStudents
      add(
        "ConstraintBasicCompulsoryTime: teachers and subgroups never twice at once", line: 0,
        required: true, weight: 1, .avoidClashes(resources: people))
    }

    /// An activity starts where all its hours are inside one day and none is a break.
    mutating func breakAndBoundary() {
      var byDuration: [Int: [Int]] = [:]
      for (e, ev) in instance.events.enumerated() { byDuration[ev.duration, default: []].append(e) }
      for d in byDuration.keys.sorted() {
        let starts = (0..<dayCount * hourCount).filter { t in
          t % hourCount + d <= hourCount && !(t..<t + d).contains { breaks.contains($0) }
        }
        if d == 1 && breaks.isEmpty { continue }
        add(
          breaks.isEmpty
            ? "duration \(d) inside one day" : "ConstraintBreakTimes, duration \(d) inside one day",
          line: breakElements.first?.line ?? 0, required: true, weight: 1,
          .preferTimes(events: byDuration[d] ?? [], times: starts, duration: nil))
      }
    }

    /// Refuses what the XHSTT limits (`XLimits`) refuse, before the engine sees it.
    mutating func limits() {
      let totalDuration = instance.events.reduce(0) { $0 &+ $1.duration }
      let cells = XLimits.timeCells(
        resources: instance.resources.count, totalDuration: totalDuration,
        times: instance.times.count)
      var expanded = instance.events.reduce(0) { $0 &+ $1.resources.count }
      for c in instance.constraints {
        expanded &+= c.kind.listedPoints
      }
      if cells > XLimits.maxTimeCells || expanded > XLimits.maxExpanded {
        error(
          "fet-too-large", 1, "",
          "the file maps to \(cells) time cells and \(expanded) points; Cadre solves at most "
            + "\(XLimits.maxTimeCells) and \(XLimits.maxExpanded)")
      }
    }
  }
}
