import CadreModel

extension Rules {
  /// `blocked-slot`: 1 per (placed meeting, occupied slot) where the slot is blocked.
  static func blockedSlot(_ c: CheckContext) -> [Violation] {
    var reason = [String](repeating: "", count: c.slotCount)
    for b in c.cycle.blocked where !b.reason.isEmpty {
      for s in CheckContext.resolveSet(b.slot, in: c.cycle) where reason[s].isEmpty {
        reason[s] = b.reason
      }
    }
    var out: [Violation] = []
    for m in c.meetings {
      for s in m.occupied where c.blocked[s] {
        let why = reason[s].isEmpty ? "" : " (\(reason[s]))"
        out.append(
          violation(
            "blocked-slot", 1, "\(c.name(m)) meets on \(c.label(s)), which is blocked\(why)"))
      }
    }
    return out
  }

  /// `teacher-unavailable`: 1 per (placed meeting, occupied slot) where its teacher is
  /// unavailable.
  static func teacherUnavailable(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      guard let t = m.teacher else { continue }
      for s in m.occupied where c.teacherUnavailable[t][s] {
        out.append(
          violation(
            "teacher-unavailable", 1,
            "\(c.school.teachers[t].id.raw) is unavailable on \(c.label(s)) but teaches "
              + c.name(m)))
      }
    }
    return out
  }

  /// `class-unavailable`: 1 per (placed meeting, occupied slot) where its class is
  /// unavailable.
  static func classUnavailable(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      let k = c.lesson(m).classID
      guard let ki = c.classIndex[k] else { continue }
      for s in m.occupied where c.classUnavailable[ki][s] {
        out.append(
          violation(
            "class-unavailable", 1,
            "\(k.raw) is unavailable on \(c.label(s)) but has \(c.name(m))"))
      }
    }
    return out
  }

  /// `room-unavailable`: 1 per (placed meeting, occupied slot) where its room is unavailable.
  static func roomUnavailable(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      guard let r = m.room else { continue }
      for s in m.occupied where c.roomUnavailable[r][s] {
        out.append(
          violation(
            "room-unavailable", 1,
            "Room \(c.school.rooms[r].id.raw) is unavailable on \(c.label(s)) but holds "
              + c.name(m)))
      }
    }
    return out
  }
}
