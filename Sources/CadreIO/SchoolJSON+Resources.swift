import CadreModel

/// Teachers, classes and rooms: the resources lessons use.
extension SchoolJSON {
  static let teacherKeys =
    [
      "id", "name", "subjects", "grades", "maxPerDay", "maxPerWeek", "unavailable",
      "costPerPeriod", "team", "coverage", "preferred",
    ] + teacherLimitKeys
  static let classKeys =
    ["id", "name", "grade", "students", "unavailable", "homeRoom"] + classLimitKeys
  static let roomKeys = ["id", "name", "kind", "capacity", "unavailable"]

  // MARK: Decoding

  static func teacher(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Teacher? {
    guard let o = r.object(v, at: p, "teacher", keys: teacherKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let name = r.optionalString(o, "name") ?? ""
    let subjects = r.stringList(o, "subjects")
    let grades = r.stringList(o, "grades")
    let maxPerDay = r.optionalInt(o, "maxPerDay")
    let maxPerWeek = r.optionalInt(o, "maxPerWeek")
    let unavailable = r.optionalList(o, "unavailable") { r, v, p in slotRef(&r, v, p) }
    let cost = r.optionalInt(o, "costPerPeriod")
    let team = r.optionalString(o, "team")
    let coverage = r.optionalBool(o, "coverage") ?? false
    let preferred = r.optionalList(o, "preferred") { r, v, p in slotRef(&r, v, p) }
    let limits = personalLimits(&r, o, classes: false)
    guard let id else { return nil }
    return Teacher(
      id: TeacherID(id), name: name, subjects: subjects, grades: grades, maxPerDay: maxPerDay,
      maxPerWeek: maxPerWeek, unavailable: unavailable, costPerPeriod: cost,
      team: team.map { TeamID($0) }, coverage: coverage, preferred: preferred, limits: limits)
  }

  static func schoolClass(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> SchoolClass? {
    guard let o = r.object(v, at: p, "class", keys: classKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let name = r.optionalString(o, "name") ?? ""
    let grade = r.optionalString(o, "grade")
    let students = r.optionalInt(o, "students")
    let unavailable = r.optionalList(o, "unavailable") { r, v, p in slotRef(&r, v, p) }
    let homeRoom = r.optionalString(o, "homeRoom")
    let limits = personalLimits(&r, o, classes: true)
    guard let id else { return nil }
    return SchoolClass(
      id: ClassID(id), name: name, grade: grade, students: students, unavailable: unavailable,
      homeRoom: homeRoom.map { RoomID($0) }, limits: limits)
  }

  static func room(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Room? {
    guard let o = r.object(v, at: p, "room", keys: roomKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let name = r.optionalString(o, "name") ?? ""
    let kind = r.optionalString(o, "kind") ?? "classroom"
    let capacity = r.optionalInt(o, "capacity")
    let unavailable = r.optionalList(o, "unavailable") { r, v, p in slotRef(&r, v, p) }
    guard let id else { return nil }
    return Room(
      id: RoomID(id), name: name, kind: kind, capacity: capacity, unavailable: unavailable)
  }

  // MARK: Encoding

  static func encodeTeacher(_ t: Teacher) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("id", t.id.raw)
    b.string("name", t.name, omitting: "")
    b.strings("subjects", t.subjects)
    b.strings("grades", t.grades)
    b.int("maxPerDay", t.maxPerDay)
    b.int("maxPerWeek", t.maxPerWeek)
    b.list("unavailable", t.unavailable, encodeSlot)
    b.int("costPerPeriod", t.costPerPeriod)
    b.string("team", t.team?.raw)
    if t.coverage { b.set("coverage", .bool(true)) }
    b.list("preferred", t.preferred, encodeSlot)
    encodeLimits(t.limits, into: &b)
    return b.value
  }

  static func encodeClass(_ c: SchoolClass) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("id", c.id.raw)
    b.string("name", c.name, omitting: "")
    b.string("grade", c.grade)
    b.int("students", c.students)
    b.list("unavailable", c.unavailable, encodeSlot)
    b.string("homeRoom", c.homeRoom?.raw)
    encodeLimits(c.limits, into: &b)
    return b.value
  }

  static func encodeRoom(_ room: Room) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("id", room.id.raw)
    b.string("name", room.name, omitting: "")
    b.string("kind", room.kind, omitting: "classroom")
    b.int("capacity", room.capacity)
    b.list("unavailable", room.unavailable, encodeSlot)
    return b.value
  }
}
