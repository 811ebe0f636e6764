import CadreModel

/// The lookups and counts every part of this target needs, computed once from a `School`:
/// ids to records (first occurrence wins, as in the validator), the teachable slots, each
/// teacher's fixed load and the lessons each teacher is a candidate for (docs/RULES.md).
///
/// Dictionaries are used for lookups only and never iterated, so their order cannot reach the
/// output.
package struct SchoolFacts {
  let school: School
  let teacherIndex: [TeacherID: Int]
  let roleIndex: [RoleID: Int]
  let leaderIndex: [LeaderID: Int]
  let teamIndex: [TeamID: Int]
  let classIndex: [ClassID: Int]
  let lessonIndex: [LessonID: Int]
  /// Resolved blocked slots.
  let blocked: Set<Slot>
  /// Non-blocked slots of the whole cycle (T in docs/RULES.md).
  let teachableSlots: Int
  /// Per teacher (by index): periods of lessons fixed on them (Σ meetings × duration).
  let fixedLoad: [Int]
  /// Per teacher (by index): periods of lessons without a fixed teacher that they may teach.
  let flexibleLoad: [Int]

  /// - Complexity: O(lessons × teachers) for the implicit candidate lists.
  init(_ school: School) {
    self.school = school
    teacherIndex = Self.firstIndex(school.teachers.map(\.id))
    roleIndex = Self.firstIndex(school.leadership.roles.map(\.id))
    leaderIndex = Self.firstIndex(school.leadership.leaders.map(\.id))
    teamIndex = Self.firstIndex(school.leadership.teams.map(\.id))
    classIndex = Self.firstIndex(school.classes.map(\.id))
    lessonIndex = Self.firstIndex(school.lessons.map(\.id))
    blocked = school.cycle.blockedSlots
    teachableSlots = max(0, school.cycle.slotCount - blocked.count)
    var fixed = [Int](repeating: 0, count: school.teachers.count)
    var flexible = [Int](repeating: 0, count: school.teachers.count)
    for lesson in school.lessons {
      let need = Self.periods(lesson)
      if let t = lesson.teacher {
        if let i = teacherIndex[t] { fixed[i] = fixed[i].addingClamped(need) }
        continue
      }
      for i in Self.candidates(lesson, school, teacherIndex, classIndex) {
        flexible[i] = flexible[i].addingClamped(need)
      }
    }
    fixedLoad = fixed
    flexibleLoad = flexible
  }

  static func firstIndex<E>(_ ids: [ID<E>]) -> [ID<E>: Int] {
    var out: [ID<E>: Int] = [:]
    for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
    return out
  }

  /// Σ meetings × duration, nonsense values (reported by the validator) counting as 0.
  static func periods(_ lesson: Lesson) -> Int {
    max(0, lesson.meetings).multipliedClamped(by: max(0, lesson.duration))
  }

  /// docs/RULES.md "candidates", as teacher indices, in file order without repeats (also
  /// `explain`'s, so that both count the same teachers).
  package static func candidates(
    _ lesson: Lesson, _ school: School, _ teacherIndex: [TeacherID: Int],
    _ classIndex: [ClassID: Int]
  ) -> [Int] {
    if let t = lesson.teacher { return teacherIndex[t].map { [$0] } ?? [] }
    if !lesson.candidates.isEmpty {
      var seen = Set<Int>()
      return lesson.candidates.compactMap { teacherIndex[$0] }.filter { seen.insert($0).inserted }
    }
    let grade = classIndex[lesson.classID].flatMap { school.classes[$0].grade }
    return school.teachers.indices.filter {
      school.teachers[$0].qualifies(subject: lesson.subject, grade: grade)
    }
  }

  func candidates(_ lesson: Lesson) -> [Int] {
    Self.candidates(lesson, school, teacherIndex, classIndex)
  }

  func teacher(_ id: TeacherID?) -> Teacher? {
    guard let id, let i = teacherIndex[id] else { return nil }
    return school.teachers[i]
  }

  func role(_ id: RoleID) -> Role? { roleIndex[id].map { school.leadership.roles[$0] } }

  func leader(_ id: LeaderID) -> Leader? {
    leaderIndex[id].map { school.leadership.leaders[$0] }
  }

  /// Teachable slots `refs` name, deduplicated; unresolvable references are ignored.
  func resolved(_ refs: [SlotRef]) -> Set<Slot> {
    var out = Set<Slot>()
    for r in refs {
      for s in school.cycle.resolve(r) where !blocked.contains(s) { out.insert(s) }
    }
    return out
  }

  /// The most periods a leader in `role` may teach per cycle (`Role.teachingLimit`), with an
  /// out-of-range release clamped rather than trusted.
  func teachingLimit(_ role: Role) -> Int {
    role.teachingLimit(
      teachableSlots: teachableSlots, cycleDays: school.cycle.cycleDayCount)
  }

  /// The teacher record of the leader `leader`, when they teach.
  func teacherIndex(of leader: Leader) -> Int? {
    leader.teacher.flatMap { teacherIndex[$0] }
  }

  /// "Team Lead" for a role without a name of its own.
  static func roleTitle(_ role: Role?) -> String {
    guard let role else { return "Leader" }
    if !role.name.isEmpty { return role.name }
    switch role.kind {
    case .principal: return "Principal"
    case .assistantPrincipal: return "Assistant Principal"
    case .teamLead: return "Team Lead"
    case .multiClassroomLeader: return "Multi-Classroom Leader"
    case .instructionalCoach: return "Instructional Coach"
    }
  }

  /// "Team Lead Uma Patel (T03)": the role's title, the person's name and the id that finds
  /// them in the file (the teacher record for a teaching leader).
  func leaderLabel(_ leader: Leader) -> String {
    let title = Self.roleTitle(role(leader.role))
    let record = teacher(leader.teacher)
    let name = [leader.name, record?.name ?? ""].first { !$0.isEmpty } ?? ""
    let id = leader.teacher?.raw ?? leader.id.raw
    // Principal names often already start with the title ("Principal Dana Whitfield").
    let named = name.hasPrefix(title) ? name : (name.isEmpty ? title : "\(title) \(name)")
    return name.isEmpty ? "\(title) \(id)" : "\(named) (\(id))"
  }

  /// "Uma Patel (T03)", or the bare id without a name.
  static func teacherLabel(_ t: Teacher) -> String {
    t.name.isEmpty || t.name == t.id.raw ? t.id.raw : "\(t.name) (\(t.id.raw))"
  }
}
