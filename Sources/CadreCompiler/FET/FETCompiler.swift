import CadreModel

/// A FET file → the general model (an `XInstance` the XHSTT engine solves and the evaluator
/// scores), and FET's activities timetable ↔ `XTimetable`. The mapping of every supported
/// constraint type, with its cost, is in docs/FET.md; a type not mapped becomes an
/// `.unsupported("ConstraintXxx")` constraint, so it is named and counted everywhere an XHSTT
/// instance's unsupported types are.
///
/// Times are day-major: time `d * hours + h` is day d, hour h. Resources: the teachers, then the
/// atomic student sets (subgroups; a group without subgroups, a year without groups), then one
/// helper resource per MinDaysBetweenActivities constraint with ConsecutiveIfSameDay. Each active
/// activity is one event, never split.
package enum FETCompiler {
  /// FET's `Weight_Percentage` as an XHSTT weight: 100 is required (weight 1); below 100 is soft
  /// with weight `round(percentage × 100)`, so the objective is FET's "conflicts factor" sum
  /// (percentage / 100 × violations) times 10,000.
  package static func weight(percentage: Double) -> (required: Bool, weight: Int) {
    percentage >= 100 ? (true, 1) : (false, Int((percentage * 100).rounded()))
  }

  package static func compile(_ file: FETFile) -> (FETMapping?, [Diagnostic]) {
    var b = Builder(file: file)
    b.build()
    if b.list.hasErrors { return (nil, b.list.all) }
    return (b.mapping(), b.list.all)
  }

  /// FET's placements (activity id, day name, hour name, room name) as a timetable of the mapped
  /// instance. An activity the timetable does not place stays unassigned; its room fills its
  /// Room role (an empty room leaves the role empty; a room for an activity without the role,
  /// one that needs no room in the mapping, is not read). Unknown ids, days, hours or rooms,
  /// an activity placed twice or running past the end of the day are errors.
  package static func timetable(
    _ placements: [FETPlacement], mapping: FETMapping
  ) -> (XTimetable?, [Diagnostic]) {
    var list = DiagnosticList()
    var eventOf: [Int: Int] = [:]
    for (e, id) in mapping.activityIds.enumerated() { eventOf[id] = e }
    let dayIndex = Dictionary(
      mapping.days.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let hourIndex = Dictionary(
      mapping.hours.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let rooms = mapping.firstRoom..<mapping.firstRoom + mapping.rooms
    let roomIndex = Dictionary(
      rooms.map { (mapping.instance.resources[$0].name, $0) }, uniquingKeysWith: { a, _ in a })
    // Events past the activities are fixed helpers (start-of-day anchors): at their time.
    var start = mapping.instance.events.map { $0.time }
    var room = [Int?](repeating: nil, count: start.count)
    for e in mapping.activityIds.indices { start[e] = nil }
    var placed = Set<Int>()
    for p in placements {
      func fail(_ code: String, _ message: String) {
        list.append(
          Diagnostic(
            .error, code: code, pointer: "/Activities_Timetable/Activity",
            message: "\(message) (line \(p.line))", line: p.line))
      }
      guard let e = eventOf[p.activityId] else {
        // Inactive activities may be listed by FET; anything else is not in the file.
        fail(
          "fet-unknown-activity", "activity \(p.activityId) is not an active activity of the file")
        continue
      }
      guard placed.insert(e).inserted else {
        fail("fet-duplicate-activity", "activity \(p.activityId) is placed twice")
        continue
      }
      if !p.room.isEmpty, mapping.instance.events[e].openRole(named: FETMapping.roomRole) != nil {
        guard let r = roomIndex[p.room] else {
          list.append(
            Diagnostic(
              .error, code: "fet-unknown-room", pointer: "/Activities_Timetable/Activity",
              message: "activity \(p.activityId): no room '\(p.room)' in the file (line \(p.line))",
              hint: Builder.hint(p.room, in: roomIndex.keys), line: p.line))
          continue
        }
        room[e] = r
      }
      if p.day.isEmpty && p.hour.isEmpty { continue }
      guard let d = dayIndex[p.day] else {
        fail("fet-unknown-day", "activity \(p.activityId): no day '\(p.day)' in the file")
        continue
      }
      guard let h = hourIndex[p.hour] else {
        fail("fet-unknown-hour", "activity \(p.activityId): no hour '\(p.hour)' in the file")
        continue
      }
      let duration = mapping.instance.events[e].duration
      guard h + duration <= mapping.hours.count else {
        fail(
          "fet-past-last-hour",
          "activity \(p.activityId) of duration \(duration) at hour '\(p.hour)' runs past the "
            + "last hour of the day")
        continue
      }
      start[e] = d * mapping.hours.count + h
    }
    if list.hasErrors { return (nil, list.all) }
    return (
      XTimetable(
        subEvents: mapping.instance.events.enumerated().map {
          XSubEvent(
            event: $0.offset, duration: $0.element.duration, start: start[$0.offset],
            assigned: $0.element.openRoles.isEmpty ? [] : [room[$0.offset]])
        }),
      list.all
    )
  }

  /// A timetable of the mapped instance as FET placements, in activity order; an unassigned
  /// activity is left out (FET's own file lists placed activities only). FET cannot hold a
  /// split activity: when an infeasible timetable splits one (a broken required SplitEvents),
  /// its first placed piece stands for it; a piece running past the last hour of its day (a
  /// broken required "inside one day" rule) is left out, since FET cannot load it. The room is
  /// the one that piece gives the activity's Room role, empty when none.
  package static func placements(_ timetable: XTimetable, mapping: FETMapping) -> [FETPlacement] {
    let hours = mapping.hours.count
    var out: [FETPlacement] = []
    var written = Set<Int>()
    for s in timetable.subEvents {
      guard let t = s.start, s.event >= 0, s.event < mapping.activityIds.count, hours > 0,
        t % hours + s.duration <= hours, written.insert(s.event).inserted
      else { continue }
      let role = mapping.instance.events[s.event].openRole(named: FETMapping.roomRole)
      let room = role.flatMap { s.resource(role: $0) }.map { mapping.instance.resources[$0].name }
      out.append(
        FETPlacement(
          activityId: mapping.activityIds[s.event], day: mapping.days[t / hours],
          hour: mapping.hours[t % hours], room: room ?? ""))
    }
    return out
  }
}
