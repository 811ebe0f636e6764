import CadreEngine
import CadreModel

/// School → XHSTT instance: times, resources and events here, the rules as constraints in
/// `SchoolXHSTTExporter+Rules.swift`. The school must be valid (`Validator`); anything the
/// validator would refuse is skipped rather than trapped on.
public enum SchoolXHSTTExporter {
  /// The school as an XHSTT instance. With `assignments` (a schedule of this school), every
  /// meeting whose lesson leaves the teacher or the room to the solver gets the one that
  /// schedule chose, preassigned, so that the archive can score that very timetable
  /// (`XHSTTExport.timetable(for:)`) on every exported rule.
  /// - Complexity: O(slots × (teachers + classes + rooms) + meetings × slots).
  public static func export(_ school: School, assignments: Schedule? = nil) -> XHSTTExport {
    var b = Builder(school: school, assignments: assignments)
    b.times()
    b.resources()
    b.events()
    b.rules()
    b.finishTimes()
    b.checkLimits()
    return XHSTTExport(
      instance: b.inst, rules: b.ruleExports, events: b.lessonEvents, slotTimes: b.slotTime,
      notes: b.notes)
  }
}

/// Ids unique within one namespace of an instance (times, time groups, resources, ...).
struct IDSpace {
  private var used = Set<String>()

  /// `wanted` when free, else `wanted` with "~2", "~3", ... appended.
  mutating func claim(_ wanted: String) -> String {
    let base = wanted.isEmpty ? "_" : wanted
    var id = base
    var n = 1
    while used.contains(id) {
      n += 1
      id = base + "~\(n)"
    }
    used.insert(id)
    return id
  }
}

/// The state of one export.
struct Builder {
  let school: School
  let assignments: Schedule?
  let W: Int
  let D: Int
  let P: Int
  var inst: XInstance
  var ruleExports: [XHSTTRuleExport] = []
  var notes: [String] = []
  var lessonEvents: [[Int]] = []

  // Ids per namespace.
  var timeIds = IDSpace()
  var timeGroupIds = IDSpace()
  var resourceIds = IDSpace()
  var resourceGroupIds = IDSpace()
  var eventIds = IDSpace()
  var eventGroupIds = IDSpace()

  /// Time groups: weeks at 0..<W, cycle days (week × D + day) at W..<W + W×D.
  var cycleGroup = -1
  /// Slot numbers ((week × D + day) × P + period) listed in `cycle.blocked`. A blocked slot
  /// has no time: nothing can meet in it, and a teacher's day runs on across it.
  var blocked = Set<Int>()
  /// The time of each slot number (nil for a blocked slot), and the slot number of each time.
  var slotTime: [Int?] = []
  var timeSlot: [Int] = []

  // Resources.
  var teacherType = 0
  var classType = 1
  var roomType = 2
  var teacherResource: [TeacherID: Int] = [:]
  var classResource: [ClassID: Int] = [:]
  var roomResource: [RoomID: Int] = [:]
  /// Student groups: one resource each (type "Student"), and per class the groups attending it.
  var studentType = 3
  var studentResource: [Int] = []
  var classStudents: [ClassID: [Int]] = [:]
  var studentsGroup = -1
  var teachersGroup = 0
  var classesGroup = 1
  var roomsGroup = 2

  // Events.
  /// Lessons whose teacher (room) is left to the solver in at least one meeting.
  var openTeacherLessons: [String] = []
  var openRoomLessons: [String] = []
  var allEventsGroup = -1

  init(school: School, assignments: Schedule?) {
    self.school = school
    self.assignments = assignments
    W = school.cycle.weekCount
    D = school.cycle.dayCount
    P = school.cycle.periodCount
    var name = school.name.isEmpty ? "School" : school.name
    name = name.trimmingWhitespace
    inst = XInstance(id: Self.slug(name), name: name)
    inst.metadata = [
      XNamedText(name: "Name", text: name),
      XNamedText(name: "Contributor", text: "Cadre (cadre export)"),
      XNamedText(name: "Date", text: ""),
      XNamedText(name: "Country", text: ""),
      XNamedText(
        name: "Description",
        text: "Exported from a Cadre school file (\(school.format)): one event per meeting; "
          + "rules that have an XHSTT equivalent are constraints (docs/XHSTT.md, "
          + "\"Exporting a school\")."),
    ]
  }

