import CadreModel

/// One course of the secondary curriculum: its weekly weight, department and the shape of its
/// double periods.
struct CourseSpec {
  /// The subject, or alternatives taken by classes in turn (art or music).
  var subjects: [String]
  var department: String
  /// Periods in a 30-period week; scaled to the class's periods.
  var weight: Int
  /// Order in which courses get double periods (lower first); nil never.
  var doubleRank: Int?
  /// The room kind of every meeting (PE in the gym).
  var roomKind: String?
  /// The room kind of the double meetings only (the science lab).
  var doubleRoomKind: String?
  var doubleName: String
  /// The wider group a department joins when there are fewer teams than departments.
  var family: String
}

/// One class's course in one subject, before it is split into lessons.
struct Course {
  var classIndex: Int
  var subject: String
  var department: Int
  var spec: Int
  var periods: Int
  var doubles: Int
  var teacher = -1
}

extension Draft {
  static let secondaryCurriculum: [CourseSpec] = [
    CourseSpec(
      subjects: ["english"], department: "English", weight: 5, doubleRank: 3,
      doubleName: "block", family: "Humanities"),
    CourseSpec(
      subjects: ["math"], department: "Math", weight: 5, doubleRank: 4, doubleName: "block",
      family: "STEM"),
    CourseSpec(
      subjects: ["science"], department: "Science", weight: 5, doubleRank: 0,
      doubleRoomKind: "lab", doubleName: "lab", family: "STEM"),
    CourseSpec(
      subjects: ["social-studies"], department: "Social Studies", weight: 4, doubleRank: 6,
      doubleName: "block", family: "Humanities"),
    CourseSpec(
      subjects: ["world-language"], department: "World Languages", weight: 4, doubleRank: 5,
      doubleName: "block", family: "Humanities"),
    CourseSpec(
      subjects: ["pe"], department: "PE & Health", weight: 3, doubleRank: 1, roomKind: "gym",
      doubleName: "block", family: "Arts & PE"),
    CourseSpec(
      subjects: ["health"], department: "PE & Health", weight: 1, doubleName: "block",
      family: "Arts & PE"),
    CourseSpec(
      subjects: ["art", "music"], department: "Arts", weight: 2, doubleRank: 2,
      doubleName: "studio", family: "Arts & PE"),
    CourseSpec(
      subjects: ["computer-science"], department: "Electives", weight: 1, doubleName: "block",
      family: "STEM"),
  ]

  /// A departmentalised school: sections take every course of the curriculum, departments are
  /// staffed in proportion to their periods, and teams are formed by subject.
  mutating func buildSecondary(seed: UInt64) {
    var rng = SplitMix64.stream(seed, 1)
    var names = Names(&rng)
    makeClasses(&rng)
    var courses = secondaryCourses(&rng)
    let departments = Draft.secondaryCurriculum.map(\.department).uniqued()
    var demand = [Int](repeating: 0, count: departments.count)
    for c in courses { demand[c.department] += c.periods }
    let staff = Draft.apportion(
      max(spec.teachers, departments.count), weights: demand.map(Double.init), least: 1)
    var deptTeachers: [[Int]] = []
    // Teachers keep a period or two of each day free: 6 of 7, 6 of 8.
    let secondaryDayCap = max(1, teachablePerDay - (teachablePerDay >= 8 ? 2 : 1))
    for (k, dept) in departments.enumerated() {
      let specs = Draft.secondaryCurriculum.filter { $0.department == dept }
      var ids: [Int] = []
      for j in 0..<staff[k] {
        var subjects: [String] = []
        for s in specs {
          if s.subjects.count == 1 || staff[k] < s.subjects.count {
            subjects += s.subjects
          } else {
            subjects.append(s.subjects[j % s.subjects.count])
          }
        }
        ids.append(teachers.count)
        teachers.append(
          DraftTeacher(
            id: Draft.teacherID(teachers.count), name: names.take(), subjects: subjects,
            costPerPeriod: spec.teacherCostPerPeriod, dayCap: secondaryDayCap))
      }
      deptTeachers.append(ids)
    }
    var leadRng = SplitMix64.stream(seed, 2)
    makeSecondaryTeams(departments: departments, deptTeachers: deptTeachers)
    assignCourses(&courses, deptTeachers: deptTeachers, demand: demand, &leadRng)
    makeSecondaryLessons(courses, &leadRng)
    if spec.rooms { makeSecondaryRooms() }
  }

