import CadreModel

/// A OneRoster export (`Roster`, already checked by the reader) mapped to a `cadre/1` school
/// (docs/ONEROSTER.md, "The mapping"):
///
/// - each `scheduled` class (a section) is a class and one lesson of it, both with the
///   section's sourcedId; the lesson's subject is the course's title; its meetings and
///   duration come from the options (by course sourcedId or courseCode) or the defaults;
/// - the section's teacher is its one teacher enrollment, or of several the first marked
///   primary (else the first); the others are co-teachers, counted and not scheduled;
/// - users with role teacher, and anyone enrolled as a teacher in a section, are teachers (id
///   the sourcedId, name "Given Family", subjects the courses they teach);
/// - students who attend exactly the same two or more sections are one student set
///   (`studentGroups`): the student-clash rule keeps those sections apart;
/// - with `options.locations`, each distinct `location` (whitespace runs as one space) is a
///   room of that id and name, the fixed room of the sections it names;
/// - homeroom classes are not lessons (their students meet in them outside the timetable);
/// - with a term (`options.term`), only the sections of terms overlapping it
///   (`sectionsInTerm`).
///
/// Every default assumed (the cycle, meetings, duration) is written into the school's
/// `assumed`, which the validator warns of (`assumed-default`), at import and every time
/// after.
public enum RosterCompiler {
  public static func compile(_ roster: Roster, options: OneRosterOptions) -> RosterImport {
    var warnings: [Diagnostic] = []
    var counts = RosterImport.Counts()
    counts.skipped = roster.skipped
    let courses = Dictionary(roster.courses.map { ($0.sourcedId, $0) }) { a, _ in a }
    let (sections, otherTerms) = sectionsInTerm(roster, options, into: &warnings)
    counts.sections = sections.count
    counts.otherTerms = otherTerms
    counts.homerooms = roster.classes.count { $0.classType == .homeroom }
    let isSection = Set(sections.map(\.sourcedId))

    // Enrollments by section, in file order, each user once.
    var teachersOf: [String: [RosterEnrollment]] = [:]
    var studentsOf: [String: [String]] = [:]
    var seen = Set<String>()
    for e in roster.enrollments where isSection.contains(e.classSourcedId) {
      guard seen.insert(e.classSourcedId + "\u{0}" + e.userSourcedId).inserted else { continue }
      switch e.role {
      case .teacher: teachersOf[e.classSourcedId, default: []].append(e)
      case .student: studentsOf[e.classSourcedId, default: []].append(e.userSourcedId)
      default: continue
      }
    }

    // Lessons and classes.
    var lessons: [Lesson] = []
    var classes: [SchoolClass] = []
    var subjectsOf: [String: [String]] = [:]
    var usedDefault = (meetings: 0, duration: 0)
    var rooms: [Room] = []
    var roomIDs = Set<String>()
    for s in sections {
      let course = courses[s.courseSourcedId]
      let subject = course?.title ?? s.title
      let keys = [s.courseSourcedId, course?.courseCode ?? ""].filter { !$0.isEmpty }
      let meetings =
        keys.lazy.compactMap { options.meetingsByCourse[$0] }.first ?? options.meetings
      let duration =
        keys.lazy.compactMap { options.durationByCourse[$0] }.first ?? options.duration
      if meetings == nil { usedDefault.meetings += 1 }
      if duration == nil { usedDefault.duration += 1 }
      let enrolled = studentsOf[s.sourcedId] ?? []
      let grade = (s.grades.first ?? course?.grades.first).map(Self.grade)
      classes.append(
        SchoolClass(
          id: ClassID(s.sourcedId), name: s.title, grade: grade,
          students: enrolled.isEmpty ? nil : enrolled.count))
      let taught = teachersOf[s.sourcedId] ?? []
      let lead = taught.first { $0.primary == true } ?? taught.first
      if lead == nil { counts.untaught += 1 }
      counts.coTeachers += max(0, taught.count - 1)
      if let t = lead?.userSourcedId, !(subjectsOf[t]?.contains(subject) ?? false) {
        subjectsOf[t, default: []].append(subject)
      }
      let location = options.locations ? Self.location(s.location) : ""
      if !location.isEmpty {
        counts.locatedSections += 1
        if roomIDs.insert(location).inserted {
          rooms.append(Room(id: RoomID(location), name: location))
        }
      }
      lessons.append(
        Lesson(
          id: LessonID(s.sourcedId), classID: ClassID(s.sourcedId), subject: subject,
          meetings: meetings ?? OneRosterOptions.defaultMeetings, duration: duration ?? 1,
          teacher: lead.map { TeacherID($0.userSourcedId) },
          room: location.isEmpty ? nil : RoomID(location)))
      counts.studentEnrollments += enrolled.count
    }

    // Teachers: role teacher, or teaching a section; in users.csv order.
    var teachers: [Teacher] = []
    for u in roster.users where u.role == .teacher || subjectsOf[u.sourcedId] != nil {
      teachers.append(
        Teacher(
          id: TeacherID(u.sourcedId), name: u.displayName,
          subjects: subjectsOf[u.sourcedId] ?? []))
    }
    counts.teachers = teachers.count
    // An untaught section of a course nobody teaches may go to any teacher.
    var anyTeacher = 0
    for k in lessons.indices where lessons[k].teacher == nil {
      let subject = lessons[k].subject
      guard !teachers.contains(where: { $0.qualifies(subject: subject, grade: nil) }) else {
        continue
      }
      lessons[k].candidates = teachers.map(\.id)
      anyTeacher += 1
    }

    let sets = studentSets(sections.map(\.sourcedId), studentsOf)
    // Each group is named by its sections' titles, so messages say which sections clash.
    let titles = Dictionary(classes.map { ($0.id, $0.name) }) { a, _ in a }
    var groups = sets.groups
    for k in groups.indices {
      groups[k].name = groups[k].classes.map { titles[$0] ?? $0.raw }.joined(separator: " + ")
    }
    counts.students = sets.students
    counts.sharedPairs = sets.pairs

    // The defaults assumed, each said once, in the school (`assumed`: validate warns of them).
    let cycle = options.cycle ?? OneRosterOptions.defaultCycle
    var assumed: [String] = []
    if options.cycle == nil {
      assumed.append(
        "the cycle: Monday to Friday, periods 1 to 7 of 50 minutes from 08:00 (5 minutes "
          + "between); give \"cycle\" in the OneRoster options file")
    }
    if usedDefault.meetings > 0 {
      assumed.append(
        "\(OneRosterOptions.defaultMeetings) meetings a cycle for \(usedDefault.meetings) "
          + "section\(usedDefault.meetings == 1 ? "" : "s") whose course has no number; give "
          + "\"meetings\" in the OneRoster options file")
    }
    if usedDefault.duration > 0 && options.duration == nil && !options.durationByCourse.isEmpty {
      assumed.append(
        "single-period meetings for \(usedDefault.duration) sections whose course has no "
          + "duration; give \"duration\" in the OneRoster options file")
    }
    if counts.untaught > 0 {
      warnings.append(
        .warning(
          "oneroster-no-teacher", at: "/enrollments.csv",
          "\(counts.untaught) section\(counts.untaught == 1 ? " has" : "s have") no teacher "
            + "enrollment: a teacher of the same course (or one who teaches no section) may take "
            + (counts.untaught == 1 ? "it" : "them")
            + (anyTeacher == 0 ? "" : "; \(anyTeacher) of a course nobody teaches, any teacher"),
          hint: "enroll each section's teacher (role teacher) to fix the teacher"))
    }
    if counts.coTeachers > 0 {
      warnings.append(
        .warning(
          "oneroster-co-teachers", at: "/enrollments.csv",
          "\(counts.coTeachers) co-teacher enrollment\(counts.coTeachers == 1 ? " is" : "s are") "
            + "not scheduled: each section has one teacher (the primary one, else the first)",
          hint: "check the co-teachers' timetables by hand"))
    }
    let name =
      options.name ?? roster.orgs.first { $0.type == "school" }?.name ?? roster.orgs.first?.name
      ?? "OneRoster import"
    counts.rooms = rooms.count
    let school = School(
      name: name, cycle: cycle, teachers: teachers, classes: classes, rooms: rooms,
      lessons: lessons, studentGroups: groups, assumed: assumed)
    return RosterImport(
      school: school, diagnostics: warnings, counts: counts)
  }

  /// A location as a room id and name: trimmed, each run of whitespace (line breaks in a
  /// quoted field included) one space.
  static func location(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// A CEDS grade as Cadre names it: "09" is "9", "KG" is "K"; others as written.
  static func grade(_ g: String) -> String {
    if g == "KG" { return "K" }
    if let n = Int(g), g.count == 2 { return "\(n)" }
    return g
  }
}
