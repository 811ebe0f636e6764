import CadreModel

extension Rules {
  /// `teacher-clash`: for every teacher and slot, max(0, n − 1), n = meetings of that teacher
  /// occupying the slot.
  static func teacherClash(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for t in c.teachers {
      let id = c.school.teachers[t].id.raw
      for s in 0..<c.slotCount {
        let here = c.teacherAt[t][s]
        guard here.count > 1 else { continue }
        out.append(
          violation(
            "teacher-clash", here.count - 1,
            "\(id) teaches \(here.count) lessons on \(c.label(s)): \(lessons(here, c))"))
      }
    }
    return out
  }

  /// `class-clash`: for every class and slot, max(0, n − 1), n = meetings of that class's
  /// lessons occupying the slot. Classes are those lessons name, in lesson order.
  static func classClash(_ c: CheckContext) -> [Violation] {
    var order: [ClassID] = []
    var at: [ClassID: [[Int]]] = [:]
    for (i, m) in c.meetings.enumerated() {
      let k = c.lesson(m).classID
      if at[k] == nil {
        order.append(k)
        at[k] = [[Int]](repeating: [], count: c.slotCount)
      }
      for s in m.occupied { at[k]?[s].append(i) }
    }
    var out: [Violation] = []
    for k in order {
      let slots = at[k] ?? []
      for (s, here) in slots.enumerated() where here.count > 1 {
        out.append(
          violation(
            "class-clash", here.count - 1,
            "\(k.raw) has \(here.count) lessons on \(c.label(s)): \(lessons(here, c))"))
      }
    }
    return out
  }

  /// `room-clash`: for every room and slot, max(0, n − 1), n = meetings in that room
  /// occupying the slot.
  static func roomClash(_ c: CheckContext) -> [Violation] {
    var at = [[[Int]]](
      repeating: [[Int]](repeating: [], count: c.slotCount), count: c.school.rooms.count)
    for (i, m) in c.meetings.enumerated() {
      guard let r = m.room else { continue }
      for s in m.occupied { at[r][s].append(i) }
    }
    var out: [Violation] = []
    for r in c.rooms {
      for (s, here) in at[r].enumerated() where here.count > 1 {
        out.append(
          violation(
            "room-clash", here.count - 1,
            "Room \(c.school.rooms[r].id.raw) holds \(here.count) lessons on \(c.label(s)): "
              + lessons(here, c)))
      }
    }
    return out
  }

  /// "3A-math, 4B-math": the lessons of some meetings, in meeting order.
  static func lessons(_ meetings: [Int], _ c: CheckContext) -> String {
    meetings.map { c.lesson(c.meetings[$0]).id.raw }.joined(separator: ", ")
  }
}