  static func teacherID(_ i: Int) -> String {
    (i + 1 < 10 ? "T0" : "T") + String(i + 1)
  }

  /// Sections spread over the grades, with students spread over the sections.
  mutating func makeClasses(_ rng: inout SplitMix64) {
    let grades = spec.grades.isEmpty ? ["9"] : spec.grades
    let perGrade = Draft.spread(max(1, spec.classes), over: grades.count)
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    var students = Draft.apportion(
      max(spec.students, perGrade.reduce(0, +)),
      weights: [Double](repeating: 1, count: perGrade.reduce(0, +)), least: 1)
    // Uneven sections: move a few students between random pairs.
    for _ in 0..<students.count {
      let a = rng.below(students.count)
      let b = rng.below(students.count)
      let k = rng.below(3)
      if students[a] - k >= 12 {
        students[a] -= k
        students[b] += k
      }
    }
    for (g, grade) in grades.enumerated() {
      for i in 0..<perGrade[g] {
        let letter = i < letters.count ? String(letters[i]) : String(i + 1)
        classes.append(
          DraftClass(
            id: grade + letter, name: "Grade \(grade) \(letter)", grade: grade,
            students: students[classes.count]))
      }
    }
  }

  /// Every class's courses: the curriculum's weights scaled to the class's periods, a period
  /// moved between two courses now and then, and the class's double periods.
  func secondaryCourses(_ rng: inout SplitMix64) -> [Course] {
    let curriculum = Draft.secondaryCurriculum
    let departments = curriculum.map(\.department).uniqued()
    let total = Int((spec.classLoad * Double(teachableSlots)).rounded())
    let base = Draft.apportion(total, weights: curriculum.map { Double($0.weight) }, least: 1)
    let doubleOrder = curriculum.indices.filter { curriculum[$0].doubleRank != nil }.sorted {
      (curriculum[$0].doubleRank ?? 0, $0) < (curriculum[$1].doubleRank ?? 0, $1)
    }
    var out: [Course] = []
    for k in classes.indices {
      var periods = base
      if rng.chance(0.3) {
        let from = rng.below(periods.count)
        let to = rng.below(periods.count)
        if periods[from] > 2 && from != to {
          periods[from] -= 1
          periods[to] += 1
        }
      }
      var doubles = [Int](repeating: 0, count: periods.count)
      let wanted = spec.doublesPerClass * Double(weekCount)
      var count = Int(wanted)
      if rng.chance(wanted - Double(count)) { count += 1 }
      var i = 0
      var misses = 0
      while count > 0 && misses < doubleOrder.count && !doubleOrder.isEmpty {
        let c = doubleOrder[i % doubleOrder.count]
        i += 1
        // A course keeps at least one single unless it is all doubles already.
        if periods[c] - 2 * doubles[c] >= 2 && (doubles[c] == 0 || i > doubleOrder.count) {
          doubles[c] += 1
          count -= 1
          misses = 0
        } else {
          misses += 1
        }
      }
      for (c, courseSpec) in curriculum.enumerated() where periods[c] > 0 {
        let subject = courseSpec.subjects[k % courseSpec.subjects.count]
        let dept = departments.firstIndex(of: courseSpec.department) ?? 0
        out.append(
          Course(
            classIndex: k, subject: subject, department: dept, spec: c, periods: periods[c],
            doubles: doubles[c]))
      }
    }
    return out
  }

