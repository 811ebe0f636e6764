import CadreModel

extension Draft {
  static let homeroomSubjects = ["ela", "math", "science", "social-studies", "sel"]
  /// Support roles in the proportions of a typical staff: special education, English
  /// learners, reading and math intervention.
  static let supportPattern = [
    "sped", "ell", "reading-intervention", "sped", "math-intervention", "ell",
    "reading-intervention",
  ]

  /// A self-contained elementary school: one homeroom teacher per class teaches most of its
  /// day; specialists take each grade together once a day (the grade's specials period, which
  /// is also its team's common planning time); support teachers teach pull-out groups.
  mutating func buildElementary(seed: UInt64) {
    var rng = SplitMix64.stream(seed, 1)
    var names = Names(&rng)
    let grades = spec.grades.isEmpty ? ["K"] : spec.grades
    let perGrade = Draft.spread(max(1, spec.classes), over: grades.count)
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    var gradeOf: [Int] = []
    for (g, n) in perGrade.enumerated() { gradeOf += [Int](repeating: g, count: n) }
    let size = gradeOf.map {
      grades[$0] == "PK" ? 18.0 : (["K", "1", "2"].contains(grades[$0]) ? 20 : 24)
    }
    let students = Draft.apportion(max(spec.students, gradeOf.count), weights: size, least: 1)
    var homeroom: [Int] = []
    var sectionsOf = [[Int]](repeating: [], count: grades.count)
    for (k, g) in gradeOf.enumerated() {
      let i = sectionsOf[g].count
      let letter = i < letters.count ? String(letters[i]) : String(i + 1)
      let grade = grades[g]
      let title =
        grade == "PK" ? "Pre-K" : grade == "K" ? "Kindergarten" : "Grade " + grade
      classes.append(
        DraftClass(
          id: grade + "-" + letter, name: title + " " + letter, grade: grade,
          students: students[k]))
      sectionsOf[g].append(k)
      homeroom.append(teachers.count)
      teachers.append(
        DraftTeacher(
          id: Draft.teacherID(teachers.count), name: names.take(),
          subjects: Draft.homeroomSubjects, grades: [grade],
          costPerPeriod: spec.teacherCostPerPeriod, dayCap: max(1, teachablePerDay - 1)))
    }
    let specialists = spec.specialists.map { subject -> Int in
      teachers.append(
        DraftTeacher(
          id: Draft.teacherID(teachers.count), name: names.take(), subjects: [subject],
          costPerPeriod: spec.teacherCostPerPeriod, dayCap: max(1, teachablePerDay - 2)))
      return teachers.count - 1
    }
    let supportCount = max(0, spec.teachers - teachers.count)
    let support = (0..<supportCount).map { k -> Int in
      teachers.append(
        DraftTeacher(
          id: Draft.teacherID(teachers.count), name: names.take(),
          subjects: [Draft.supportPattern[k % Draft.supportPattern.count]],
          costPerPeriod: spec.teacherCostPerPeriod, dayCap: max(1, teachablePerDay - 2)))
      return teachers.count - 1
    }
    // Each grade's specials period: distinct periods while they last, leaving the
    // specialists at least one period of their own when the day is long enough.
    var periodsFree = (0..<periodCount).filter { !blockedPeriods.contains($0) }
    rng.shuffle(&periodsFree)
    let specialsPeriod = grades.indices.map { periodsFree[$0 % max(1, periodsFree.count)] }

    makeElementaryTeams(
      grades: grades, sectionsOf: sectionsOf, homeroom: homeroom, specialists: specialists,
      support: support)
    let coverageOf = makeCoverage(homeroom: homeroom, grades: grades)
    var planRng = SplitMix64.stream(seed, 3)
    chooseElementaryPlanning(grades: grades, specialsPeriod: specialsPeriod, &planRng)
    makeSpecials(
      grades: grades, sectionsOf: sectionsOf, specialists: specialists,
      specialsPeriod: specialsPeriod)
    makeHomeroomLessons(homeroom: homeroom, coverageOf: coverageOf)
    makeSupportGroups(support: support, grades: grades)
  }

