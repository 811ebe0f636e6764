import CadreModel

/// Reads a OneRoster 1.1 CSV export (docs/ONEROSTER.md) into a `Roster`, checking the spec's
/// field rules one by one and reporting every problem at once, each at `/<file>/<column>` with
/// its line and column number:
///
/// - the six files Cadre maps must be present (`oneroster-missing-file`), and the manifest,
///   where present, must not mark them absent or delta (`oneroster-manifest`,
///   `oneroster-delta-unsupported`);
/// - each file's header must name the spec's required columns (`oneroster-missing-column`),
///   and each row has as many fields as the header (`csv-field-count`);
/// - required fields are not blank (`oneroster-missing-value`), `sourcedId` is unique in its
///   file (`oneroster-duplicate-id`), enumerations are the spec's lower-case values and
///   booleans true or false (`oneroster-bad-enum`), dates are YYYY-MM-DD
///   (`oneroster-bad-date`);
/// - `status` is blank, active or tobedeleted: rows to be deleted are left out and counted,
///   and so are enrollments of a class or user left out so;
/// - every reference resolves: a course's org, a class's course, school and terms, a user's
///   orgs, an enrollment's class, school and user (`oneroster-unknown-id`).
public enum OneRosterReader {
  /// The roster, or nil with the errors why not (warnings either way).
  public static func read(_ files: OneRosterFiles) -> (Roster?, [Diagnostic]) {
    var r = Reading()
    r.manifest(files.contents["manifest.csv"])
    var missing = false
    for name in Roster.files where files.contents[name] == nil {
      missing = true
      r.out.append(
        Diagnostic(
          .error, code: "oneroster-missing-file", pointer: "/" + name,
          message: "the export has no \(name); Cadre needs it to build the timetable",
          hint: "export \(name) too (OneRoster 1.1 CSV, bulk)"))
    }
    if missing || r.out.hasErrors { return (nil, r.out.all) }
    let bytes = { (name: String) -> [UInt8] in files.contents[name] ?? [] }
    var roster = Roster()
    roster.orgs = r.orgs(bytes("orgs.csv"))
    roster.academicSessions = r.sessions(bytes("academicSessions.csv"))
    roster.courses = r.courses(bytes("courses.csv"))
    roster.classes = r.classes(bytes("classes.csv"))
    roster.users = r.users(bytes("users.csv"))
    roster.enrollments = r.enrollments(bytes("enrollments.csv"))
    roster.skipped = r.skipped
    return (r.out.hasErrors ? nil : roster, r.out.all)
  }

  /// The state of one reading: diagnostics, each file's ids (with their lines), the ids of
  /// rows left out, and the counts of rows left out.
  struct Reading {
    var out = DiagnosticList()
    var ids: [String: [String: Int]] = [:]
    var deleted: [String: Set<String>] = [:]
    /// Ids of rows already reported as broken (wrong field count): references to them are
    /// not reported again.
    var broken: [String: Set<String>] = [:]
    var skipped: [String: Int] = [:]
    /// Whether a file could not be read at all (its references are then not checked).
    var unreadable: Set<String> = []
  }
}

extension OneRosterReader.Reading {
  /// Opens a file and runs `each` on every row to keep (status checked, sourcedId unique).
  mutating func rows(
    _ file: String, _ bytes: [UInt8], required: [String],
    _ each: (inout Self, RosterTable, CSVRow, String) -> Void
  ) {
    guard let t = RosterTable(file: file, bytes: bytes, required: required, into: &out) else {
      unreadable.insert(file)
      return
    }
    var seen: [String: Int] = [:]
    for row in t.table.rows {
      guard row.fields.count == t.table.header.count else {
        out.append(
          Diagnostic(
            .error, code: "csv-field-count", pointer: "/" + file,
            message: "the row on line \(row.line) has \(row.fields.count) fields; the header "
              + "has \(t.table.header.count)",
            hint: "quote fields that hold commas (\"09,10\"), and give every row every column",
            line: row.line, column: 1))
        if !t.value(row, "sourcedId").isEmpty {
          broken[file, default: []].insert(t.value(row, "sourcedId"))
        }
        continue
      }
      let id = t.value(row, "sourcedId")
      let status = t.value(row, "status")
      if !["", "active", "tobedeleted"].contains(status) {
        out.append(
          t.diagnostic(
            .error, "oneroster-bad-enum", row, "status",
            "status '\(status)' is not one of active, tobedeleted (or blank)",
            hint: "OneRoster 1.1 bulk files leave status blank or active"))
      }
      let modified = t.value(row, "dateLastModified")
      if !modified.isEmpty, CivilDate(String(modified.prefix(10))) == nil {
        out.append(
          t.diagnostic(
            .error, "oneroster-bad-date", row, "dateLastModified",
            "dateLastModified '\(modified)' is not an ISO 8601 date and time",
            hint: "write e.g. 2026-08-01T12:00:00.000Z, or leave it blank"))
      }
      if id.isEmpty {
        out.append(
          t.diagnostic(
            .error, "oneroster-missing-value", row, "sourcedId", "the row has no sourcedId",
            hint: "every row needs a unique sourcedId"))
        continue
      }
      if let first = seen[id] {
        out.append(
          t.diagnostic(
            .error, "oneroster-duplicate-id", row, "sourcedId",
            "sourcedId '\(id)' is used twice in \(file) (first on line \(first))",
            hint: "sourcedIds are unique within a file"))
        continue
      }
      seen[id] = row.line
      if status == "tobedeleted" {
        deleted[file, default: []].insert(id)
        skipped[file, default: 0] += 1
        continue
      }
      ids[file, default: [:]][id] = row.line
      each(&self, t, row, id)
    }
  }

