import CadreModel

/// A `Roster` as OneRoster 1.1 CSV files (the spec's columns in the spec's order, status and
/// dateLastModified blank as in a bulk export) with a manifest; and `classes.csv` with the
/// periods of a solved timetable (`cadre export --oneroster`).
public enum OneRosterWriter {
  static let headers: [String: [String]] = [
    "orgs.csv": [
      "sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId",
    ],
    "academicSessions.csv": [
      "sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate",
      "parentSourcedId", "schoolYear",
    ],
    "courses.csv": [
      "sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode",
      "grades", "orgSourcedId", "subjects", "subjectCodes",
    ],
    "classes.csv": [
      "sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId",
      "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects",
      "subjectCodes", "periods",
    ],
    "users.csv": [
      "sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role",
      "username", "userIds", "givenName", "familyName", "middleName", "identifier", "email",
      "sms", "phone", "agentSourcedIds", "grades", "password",
    ],
    "enrollments.csv": [
      "sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId",
      "userSourcedId", "role", "primary", "beginDate", "endDate",
    ],
  ]

  /// Every file of the export, name and text, the manifest first.
  public static func files(_ roster: Roster) -> [(name: String, text: String)] {
    let list = { (items: [String]) in items.joined(separator: ",") }
    func table(_ name: String, _ rows: [[String]]) -> (name: String, text: String) {
      (name, CSVWriter.table(header: headers[name] ?? [], rows: rows))
    }
    var manifest = [["manifest.version", "1.0"], ["oneroster.version", "1.1"]]
    for name in [
      "academicSessions", "categories", "classes", "classResources", "courses",
      "courseResources", "demographics", "enrollments", "lineItems", "orgs", "resources",
      "results", "users",
    ] {
      manifest.append(["file." + name, Roster.files.contains(name + ".csv") ? "bulk" : "absent"])
    }
    manifest += [["source.systemName", "Cadre"], ["source.systemCode", "cadre"]]
    return [
      ("manifest.csv", CSVWriter.table(header: ["propertyName", "value"], rows: manifest)),
      table(
        "orgs.csv",
        roster.orgs.map {
          [$0.sourcedId, "", "", $0.name, $0.type, $0.identifier, $0.parentSourcedId]
        }),
      table(
        "academicSessions.csv",
        roster.academicSessions.map {
          [
            $0.sourcedId, "", "", $0.title, $0.type, $0.startDate.description,
            $0.endDate.description, $0.parentSourcedId, $0.schoolYear,
          ]
        }),
      table(
        "courses.csv",
        roster.courses.map {
          [
            $0.sourcedId, "", "", "", $0.title, $0.courseCode, list($0.grades), $0.orgSourcedId,
            list($0.subjects), "",
          ]
        }),
      table(
        "classes.csv",
        roster.classes.map {
          [
            $0.sourcedId, "", "", $0.title, list($0.grades), $0.courseSourcedId, $0.classCode,
            $0.classType.rawValue, $0.location, $0.schoolSourcedId, list($0.termSourcedIds),
            list($0.subjects), "", list($0.periods),
          ]
        }),
      table(
        "users.csv",
        roster.users.map {
          [
            $0.sourcedId, "", "", $0.enabledUser ? "true" : "false", list($0.orgSourcedIds),
            $0.role.rawValue, $0.username, "", $0.givenName, $0.familyName, "", $0.identifier,
            $0.email, "", "", "", list($0.grades), "",
          ]
        }),
      table(
        "enrollments.csv",
        roster.enrollments.map {
          [
            $0.sourcedId, "", "", $0.classSourcedId, $0.schoolSourcedId, $0.userSourcedId,
            $0.role.rawValue, $0.primary.map { $0 ? "true" : "false" } ?? "", "", "",
          ]
        }),
    ]
  }

  /// `classes.csv` with each section's solved periods: the original file (`original`, as
  /// read) with its `periods` column (added at the end when missing) replaced for the
  /// sections in `periods`, every other column and row as it was; or, without the original,
  /// a file of sourcedId, title, classType and periods for each section.
  public static func classes(
    periods: [(id: String, title: String, periods: [String])], original: CSVTable?
  ) -> String {
    let byID = Dictionary(periods.map { ($0.id, $0.periods) }) { a, _ in a }
    guard let original else {
      return CSVWriter.table(
        header: ["sourcedId", "title", "classType", "periods"],
        rows: periods.map { [$0.id, $0.title, "scheduled", $0.periods.joined(separator: ",")] })
    }
    var header = original.header
    let idColumn = original.column("sourcedId") ?? 0
    let column: Int
    if let c = original.column("periods") {
      column = c
    } else {
      column = header.count
      header.append("periods")
    }
    let rows = original.rows.map { row -> [String] in
      var fields = row.fields
      while fields.count < header.count { fields.append("") }
      if let p = byID[row[idColumn].trimmingSpaces] {
        fields[column] = p.joined(separator: ",")
      }
      return fields
    }
    return CSVWriter.table(header: header, rows: rows)
  }
}
