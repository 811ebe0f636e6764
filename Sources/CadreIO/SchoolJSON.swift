import CadreModel

/// The school file format `cadre/1` (docs/FORMAT.md): decoding with every structural problem
/// reported at once, and encoding that round-trips (`decode(encode(s)).school == s`).
///
/// Decoding checks structure only: types, required fields, unknown keys, the format tag,
/// times, dates and enumerations. What the values mean (ids that resolve, ranges, duplicates,
/// capacity) is the validator's job, so `decode` returns a school whenever one can be built,
/// even alongside diagnostics, and the caller runs `Validator` on it. The school is nil only
/// when a required value is missing or unreadable.
public enum SchoolJSON {
  /// Decodes a school from JSON text.
  /// - Complexity: O(n) in the size of the text.
  public static func decode(_ text: String) -> (school: School?, diagnostics: [Diagnostic]) {
    decode(bytes: Array(text.utf8))
  }

  /// Decodes a school from raw bytes (need not be valid UTF-8; invalid bytes are reported).
  public static func decode(bytes: [UInt8]) -> (school: School?, diagnostics: [Diagnostic]) {
    let (root, parseDiagnostics) = JSONParser.parse(bytes: bytes)
    guard let root else { return (nil, parseDiagnostics) }
    var reader = JSONReader(diagnostics: parseDiagnostics)
    let school = school(&reader, root)
    return (reader.complete ? school : nil, reader.diagnostics)
  }

  /// The school as `cadre/1` JSON text, keys in the order of docs/FORMAT.md, fields equal to
  /// their default left out.
  public static func encode(_ school: School) -> String {
    JSONWriter.write(encodeValue(school))
  }

  /// The school as a JSON value (for embedding in other documents).
  public static func encodeValue(_ school: School) -> JSONValue {
    var b = JSONObjectBuilder()
    b.string("format", school.format)
    b.string("name", school.name)
    b.set("cycle", encodeCycle(school.cycle))
    if let year = school.year { b.set("year", encodeYear(year, cycle: school.cycle)) }
    b.set("teachers", .array(school.teachers.map(encodeTeacher)))
    b.set("classes", .array(school.classes.map(encodeClass)))
    b.list("rooms", school.rooms, encodeRoom)
    b.set("lessons", .array(school.lessons.map(encodeLesson)))
    b.list("studentGroups", school.studentGroups, encodeStudentGroup)
    if school.leadership != Leadership() {
      b.set("leadership", encodeLeadership(school.leadership))
    }
    if school.policy != Policy() { b.set("policy", encodePolicy(school.policy)) }
    if let budget = school.budget { b.set("budget", encodeBudget(budget)) }
    if school.weights != Weights() { b.set("weights", encodeWeights(school.weights)) }
    if let source = school.source { b.set("source", encodeSource(source)) }
    if !school.assumed.isEmpty { b.strings("assumed", school.assumed) }
    return b.value
  }

  // MARK: Top level

  static let schoolKeys = [
    "format", "name", "cycle", "year", "teachers", "classes", "rooms", "lessons", "studentGroups",
    "leadership", "policy", "budget", "weights", "source", "assumed",
  ]

  static func school(_ r: inout JSONReader, _ root: JSONValue) -> School? {
    guard let o = r.object(root, at: "", "school", keys: schoolKeys) else {
      r.complete = false
      return nil
    }
    let format = r.requiredString(o, "format")
    if let format, format != School.currentFormat {
      r.report(
        "unsupported-format", at: "/format", root["format"],
        "unsupported format \"\(format)\"; this version of Cadre reads \"\(School.currentFormat)\"",
        hint: "set \"format\": \"\(School.currentFormat)\"")
    }
    let name = r.requiredString(o, "name")
    let cycle = r.required(o, "cycle") { r, v, p in cycleValue(&r, v, p) }
    let year = r.optional(o, "year") { r, v, p in yearValue(&r, v, p, cycle: cycle) }
    let teachers = r.requiredList(o, "teachers") { r, v, p in teacher(&r, v, p) }
    let classes = r.requiredList(o, "classes") { r, v, p in schoolClass(&r, v, p) }
    let rooms = r.optionalList(o, "rooms") { r, v, p in room(&r, v, p) }
    let lessons = r.requiredList(o, "lessons") { r, v, p in lesson(&r, v, p) }
    let groups = r.optionalList(o, "studentGroups") { r, v, p in studentGroup(&r, v, p) }
    let leadership =
      r.optional(o, "leadership") { r, v, p in leadershipValue(&r, v, p) } ?? Leadership()
    let policy = r.optional(o, "policy") { r, v, p in policyValue(&r, v, p) } ?? Policy()
    let budget = r.optional(o, "budget") { r, v, p in budgetValue(&r, v, p) }
    let weights = r.optional(o, "weights") { r, v, p in weightsValue(&r, v, p) } ?? Weights()
    let source = r.optional(o, "source") { r, v, p in sourceValue(&r, v, p) }
    let assumed = r.stringList(o, "assumed")
    guard let format, let name, let cycle, let teachers, let classes, let lessons else {
      return nil
    }
    return School(
      format: format, name: name, cycle: cycle, year: year, teachers: teachers,
      classes: classes, rooms: rooms, lessons: lessons, studentGroups: groups,
      leadership: leadership, policy: policy,
      budget: budget, weights: weights, source: source, assumed: assumed)
  }
}