  /// Subject teams. With Team Leads, departments are merged (the smallest with the smallest
  /// of its family: humanities, STEM, arts and PE) until the asked number of teams can keep
  /// every span within the limit, then the largest (per team) are split; the first teacher of
  /// each team leads it. With principals and APs, each department is one team, shared out
  /// among the administrators so that their spans are as even as possible.
  mutating func makeSecondaryTeams(departments: [String], deptTeachers: [[Int]]) {
    let curriculum = Draft.secondaryCurriculum
    var groups: [(departments: [String], teachers: [Int])] = departments.indices
      .filter { !deptTeachers[$0].isEmpty }.map { ([departments[$0]], deptTeachers[$0]) }
    let family = { (dept: String) in
      curriculum.first { $0.department == dept }?.family ?? dept
    }
    let subjectOf = { (depts: [String]) -> String? in
      let subjects = curriculum.filter { depts.contains($0.department) }.flatMap(\.subjects)
      return subjects.count == 1 ? subjects[0] : nil
    }
    let nameOf = { (depts: [String]) -> String in
      if depts.count <= 2 { return depts.joined(separator: " & ") }
      return depts.map(family).uniqued().joined(separator: " & ")
    }
    guard case .teamLeads(let count, let release) = spec.leadership else {
      let teamsBefore = teams.count
      for g in groups {
        let name = nameOf(g.departments)
        teams.append(
          DraftTeam(
            id: "TM-" + Draft.slug(name), name: name, subject: subjectOf(g.departments),
            teachers: g.teachers))
      }
      assignAdministrators(teams: Array(teamsBefore..<teams.count))
      return
    }
    let wanted = max(1, count)
    // Teams a group needs so that no Team Lead leads more than the span allows.
    let span = max(1, spec.teamLeadSpan)
    let needed = { (n: Int) in max(1, (n + span) / (span + 1)) }
    while groups.count > 1
      && (groups.count > wanted
        || groups.map({ needed($0.teachers.count) }).reduce(0, +) > wanted)
    {
      let bySize = groups.indices.sorted {
        (groups[$0].teachers.count, -$0) < (groups[$1].teachers.count, -$1)
      }
      let smallest = bySize[0]
      let home = family(groups[smallest].departments[0])
      let partner =
        bySize.dropFirst().first { family(groups[$0].departments[0]) == home } ?? bySize[1]
      let (a, b) = (min(smallest, partner), max(smallest, partner))
      groups[a] = (
        groups[a].departments + groups[b].departments, groups[a].teachers + groups[b].teachers
      )
      groups.remove(at: b)
    }
    var teamCounts = groups.map { needed($0.teachers.count) }
    var left = wanted - teamCounts.reduce(0, +)
    while left > 0 {
      let splittable = groups.indices.filter {
        groups[$0].teachers.count >= 2 * (teamCounts[$0] + 1)
      }
      guard
        let g = splittable.max(by: {
          let ra = Double(groups[$0].teachers.count) / Double(teamCounts[$0])
          let rb = Double(groups[$1].teachers.count) / Double(teamCounts[$1])
          return ra != rb ? ra < rb : $0 > $1
        })
      else { break }
      teamCounts[g] += 1
      left -= 1
    }
    roles.append(
      Role(
        id: "team-lead", name: "Team Lead", kind: .teamLead, release: release,
        spanLimit: spec.teamLeadSpan, stipend: spec.stipend))
    let limit = teachingLimit(roles[roles.count - 1])
    for (g, group) in groups.enumerated() {
      let sizes = Draft.spread(group.teachers.count, over: teamCounts[g])
      var start = 0
      let groupName = nameOf(group.departments)
      for (n, size) in sizes.enumerated() {
        let members = Array(group.teachers[start..<(start + size)])
        start += size
        let name = teamCounts[g] > 1 ? groupName + " \(n + 1)" : groupName
        guard let lead = members.first else { continue }
        teachers[lead].limit = limit
        leaders.append(
          DraftLeader(
            id: "L-" + teachers[lead].id, name: teachers[lead].name, role: roles.count - 1,
            teacher: lead))
        teams.append(
          DraftTeam(
            id: "TM-" + Draft.slug(name), name: name, subject: subjectOf(group.departments),
            teachers: members, leader: leaders.count - 1))
      }
    }
  }