  /// An XML-friendly id from a name: letters, digits, '-', '_' and '.' kept, anything else
  /// '-'; "school" when nothing is left.
  static func slug(_ s: String) -> String {
    var out = ""
    for ch in s.unicodeScalars {
      let ok =
        (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9")
        || ch == "-" || ch == "_" || ch == "."
      out.unicodeScalars.append(ok ? ch : "-")
    }
    return out.isEmpty ? "school" : out
  }

  // MARK: Slots

  func number(_ slot: Slot) -> Int { (slot.week * D + slot.day) * P + slot.period }

  /// The time of a slot; nil for a blocked one.
  func time(_ slot: Slot) -> Int? { slotTime[number(slot)] }

  /// The times a set reference names (every week when it has none; blocked slots have none),
  /// sorted and unique.
  func times(_ refs: [SlotRef]) -> [Int] {
    var out = Set<Int>()
    for r in refs { for s in school.cycle.resolve(r) { if let t = time(s) { out.insert(t) } } }
    return out.sorted()
  }

  /// The period (0-based) of a time.
  func period(_ t: Int) -> Int { timeSlot[t] % P }

  func dayGroup(_ cycleDay: Int) -> Int { W + cycleDay }

  // MARK: Times

  mutating func times() {
    let cycle = school.cycle
    let multiWeek = W > 1
    for (w, week) in cycle.weeks.enumerated() {
      inst.timeGroups.append(
        XTimeGroup(id: timeGroupIds.claim("Week_" + week), name: "Week \(week)", kind: .week))
      _ = w
    }
    for w in 0..<W {
      for day in cycle.days {
        let id = multiWeek ? "\(cycle.weeks[w])_\(day)" : day
        let name = multiWeek ? "\(cycle.weeks[w]) \(day)" : day
        inst.timeGroups.append(XTimeGroup(id: timeGroupIds.claim(id), name: name, kind: .day))
      }
    }
    blocked = Set(cycle.blockedSlots.map(number))
    slotTime = [Int?](repeating: nil, count: W * D * P)
    for s in cycle.allSlots where !blocked.contains(number(s)) {
      let ref = cycle.ref(s)
      let id = [ref.week, ref.day, ref.period].compactMap { $0 }.joined(separator: "_")
      slotTime[number(s)] = inst.times.count
      timeSlot.append(number(s))
      inst.times.append(
        XTime(
          id: timeIds.claim(id), name: cycle.label(s), week: s.week, day: W + s.week * D + s.day))
    }
    cycleGroup = addTimeGroup("Cycle", "Every time of the cycle", Array(inst.times.indices))
  }

  /// Appends a `TimeGroup` (members sorted) and returns its index.
  mutating func addTimeGroup(_ id: String, _ name: String, _ members: [Int]) -> Int {
    inst.timeGroups.append(
      XTimeGroup(
        id: timeGroupIds.claim(id), name: name, kind: .group, members: Array(Set(members)).sorted())
    )
    return inst.timeGroups.count - 1
  }

  /// Fills week and day members and every time's `groups` from the groups' members.
  mutating func finishTimes() {
    for t in inst.times.indices {
      if let w = inst.times[t].week { inst.timeGroups[w].members.append(t) }
      if let d = inst.times[t].day { inst.timeGroups[d].members.append(t) }
    }
    var groups = [[Int]](repeating: [], count: inst.times.count)
    for (g, group) in inst.timeGroups.enumerated() {
      for t in group.members { groups[t].append(g) }
    }
    for t in inst.times.indices { inst.times[t].groups = groups[t] }
  }

  // MARK: Resources

  mutating func resources() {
    inst.resourceTypes = [
      XNamed(id: "Teacher", name: "Teacher"), XNamed(id: "Class", name: "Class"),
      XNamed(id: "Room", name: "Room"),
    ]
    inst.resourceGroups = [
      XResourceGroup(id: resourceGroupIds.claim("Teachers"), name: "Teachers", type: teacherType),
      XResourceGroup(id: resourceGroupIds.claim("Classes"), name: "Classes", type: classType),
      XResourceGroup(id: resourceGroupIds.claim("Rooms"), name: "Rooms", type: roomType),
    ]
    for t in school.teachers where teacherResource[t.id] == nil {
      teacherResource[t.id] = addResource(t.id.raw, "Teacher", t.name, teacherType, teachersGroup)
    }
    for k in school.classes where classResource[k.id] == nil {
      classResource[k.id] = addResource(k.id.raw, "Class", k.name, classType, classesGroup)
    }
    for r in school.rooms where roomResource[r.id] == nil {
      roomResource[r.id] = addResource(r.id.raw, "Room", r.name, roomType, roomsGroup)
    }
    guard !school.studentGroups.isEmpty else { return }
    inst.resourceTypes.append(XNamed(id: "Student", name: "Student"))
    studentsGroup = inst.resourceGroups.count
    inst.resourceGroups.append(
      XResourceGroup(id: resourceGroupIds.claim("Students"), name: "Students", type: studentType))
    for g in school.studentGroups {
      let r = addResource(g.id.raw, "Students", g.name, studentType, studentsGroup)
      studentResource.append(r)
      for k in Set(g.classes) { classStudents[k, default: []].append(r) }
    }
  }

  /// A resource named by its school id (prefixed with its kind when another kind took the id).
  mutating func addResource(
    _ raw: String, _ kind: String, _ name: String, _ type: Int, _ group: Int
  ) -> Int {
    var id = resourceIds.claim(raw)
    if id != raw { id = resourceIds.claim(kind + "-" + raw) }
    let index = inst.resources.count
    inst.resources.append(
      XResource(id: id, name: name.isEmpty ? raw : name, type: type, groups: [group]))
    inst.resourceGroups[group].members.append(index)
    return index
  }

  // MARK: Events

  mutating func events() {
    let cycle = school.cycle
    var chosen: [String: Meeting] = [:]
    for m in assignments?.meetings ?? [] {
      let key = "\(m.lesson.raw)\u{1}\(m.index)"
      if chosen[key] == nil { chosen[key] = m }
    }
    let teacherIndex = firstIndex(school.teachers.map(\.id))
    let roomIndex = firstIndex(school.rooms.map(\.id))
    let classIndex = firstIndex(school.classes.map(\.id))
    // Courses first (the format lists every Course before any EventGroup).
    var course: [Int] = []
    for lesson in school.lessons {
      let k = classIndex[lesson.classID].map { school.classes[$0] }
      let className = k.map { $0.name.isEmpty ? $0.id.raw : $0.name } ?? lesson.classID.raw
      course.append(inst.eventGroups.count)
      inst.eventGroups.append(
        XEventGroup(
          id: eventGroupIds.claim(lesson.id.raw), name: "\(lesson.subject), \(className)",
          kind: .course))
    }
    allEventsGroup = inst.eventGroups.count
    inst.eventGroups.append(
      XEventGroup(id: eventGroupIds.claim("AllEvents"), name: "Every meeting", kind: .group))
    for (l, lesson) in school.lessons.enumerated() {
      let k = classIndex[lesson.classID].map { school.classes[$0] }
      let candidates = Compiler.candidates(lesson, k, school, teacherIndex).map { Int($0) }
      let needsRoom = lesson.room != nil || lesson.roomKind != nil || k?.homeRoom != nil
      let rooms =
        needsRoom ? Compiler.suitableRooms(lesson, k, school, roomIndex).map { Int($0) } : []
      let fixedRoom = lesson.room ?? (lesson.roomKind == nil ? k?.homeRoom : nil)
      var list: [Int] = []
      var openTeacher = false
      var openRoom = false
      for i in 0..<max(0, lesson.meetings) {
        let e = inst.events.count
        let picked = chosen["\(lesson.id.raw)\u{1}\(i)"]
        // The fixed teacher, else the one the schedule chose, else the only candidate.
        var teacher: Int?
        if let t = lesson.teacher {
          teacher = teacherResource[t]
        } else if let t = picked?.teacher, let r = teacherResource[t] {
          teacher = r
        } else if candidates.count == 1 {
          teacher = teacherResource[school.teachers[candidates[0]].id]
        }
        var room: Int?
        if let f = fixedRoom {
          room = roomResource[f]
        } else if let r = picked?.room, let index = roomResource[r] {
          room = index
        } else if rooms.count == 1 {
          room = roomResource[school.rooms[rooms[0]].id]
        }
        if teacher == nil { openTeacher = true }
        if needsRoom && room == nil { openRoom = true }
        var resources: [XEventResource] = []
        if let c = classResource[lesson.classID] {
          resources.append(XEventResource(resource: c, role: "Class", type: classType))
        }
        for (n, r) in (classStudents[lesson.classID] ?? []).enumerated() {
          resources.append(XEventResource(resource: r, role: "Students\(n + 1)", type: studentType))
        }
        resources.append(XEventResource(resource: teacher, role: "Teacher", type: teacherType))
        if needsRoom || room != nil {
          resources.append(XEventResource(resource: room, role: "Room", type: roomType))
        }
        var start: Int?
        if i < lesson.pinned.count {
          let slots = cycle.resolve(lesson.pinned[i])
          if slots.count == 1 { start = time(slots[0]) }
          // Its periods must be times of the same day (a valid pin is neither blocked nor
          // past the day's end).
          let length = max(1, lesson.duration)
          if let s = start,
            period(s) + length > P
              || (0..<length).contains(where: { blocked.contains(timeSlot[s] + $0) })
          {
            start = nil
          }
        }
        let duration = max(1, min(lesson.duration, inst.times.count))
        if let s = start, s + duration > inst.times.count { start = nil }
        inst.events.append(
          XEvent(
            id: eventIds.claim("\(lesson.id.raw)#\(i + 1)"),
            name: "\(lesson.subject) \(lesson.classID.raw), meeting \(i + 1) of \(lesson.meetings)",
            duration: duration, course: course[l], time: start, resources: resources,
            groups: [course[l], allEventsGroup]))
        inst.eventGroups[course[l]].members.append(e)
        inst.eventGroups[allEventsGroup].members.append(e)
        list.append(e)
      }
      lessonEvents.append(list)
      if openTeacher { openTeacherLessons.append(lesson.id.raw) }
      if openRoom { openRoomLessons.append(lesson.id.raw) }
    }
  }

  /// A note when the instance is larger than Cadre's XHSTT reader takes (`XLimits`): the
  /// file is still written, for tools without those limits.
  mutating func checkLimits() {
    let duration = inst.events.reduce(0) { XLimits.sum($0, $1.duration) }
    let cells = XLimits.timeCells(
      resources: inst.resources.count, totalDuration: duration, times: inst.times.count)
    var expanded = inst.events.reduce(0) { XLimits.sum($0, $1.resources.count) }
    for c in inst.constraints {
      let points = c.kind.listedPoints
      expanded = XLimits.sum(expanded, points)
    }
    if cells > XLimits.maxTimeCells || expanded > XLimits.maxExpanded {
      notes.append(
        "the archive has \(cells) time cells and \(expanded) points and event resources; "
          + "Cadre's XHSTT reader takes at most \(XLimits.maxTimeCells) and "
          + "\(XLimits.maxExpanded) (docs/XHSTT.md), so cadre solve will refuse it")
    }
  }

  /// Appends an `EventGroup` of `members` (event indices) and returns its index.
  mutating func addEventGroup(_ id: String, _ name: String, _ members: [Int]) -> Int {
    let g = inst.eventGroups.count
    let sorted = Array(Set(members)).sorted()
    inst.eventGroups.append(
      XEventGroup(id: eventGroupIds.claim(id), name: name, kind: .group, members: sorted))
    for e in sorted {
      inst.events[e].groups.append(g)
      inst.events[e].groups.sort()
    }
    return g
  }

  func firstIndex<E>(_ ids: [ID<E>]) -> [ID<E>: Int] {
    var out: [ID<E>: Int] = [:]
    for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
    return out
  }
}

extension String {
  /// Without leading and trailing white space (Foundation-free).
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
