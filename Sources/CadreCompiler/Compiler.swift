import CadreEngine
import CadreModel

/// A school compiled for the search: the dense problem, the table that decodes answers, and
/// any cheap proof that no schedule without hard violations exists (in the school's words).
package struct CompiledSchool: Sendable {
  package var problem: Problem
  package var names: NameTable
  package var infeasibilityReasons: [String]
}

/// School -> dense `Problem`. Names are resolved here, once; every rule input of
/// docs/RULES.md becomes an index list. Unknown references are dropped rather than trapped
/// on (the validator reports them).
package enum Compiler {
  /// `start` (the calendar feedback's re-solve) is where construction starts instead of
  /// `previous`; `emphasis` lists (team, member, extra chances) pairs the search should favour.
  package static func compile(
    _ school: School, previous: Schedule? = nil, start: Schedule? = nil,
    emphasis: [(team: TeamID, teacher: TeacherID, extra: Int)] = []
  ) -> CompiledSchool {
    let cycle = school.cycle
    let P = cycle.periodCount
    let D = cycle.dayCount
    let W = cycle.weekCount
    let S = W * D * P
    func index(_ slot: Slot) -> Int32 { Int32((slot.week * D + slot.day) * P + slot.period) }
    func slots(_ refs: [SlotRef]) -> [Int32] {
      var out: [Int32] = []
      for ref in refs { for s in cycle.resolve(ref) { out.append(index(s)) } }
      return Array(Set(out)).sorted()
    }
    func firstIndex<E>(_ ids: [ID<E>]) -> [ID<E>: Int] {
      var out: [ID<E>: Int] = [:]
      for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
      return out
    }

    var p = Problem()
    p.weekCount = W
    p.daysPerWeek = D
    p.periodsPerDay = P
    var blocked = [Bool](repeating: false, count: S)
    for s in cycle.blockedSlots { blocked[Int(index(s))] = true }
    p.slotBlocked = blocked
    let anyLate = cycle.periods.contains { $0.late }
    p.periodLate = cycle.periods.indices.map { anyLate ? cycle.periods[$0].late : $0 == P - 1 }

    let teacherIndex = firstIndex(school.teachers.map(\.id))
    let classIndex = firstIndex(school.classes.map(\.id))
    let roomIndex = firstIndex(school.rooms.map(\.id))
    p.teacherCount = school.teachers.count
    p.teacherUnavailable = school.teachers.map { slots($0.unavailable) }
    p.teacherMaxPerDay = school.teachers.map { Int32(clamping: $0.maxPerDay ?? -1) }
    p.teacherMaxPerWeek = school.teachers.map { Int32(clamping: $0.maxPerWeek ?? -1) }
    p.classCount = school.classes.count
    p.classUnavailable = school.classes.map { slots($0.unavailable) }
    p.roomCount = school.rooms.count
    p.roomUnavailable = school.rooms.map { slots($0.unavailable) }
    p.teacherPreferred = school.teachers.map { slots($0.preferred) }
    func limits(_ l: PersonalLimits) -> ([Int32], [Int64]) {
      let kinds = PersonalLimits.Kind.allCases
      return (
        kinds.map { Int32(clamping: l[$0]?.count ?? -1) },
        kinds.map { Int64(l[$0]?.weight ?? -1) }
      )
    }
    p.teacherPersonal = school.teachers.map { limits($0.limits).0 }
    p.teacherPersonalWeight = school.teachers.map { limits($0.limits).1 }
    p.classPersonal = school.classes.map { limits($0.limits).0 }
    p.classPersonalWeight = school.classes.map { limits($0.limits).1 }

    var groups: [String: Int32] = [:]
    var meetingLesson: [Int] = []
    var meetingIndex: [Int] = []
    for (li, lesson) in school.lessons.enumerated() {
      let ci = classIndex[lesson.classID]
      let cls = ci.map { school.classes[$0] }
      p.lessonClass.append(Int32(ci ?? 0))
      p.lessonDuration.append(Int32(clamping: max(1, lesson.duration)))
      let key = "\(ci ?? -1)\u{1}\(lesson.subject)"
      if groups[key] == nil { groups[key] = Int32(groups.count) }
      p.lessonSubjectGroup.append(groups[key] ?? 0)
      let count = max(0, lesson.meetings)
      p.lessonMeetingCount.append(Int32(clamping: count))
      for i in 0..<count {
        meetingLesson.append(li)
        meetingIndex.append(i)
      }
      p.lessonCandidates.append(candidates(lesson, cls, school, teacherIndex))
      let needsRoom = lesson.room != nil || lesson.roomKind != nil || cls?.homeRoom != nil
      p.lessonNeedsRoom.append(needsRoom)
      p.lessonRooms.append(
        needsRoom ? suitableRooms(lesson, cls, school, roomIndex) : [])
      p.lessonPreferred.append(slots(lesson.preferred))
      p.lessonAllowSplit.append(lesson.allowSplit)
      p.lessonPinned.append(
        lesson.pinned.prefix(count).map { ref in cycle.resolve(ref).first.map(index) ?? -2 })
    }

    for group in school.studentGroups {
      p.groupStudents.append(Int64(max(0, group.students)))
      p.groupClasses.append(group.classes.compactMap { classIndex[$0].map { Int32($0) } })
    }

    // Leadership.
    let teachable = S - blocked.filter { $0 }.count
    let roleIndex = firstIndex(school.leadership.roles.map(\.id))
    let leaderIndex = firstIndex(school.leadership.leaders.map(\.id))
    for leader in school.leadership.leaders {
      p.leaderTeacher.append(Int32(leader.teacher.flatMap { teacherIndex[$0] } ?? -1))
      let limit = roleIndex[leader.role].map {
        school.leadership.roles[$0].teachingLimit(
          teachableSlots: teachable, cycleDays: cycle.cycleDayCount)
      }
      p.leaderLimit.append(Int32(clamping: limit ?? Int(Int32.max)))
    }
    for team in school.leadership.teams {
      let leader = leaderIndex[team.leader].map { school.leadership.leaders[$0] }
      let lt = leader?.teacher.flatMap { teacherIndex[$0] }
      p.teamLeaderTeacher.append(Int32(lt ?? -1))
      p.teamLeader.append(Int32(leaderIndex[team.leader] ?? -1))
      if let lt {
        p.teamLeaderUnavailable.append(slots(school.teachers[lt].unavailable))
      } else {
        p.teamLeaderUnavailable.append(slots(leader?.unavailable ?? []))
      }
      p.teamMembers.append(team.members.compactMap { teacherIndex[$0].map { Int32($0) } })
      let own = school.policy(for: team)
      p.teamHuddles.append(Int32(clamping: own.huddlesPerWeek.count))
      p.teamHuddleWeight.append(Int64(own.huddlesPerWeek.weight ?? -1))
      p.teamObservable.append(Int32(clamping: own.observableSlotsPerMember.count))
      p.teamObservableWeight.append(Int64(own.observableSlotsPerMember.weight ?? -1))
    }
    budget(school, teacherIndex, into: &p)
    p.huddlesPerWeek = school.policy.huddlesPerWeek
    p.observableSlotsPerMember = school.policy.observableSlotsPerMember
    p.debriefWindowDays = school.policy.debriefWindowDays
    p.maxConsecutivePeriods = school.policy.maxConsecutivePeriods
    let w = school.weights
    p.softWeights = SoftRule.allCases.map { Int64(w[$0]) }
    p.softRequired = SoftRule.allCases.map { w.isRequired($0) }

    /// A schedule's starts, teachers and rooms per meeting, as `Problem.previousStart` reads.
    func encode(_ schedule: Schedule) -> (start: [Int32], teacher: [Int32], room: [Int32]) {
      var byKey: [String: Meeting] = [:]
      for meeting in schedule.meetings {
        let key = "\(meeting.lesson.raw)\u{1}\(meeting.index)"
        if byKey[key] == nil { byKey[key] = meeting }
      }
      var starts: [Int32] = []
      var teachers: [Int32] = []
      var rooms: [Int32] = []
      for m in meetingLesson.indices {
        let key = "\(school.lessons[meetingLesson[m]].id.raw)\u{1}\(meetingIndex[m])"
        guard let old = byKey[key] else {
          starts.append(-3)
          teachers.append(-1)
          rooms.append(-1)
          continue
        }
        // As the checker reads a previous start: one slot, or none (then no teacher either).
        let resolved = old.start.map { cycle.resolve($0) } ?? []
        let one = resolved.count == 1 && (old.start?.week != nil || W == 1)
        starts.append(one ? index(resolved[0]) : -2)
        teachers.append(
          one ? old.teacher.map { teacherIndex[$0].map { Int32($0) } ?? -2 } ?? -1 : -1)
        rooms.append(Int32(old.room.flatMap { roomIndex[$0] } ?? -1))
      }
      return (starts, teachers, rooms)
    }
    if let previous {
      (p.previousStart, p.previousTeacher, p.previousRoom) = encode(previous)
    }
    if let start {
      (p.seedStart, p.seedTeacher, p.seedRoom) = encode(start)
    }
    let teamIndex = firstIndex(school.leadership.teams.map(\.id))
    for e in emphasis where e.extra > 0 {
      guard let g = teamIndex[e.team], let t = teacherIndex[e.teacher] else { continue }
      p.pairEmphasis.append(PairEmphasis(team: Int32(g), teacher: Int32(t), extra: Int32(e.extra)))
    }

    let names = NameTable(
      cycle: cycle, lessonIDs: school.lessons.map(\.id), meetingLesson: meetingLesson,
      meetingIndex: meetingIndex, teacherIDs: school.teachers.map(\.id),
      roomIDs: school.rooms.map(\.id))
    let reasons = InfeasibilityProof.reasons(school: school, problem: p, names: names)
    return CompiledSchool(problem: p, names: names, infeasibilityReasons: reasons)
  }

  /// RULES.md "candidates": the fixed teacher, else the listed candidates, else every teacher
  /// qualified for the subject and the class's grade.
  static func candidates(
    _ lesson: Lesson, _ cls: SchoolClass?, _ school: School, _ index: [TeacherID: Int]
  ) -> [Int32] {
    if let t = lesson.teacher { return index[t].map { [Int32($0)] } ?? [] }
    if !lesson.candidates.isEmpty {
      var out: [Int32] = []
      for id in lesson.candidates {
        if let i = index[id], !out.contains(Int32(i)) { out.append(Int32(i)) }
      }
      return out
    }
    var out: [Int32] = []
    for (i, t) in school.teachers.enumerated()
    where index[t.id] == i && t.qualifies(subject: lesson.subject, grade: cls?.grade) {
      out.append(Int32(i))
    }
    return out
  }

  /// The rooms that satisfy room-unsuitable: the fixed room (the lesson's, else the class's
  /// home room when the lesson names no kind) or any room of the kind, large enough.
  static func suitableRooms(
    _ lesson: Lesson, _ cls: SchoolClass?, _ school: School, _ index: [RoomID: Int]
  ) -> [Int32] {
    func fits(_ room: Room) -> Bool {
      if let kind = lesson.roomKind, room.kind != kind { return false }
      if let cap = room.capacity, let students = cls?.students, cap < students { return false }
      return true
    }
    let fixed = lesson.room ?? (lesson.roomKind == nil ? cls?.homeRoom : nil)
    if let fixed {
      guard let i = index[fixed], fits(school.rooms[i]) else { return [] }
      return [Int32(i)]
    }
    var out: [Int32] = []
    for (i, room) in school.rooms.enumerated() where index[room.id] == i && fits(room) {
      out.append(Int32(i))
    }
    return out
  }

  /// The budget rules' inputs (`Kernel+Budget`, docs/RULES.md "Budget"): a coverage position's
  /// rate is its `costPerPeriod`, else the budget's `coveragePerPeriod` (0 for everyone who is
  /// not a coverage position); the leaders among each lesson's candidates; the weeks of
  /// `InstructionalYear`; stipends (negative ones count as 0); the reference rate for the
  /// unit: `coveragePerPeriod`, else the highest coverage rate, else 1.
  static func budget(_ school: School, _ teacherIndex: [TeacherID: Int], into p: inout Problem) {
    let fallback = max(0, school.budget?.coveragePerPeriod ?? 0)
    p.teacherCoverageRate = school.teachers.map {
      $0.coverage ? Int64(max(0, $0.costPerPeriod ?? fallback)) : 0
    }
    var leaderTeachers = Set<Int32>()
    for leader in school.leadership.leaders {
      if let t = leader.teacher.flatMap({ teacherIndex[$0] }) { leaderTeachers.insert(Int32(t)) }
    }
    p.lessonLeaderTeachers = p.lessonCandidates.map { $0.filter { leaderTeachers.contains($0) } }
    let weeks = InstructionalYear(school).weeks
    p.coverageWeeks = weeks
    let roles = school.leadership.roles
    p.stipends = school.leadership.leaders.reduce(Int64(0)) { sum, leader in
      let stipend = roles.first { $0.id == leader.role }?.stipend ?? 0
      return sum + Int64(max(0, stipend))
    }
    p.budgetCap = school.budget?.cap.map { Int64($0) }
    let reference = fallback > 0 ? Int64(fallback) : max(1, p.teacherCoverageRate.max() ?? 0)
    p.coverageUnit = reference * Int64(weeks)
  }
}