  /// Grade teams (homeroom teachers, and support teachers when embedded), a specials team and
  /// support teams, led per the spec's model.
  mutating func makeElementaryTeams(
    grades: [String], sectionsOf: [[Int]], homeroom: [Int], specialists: [Int], support: [Int]
  ) {
    var gradeTeams: [Int] = []
    for (g, grade) in grades.enumerated() {
      var members = sectionsOf[g].map { homeroom[$0] }
      if spec.embedSupportInGradeTeams {
        members += support.enumerated().filter { $0.offset % grades.count == g }.map(\.element)
      }
      guard !members.isEmpty else { continue }
      let title = grade == "PK" ? "Pre-K" : grade == "K" ? "Kindergarten" : "Grade " + grade
      gradeTeams.append(teams.count)
      teams.append(
        DraftTeam(id: "TM-" + Draft.slug(title), name: title, grade: grade, teachers: members))
    }
    var others: [Int] = []
    if !specialists.isEmpty {
      others.append(teams.count)
      teams.append(DraftTeam(id: "TM-SPECIALS", name: "Specials", teachers: specialists))
    }
    if !spec.embedSupportInGradeTeams {
      let sped = support.filter { teachers[$0].subjects == ["sped"] }
      let rest = support.filter { teachers[$0].subjects != ["sped"] }
      if !sped.isEmpty {
        others.append(teams.count)
        teams.append(
          DraftTeam(id: "TM-SPED", name: "Special Education", subject: "sped", teachers: sped))
      }
      if !rest.isEmpty {
        others.append(teams.count)
        teams.append(
          DraftTeam(
            id: "TM-INTERVENTION", name: "English Learners & Intervention", teachers: rest))
      }
    }
    guard case .teamLeads(let count, let release) = spec.leadership else {
      assignAdministrators(teams: gradeTeams + others)
      return
    }
    // The oldest grades' teams get Team Leads; the rest stay with the administrators.
    let led = Array(gradeTeams.filter { teams[$0].teachers.count >= 2 }.suffix(max(0, count)))
    roles.append(
      Role(
        id: "team-lead", name: "Team Lead", kind: .teamLead, release: release,
        spanLimit: spec.teamLeadSpan, stipend: spec.stipend))
    let limit = teachingLimit(roles[roles.count - 1])
    for t in led {
      let lead = teams[t].teachers[0]
      teachers[lead].limit = limit
      leaders.append(
        DraftLeader(
          id: "L-" + teachers[lead].id, name: teachers[lead].name, role: roles.count - 1,
          teacher: lead))
      teams[t].leader = leaders.count - 1
    }
    assignAdministrators(teams: gradeTeams.filter { !led.contains($0) } + others)
  }

  /// Coverage positions for the Team Leads' homerooms, one per two leads; returns the
  /// coverage teacher of each homeroom teacher who leads (-1 elsewhere).
  mutating func makeCoverage(homeroom: [Int], grades: [String]) -> [Int] {
    var coverageOf = [Int](repeating: -1, count: teachers.count)
    let leads = homeroom.filter { teachers[$0].limit != nil }
    var k = 0
    while k < leads.count {
      let pair = Array(leads[k..<min(k + 2, leads.count)])
      let grades = pair.flatMap { teachers[$0].grades }
      let n = k / 2 + 1
      teachers.append(
        DraftTeacher(
          id: "COV\(n)", name: "Coverage Associate \(n)", subjects: Draft.homeroomSubjects,
          grades: grades, coverage: true, costPerPeriod: spec.coverageCostPerPeriod,
          dayCap: max(1, teachablePerDay - 1)))
      for t in pair { coverageOf[t] = teachers.count - 1 }
      // The position is coached by the first lead it covers for (a resident in their team).
      if let team = teams.firstIndex(where: { $0.teachers.first == pair[0] }) {
        teams[team].teachers.append(teachers.count - 1)
      }
      k += 2
    }
    return coverageOf
  }

  /// Grade teams plan in their grade's specials period; the specials team in a period no
  /// grade has specials (when there is one); other teams where few teams plan already.
  mutating func chooseElementaryPlanning(
    grades: [String], specialsPeriod: [Int], _ rng: inout SplitMix64
  ) {
    var usage = [Int](repeating: 0, count: slotCount)
    let teachable = (0..<periodCount).filter { !blockedPeriods.contains($0) }
    let unused = teachable.filter { !specialsPeriod.contains($0) }
    for t in teams.indices {
      let allowed: [Int]
      if let grade = teams[t].grade, let g = grades.firstIndex(of: grade) {
        allowed = [specialsPeriod[g]]
      } else if teams[t].id == "TM-SPECIALS" {
        allowed = unused.isEmpty ? teachable : unused
      } else {
        allowed = teachable
      }
      choosePlanning(team: t, periods: allowed, usage: &usage, &rng)
    }
  }