  /// Courses go to their department's teachers, longest first, each to the qualified teacher
  /// furthest below their target; a leader never beyond what their release leaves.
  mutating func assignCourses(
    _ courses: inout [Course], deptTeachers: [[Int]], demand: [Int], _ rng: inout SplitMix64
  ) {
    for (k, ids) in deptTeachers.enumerated() {
      var leadLoad = 0
      var members = 0
      for t in ids {
        if let limit = teachers[t].limit {
          teachers[t].target = min(limit, Int(Double(limit) * spec.teacherLoad))
          leadLoad += teachers[t].target
        } else {
          members += 1
        }
      }
      let share = members > 0 ? (max(0, demand[k] - leadLoad) + members - 1) / members + 1 : 0
      for t in ids where teachers[t].limit == nil { teachers[t].target = share }
    }
    var order = Array(courses.indices)
    rng.shuffle(&order)
    order.sort { courses[$0].periods > courses[$1].periods }
    for i in order {
      let c = courses[i]
      let able = deptTeachers[c.department].filter { teachers[$0].subjects.contains(c.subject) }
      let fits = able.filter { t in
        teachers[t].limit.map { teachers[t].assigned + c.periods <= $0 } ?? true
      }
      let pool = fits.isEmpty ? able : fits
      guard
        let best = pool.max(by: {
          let ra = teachers[$0].target - teachers[$0].assigned
          let rb = teachers[$1].target - teachers[$1].assigned
          return ra != rb ? ra < rb : $0 > $1
        })
      else { continue }
      courses[i].teacher = best
      teachers[best].assigned += c.periods
    }
  }

  /// Each course becomes a lesson of single periods and, when it has doubles, a lesson of
  /// double periods; a few list candidates from the department instead of a fixed teacher.
  mutating func makeSecondaryLessons(_ courses: [Course], _ rng: inout SplitMix64) {
    for c in courses where c.teacher >= 0 {
      let cs = Draft.secondaryCurriculum[c.spec]
      let classID = classes[c.classIndex].id
      var candidates: [Int] = []
      if rng.chance(spec.candidateShare) {
        var others = teachers.indices.filter {
          $0 != c.teacher && teachers[$0].subjects.contains(c.subject)
            && teachers[$0].limit == nil
        }
        rng.shuffle(&others)
        candidates = ([c.teacher] + others.prefix(1 + rng.below(2))).sorted()
        if candidates.count == 1 { candidates = [] }
      }
      let singles = c.periods - 2 * c.doubles
      let kind = spec.rooms ? cs.roomKind : nil
      if singles > 0 {
        lessons.append(
          DraftLesson(
            id: classID + "-" + c.subject, classIndex: c.classIndex, subject: c.subject,
            duration: 1, teachers: [Int](repeating: c.teacher, count: singles),
            candidates: candidates, roomKind: kind))
      }
      if c.doubles > 0 {
        lessons.append(
          DraftLesson(
            id: classID + "-" + c.subject + "-" + cs.doubleName, classIndex: c.classIndex,
            subject: c.subject, duration: 2,
            teachers: [Int](repeating: c.teacher, count: c.doubles), candidates: candidates,
            roomKind: spec.rooms ? (cs.doubleRoomKind ?? cs.roomKind) : nil))
      }
    }
  }

  /// A home room per class, one lab per six classes and one gym per eight.
  mutating func makeSecondaryRooms() {
    let seats = (classes.compactMap(\.students).max() ?? 30) + 2
    for k in classes.indices {
      classes[k].homeRoom = rooms.count
      rooms.append(
        DraftRoom(
          id: "R\(101 + k)", name: "Room \(101 + k)", kind: "classroom", capacity: seats))
    }
    for i in 0..<max(1, classes.count / 6) {
      rooms.append(
        DraftRoom(id: "LAB\(i + 1)", name: "Science Lab \(i + 1)", kind: "lab", capacity: seats))
    }
    for i in 0..<max(1, classes.count / 8) {
      rooms.append(DraftRoom(id: "GYM\(i + 1)", name: "Gym \(i + 1)", kind: "gym", capacity: 60))
    }
  }

  /// "Social Studies & Arts" -> "SOCIAL-STUDIES-ARTS".
  static func slug(_ name: String) -> String {
    var out = ""
    var dash = false
    for ch in name.uppercased() {
      if ch.isLetter || ch.isNumber {
        if dash && !out.isEmpty { out.append("-") }
        out.append(ch)
        dash = false
      } else {
        dash = true
      }
    }
    return out
  }
}

extension Array where Element: Equatable {
  /// The elements in order, each kept at its first appearance.
  func uniqued() -> [Element] {
    var out: [Element] = []
    for e in self where !out.contains(e) { out.append(e) }
    return out
  }
}