  /// A required field: its value, or "" after an `oneroster-missing-value` error.
  mutating func required(_ t: RosterTable, _ row: CSVRow, _ name: String) -> String {
    let v = t.value(row, name)
    if v.isEmpty {
      out.append(
        t.diagnostic(
          .error, "oneroster-missing-value", row, name, "\(name) is blank; OneRoster requires it",
          hint: "fill in \(name) on line \(row.line)"))
    }
    return v
  }

  /// A field that must be one of `allowed` (lower-case, as the spec spells them).
  mutating func enumeration(
    _ t: RosterTable, _ row: CSVRow, _ name: String, _ allowed: [String]
  ) -> String? {
    let v = required(t, row, name)
    guard !v.isEmpty else { return nil }
    guard allowed.contains(v) else {
      let near = allowed.first { $0.lowercased() == v.lowercased() }
      out.append(
        t.diagnostic(
          .error, "oneroster-bad-enum", row, name,
          "\(name) '\(v)' is not one of \(allowed.joined(separator: ", "))",
          hint: near.map { "write '\($0)' (the values are case-sensitive)" }
            ?? "use one of the spec's values"))
      return nil
    }
    return v
  }

  /// A true/false field (any case); nil when blank and `optional`.
  mutating func boolean(_ t: RosterTable, _ row: CSVRow, _ name: String, optional: Bool) -> Bool? {
    let v = optional ? t.value(row, name) : required(t, row, name)
    switch v.lowercased() {
    case "true": return true
    case "false": return false
    case "": return nil
    default:
      out.append(
        t.diagnostic(
          .error, "oneroster-bad-enum", row, name, "\(name) '\(v)' is not true or false",
          hint: "write true or false"))
      return nil
    }
  }

  /// A YYYY-MM-DD date field.
  mutating func date(_ t: RosterTable, _ row: CSVRow, _ name: String) -> CivilDate? {
    let v = required(t, row, name)
    guard !v.isEmpty else { return nil }
    guard let d = CivilDate(v) else {
      out.append(
        t.diagnostic(
          .error, "oneroster-bad-date", row, name, "\(name) '\(v)' is not a date",
          hint: "write the date as YYYY-MM-DD, e.g. 2026-08-17"))
      return nil
    }
    return d
  }

  /// Checks that `id` names a row kept from `file`; false (after an `oneroster-unknown-id`
  /// error) when it names none. An id of a row left out (tobedeleted) is not an error: the
  /// caller skips the referring row too.
  mutating func resolves(
    _ id: String, in file: String, _ t: RosterTable, _ row: CSVRow, _ name: String
  ) -> Bool {
    guard !id.isEmpty, !unreadable.contains(file) else { return false }
    if ids[file]?[id] != nil { return true }
    if deleted[file]?.contains(id) == true || broken[file]?.contains(id) == true { return false }
    // A did-you-mean costs an edit distance per id: only for the messages that are printed.
    let near =
      out.count < DiagnosticList.limit
      ? closestMatch(to: id, in: Array((ids[file] ?? [:]).keys).sorted()) : nil
    out.append(
      t.diagnostic(
        .error, "oneroster-unknown-id", row, name,
        "\(name) '\(id)' names no row of \(file)",
        hint: near.map { "did you mean '\($0)'?" }
          ?? "add the row to \(file), or correct the id"))
    return false
  }

  /// Whether `id` names a row of `file` that was left out (status tobedeleted).
  func isDeleted(_ id: String, in file: String) -> Bool {
    deleted[file]?.contains(id) == true
  }
}
