import Cadre
import CadreCheck
import CadreIO
import CadreModel
import Testing

/// The roster -> school mapping on the tiny hand-written export (docs/ONEROSTER.md, "The
/// mapping"): sections become classes and lessons, homerooms do not, teachers and student
/// sets, and every default assumed is a warning.
@Suite struct MappingTests {
  func tiny(_ options: OneRosterOptions = OneRosterOptions()) throws -> RosterImport {
    let roster = try #require(Fixtures.read(try Fixtures.tinyFiles()).0)
    return Cadre.importOneRoster(roster, options: options)
  }

  @Test func sectionsTeachersAndStudents() throws {
    let result = try tiny()
    let s = result.school
    #expect(s.name == "Lincoln High School, Springfield")
    #expect(s.classes.map(\.id.raw) == ["s-eng-1", "s-eng-2", "s-alg-1", "s-art-1"])
    #expect(s.classes.map(\.students) == [2, 2, 3, 2])
    #expect(s.classes.map(\.grade) == ["9", "9", "9", "9"])
    #expect(s.lessons.map(\.id.raw) == s.classes.map(\.id.raw))
    #expect(s.lessons.map(\.subject) == ["English 9", "English 9", "Algebra I", "Art \"Studio\""])
    #expect(s.lessons.map(\.meetings) == [5, 5, 5, 5])
    // One teacher enrollment is the teacher; of two, the primary one; none, any teacher.
    #expect(s.lessons.map { $0.teacher?.raw } == ["t-1", "t-1", "t-2", nil])
    // Teachers: the role teacher users (t-3 only co-teaches and keeps a homeroom).
    #expect(s.teachers.map(\.id.raw) == ["t-1", "t-2", "t-3"])
    #expect(s.teachers.map(\.name) == ["Ann Smith", "Bo Jones", "Cy Wu"])
    #expect(s.teachers[0].subjects == ["English 9"])
    let c = result.counts
    #expect(c.sections == 4)
    #expect(c.homerooms == 1)
    #expect(c.students == 4)
    #expect(c.studentEnrollments == 9)
    #expect(c.untaught == 1)
    #expect(c.coTeachers == 1)
    #expect(c.skipped == ["users.csv": 1, "enrollments.csv": 1])
    #expect(Validator.validate(s).filter { $0.severity == .error }.isEmpty)
  }

