import CadreModel

/// Lessons: what has to be scheduled.
extension SchoolJSON {
  static let lessonKeys = [
    "id", "class", "subject", "meetings", "duration", "teacher", "candidates", "pinned", "room",
    "roomKind", "preferred", "allowSplit", "preferredRooms",
  ]

  static func lesson(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Lesson? {
    guard let o = r.object(v, at: p, "lesson", keys: lessonKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let classID = r.requiredString(o, "class")
    let subject = r.requiredString(o, "subject")
    let meetings = r.requiredInt(o, "meetings")
    let duration = r.optionalInt(o, "duration") ?? 1
    let teacher = r.optionalString(o, "teacher")
    let candidates = r.stringList(o, "candidates")
    let pinned = r.optionalList(o, "pinned") { r, v, p in slotRef(&r, v, p) }
    let room = r.optionalString(o, "room")
    let roomKind = r.optionalString(o, "roomKind")
    let preferred = r.optionalList(o, "preferred") { r, v, p in slotRef(&r, v, p) }
    let allowSplit = r.optionalBool(o, "allowSplit") ?? false
    let preferredRooms = r.stringList(o, "preferredRooms").map { RoomID($0) }
    guard let id, let classID, let subject, let meetings else { return nil }
    return Lesson(
      id: LessonID(id), classID: ClassID(classID), subject: subject, meetings: meetings,
      duration: duration, teacher: teacher.map { TeacherID($0) },
      candidates: candidates.map { TeacherID($0) }, pinned: pinned,
      room: room.map { RoomID($0) }, roomKind: roomKind, preferred: preferred,
      allowSplit: allowSplit, preferredRooms: preferredRooms)
  }

  static func encodeLesson(_ l: Lesson) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("id", l.id.raw)
    b.string("class", l.classID.raw)
    b.string("subject", l.subject)
    b.int("meetings", l.meetings)
    b.int("duration", l.duration, omitting: 1)
    b.string("teacher", l.teacher?.raw)
    b.strings("candidates", l.candidates.map(\.raw))
    b.list("pinned", l.pinned, encodeSlot)
    b.string("room", l.room?.raw)
    b.string("roomKind", l.roomKind)
    b.list("preferred", l.preferred, encodeSlot)
    if l.allowSplit { b.set("allowSplit", .bool(true)) }
    b.strings("preferredRooms", l.preferredRooms.map(\.raw))
    return b.value
  }
}
