extension Validator {
  /// Cheap capacity facts, each a necessary condition for a schedule with no hard violation
  /// (docs/RULES.md), so each `over-capacity` is an error: the school as written cannot be
  /// scheduled, whatever the search does.
  ///
  /// - A class needs at most as many periods (Σ meetings × duration) as it has free slots.
  /// - A teacher's fixed lessons fit in their free slots, `maxPerDay` and `maxPerWeek`.
  /// - A teaching leader's fixed lessons fit in what the role's release leaves
  ///   (`Role.teachingLimit`).
  /// - The lessons of one subject fit in the capacity of every teacher who may teach any of
  ///   them (skipped when every such lesson has a fixed teacher: the checks above are sharper).
  /// - All lessons fit in the capacity of all teachers.
  ///
  /// A teacher's capacity is the upper bound Σ over cycle days of min(maxPerDay, free slots
  /// that day), capped per week by `maxPerWeek` and overall by a leader's teaching limit.
  ///
  /// - Complexity: O(slots × (teachers + classes) + lessons × teachers).
  static func checkCapacity(_ c: Context, into out: inout [Diagnostic]) {
    let s = c.school
    guard c.cycle.slotCount > 0 else { return }
    let capacities = s.teachers.map { teacherCapacity($0, c) }
    var fixedNeed = [Int](repeating: 0, count: s.teachers.count)
    var classNeed = [Int](repeating: 0, count: s.classes.count)
    for lesson in s.lessons {
      let need = periodsNeeded(lesson)
      if let i = c.teacherIndex[lesson.teacher?.raw ?? ""], lesson.teacher != nil {
        fixedNeed[i] = fixedNeed[i].adding(saturating: need)
      }
      if let k = c.classIndex[lesson.classID.raw] {
        classNeed[k] = classNeed[k].adding(saturating: need)
      }
    }
    for (k, cls) in s.classes.enumerated() where classNeed[k] > 0 {
      let free = c.freeSlots(cls.unavailable)
      guard classNeed[k] > free else { continue }
      out.append(
        .error(
          "over-capacity", at: Pointer.of("classes", k),
          "Class \(label(cls.name, cls.id.raw)) needs \(classNeed[k]) periods a cycle but is "
            + "free in \(free) of the cycle's \(c.cycle.slotCount) slots",
          hint: "remove or shorten lessons, or unblock slots"))
    }
    for (i, t) in s.teachers.enumerated() where fixedNeed[i] > 0 {
      checkFixedLoad(t, i, need: fixedNeed[i], c, into: &out)
    }
    checkLeaderLoads(c, fixedNeed: fixedNeed, into: &out)
    checkSubjectLoads(c, capacities: capacities, into: &out)
    let need = s.lessons.map(periodsNeeded).saturatingSum
    let can = capacities.saturatingSum
    if need > can {
      out.append(
        .error(
          "over-capacity", at: Pointer.of("lessons"),
          "The lessons need \(need) periods a cycle but the \(s.teachers.count) teachers can "
            + "teach \(can) between them",
          hint: "add teachers, relax limits and release, or remove lessons"))
    }
  }

  /// Σ meetings × duration, counting nonsense values (reported elsewhere) as 0.
  static func periodsNeeded(_ lesson: Lesson) -> Int {
    max(0, lesson.meetings).multiplied(saturating: max(0, lesson.duration))
  }

  /// The most periods `t` could teach in one cycle (see `checkCapacity`).
  static func teacherCapacity(_ t: Teacher, _ c: Context) -> Int {
    var total = c.cycle.teachingCapacity(
      blocked: c.blocked, away: c.resolved(t.unavailable), maxPerDay: t.maxPerDay,
      maxPerWeek: t.maxPerWeek)
    if let limit = leaderLimit(of: t.id, c) { total = min(total, limit) }
    return total
  }

  /// The teaching limit of the leader whose teacher record is `id`, if any.
  static func leaderLimit(of id: TeacherID, _ c: Context) -> Int? {
    guard let leader = c.school.leadership.leaders.first(where: { $0.teacher == id }),
      let role = c.role(leader.role), releaseIsValid(role, c)
    else { return nil }
    return role.teachingLimit(
      teachableSlots: c.teachableSlots, cycleDays: c.cycle.cycleDayCount)
  }

  static func checkFixedLoad(
    _ t: Teacher, _ i: Int, need: Int, _ c: Context, into out: inout [Diagnostic]
  ) {
    let who = "Teacher \(label(t.name, t.id.raw))"
    let must = "\(who) must teach \(need) periods of fixed lessons"
    let free = c.freeSlots(t.unavailable)
    if need > free {
      out.append(
        .error(
          "over-capacity", at: Pointer.of("teachers", i),
          "\(must) but is free in \(free) of the cycle's \(c.cycle.slotCount) slots",
          hint: "move some lessons to other teachers (candidates instead of teacher)"))
    }
    if let m = t.maxPerWeek, m >= 1, need > m.multiplied(saturating: c.cycle.weekCount) {
      let weeks = c.cycle.weekCount
      let allowed = m.multiplied(saturating: weeks)
      out.append(
        .error(
          "over-capacity", at: Pointer.of("teachers", i, "maxPerWeek"),
          "\(must) but maxPerWeek \(m) allows \(allowed) in \(weeks) week(s)",
          hint: "raise maxPerWeek or move some lessons to other teachers"))
    }
    if let m = t.maxPerDay, m >= 1, need > m.multiplied(saturating: c.cycle.cycleDayCount) {
      let days = c.cycle.cycleDayCount
      out.append(
        .error(
          "over-capacity", at: Pointer.of("teachers", i, "maxPerDay"),
          "\(must) but maxPerDay \(m) allows \(m.multiplied(saturating: days)) in \(days) day(s)",
          hint: "raise maxPerDay or move some lessons to other teachers"))
    }
  }

