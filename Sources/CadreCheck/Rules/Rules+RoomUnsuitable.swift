import CadreModel

extension Rules {
  /// `room-unsuitable`: 1 per placed meeting that needs a room and has none, or has a room
  /// other than its fixed room, or (with `roomKind`) a room of another kind, or a room whose
  /// capacity is below the class's students (when both are given).
  ///
  /// A lesson needs a room when it has `room` or `roomKind`, or its class has a `homeRoom`.
  /// The fixed room is the lesson's `room`, else the class's home room unless the lesson asks
  /// for a room kind.
  static func roomUnsuitable(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings where m.isPlaced {
      let lesson = c.lesson(m)
      let k = c.classIndex[lesson.classID].map { c.school.classes[$0] }
      let needs = lesson.room != nil || lesson.roomKind != nil || k?.homeRoom != nil
      guard needs else { continue }
      let fixed = lesson.room ?? (lesson.roomKind == nil ? k?.homeRoom : nil)
      var why: [String] = []
      if let r = m.room {
        let room = c.school.rooms[r]
        if let f = fixed, room.id != f { why.append("its room is \(f.raw)") }
        if let kind = lesson.roomKind, room.kind != kind {
          why.append("it needs a \(kind) and \(room.id.raw) is a \(room.kind)")
        }
        if let capacity = room.capacity, let students = k?.students, capacity < students {
          why.append(
            "\(room.id.raw) seats \(capacity) and \(lesson.classID.raw) has \(students) students")
        }
        guard !why.isEmpty else { continue }
        out.append(
          violation(
            "room-unsuitable", 1,
            "\(c.name(m)) is in room \(room.id.raw), but " + why.joined(separator: "; ")))
      } else {
        let wanted = fixed.map { "room \($0.raw)" } ?? "a \(lesson.roomKind ?? "room")"
        out.append(violation("room-unsuitable", 1, "\(c.name(m)) has no room, needs \(wanted)"))
      }
    }
    return out
  }
}
