import CadreModel

/// The six files' rows and the manifest, field by field, as OneRoster 1.1 defines them.
extension OneRosterReader.Reading {
  static let orgTypes = ["department", "school", "district", "local", "state", "national"]
  static let sessionTypes = ["gradingPeriod", "semester", "schoolYear", "term"]
  /// CEDS grade levels, as OneRoster 1.1 names them.
  static let grades =
    ["IT", "PR", "PK", "TK", "KG", "PS", "UG", "Other"]
    + (1...13).map { $0 < 10 ? "0\($0)" : "\($0)" }

  mutating func orgs(_ bytes: [UInt8]) -> [RosterOrg] {
    var list: [RosterOrg] = []
    rows("orgs.csv", bytes, required: ["sourcedId", "name", "type"]) { r, t, row, id in
      let name = r.required(t, row, "name")
      let type = r.enumeration(t, row, "type", Self.orgTypes) ?? ""
      list.append(
        RosterOrg(
          sourcedId: id, name: name, type: type, identifier: t.value(row, "identifier"),
          parentSourcedId: t.value(row, "parentSourcedId"), line: row.line))
    }
    return list
  }

  mutating func sessions(_ bytes: [UInt8]) -> [RosterSession] {
    var list: [RosterSession] = []
    let required = ["sourcedId", "title", "type", "startDate", "endDate", "schoolYear"]
    rows("academicSessions.csv", bytes, required: required) { r, t, row, id in
      let title = r.required(t, row, "title")
      let type = r.enumeration(t, row, "type", Self.sessionTypes) ?? ""
      let start = r.date(t, row, "startDate")
      let end = r.date(t, row, "endDate")
      let year = r.required(t, row, "schoolYear")
      if !year.isEmpty, year.count != 4 || Int(year) == nil {
        r.out.append(
          t.diagnostic(
            .error, "oneroster-bad-date", row, "schoolYear",
            "schoolYear '\(year)' is not a year", hint: "write the year the session ends, e.g. 2027"
          ))
      }
      if let start, let end, end < start {
        r.out.append(
          t.diagnostic(
            .error, "oneroster-bad-date", row, "endDate",
            "the session ends (\(end)) before it starts (\(start))",
            hint: "swap startDate and endDate"))
      }
      guard let start, let end else { return }
      list.append(
        RosterSession(
          sourcedId: id, title: title, type: type, startDate: start, endDate: end,
          parentSourcedId: t.value(row, "parentSourcedId"), schoolYear: year, line: row.line))
    }
    return list
  }

  mutating func courses(_ bytes: [UInt8]) -> [RosterCourse] {
    var list: [RosterCourse] = []
    rows("courses.csv", bytes, required: ["sourcedId", "title", "orgSourcedId"]) { r, t, row, id in
      let title = r.required(t, row, "title")
      let org = r.required(t, row, "orgSourcedId")
      guard r.resolves(org, in: "orgs.csv", t, row, "orgSourcedId") else { return }
      let year = t.value(row, "schoolYearSourcedId")
      if !year.isEmpty, !r.resolves(year, in: "academicSessions.csv", t, row, "schoolYearSourcedId")
      {
        return
      }
      list.append(
        RosterCourse(
          sourcedId: id, title: title, courseCode: t.value(row, "courseCode"),
          grades: r.grades(t, row), orgSourcedId: org, subjects: t.list(row, "subjects"),
          line: row.line))
    }
    return list
  }

  mutating func classes(_ bytes: [UInt8]) -> [RosterClass] {
    var list: [RosterClass] = []
    let required = [
      "sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId", "termSourcedIds",
    ]
    rows("classes.csv", bytes, required: required) { r, t, row, id in
      let title = r.required(t, row, "title")
      let kind = r.enumeration(t, row, "classType", RosterClass.Kind.allCases.map(\.rawValue))
      let course = r.required(t, row, "courseSourcedId")
      let school = r.required(t, row, "schoolSourcedId")
      let terms = t.list(row, "termSourcedIds")
      if terms.isEmpty { _ = r.required(t, row, "termSourcedIds") }
      var ok = r.resolves(course, in: "courses.csv", t, row, "courseSourcedId")
      ok = r.resolves(school, in: "orgs.csv", t, row, "schoolSourcedId") && ok
      for term in terms {
        ok = r.resolves(term, in: "academicSessions.csv", t, row, "termSourcedIds") && ok
      }
      guard ok, let kind, let classType = RosterClass.Kind(rawValue: kind) else {
        if r.isDeleted(course, in: "courses.csv") { r.skipped["classes.csv", default: 0] += 1 }
        return
      }
      list.append(
        RosterClass(
          sourcedId: id, title: title, grades: r.grades(t, row), courseSourcedId: course,
          classCode: t.value(row, "classCode"), classType: classType,
          location: t.value(row, "location"), schoolSourcedId: school, termSourcedIds: terms,
          subjects: t.list(row, "subjects"), periods: t.list(row, "periods"), line: row.line))
    }
    return list
  }

