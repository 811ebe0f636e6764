extension Validator {
  /// Ids are non-empty and unique within their kind (docs/FORMAT.md). A duplicate is reported
  /// at its second and later occurrences, pointing back at the first.
  static func checkIDs(_ c: Context, into out: inout [Diagnostic]) {
    let s = c.school
    let l = s.leadership
    checkIDs(s.teachers.map(\.id.raw), kind: "teacher", list: "teachers", into: &out)
    checkIDs(s.classes.map(\.id.raw), kind: "class", list: "classes", into: &out)
    checkIDs(s.rooms.map(\.id.raw), kind: "room", list: "rooms", into: &out)
    checkIDs(s.lessons.map(\.id.raw), kind: "lesson", list: "lessons", into: &out)
    checkIDs(
      s.studentGroups.map(\.id.raw), kind: "student group", list: "studentGroups", into: &out)
    checkIDs(l.roles.map(\.id.raw), kind: "role", list: "leadership/roles", into: &out)
    checkIDs(l.leaders.map(\.id.raw), kind: "leader", list: "leadership/leaders", into: &out)
    checkIDs(l.teams.map(\.id.raw), kind: "team", list: "leadership/teams", into: &out)
  }

  /// - Parameter list: the array's pointer without the leading slash ("leadership/teams").
  static func checkIDs(
    _ ids: [String], kind: String, list: String, into out: inout [Diagnostic]
  ) {
    var first: [String: Int] = [:]
    for (i, id) in ids.enumerated() {
      let pointer = "/\(list)/\(i)/id"
      if id.trimmed.isEmpty {
        out.append(
          .error(
            "empty-id", at: pointer, "The \(kind) at /\(list)/\(i) has an empty id",
            hint: "give every \(kind) a short unique id, e.g. '\(exampleID(kind))'"))
        continue
      }
      if let f = first[id] {
        out.append(
          .error(
            "duplicate-id", at: pointer,
            "\(kind.capitalizedFirst) id '\(id)' is used twice (first at /\(list)/\(f))",
            hint: "ids are unique per kind; rename one of them"))
      } else {
        first[id] = i
      }
    }
  }

  /// Names that must be unique within one list (days, periods, weeks).
  static func checkNames(
    _ names: [String], kind: String, at list: String, into out: inout [Diagnostic]
  ) {
    var first: [String: Int] = [:]
    for (i, name) in names.enumerated() {
      let pointer = kind == "period" ? "\(list)/\(i)/name" : "\(list)/\(i)"
      if name.trimmed.isEmpty {
        out.append(
          .error(
            "empty-id", at: pointer, "The \(kind) at \(list)/\(i) has an empty name",
            hint: "name every \(kind); slot references use the name"))
        continue
      }
      if let f = first[name] {
        out.append(
          .error(
            "duplicate-name", at: pointer,
            "\(kind.capitalizedFirst) name '\(name)' is used twice (first at \(list)/\(f))",
            hint: "slot references name \(kind)s, so each name must be unique"))
      } else {
        first[name] = i
      }
    }
  }

  private static func exampleID(_ kind: String) -> String {
    switch kind {
    case "teacher": "T-ANA"
    case "class": "3A"
    case "room": "R101"
    case "lesson": "3A-math"
    case "student group": "G9-band-1"
    case "role": "team-lead"
    case "leader": "L-ANA"
    default: "G3"
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines (no Foundation here).
  package var trimmed: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let a = firstIndex(where: { !isSpace($0) }), let b = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return self[a...b]
  }

  /// "teacher" -> "Teacher".
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
