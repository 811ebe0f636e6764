import CadreModel

/// One room preference or home room of a FET space constraint, kept until every space
/// constraint is read: which activities need a room, and which rooms each may have, is only
/// known then (docs/FET.md "Rooms").
struct RoomPreference {
  /// Events the constraint applies to.
  var events: [Int]
  /// Room numbers (not resource indices) it allows.
  var rooms: Set<Int>
  var required: Bool
  var weight: Int
  var name: String
  var line: Int
  /// A teacher's or students set's home room: FET accepts any room of the activity's own
  /// preferred rooms too (its preferred rooms win over home rooms).
  var home: Bool
}

extension FETCompiler.Builder {
  /// The FET space constraint types the mapping supports (docs/FET.md "Rooms").
  static let supportedSpace: Set<String> = [
    "ConstraintBasicCompulsorySpace", "ConstraintRoomNotAvailableTimes",
    "ConstraintActivityPreferredRoom", "ConstraintActivityPreferredRooms",
    "ConstraintSubjectPreferredRoom", "ConstraintSubjectPreferredRooms",
    "ConstraintActivityTagPreferredRoom", "ConstraintActivityTagPreferredRooms",
    "ConstraintSubjectActivityTagPreferredRoom", "ConstraintSubjectActivityTagPreferredRooms",
    "ConstraintTeacherHomeRoom", "ConstraintTeacherHomeRooms", "ConstraintStudentsSetHomeRoom",
    "ConstraintStudentsSetHomeRooms",
  ]

  /// One resource of type Room per room of `Rooms_List`, after the students. FET 6's virtual
  /// rooms (sets of real rooms) are rooms like any other here (`roomRoles()` names them).
  mutating func rooms() {
    firstRoom = instance.resources.count
    for (i, room) in file.rooms.enumerated() {
      roomIndex[room.name] = i
      instance.resources.append(XResource(id: "R\(i)", name: room.name, type: 3))
    }
  }

  /// A space constraint: the basic one and room not available times map at once; preferences
  /// wait for `roomRoles()`; any other type is unsupported, by name.
  mutating func spaceConstraint(_ c: FETElement) {
    let pointer = "/Space_Constraints_List/" + c.name
    if c.value("Active") == "false" {
      inactiveConstraints += 1
      return
    }
    guard Self.supportedSpace.contains(c.name) else {
      roomConstraints += 1
      add(c.name, line: c.line, required: true, weight: 1, .unsupported(typeName: c.name))
      return
    }
    guard let (required, weight) = weight(c, pointer) else { return }
    func prefer(_ events: [Int], home: Bool = false) {
      let single = c.value("Room").map { [$0] } ?? []
      let names = single + c.children("Preferred_Room").map(\.text)
      guard !names.isEmpty else {
        error("fet-missing-element", c.line, pointer, "<\(c.name)> names no room")
        return
      }
      var rooms: Set<Int> = []
      for n in names {
        if let r = room(n, line: c.line, pointer) { rooms.insert(r) }
      }
      roomPreferences.append(
        RoomPreference(
          events: events, rooms: rooms, required: required, weight: weight, name: c.name,
          line: c.line, home: home))
    }
    func matching(_ keep: (FETActivity) -> Bool) -> [Int] {
      activityOfEvent.indices.filter { keep(activityOfEvent[$0]) }
    }
    switch c.name {
    case "ConstraintBasicCompulsorySpace":
      basicSpace = (required, weight, c.line)
    case "ConstraintRoomNotAvailableTimes":
      guard let name = c.value("Room") else {
        error("fet-missing-element", c.line, pointer, "<\(c.name)> names no room")
        return
      }
      guard let r = room(name, line: c.line, pointer) else { return }
      let ts = times(c, item: "Not_Available_Time", day: "Day", hour: "Hour", pointer)
      add(
        c.name, line: c.line, required: required, weight: weight,
        .avoidUnavailableTimes(resources: [firstRoom + r], times: Array(Set(ts)).sorted()))
    case "ConstraintActivityPreferredRoom", "ConstraintActivityPreferredRooms":
      guard let e = activity(c, pointer) else { return }
      prefer([e])
    case "ConstraintSubjectPreferredRoom", "ConstraintSubjectPreferredRooms",
      "ConstraintActivityTagPreferredRoom", "ConstraintActivityTagPreferredRooms",
      "ConstraintSubjectActivityTagPreferredRoom", "ConstraintSubjectActivityTagPreferredRooms":
      let subject = c.value("Subject")
      let tag = c.value("Activity_Tag")
      if let subject, !subjects.contains(subject) {
        error(
          "fet-unknown-subject", c.line, pointer, "no subject '\(subject)' in <Subjects_List>",
          hint: hint(subject, in: subjects))
        return
      }
      if let tag, !tags.contains(tag) {
        error(
          "fet-unknown-tag", c.line, pointer, "no activity tag '\(tag)' in <Activity_Tags_List>",
          hint: hint(tag, in: tags))
        return
      }
      if c.name.contains("Subject") && subject == nil || c.name.contains("Tag") && tag == nil {
        error("fet-missing-element", c.line, pointer, "<\(c.name)> names no subject or tag")
        return
      }
      prefer(
        matching { a in
          (subject.map { a.subject == $0 } ?? true) && (tag.map { a.tags.contains($0) } ?? true)
        })
    case "ConstraintTeacherHomeRoom", "ConstraintTeacherHomeRooms":
      // FET: the activities whose only teacher is this one.
      guard let r = teacher(c, "Teacher", pointer) else { return }
      let name = file.teachers[r].name
      prefer(matching { $0.teachers == [name] }, home: true)
    case "ConstraintStudentsSetHomeRoom", "ConstraintStudentsSetHomeRooms":
      // FET: the activities whose only students set is this one (by name).
      guard studentsOf(c, "Students", pointer) != nil, let name = c.value("Students") else {
        return
      }
      prefer(matching { $0.students == [name] }, home: true)
    default:
      break
    }
  }

  /// The room number of `name`, or `fet-unknown-room` with a did-you-mean.
  mutating func room(_ name: String, line: Int, _ pointer: String) -> Int? {
    if let r = roomIndex[name] { return r }
    error(
      "fet-unknown-room", line, pointer, "no room '\(name)' in <Rooms_List>",
      hint: hint(name, in: roomIndex.keys))
    return nil
  }
}
