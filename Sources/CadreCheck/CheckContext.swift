import CadreModel

/// The school and the schedule resolved once into plain indexed values that every rule reads.
///
/// Slots are numbered `(week × days + day) × periods + period`, so slot order is number
/// order. Every name is resolved here, by this target's own code (not the model's helpers), so
/// the checker stays independent of anything the search might share.
struct CheckContext {
  let school: School
  let weekCount: Int
  let dayCount: Int
  let periodCount: Int
  /// `blocked[s]`: slot s is listed in `cycle.blocked`.
  let blocked: [Bool]
  /// Non-blocked slots of the whole cycle (T in docs/RULES.md).
  let teachableCount: Int
  /// `late[p]`: period p counts for the late-day rule.
  let late: [Bool]

  // MARK: Ids to first index in the school file
  let teacherIndex: [TeacherID: Int]
  let classIndex: [ClassID: Int]
  let roomIndex: [RoomID: Int]
  let roleIndex: [RoleID: Int]
  let leaderIndex: [LeaderID: Int]
  /// Teacher ids some leader names as their teacher record.
  let leadingTeachers: Set<TeacherID>

  /// Indices of the first record of each teacher id, in file order (duplicates skipped).
  let teachers: [Int]
  /// Indices of the first record of each room id, in file order.
  let rooms: [Int]

  // MARK: Unavailability by record index, then slot number
  let teacherUnavailable: [[Bool]]
  let classUnavailable: [[Bool]]
  let roomUnavailable: [[Bool]]
  let leaderUnavailable: [[Bool]]

  /// Every meeting of every lesson, in lesson file order then index order.
  let meetings: [CheckedMeeting]
  /// `teacherAt[t][s]`: the meetings (indices into `meetings`) of teacher t occupying slot s.
  let teacherAt: [[[Int]]]
  /// Violations of the checker-only rules for malformed schedules.
  let malformed: [Violation]
  /// The previous schedule's (start, teacher) per (lesson, index), when re-solving.
  let previous: [MeetingKey: PreviousMeeting]?

  var cycle: Cycle { school.cycle }
  var slotCount: Int { weekCount * dayCount * periodCount }
  var cycleDayCount: Int { weekCount * dayCount }

  init(school: School, schedule: Schedule, previous: Schedule?) {
    self.school = school
    let cycle = school.cycle
    weekCount = cycle.weeks.count
    dayCount = cycle.days.count
    periodCount = cycle.periods.count
    let slots = weekCount * dayCount * periodCount

    var blocked = [Bool](repeating: false, count: slots)
    for b in cycle.blocked {
      for s in Self.resolveSet(b.slot, in: cycle) { blocked[s] = true }
    }
    self.blocked = blocked
    teachableCount = blocked.filter { !$0 }.count

    var late = cycle.periods.map(\.late)
    if !late.contains(true) && !late.isEmpty { late[late.count - 1] = true }
    self.late = late

    teacherIndex = Self.firstIndex(school.teachers.map(\.id))
    classIndex = Self.firstIndex(school.classes.map(\.id))
    roomIndex = Self.firstIndex(school.rooms.map(\.id))
    roleIndex = Self.firstIndex(school.leadership.roles.map(\.id))
    leaderIndex = Self.firstIndex(school.leadership.leaders.map(\.id))
    leadingTeachers = Set(school.leadership.leaders.compactMap(\.teacher))
    let teacherIndex = self.teacherIndex
    let roomIndex = self.roomIndex
    teachers = school.teachers.indices.filter { teacherIndex[school.teachers[$0].id] == $0 }
    rooms = school.rooms.indices.filter { roomIndex[school.rooms[$0].id] == $0 }

    func mask(_ refs: [SlotRef]) -> [Bool] {
      var out = [Bool](repeating: false, count: slots)
      for r in refs { for s in Self.resolveSet(r, in: cycle) { out[s] = true } }
      return out
    }
    teacherUnavailable = school.teachers.map { mask($0.unavailable) }
    classUnavailable = school.classes.map { mask($0.unavailable) }
    roomUnavailable = school.rooms.map { mask($0.unavailable) }
    leaderUnavailable = school.leadership.leaders.map { mask($0.unavailable) }

    let resolved = Self.resolveMeetings(
      school: school, schedule: schedule, teacherIndex: teacherIndex, roomIndex: roomIndex)
    meetings = resolved.meetings
    malformed = resolved.malformed

    var teacherAt = [[[Int]]](
      repeating: [[Int]](repeating: [], count: slots), count: school.teachers.count)
    for (i, m) in meetings.enumerated() {
      guard let t = m.teacher else { continue }
      for s in m.occupied { teacherAt[t][s].append(i) }
    }
    self.teacherAt = teacherAt

    self.previous = previous.map { Self.previousMeetings($0, school: school) }
  }

