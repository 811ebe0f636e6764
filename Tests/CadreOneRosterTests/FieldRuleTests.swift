import CadreIO
import CadreModel
import Testing

/// The OneRoster 1.1 field rules, one by one, on the tiny export with one thing broken: each
/// error names the file (in its pointer), the line and the column.
@Suite struct FieldRuleTests {
  /// The tiny export with `edit` applied to `file`'s text.
  func read(_ file: String, _ edit: (String) -> String) throws -> (Roster?, [Diagnostic]) {
    var files = try Fixtures.tinyFiles()
    files[file] = edit(files[file] ?? "")
    return Fixtures.read(files)
  }

  func only(_ diagnostics: [Diagnostic], _ code: String) -> Diagnostic? {
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors.map(\.rendered).joined(separator: " // "))")
    #expect(errors.first?.code == code)
    return errors.first
  }

  @Test func theTinyExportReadsClean() throws {
    let (roster, diagnostics) = Fixtures.read(try Fixtures.tinyFiles())
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
    let r = try #require(roster)
    #expect(r.orgs.map(\.name) == ["Lincoln High School, Springfield"])  // BOM skipped, quoted
    #expect(r.classes.count == 5)
    #expect(r.courses.first { $0.sourcedId == "c-alg" }?.grades == ["09", "10"])
    #expect(r.courses.first { $0.sourcedId == "c-art" }?.title == "Art \"Studio\"")
    #expect(r.classes.first { $0.sourcedId == "s-art-1" }?.location == "Room 5,\nNorth Wing")
    #expect(r.classes.first { $0.sourcedId == "s-eng-1" }?.periods == ["1"])
    #expect(r.users.count == 7)  // st-5 is tobedeleted
    #expect(r.skipped == ["users.csv": 1, "enrollments.csv": 1])
    #expect(r.users.first { $0.sourcedId == "t-3" }?.enabledUser == true)  // "TRUE"
  }

  @Test func missingRequiredFile() throws {
    var files = try Fixtures.tinyFiles()
    files["users.csv"] = nil
    let d = only(Fixtures.read(files).1, "oneroster-missing-file")
    #expect(d?.pointer == "/users.csv")
  }

  @Test func manifestMarksAFileAbsentOrDelta() throws {
    let absent = try read("manifest.csv") {
      $0.replacingOccurrences(of: "file.users,bulk", with: "file.users,absent")
    }
    let d = only(absent.1, "oneroster-manifest")
    #expect(d?.pointer == "/manifest.csv/value")
    #expect(d?.line == 16)
    #expect(d?.column == 2)
    let delta = try read("manifest.csv") {
      $0.replacingOccurrences(of: "file.enrollments,bulk", with: "file.enrollments,delta")
    }
    #expect(only(delta.1, "oneroster-delta-unsupported")?.line == 11)
    // A file Cadre does not read may be a delta: a warning.
    let other = try read("manifest.csv") {
      $0.replacingOccurrences(of: "file.results,absent", with: "file.results,delta")
    }
    #expect(other.0 != nil)
    #expect(other.1.map(\.code) == ["oneroster-delta-unsupported"])
  }

  @Test func missingRequiredColumn() throws {
    let (roster, diagnostics) = try read("enrollments.csv") {
      $0.replacingOccurrences(of: "userSourcedId", with: "userId")
    }
    #expect(roster == nil)
    let d = only(diagnostics, "oneroster-missing-column")
    #expect(d?.pointer == "/enrollments.csv/userSourcedId")
    #expect(d?.line == 1)
    #expect(d?.message.contains("enrollments.csv") == true)
  }

  @Test func unknownUserInAnEnrollment() throws {
    let (roster, diagnostics) = try read("enrollments.csv") {
      $0.replacingOccurrences(of: "e-9,,,s-alg-1,org-1,st-1,", with: "e-9,,,s-alg-1,org-1,st-9,")
    }
    #expect(roster == nil)
    let d = only(diagnostics, "oneroster-unknown-id")
    #expect(d?.pointer == "/enrollments.csv/userSourcedId")
    #expect(d?.line == 10)
    #expect(d?.column == 6)
    #expect(d?.message.contains("'st-9'") == true)
    #expect(d?.message.contains("users.csv") == true)
  }

  @Test func unknownCourseAndTerm() throws {
    let course = try read("classes.csv") {
      $0.replacingOccurrences(of: ",c-alg,", with: ",c-algebra,")
    }
    #expect(only(course.1, "oneroster-unknown-id")?.pointer == "/classes.csv/courseSourcedId")
    let term = try read("classes.csv") {
      $0.replacingOccurrences(of: "org-1,y-2027,,,1\r", with: "org-1,\"y-2027,y-2028\",,,1\r")
    }
    let d = only(term.1, "oneroster-unknown-id")
    #expect(d?.pointer == "/classes.csv/termSourcedIds")
    #expect(d?.line == 2)
    #expect(d?.column == 11)
  }

  @Test func duplicateSourcedId() throws {
    let (_, diagnostics) = try read("users.csv") {
      $0.replacingOccurrences(of: "st-4,,,true", with: "st-3,,,true")
    }
    // The second st-3 is left out, so st-4's enrollment names no user: reported too.
    #expect(diagnostics.map(\.code) == ["oneroster-duplicate-id", "oneroster-unknown-id"])
    let d = diagnostics.first
    #expect(d?.pointer == "/users.csv/sourcedId")
    #expect(d?.line == 8)
    #expect(d?.column == 1)
    #expect(d?.message.contains("first on line 7") == true)
  }

  @Test func badEnumerations() throws {
    let role = try read("users.csv") {
      $0.replacingOccurrences(of: ",teacher,bjones", with: ",Teacher,bjones")
    }
    let d = only(role.1, "oneroster-bad-enum")
    #expect(d?.pointer == "/users.csv/role")
    #expect(d?.line == 3)
    #expect(d?.column == 6)
    #expect(d?.hint?.contains("'teacher'") == true)
    let type = try read("classes.csv") {
      $0.replacingOccurrences(of: ",homeroom,", with: ",advisory,")
    }
    #expect(only(type.1, "oneroster-bad-enum")?.pointer == "/classes.csv/classType")
    let status = try read("users.csv") {
      $0.replacingOccurrences(of: "\nt-2,,", with: "\nt-2,inactive,")
    }
    #expect(only(status.1, "oneroster-bad-enum")?.pointer == "/users.csv/status")
    let enabled = try read("users.csv") {
      $0.replacingOccurrences(of: "\nt-2,,,true", with: "\nt-2,,,yes")
    }
    #expect(only(enabled.1, "oneroster-bad-enum")?.pointer == "/users.csv/enabledUser")
    // An enrollment role must be one of the four the spec allows there.
    let parent = try read("enrollments.csv") {
      $0.replacingOccurrences(
        of: "e-13,,,s-art-1,org-1,st-3,student", with: "e-13,,,s-art-1,org-1,st-3,parent")
    }
    #expect(only(parent.1, "oneroster-bad-enum")?.pointer == "/enrollments.csv/role")
  }

  @Test func datesAndRequiredValues() throws {
    let date = try read("academicSessions.csv") {
      $0.replacingOccurrences(of: "2026-08-17", with: "8/17/2026")
    }
    let d = only(date.1, "oneroster-bad-date")
    #expect(d?.pointer == "/academicSessions.csv/startDate")
    #expect(d?.column == 6)
    let modified = try read("classes.csv") {
      $0.replacingOccurrences(of: "2026-08-01T12:00:00.000Z", with: "yesterday")
    }
    #expect(only(modified.1, "oneroster-bad-date")?.pointer == "/classes.csv/dateLastModified")
    let blank = try read("users.csv") {
      $0.replacingOccurrences(of: ",asmith,,Ann,", with: ",asmith,,,")
    }
    let b = only(blank.1, "oneroster-missing-value")
    #expect(b?.pointer == "/users.csv/givenName")
    #expect(b?.line == 2)
    #expect(b?.column == 9)
  }

  @Test func fieldCountAndBrokenQuoting() throws {
    let count = try read("courses.csv") {
      $0.replacingOccurrences(
        of: "c-eng,,,y-2027,English 9,ENG9,09,", with: "c-eng,,,y-2027,English 9,ENG9,09,10,")
    }
    let d = only(count.1, "csv-field-count")
    #expect(d?.pointer == "/courses.csv")
    #expect(d?.line == 2)
    let quote = try read("users.csv") {
      $0.replacingOccurrences(of: ",Bo,Jones,", with: ",\"Bo,Jones,")
    }
    #expect(only(quote.1, "csv-unterminated-quote")?.pointer == "/users.csv")
  }

  @Test func multiValuedFieldsAndByteOrderMarks() throws {
    var files = try Fixtures.tinyFiles()
    for name in ["users.csv", "classes.csv"] { files[name] = "\u{FEFF}" + (files[name] ?? "") }
    files["users.csv"] = files["users.csv"]?.replacingOccurrences(
      of: "st-1,,,true,org-1,student,s1,,Ada,Ames,,,,,,,09,",
      with: "st-1,,,true,org-1,student,s1,,Ada,Ames,,,,,,,\"09, 10\",")
    let (roster, diagnostics) = Fixtures.read(files)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
    #expect(roster?.users.first { $0.sourcedId == "st-1" }?.grades == ["09", "10"])
  }

  @Test func enrollmentsOfDeletedRowsAreLeftOutNotErrors() throws {
    let (roster, diagnostics) = try read("classes.csv") {
      $0.replacingOccurrences(of: "s-art-1,,,", with: "s-art-1,tobedeleted,,")
    }
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
    #expect(roster?.skipped == ["classes.csv": 1, "users.csv": 1, "enrollments.csv": 3])
  }

  @Test func everyProblemIsReportedAtOnce() throws {
    var files = try Fixtures.tinyFiles()
    files["users.csv"] = files["users.csv"]?.replacingOccurrences(
      of: ",teacher,bjones", with: ",Teacher,bjones")
    files["enrollments.csv"] = files["enrollments.csv"]?.replacingOccurrences(
      of: ",s-eng-2,", with: ",s-eng-3,")
    let (roster, diagnostics) = Fixtures.read(files)
    #expect(roster == nil)
    #expect(Set(diagnostics.map(\.code)) == ["oneroster-bad-enum", "oneroster-unknown-id"])
  }

  @Test func gradeOutsideCEDSIsAWarning() throws {
    let (roster, diagnostics) = try read("courses.csv") {
      $0.replacingOccurrences(of: "English 9,ENG9,09,", with: "English 9,ENG9,9,")
    }
    #expect(roster != nil)
    #expect(diagnostics.map(\.code) == ["oneroster-bad-grade"])
    #expect(diagnostics.first?.hint?.contains("09") == true)
  }

  @Test func versionOtherThan11IsAWarning() throws {
    let (roster, diagnostics) = try read("manifest.csv") {
      $0.replacingOccurrences(of: "oneroster.version,1.1", with: "oneroster.version,1.2")
    }
    #expect(roster != nil)
    #expect(diagnostics.map(\.code) == ["oneroster-version"])
    #expect(diagnostics.first?.line == 3)
  }

  @Test func schoolYearAndSessionOrder() throws {
    let year = try read("academicSessions.csv") {
      $0.replacingOccurrences(of: ",,2027", with: ",,27")
    }
    #expect(only(year.1, "oneroster-bad-date")?.pointer == "/academicSessions.csv/schoolYear")
    let order = try read("academicSessions.csv") {
      $0.replacingOccurrences(of: "2027-06-04", with: "2026-06-04")
    }
    #expect(only(order.1, "oneroster-bad-date")?.pointer == "/academicSessions.csv/endDate")
  }

  @Test func invalidUTF8NamesTheFile() throws {
    var files = try Fixtures.tinyFiles().mapValues { Array($0.utf8) }
    files["courses.csv"]?.insert(0xFF, at: 120)
    let (roster, diagnostics) = OneRosterReader.read(OneRosterFiles(path: "x", contents: files))
    #expect(roster == nil)
    let d = diagnostics.first { $0.code == "invalid-utf8" }
    #expect(d?.pointer == "/courses.csv")
    #expect(d?.line == 2)
  }

  @Test func folderAndZipLoadTheSameFiles() throws {
    let folder = try OneRosterFiles.load(Fixtures.tiny)
    #expect(Set(folder.contents.keys) == Set(OneRosterFiles.names))
    // A stored zip of the same files, in a folder of the archive.
    var zip: [UInt8] = []
    var central: [UInt8] = []
    func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func u32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
    for name in OneRosterFiles.names {
      let data = folder.contents[name] ?? []
      let n = Array(("Export/" + name).utf8)
      let crc = Int(CRC32.checksum(data))
      central +=
        u32(0x0201_4B50) + u16(20) + u16(20) + u16(0) + u16(0) + u16(0) + u16(0)
        + u32(crc) + u32(data.count) + u32(data.count) + u16(n.count) + u16(0) + u16(0)
        + u16(0) + u16(0) + u32(0) + u32(zip.count) + n
      zip +=
        u32(0x0403_4B50) + u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(crc)
        + u32(data.count) + u32(data.count) + u16(n.count) + u16(0) + n + data
    }
    let count = OneRosterFiles.names.count
    zip +=
      central + u32(0x0605_4B50) + u16(0) + u16(0) + u16(count) + u16(count)
      + u32(central.count) + u32(zip.count) + u16(0)
    let zipped = try OneRosterFiles.zip("tiny.zip", bytes: zip)
    #expect(zipped.contents == folder.contents)
  }
}
