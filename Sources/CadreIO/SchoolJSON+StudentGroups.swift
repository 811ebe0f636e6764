import CadreModel

/// Student groups: students who share a set of classes (docs/FORMAT.md "Student group").
extension SchoolJSON {
  static let studentGroupKeys = ["id", "name", "students", "classes"]

  static func studentGroup(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> StudentGroup? {
    guard let o = r.object(v, at: p, "student group", keys: studentGroupKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let name = r.optionalString(o, "name") ?? ""
    let students = r.optionalInt(o, "students") ?? 1
    let classes = r.required(o, "classes") { r, v, p in r.strings(v, p) }
    guard let id, let classes else { return nil }
    return StudentGroup(
      id: StudentGroupID(id), name: name, students: students, classes: classes.map { ClassID($0) })
  }

  static func encodeStudentGroup(_ g: StudentGroup) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("id", g.id.raw)
    b.string("name", g.name, omitting: "")
    if g.students != 1 { b.int("students", g.students) }
    b.set("classes", .array(g.classes.map { .string($0.raw) }))
    return b.value
  }
}
