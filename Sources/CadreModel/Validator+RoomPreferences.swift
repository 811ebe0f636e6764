extension Validator {
  /// Lessons' and teachers' `preferredRooms` (rule `room-preference`): every room exists, and
  /// a lesson that states preferences gets a room at all (a `room`, a `roomKind` or its
  /// class's home room), or they never count.
  static func checkRoomPreferences(_ c: Context, into out: inout [Diagnostic]) {
    let s = c.school
    let roomIDs = s.rooms.map(\.id.raw)
    func check(_ rooms: [RoomID], at base: String, _ what: String) {
      for (j, r) in rooms.enumerated() where c.room(r) == nil {
        out.append(
          unknown(
            "unknown-room", kind: "room", id: r.raw, at: base + Pointer.of(j), in: what,
            among: roomIDs, list: "/rooms"))
      }
    }
    for (i, t) in s.teachers.enumerated() where !t.preferredRooms.isEmpty {
      check(
        t.preferredRooms, at: Pointer.of("teachers", i, "preferredRooms"),
        "Teacher \(label(t.name, t.id.raw))")
    }
    for (i, l) in s.lessons.enumerated() where !l.preferredRooms.isEmpty {
      let at = Pointer.of("lessons", i, "preferredRooms")
      check(l.preferredRooms, at: at, "Lesson \(l.id.raw)")
      let homeRoom = c.schoolClass(l.classID)?.homeRoom
      if l.room == nil && l.roomKind == nil && homeRoom == nil {
        out.append(
          .warning(
            "preferred-rooms-unused", at: at,
            "Lesson \(l.id.raw) prefers rooms but is given none: it needs no room, so the "
              + "preference never counts",
            hint: "give the lesson a roomKind so Cadre chooses its room"))
      }
    }
  }
}