  /// Each day, each grade goes to specials together: section i to the specialists in
  /// rotation, skipping one who keeps that slot for planning. A class keeps the specialist it
  /// first had for a subject (one teacher per lesson, as a school publishes it).
  mutating func makeSpecials(
    grades: [String], sectionsOf: [[Int]], specialists: [Int], specialsPeriod: [Int]
  ) {
    guard !specialists.isEmpty else { return }
    var busy = [Bool](repeating: false, count: teachers.count * slotCount)
    var meetings = [[(slot: Int, teacher: Int)]](repeating: [], count: classes.count)
    var specialistOf = [[String: Int]](repeating: [:], count: classes.count)
    for w in 0..<weekCount {
      for d in 0..<dayCount {
        for (g, sections) in sectionsOf.enumerated() {
          let s = slot(week: w, day: d, period: specialsPeriod[g])
          for (i, k) in sections.enumerated() {
            for step in 0..<specialists.count {
              var t = specialists[(i + g + d + w * dayCount + step) % specialists.count]
              let subject = teachers[t].subjects[0]
              if let first = specialistOf[k][subject] { t = first }
              if busy[t * slotCount + s] || teachers[t].reserved.contains(s) { continue }
              busy[t * slotCount + s] = true
              specialistOf[k][subject] = t
              meetings[k].append((s, t))
              break
            }
          }
        }
      }
    }
    for k in classes.indices {
      let subjects = meetings[k].map { teachers[$0.teacher].subjects[0] }.uniqued()
      for subject in subjects {
        let mine = meetings[k].filter { teachers[$0.teacher].subjects[0] == subject }
        let who = mine.map(\.teacher)
        let pool = who.uniqued().sorted()
        lessons.append(
          DraftLesson(
            id: classes[k].id + "-" + subject, classIndex: k, subject: subject, duration: 1,
            teachers: who, candidates: pool.count > 1 ? pool : [], fixedStarts: mine.map(\.slot),
            roomKind: spec.rooms && subject == "pe" ? "gym" : nil))
      }
    }
  }

  /// The homeroom day: a daily literacy double period, then math, science, social studies and
  /// SEL. A Team Lead keeps literacy and math (and more while within their limit); the rest of
  /// their homeroom's lessons name them and their coverage position as candidates, and the
  /// coverage position teaches them in the hidden timetable.
  mutating func makeHomeroomLessons(homeroom: [Int], coverageOf: [Int]) {
    let total = Int((spec.classLoad * Double(teachableSlots)).rounded())
    let specials = classes.indices.map { k in
      lessons.filter { $0.classIndex == k }.reduce(0) { $0 + $1.teachers.count }
    }
    for k in classes.indices {
      let t = homeroom[k]
      let periods = max(4, total - specials[k])
      let literacy = min(cycleDays, max(0, (periods - 4) / 2))
      let rest = Draft.apportion(periods - 2 * literacy, weights: [5, 3, 2, 1], least: 1)
      var parts: [(subject: String, duration: Int, meetings: Int)] = []
      if literacy > 0 { parts.append(("ela", 2, literacy)) }
      for (i, subject) in ["math", "science", "social-studies", "sel"].enumerated() {
        parts.append((subject, 1, rest[i]))
      }
      let cover = coverageOf[t]
      let limit = teachers[t].limit ?? Int.max
      var kept = 0
      for part in parts {
        let need = part.duration * part.meetings
        var lesson = DraftLesson(
          id: classes[k].id + "-" + part.subject, classIndex: k, subject: part.subject,
          duration: part.duration, teachers: [Int](repeating: t, count: part.meetings))
        if cover >= 0 && kept + need > limit {
          lesson.teachers = [Int](repeating: cover, count: part.meetings)
          lesson.candidates = [t, cover].sorted()
          // The Team Lead may teach it on some days and the coverage position on the others.
          lesson.allowSplit = true
        } else {
          kept += need
        }
        lessons.append(lesson)
      }
    }
  }

  /// Each support teacher teaches small pull-out groups (a class without a student count:
  /// its students are counted in their homerooms) about 55% of the cycle, each group at most
  /// once a day.
  mutating func makeSupportGroups(support: [Int], grades: [String]) {
    let prefixes = [
      "sped": "SPED", "ell": "ELL", "reading-intervention": "READ",
      "math-intervention": "MATH",
    ]
    let titles = [
      "sped": "Special education", "ell": "English learners",
      "reading-intervention": "Reading intervention", "math-intervention": "Math intervention",
    ]
    for (n, t) in support.enumerated() {
      let subject = teachers[t].subjects[0]
      let target = Int((0.55 * Double(teachableSlots)).rounded())
      let groups = max(1, (target + cycleDays - 1) / cycleDays)
      for (j, meetings) in Draft.spread(target, over: groups).enumerated() where meetings > 0 {
        let g = spec.embedSupportInGradeTeams ? n % grades.count : (n + j) % grades.count
        let id = (prefixes[subject] ?? "SUP") + "\(n + 1)-\(j + 1)"
        classes.append(
          DraftClass(
            id: id, name: (titles[subject] ?? "Support") + " group (grade \(grades[g]))",
            grade: grades[g], students: nil))
        lessons.append(
          DraftLesson(
            id: id + "-" + subject, classIndex: classes.count - 1, subject: subject, duration: 1,
            teachers: [Int](repeating: t, count: meetings)))
      }
    }
  }
}