  // MARK: Slot numbers and labels

  func number(week: Int, day: Int, period: Int) -> Int {
    (week * dayCount + day) * periodCount + period
  }

  /// Week, day and period of a slot number.
  func parts(_ s: Int) -> (week: Int, day: Int, period: Int) {
    let cycleDay = s / periodCount
    return (cycleDay / dayCount, cycleDay % dayCount, s % periodCount)
  }

  /// The cycle day (week × days + day) of a slot number.
  func cycleDay(_ s: Int) -> Int { s / periodCount }

  /// Slot numbers of one cycle day, in period order.
  func slots(ofCycleDay cd: Int) -> Range<Int> { (cd * periodCount)..<((cd + 1) * periodCount) }

  /// Slot numbers of one week, in order.
  func slots(ofWeek w: Int) -> Range<Int> {
    let perWeek = dayCount * periodCount
    return (w * perWeek)..<((w + 1) * perWeek)
  }

  /// "Tue P3", or "B Tue P3" in a multi-week cycle.
  func label(_ s: Int) -> String {
    let (w, d, p) = parts(s)
    let base = "\(cycle.days[d]) \(cycle.periods[p].name)"
    return weekCount > 1 ? "\(cycle.weeks[w]) \(base)" : base
  }

  /// "Tue", or "B Tue" in a multi-week cycle.
  func dayLabel(_ cd: Int) -> String {
    let day = cycle.days[cd % dayCount]
    return weekCount > 1 ? "\(cycle.weeks[cd / dayCount]) \(day)" : day
  }

  func periodName(_ s: Int) -> String { cycle.periods[s % periodCount].name }

  func weekName(_ w: Int) -> String { cycle.weeks[w] }

  // MARK: Who is where

  func lesson(_ m: CheckedMeeting) -> Lesson { school.lessons[m.lesson] }

  /// "3A-math (index 2)": how messages name one meeting.
  func name(_ m: CheckedMeeting) -> String { "\(lesson(m).id.raw) (index \(m.index))" }

  /// Whether teacher record `t` teaches slot `s`.
  func teaches(_ t: Int, _ s: Int) -> Bool { !teacherAt[t][s].isEmpty }

  /// Free: not blocked, not unavailable, not teaching. A teacher id without a record is
  /// never unavailable and teaches nothing.
  func teacherFree(_ id: TeacherID, _ s: Int) -> Bool {
    if blocked[s] { return false }
    guard let t = teacherIndex[id] else { return true }
    return !teacherUnavailable[t][s] && !teaches(t, s)
  }

  /// Free: not blocked, not unavailable (the teacher record's unavailability for a teaching
  /// leader, the leader's own otherwise) and, for a teaching leader, not teaching.
  func leaderFree(_ id: LeaderID, _ s: Int) -> Bool {
    if blocked[s] { return false }
    guard let l = leaderIndex[id] else { return true }
    if let teacher = school.leadership.leaders[l].teacher { return teacherFree(teacher, s) }
    return !leaderUnavailable[l][s]
  }

  // MARK: Resolution helpers

  /// The slots a reference names where a set is meant: without a week, that day and period in
  /// every week. Empty when a name does not resolve.
  static func resolveSet(_ ref: SlotRef, in cycle: Cycle) -> [Int] {
    guard let d = cycle.days.firstIndex(of: ref.day),
      let p = cycle.periods.firstIndex(where: { $0.name == ref.period })
    else { return [] }
    let weeks: [Int]
    if let w = ref.week {
      guard let wi = cycle.weeks.firstIndex(of: w) else { return [] }
      weeks = [wi]
    } else {
      weeks = Array(cycle.weeks.indices)
    }
    return weeks.map { ($0 * cycle.days.count + d) * cycle.periods.count + p }
  }

  /// The one slot a start reference names; a missing week is only allowed in a one-week cycle.
  static func resolveStart(_ ref: SlotRef, in cycle: Cycle) -> Int? {
    if ref.week == nil && cycle.weeks.count != 1 { return nil }
    let all = resolveSet(ref, in: cycle)
    return all.count == 1 ? all[0] : nil
  }

  static func firstIndex<K: Hashable>(_ ids: [K]) -> [K: Int] {
    var out: [K: Int] = [:]
    for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
    return out
  }
}

/// A meeting's identity across schedules.
struct MeetingKey: Hashable {
  var lesson: LessonID
  var index: Int
}

/// Where and with whom a meeting was in the previous schedule; both nil when unplaced there.
struct PreviousMeeting: Equatable {
  var start: Int?
  var teacher: TeacherID?
}