  mutating func users(_ bytes: [UInt8]) -> [RosterUser] {
    var list: [RosterUser] = []
    let required = [
      "sourcedId", "enabledUser", "orgSourcedIds", "role", "username", "givenName", "familyName",
    ]
    rows("users.csv", bytes, required: required) { r, t, row, id in
      let enabled = r.boolean(t, row, "enabledUser", optional: false)
      let orgs = t.list(row, "orgSourcedIds")
      if orgs.isEmpty { _ = r.required(t, row, "orgSourcedIds") }
      var ok = true
      for org in orgs { ok = r.resolves(org, in: "orgs.csv", t, row, "orgSourcedIds") && ok }
      let role = r.enumeration(t, row, "role", RosterRole.allCases.map(\.rawValue))
      let username = r.required(t, row, "username")
      let given = r.required(t, row, "givenName")
      let family = r.required(t, row, "familyName")
      guard ok, let enabled, let role, let roleValue = RosterRole(rawValue: role) else { return }
      list.append(
        RosterUser(
          sourcedId: id, enabledUser: enabled, orgSourcedIds: orgs, role: roleValue,
          username: username, givenName: given, familyName: family,
          identifier: t.value(row, "identifier"), email: t.value(row, "email"),
          grades: r.grades(t, row), line: row.line))
    }
    return list
  }

  mutating func enrollments(_ bytes: [UInt8]) -> [RosterEnrollment] {
    var list: [RosterEnrollment] = []
    let required = ["sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"]
    rows("enrollments.csv", bytes, required: required) { r, t, row, id in
      let klass = r.required(t, row, "classSourcedId")
      let school = r.required(t, row, "schoolSourcedId")
      let user = r.required(t, row, "userSourcedId")
      let role = r.enumeration(t, row, "role", RosterRole.enrollment.map(\.rawValue))
      let primary = r.boolean(t, row, "primary", optional: true)
      var ok = r.resolves(klass, in: "classes.csv", t, row, "classSourcedId")
      ok = r.resolves(school, in: "orgs.csv", t, row, "schoolSourcedId") && ok
      ok = r.resolves(user, in: "users.csv", t, row, "userSourcedId") && ok
      guard ok, let role, let roleValue = RosterRole(rawValue: role) else {
        if r.isDeleted(klass, in: "classes.csv") || r.isDeleted(user, in: "users.csv") {
          r.skipped["enrollments.csv", default: 0] += 1
        }
        return
      }
      list.append(
        RosterEnrollment(
          sourcedId: id, classSourcedId: klass, schoolSourcedId: school, userSourcedId: user,
          role: roleValue, primary: primary, line: row.line))
    }
    return list
  }

  /// The `grades` field: a list of CEDS grade levels; other values are kept with a warning
  /// (many exports write "9" for "09").
  mutating func grades(_ t: RosterTable, _ row: CSVRow) -> [String] {
    let list = t.list(row, "grades")
    for g in list where !Self.grades.contains(g) {
      out.append(
        t.diagnostic(
          .warning, "oneroster-bad-grade", row, "grades",
          "grade '\(g)' is not a CEDS grade level (KG, 01 ... 13, ...); kept as written",
          hint: g.count == 1 && Int(g) != nil ? "OneRoster writes grade \(g) as 0\(g)" : nil))
    }
    return list
  }

  /// `manifest.csv` (propertyName,value): the version, and each file's processing mode.
  mutating func manifest(_ bytes: [UInt8]?) {
    guard let bytes else { return }
    let file = "manifest.csv"
    guard
      let t = RosterTable(
        file: file, bytes: bytes, required: ["propertyName", "value"], into: &out)
    else { return }
    for row in t.table.rows {
      let property = t.value(row, "propertyName")
      let value = t.value(row, "value")
      if property == "oneroster.version", value != "1.1" {
        out.append(
          t.diagnostic(
            .warning, "oneroster-version", row, "value",
            "the export says OneRoster version '\(value)'; Cadre reads 1.1 and tries anyway"))
      }
      guard property.hasPrefix("file.") else { continue }
      let name = String(property.dropFirst(5)) + ".csv"
      let needed = Roster.files.contains(name)
      switch value {
      case "bulk",
        "absent" where !needed:
        continue
      case "absent":
        out.append(
          t.diagnostic(
            .error, "oneroster-manifest", row, "value",
            "the manifest marks \(name) absent; Cadre needs it to build the timetable",
            hint: "export \(name) as a bulk file"))
      case "delta":
        out.append(
          t.diagnostic(
            needed ? .error : .warning, "oneroster-delta-unsupported", row, "value",
            "the manifest marks \(name) as a delta file; Cadre reads bulk exports only",
            hint: "export the whole roster (bulk) and import that"))
      default:
        out.append(
          t.diagnostic(
            .error, "oneroster-bad-enum", row, "value",
            "\(property) '\(value)' is not one of absent, bulk, delta"))
      }
    }
  }
}
