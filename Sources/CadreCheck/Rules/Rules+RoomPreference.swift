import CadreModel

extension Rules {
  /// `room-preference`: per placed meeting in a room, 1 when its lesson lists `preferredRooms`
  /// without that room, and 1 when its teacher lists `preferredRooms` without it.
  static func roomPreference(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      guard m.start != nil, let r = m.room else { continue }
      let room = c.school.rooms[r].id
      let lesson = c.lesson(m)
      if !lesson.preferredRooms.isEmpty && !lesson.preferredRooms.contains(room) {
        out.append(
          softViolation(
            "room-preference", 1,
            "\(c.name(m)) is in \(room.raw), not one of its preferred rooms",
            teachers: m.teacherID.map { [$0] } ?? []))
      }
      if let t = m.teacherID, let i = c.teacherIndex[t] {
        let preferred = c.school.teachers[i].preferredRooms
        if !preferred.isEmpty && !preferred.contains(room) {
          out.append(
            softViolation(
              "room-preference", 1,
              "\(c.name(m)) is in \(room.raw), not one of \(t.raw)'s preferred rooms",
              teachers: [t]))
        }
      }
    }
    return out
  }
}