  @Test func studentsWithTheSameSectionsShareASet() throws {
    let result = try tiny()
    // st-1: eng-1, alg-1, art-1; st-2: eng-1, alg-1; st-3: eng-2, alg-1, art-1; st-4: eng-2
    // alone (a single section needs no set).
    let sets = result.school.studentGroups.map { ($0.students, $0.classes.map(\.raw)) }
    #expect(sets.count == 3)
    #expect(sets.map(\.0) == [1, 1, 1])
    #expect(
      Set(sets.map(\.1)) == [
        ["s-eng-1", "s-alg-1", "s-art-1"], ["s-eng-1", "s-alg-1"],
        ["s-eng-2", "s-alg-1", "s-art-1"],
      ])
    #expect(result.counts.sharedPairs == 5)
    #expect(
      result.school.studentGroups.first { $0.classes.count == 2 }?.name
        == "English 9 - 1 + Algebra I - 1")
  }

  @Test func identicalStudentsCountTogether() throws {
    var files = try Fixtures.tinyFiles()
    // st-4 moves from eng-2 to eng-1 and takes algebra: the same sections as st-2.
    files["enrollments.csv"] =
      (files["enrollments.csv"] ?? "")
      .replacingOccurrences(of: "e-8,,,s-eng-2,org-1,st-4,", with: "e-8,,,s-eng-1,org-1,st-4,")
      + "e-17,,,s-alg-1,org-1,st-4,student,,,\n"
    let roster = try #require(Fixtures.read(files).0)
    let result = Cadre.importOneRoster(roster, options: OneRosterOptions())
    let two = result.school.studentGroups.first { $0.classes.map(\.raw) == ["s-eng-1", "s-alg-1"] }
    #expect(two?.students == 2)
    #expect(result.school.studentGroups.count == 3)
    #expect(result.school.classes.map(\.students) == [3, 1, 4, 2])
  }

  @Test func defaultsAreWarnedAndOptionsReplaceThem() throws {
    let defaults = try tiny()
    // The cycle and the meetings, in the school, so validate warns of them every time.
    #expect(defaults.school.assumed.count == 2)
    #expect(defaults.school.assumed.first?.hasPrefix("the cycle: Monday to Friday") == true)
    let warned = Validator.validate(defaults.school).filter { $0.code == "assumed-default" }
    #expect(warned.map(\.pointer) == ["/assumed/0", "/assumed/1"])
    #expect(warned.allSatisfy { $0.severity == .warning })
    let text = SchoolJSON.encode(defaults.school)
    #expect(SchoolJSON.decode(text).school == defaults.school)
    #expect(defaults.school.cycle == OneRosterOptions.defaultCycle)
    let cycle = Cycle(
      days: ["Mon", "Tue", "Wed", "Thu"],
      periods: [
        Period(name: "A", start: TimeOfDay(minutes: 480), end: TimeOfDay(minutes: 570)),
        Period(name: "B", start: TimeOfDay(minutes: 580), end: TimeOfDay(minutes: 670)),
      ])
    let given = try tiny(
      OneRosterOptions(
        cycle: cycle, meetings: 2, meetingsByCourse: ["ALG1": 4, "c-art": 1],
        duration: 1, durationByCourse: ["ART1": 2], name: "LHS"))
    #expect(given.school.assumed.isEmpty)
    #expect(given.school.name == "LHS")
    #expect(given.school.cycle == cycle)
    #expect(given.school.lessons.map(\.meetings) == [2, 2, 4, 1])
    #expect(given.school.lessons.map(\.duration) == [1, 1, 1, 2])
  }

  @Test func optionsFileRoundTripsAndReportsMistakes() throws {
    let options = OneRosterOptions(
      cycle: OneRosterOptions.defaultCycle, meetings: 4, meetingsByCourse: ["ART1": 3],
      duration: 1, name: "X", locations: true)
    let text = OneRosterOptionsJSON.encode(options)
    let (decoded, diagnostics) = OneRosterOptionsJSON.decode(bytes: Array(text.utf8))
    #expect(diagnostics.isEmpty)
    #expect(decoded == options)
    let bad =
      #"{"format": "cadre-oneroster-options/1", "meetings": {"default": 0, "bycourse": {}}}"#
    let (none, problems) = OneRosterOptionsJSON.decode(bytes: Array(bad.utf8))
    #expect(none == nil)
    #expect(Set(problems.map(\.code)) == ["out-of-range", "unknown-key"])
    #expect(problems.allSatisfy { $0.line == 1 })
    let format = #"{"format": "cadre/1"}"#
    #expect(
      OneRosterOptionsJSON.decode(bytes: Array(format.utf8)).1.map(\.code) == ["unsupported-format"]
    )
  }

  @Test func locationsBecomeFixedRoomsWhenAsked() throws {
    // Not read by default: no rooms, no lesson in one.
    let plain = try tiny()
    #expect(plain.school.rooms.isEmpty)
    #expect(plain.school.lessons.allSatisfy { $0.room == nil })
    #expect(plain.counts.rooms == 0)
    // With `locations`: one room per distinct location (the quoted two-line one on one line),
    // each section fixed in its own.
    let located = try tiny(OneRosterOptions(locations: true))
    let s = located.school
    #expect(s.rooms.map(\.id.raw) == ["101", "102", "Room 5, North Wing"])
    #expect(s.rooms.map(\.name) == s.rooms.map(\.id.raw))
    #expect(s.lessons.map { $0.room?.raw } == ["101", "101", "102", "Room 5, North Wing"])
    #expect(located.counts.rooms == 3)
    #expect(located.counts.locatedSections == 4)
    #expect(Validator.validate(s).filter { $0.severity == .error }.isEmpty)
    // Solved, every meeting is in its section's location, and the checker finds no room
    // double-booked (eng-1 and eng-2 share room 101).
    let result = Cadre.solve(
      s, options: SolveOptions(seed: 1, threads: 1, timeLimit: nil, stepLimit: 50_000))
    let report = Checker.check(school: s, schedule: result.schedule)
    #expect(report.cost.hard == 0, "\(report.text)")
    let roomOf = Dictionary(uniqueKeysWithValues: s.lessons.map { ($0.id, $0.room) })
    #expect(result.schedule.meetings.allSatisfy { $0.start != nil && $0.room == roomOf[$0.lesson] })
    // A section without a location keeps no room.
    var files = try Fixtures.tinyFiles()
    files["classes.csv"] = files["classes.csv"]?.replacingOccurrences(
      of: "scheduled,102,", with: "scheduled,,")
    let partly = Cadre.importOneRoster(
      try #require(Fixtures.read(files).0), options: OneRosterOptions(locations: true))
    #expect(
      partly.school.lessons.map { $0.room?.raw } == ["101", "101", nil, "Room 5, North Wing"])
    #expect(partly.counts.locatedSections == 3)
  }

  @Test func termsPickTheSectionsToTimetable() throws {
    var files = try Fixtures.tinyFiles()
    files["academicSessions.csv"]! +=
      "s1,,,Fall,semester,2026-08-17,2027-01-15,y-2027,2027\n"
      + "s2,,,Spring,semester,2027-01-19,2027-06-04,y-2027,2027\n"
    files["classes.csv"] = files["classes.csv"]!
      .replacingOccurrences(of: "org-1,y-2027,,,\r\nh-9", with: "org-1,s2,,,\r\nh-9")
      .replacingOccurrences(of: "org-1,y-2027,,,2\r", with: "org-1,s1,,,2\r")
    let roster = try #require(Fixtures.read(files).0)
    let all = Cadre.importOneRoster(roster, options: OneRosterOptions())
    #expect(all.school.lessons.count == 4)
    #expect(all.diagnostics.contains { $0.code == "oneroster-terms" })
    let fall = Cadre.importOneRoster(roster, options: OneRosterOptions(term: "s1"))
    #expect(fall.school.lessons.map(\.id.raw) == ["s-eng-1", "s-eng-2", "s-alg-1"])
    #expect(fall.counts.otherTerms == 1)
    #expect(!fall.diagnostics.contains { $0.code == "oneroster-terms" })
    let spring = Cadre.importOneRoster(roster, options: OneRosterOptions(term: "s2"))
    #expect(spring.school.lessons.map(\.id.raw) == ["s-eng-1", "s-alg-1", "s-art-1"])
    let wrong = Cadre.importOneRoster(roster, options: OneRosterOptions(term: "s3"))
    #expect(wrong.diagnostics.first { $0.severity == .error }?.code == "oneroster-unknown-term")
  }

  @Test func anUntaughtCourseNobodyTeachesGoesToAnyTeacher() throws {
    var files = try Fixtures.tinyFiles()
    // Without Cy Wu (who teaches no section, so may take any), nobody teaches Art.
    files["users.csv"] = files["users.csv"]!.replacingOccurrences(
      of: "t-3,,,TRUE,org-1,teacher,cwu,,Cy,Wu,,,,,,,,\n", with: "")
    files["enrollments.csv"] = files["enrollments.csv"]!
      .replacingOccurrences(of: "e-4,,,s-alg-1,org-1,t-3,teacher,false,,\n", with: "")
      .replacingOccurrences(of: "e-15,,,h-9,org-1,t-3,teacher,true,,\n", with: "")
    let roster = try #require(Fixtures.read(files).0)
    let result = Cadre.importOneRoster(roster, options: OneRosterOptions())
    let art = result.school.lessons.first { $0.id.raw == "s-art-1" }
    #expect(art?.teacher == nil)
    #expect(art?.candidates.map(\.raw) == ["t-1", "t-2"])
    #expect(result.diagnostics.contains { $0.message.contains("any teacher") })
    #expect(Validator.validate(result.school).filter { $0.severity == .error }.isEmpty)
  }
}