  /// A teaching leader's fixed lessons fit in what their release leaves.
  static func checkLeaderLoads(_ c: Context, fixedNeed: [Int], into out: inout [Diagnostic]) {
    for (i, leader) in c.school.leadership.leaders.enumerated() {
      guard let tid = leader.teacher, let ti = c.teacherIndex[tid.raw],
        let role = c.role(leader.role), releaseIsValid(role, c)
      else { continue }
      let limit = role.teachingLimit(
        teachableSlots: c.teachableSlots, cycleDays: c.cycle.cycleDayCount)
      guard fixedNeed[ti] > limit else { continue }
      let t = c.school.teachers[ti]
      let name = [leader.name, t.name].first { !$0.isEmpty } ?? leader.id.raw
      let release =
        role.releasePeriodsPerDay.map { "release of \($0) period\($0 == 1 ? "" : "s") a day" }
        ?? "release \(decimal(role.release))"
      out.append(
        .error(
          "over-capacity", at: Pointer.of("leadership", "leaders", i),
          "\(roleTitle(role)) \(name) (\(tid.raw)) must teach \(fixedNeed[ti]) periods of fixed "
            + "lessons but \(release) leaves \(limit) of \(c.teachableSlots)",
          hint: "move some of their lessons to other teachers (coverage), or lower the release"))
    }
  }

  /// Whether the role's release numbers are in range (else `out-of-range` has been reported
  /// and a limit computed from them would only repeat it).
  static func releaseIsValid(_ role: Role, _ c: Context) -> Bool {
    if let r = role.releasePeriodsPerDay { return (0...c.cycle.periodCount).contains(r) }
    return (0...1).contains(role.release)
  }

  /// The lessons of each subject fit in the capacity of everyone who may teach them.
  static func checkSubjectLoads(_ c: Context, capacities: [Int], into out: inout [Diagnostic]) {
    let s = c.school
    var bySubject: [String: [Int]] = [:]
    for (i, l) in s.lessons.enumerated() { bySubject[l.subject, default: []].append(i) }
    for subject in bySubject.keys.sorted() {
      guard let lessons = bySubject[subject],
        lessons.contains(where: { s.lessons[$0].teacher == nil })
      else { continue }
      // Lessons nobody may teach are reported elsewhere; counting them here would be unsound.
      var able = Set<Int>()
      var need = 0
      for i in lessons {
        let who = candidateIndices(s.lessons[i], c)
        if who.isEmpty { continue }
        able.formUnion(who)
        need = need.adding(saturating: periodsNeeded(s.lessons[i]))
      }
      let can = able.map { capacities[$0] }.saturatingSum
      guard !able.isEmpty, need > can else { continue }
      out.append(
        .error(
          "over-capacity", at: Pointer.of("lessons", lessons[0], "subject"),
          "Lessons in \(subject) need \(need) periods a cycle but the \(able.count) "
            + "teacher\(able.count == 1 ? "" : "s") who may teach them can teach \(can) "
            + "between them",
          hint: "add a qualified teacher, widen teachers' subjects or candidates, or relax "
            + "limits"))
    }
  }

  /// The teacher indices that may teach `lesson` (docs/RULES.md "candidates").
  static func candidateIndices(_ lesson: Lesson, _ c: Context) -> [Int] {
    if let t = lesson.teacher { return c.teacherIndex[t.raw].map { [$0] } ?? [] }
    if !lesson.candidates.isEmpty { return lesson.candidates.compactMap { c.teacherIndex[$0.raw] } }
    let grade = c.schoolClass(lesson.classID)?.grade
    return c.school.teachers.indices.filter {
      c.school.teachers[$0].qualifies(subject: lesson.subject, grade: grade)
    }
  }

  /// "Team Lead" for a role without a name of its own.
  static func roleTitle(_ role: Role) -> String {
    if !role.name.isEmpty { return role.name }
    switch role.kind {
    case .principal: return "Principal"
    case .assistantPrincipal: return "Assistant Principal"
    case .teamLead: return "Team Lead"
    case .multiClassroomLeader: return "Multi-Classroom Leader"
    case .instructionalCoach: return "Instructional Coach"
    }
  }

  /// 0.5 -> "0.5", 1.0 -> "1", at most 3 decimals, without Foundation.
  static func decimal(_ x: Double) -> String {
    guard x.isFinite, abs(x) < 1e12 else { return String(x) }
    let scaled = (x * 1000).rounded()
    let whole = Int(scaled / 1000)
    var frac = Int(abs(scaled).truncatingRemainder(dividingBy: 1000))
    if frac == 0 { return String(whole) }
    var digits = 3
    while frac % 10 == 0 {
      frac /= 10
      digits -= 1
    }
    let f = String(frac)
    let sign = x < 0 && whole == 0 ? "-" : ""
    return sign + String(whole) + "." + String(repeating: "0", count: digits - f.count) + f
  }
}
