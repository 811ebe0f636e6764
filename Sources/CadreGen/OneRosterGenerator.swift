import CadreModel

/// A seeded generator of realistic OneRoster 1.1 exports (docs/ONEROSTER.md, "The generated
/// school"): a secondary school whose students take their grade's core courses and electives
/// drawn unevenly, so sections share students unevenly. Solvable by construction with zero
/// student clashes: every section is given one period of the day (a block schedule) before
/// students are placed, each student is placed only in sections of distinct periods, and each
/// teacher only in sections of distinct periods; `witness` is that timetable.
///
/// Deterministic: each phase draws from its own `SplitMix64` stream of the seed, and nothing
/// is iterated in hash order.
public enum OneRosterGenerator {
  /// A generated export: the roster, the options file that goes with it, and the period
  /// (0-based) each section meets in every day.
  public struct Export: Sendable, Equatable {
    public var roster: Roster
    public var options: OneRosterOptions
    public var witness: [(section: String, period: Int)]

    public static func == (a: Export, b: Export) -> Bool {
      a.roster == b.roster && a.options == b.options
        && a.witness.map(\.section) == b.witness.map(\.section)
        && a.witness.map(\.period) == b.witness.map(\.period)
    }
  }

  /// The school's sections, students and teachers as they are built.
  struct Section {
    var id: String
    var course: Int
    var period: Int
    var students: [Int] = []
    var teacher = -1
  }

  struct Course {
    var id: String
    var code: String
    var title: String
    var department: String
    var grades: [Int]
    var subject: String
    var elective: Bool
  }

  public static func generate(_ spec: OneRosterSpec, seed: UInt64) -> Export {
    var nameRNG = SplitMix64.stream(seed, 101)
    var names = Names(&nameRNG)
    var courses: [Course] = spec.core.map {
      Course(
        id: "crs-" + $0.code.lowercased(), code: $0.code, title: $0.title,
        department: $0.department, grades: [$0.grade], subject: $0.subject, elective: false)
    }
    courses += spec.electives.map {
      Course(
        id: "crs-" + $0.code.lowercased(), code: $0.code, title: $0.title,
        department: $0.department, grades: Array($0.grades), subject: $0.subject,
        elective: true)
    }
    // Students and their courses: the grade's core, and electives by weight.
    var students: [(grade: Int, name: String, courses: [Int])] = []
    var choose = SplitMix64.stream(seed, 102)
    for grade in spec.grades {
      let core = courses.indices.filter { !courses[$0].elective && courses[$0].grades == [grade] }
      for _ in 0..<spec.studentsPerGrade {
        let picks = electives(spec, grade, count: spec.electivesPerStudent, &choose)
        students.append((grade, names.take(), core + picks.map { spec.core.count + $0 }))
      }
    }
    // Sections: ceil(demand / size) per course, each given a period, spread from a random
    // offset so the day is evenly loaded.
    var demand = [Int](repeating: 0, count: courses.count)
    for s in students { for c in s.courses { demand[c] += 1 } }
    var periodRNG = SplitMix64.stream(seed, 103)
    var sections: [Section] = []
    for (c, course) in courses.enumerated() where demand[c] > 0 {
      let n = max(1, (demand[c] + spec.sectionSize - 1) / spec.sectionSize)
      let offset = periodRNG.below(spec.periods)
      for k in 0..<n {
        sections.append(
          Section(
            id: "sec-\(course.code.lowercased())-\(k + 1)", course: c,
            period: (offset + k * 3) % spec.periods))
      }
    }
    let cap = spec.sectionSize + 5
    var placeRNG = SplitMix64.stream(seed, 104)
    var order = Array(students.indices)
    placeRNG.shuffle(&order)
    for s in order {
      if let placed = place(students[s].courses, sections, cap: cap) {
        for k in placed { sections[k].students.append(s) }
        continue
      }
      // The drawn electives do not fit together: the most popular pair that does.
      let open = spec.electives.indices.filter {
        spec.electives[$0].grades.contains(students[s].grade)
      }
      .sorted { spec.electives[$0].weight > spec.electives[$1].weight }
      let core = students[s].courses.filter { !courses[$0].elective }
      var done = false
      for a in open.indices where !done {
        for b in open.indices where b > a && !done {
          let list =
            core + [open[a], open[b]].prefix(spec.electivesPerStudent).map { spec.core.count + $0 }
          if let placed = place(list, sections, cap: cap) {
            students[s].courses = list
            for k in placed { sections[k].students.append(s) }
            done = true
          }
        }
      }
      if !done, let placed = place(core, sections, cap: cap + 10) {
        students[s].courses = core
        for k in placed { sections[k].students.append(s) }
      }
    }
    sections.removeAll { $0.students.isEmpty }
    for k in sections.indices { sections[k].students.sort() }
    // Teachers by department: a section goes to the department's teacher with the fewest
    // sections who is free in its period, else to a new teacher.
    var teachers: [(department: String, name: String, periods: Set<Int>)] = []
    for k in sections.indices {
      let department = courses[sections[k].course].department
      let free = teachers.indices.filter {
        teachers[$0].department == department
          && teachers[$0].periods.count < spec.sectionsPerTeacher
          && !teachers[$0].periods.contains(sections[k].period)
      }
      let t =
        free.min { (teachers[$0].periods.count, $0) < (teachers[$1].periods.count, $1) }
        ?? {
          teachers.append((department, names.take(), []))
          return teachers.count - 1
        }()
      teachers[t].periods.insert(sections[k].period)
      sections[k].teacher = t
    }
    return emit(
      spec, courses: courses, sections: sections, students: students, teachers: teachers,
      names: &names)
  }

  /// `count` distinct electives open to `grade`, drawn by weight.
  static func electives(
    _ spec: OneRosterSpec, _ grade: Int, count: Int, _ rng: inout SplitMix64
  ) -> [Int] {
    var open = spec.electives.indices.filter { spec.electives[$0].grades.contains(grade) }
    var picks: [Int] = []
    while picks.count < count, !open.isEmpty {
      let total = open.reduce(0) { $0 + spec.electives[$1].weight }
      var r = rng.below(total)
      var k = 0
      while r >= spec.electives[open[k]].weight {
        r -= spec.electives[open[k]].weight
        k += 1
      }
      picks.append(open.remove(at: k))
    }
    return picks.sorted()
  }

  /// One section of each course, all in distinct periods and under `cap` students, the
  /// emptiest first (a depth-first search over the courses with the fewest sections first);
  /// nil when none fits.
  static func place(_ list: [Int], _ sections: [Section], cap: Int) -> [Int]? {
    let options = list.map { c in
      sections.indices.filter { sections[$0].course == c && sections[$0].students.count < cap }
        .sorted { (sections[$0].students.count, $0) < (sections[$1].students.count, $1) }
    }
    let byFewest = options.indices.sorted { (options[$0].count, $0) < (options[$1].count, $1) }
    var chosen: [Int] = []
    var used = Set<Int>()
    func search(_ i: Int) -> Bool {
      guard i < byFewest.count else { return true }
      for k in options[byFewest[i]] where !used.contains(sections[k].period) {
        used.insert(sections[k].period)
        chosen.append(k)
        if search(i + 1) { return true }
        chosen.removeLast()
        used.remove(sections[k].period)
      }
      return false
    }
    return search(0) ? chosen : nil
  }
}
