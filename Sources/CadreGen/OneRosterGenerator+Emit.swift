import CadreModel

extension OneRosterGenerator {
  /// The built school as OneRoster rows: a district and the school, the year and its two
  /// semesters, the courses (and an advisory per grade), the sections and advisories, the
  /// staff (administrators, teachers, learning-support co-teachers) and students, and the
  /// enrollments (each section's teacher first, then its students).
  static func emit(
    _ spec: OneRosterSpec, courses: [Course], sections: [Section],
    students: [(grade: Int, name: String, courses: [Int])],
    teachers: [(department: String, name: String, periods: Set<Int>)], names: inout Names
  ) -> Export {
    let school = "org-rhs"
    let year = "as-2027"
    let grade = { (g: Int) in g < 10 ? "0\(g)" : "\(g)" }
    var roster = Roster()
    roster.orgs = [
      RosterOrg(
        sourcedId: "org-district", name: "Riverside Unified School District", type: "district",
        identifier: "RUSD"),
      RosterOrg(
        sourcedId: school, name: spec.name, type: "school", identifier: "RHS",
        parentSourcedId: "org-district"),
    ]
    let date = { (text: String) in CivilDate(text) ?? CivilDate(dayNumber: 0) }
    roster.academicSessions = [
      RosterSession(
        sourcedId: year, title: "2026-27", type: "schoolYear", startDate: date("2026-08-17"),
        endDate: date("2027-06-04"), schoolYear: "2027"),
      RosterSession(
        sourcedId: year + "-s1", title: "Fall 2026", type: "semester",
        startDate: date("2026-08-17"), endDate: date("2027-01-15"), parentSourcedId: year,
        schoolYear: "2027"),
      RosterSession(
        sourcedId: year + "-s2", title: "Spring 2027", type: "semester",
        startDate: date("2027-01-19"), endDate: date("2027-06-04"), parentSourcedId: year,
        schoolYear: "2027"),
    ]
    roster.courses = courses.map {
      RosterCourse(
        sourcedId: $0.id, title: $0.title, courseCode: $0.code, grades: $0.grades.map(grade),
        orgSourcedId: school, subjects: [$0.subject])
    }
    roster.courses += spec.grades.map {
      RosterCourse(
        sourcedId: "crs-adv\($0)", title: "Advisory \($0)", courseCode: "ADV\($0)",
        grades: [grade($0)], orgSourcedId: school)
    }
    // Users: administrators, teachers, learning support, then students.
    func user(_ id: String, _ name: String, _ role: RosterRole, grades: [String] = []) -> RosterUser
    {
      let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
      let given = parts.first ?? name
      let family = parts.count > 1 ? parts[1] : ""
      let username = (given + "." + family).lowercased().filter { $0 != " " }
      return RosterUser(
        sourcedId: id, orgSourcedIds: [school], role: role, username: username, givenName: given,
        familyName: family, identifier: id.uppercased(), email: username + "@riverside.example",
        grades: grades)
    }
    roster.users = (1...3).map { user("usr-a" + pad($0, 2), names.take(), .administrator) }
    let teacherID = { (t: Int) in "usr-t" + pad(t + 1, 3) }
    roster.users += teachers.indices.map { user(teacherID($0), teachers[$0].name, .teacher) }
    let support = (0..<3).map { "usr-ls" + pad($0 + 1, 2) }
    roster.users += support.map { user($0, names.take(), .teacher) }
    let studentID = { (s: Int) in "usr-s" + pad(s + 1, 4) }
    roster.users += students.indices.map {
      user(studentID($0), students[$0].name, .student, grades: [grade(students[$0].grade)])
    }
    // Sections, then advisories (homerooms: one per 25 students of a grade).
    var enrollments: [RosterEnrollment] = []
    func enroll(_ klass: String, _ user: String, _ role: RosterRole, primary: Bool? = nil) {
      enrollments.append(
        RosterEnrollment(
          sourcedId: "enr-" + pad(enrollments.count + 1, 5), classSourcedId: klass,
          schoolSourcedId: school, userSourcedId: user, role: role, primary: primary))
    }
    for s in sections {
      let c = courses[s.course]
      roster.classes.append(
        RosterClass(
          sourcedId: s.id, title: "\(c.title) - \(s.id.split(separator: "-").last ?? "1")",
          grades: c.grades.map(grade), courseSourcedId: c.id,
          classCode: "\(c.code)-\(s.id.split(separator: "-").last ?? "1")",
          location: "Room \(100 + (s.teacher + 1))", schoolSourcedId: school,
          termSourcedIds: [year], subjects: [c.subject]))
      enroll(s.id, teacherID(s.teacher), .teacher, primary: true)
      for st in s.students { enroll(s.id, studentID(st), .student) }
    }
    // Learning support co-teaches grade 9 and 10 English and math sections, one a period.
    var taken: [Set<Int>] = support.map { _ in [] }
    for s in sections where ["ENG9", "ENG10", "MTH9", "MTH10"].contains(courses[s.course].code) {
      guard
        let k = support.indices.first(where: {
          !taken[$0].contains(s.period) && taken[$0].count < 4
        })
      else { continue }
      taken[k].insert(s.period)
      enroll(s.id, support[k], .teacher, primary: false)
    }
    for g in spec.grades {
      let members = students.indices.filter { students[$0].grade == g }
      let count = max(1, (members.count + 24) / 25)
      for k in 0..<count {
        let id = "adv-\(g)-\(k + 1)"
        roster.classes.append(
          RosterClass(
            sourcedId: id, title: "Advisory \(g) - \(k + 1)", grades: [grade(g)],
            courseSourcedId: "crs-adv\(g)", classCode: "ADV\(g)-\(k + 1)", classType: .homeroom,
            schoolSourcedId: school, termSourcedIds: [year]))
        enroll(id, teacherID((g * 7 + k) % teachers.count), .teacher, primary: true)
        for (i, s) in members.enumerated() where i % count == k {
          enroll(id, studentID(s), .student)
        }
      }
    }
    roster.enrollments = enrollments
    let options = OneRosterOptions(
      cycle: Cycle(
        days: ["Mon", "Tue", "Wed", "Thu", "Fri"],
        periods: (0..<spec.periods).map { k in
          Period(
            name: "\(k + 1)", start: TimeOfDay(minutes: 7 * 60 + 45 + 55 * k + (k >= 4 ? 30 : 0)),
            end: TimeOfDay(minutes: 7 * 60 + 45 + 55 * k + 50 + (k >= 4 ? 30 : 0)))
        }),
      meetings: 5, duration: 1, name: spec.name)
    return Export(
      roster: roster, options: options, witness: sections.map { ($0.id, $0.period) })
  }

  /// `n` with leading zeros to `width` digits.
  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }

  /// The witness as a schedule of `school` (the school imported from the export): each
  /// section's lesson meets in its period on the first `meetings` days.
  public static func witnessSchedule(_ export: Export, school: School) -> Schedule {
    let period = Dictionary(export.witness.map { ($0.section, $0.period) }) { a, _ in a }
    var meetings: [Meeting] = []
    for lesson in school.lessons {
      guard let p = period[lesson.id.raw] else { continue }
      for k in 0..<lesson.meetings {
        let day = school.cycle.days[k % school.cycle.days.count]
        meetings.append(
          Meeting(
            lesson: lesson.id, index: k,
            start: SlotRef(day: day, period: school.cycle.periods[p].name),
            teacher: lesson.teacher))
      }
    }
    return Schedule(meetings: meetings)
  }
}
