/// The search's mutable state: the assignment (start slot, teacher, room per meeting), the
/// occupancy counts over slots, and every constraint kernel's incremental totals.
///
/// Invariant: `counts[r]` equals what `recount()` computes from the assignment alone, for every
/// rule `r`; `hard` and `soft` are the weighted sums of `counts`. Debug builds verify it.
/// Every change goes through `place` and `unplace`; moves and backtracking undo by replaying
/// the old values, so nothing is copied per node.
struct SearchState {
  // MARK: Constant
  let model: SearchModel
  let S: Int
  let P: Int

  // MARK: Trailed (the assignment; -1 = none)
  var start: [Int32]
  var teacher: [Int32]
  var room: [Int32]

  // MARK: Derived incrementally
  var teacherOcc: [Int32]
  var classOcc: [Int32]
  var roomOcc: [Int32]
  /// Statically free and not taught (teacher) or not occupied (class), as slot masks.
  var teacherFreeBits: [UInt64]
  var classFreeBits: [UInt64]
  /// Per student group and slot: meetings of its classes; per group the busy slots as masks.
  var studentOcc: [Int32]
  var studentBusyBits: [UInt64]
  /// `Kernel+PersonalLimits`: per (teacher or class, cycle day) gaps, busy periods and run
  /// excess; per (teacher or class, week) gaps and days in use.
  var personalDay: [Int32]
  var personalWeek: [Int32]
  var classDay: [Int32]
  var classWeek: [Int32]
  var taughtTotal: [Int32]
  var taughtDay: [Int32]
  var taughtWeek: [Int32]
  var cpBusy: [Int32]
  /// Per team and cycle day: the periods common to the team (`Kernel+CommonPlanning`).
  var cpMask: [UInt64]
  /// Per huddle group and week: huddles short of the policy.
  var groupShort: [Int32]
  /// Per huddle group and week: the weighted shortfall of its soft-marked teams.
  var groupSoft: [Int64]
  var huddles: HuddleMatching
  var obsCount: [Int32]
  var dbCount: [Int32]
  /// `Kernel+DebriefWindow`: per pair and cycle day the chance and joint-free periods and the
  /// useful chances; per pair and week the useful chances; the feedback demand still short.
  var dwChance: [UInt64]
  var dwJoint: [UInt64]
  var dwUseful: [Int32]
  var dwWeek: [Int32]
  var feedbackShort: Int64 = 0
  var dayGap: [Int32]
  var dayConsecutive: [Int32]
  var groupDay: [Int32]
  var uneven: [Int32]
  /// Per lesson: distinct teachers and rooms of its placed meetings, and its placed meetings
  /// whose teacher differs from the previous schedule's (`Kernel+LessonResources`).
  var lessonTeachers: [Int32]
  var lessonRooms: [Int32]
  var lessonRetaught: [Int32]
  /// Per teacher: charged coverage money per cycle; the sum of its yearly amounts
  /// (`Kernel+Budget`).
  var coverageCharged: [Int64]
  var coverageYearly: Int64 = 0
  var counts: [Int64]
  var hard: Int64 = 0
  var soft: Int64 = 0

  // MARK: Scratch
  var sortBuffer: [Int32]

  /// The empty assignment: every meeting unplaced.
  init(model: SearchModel) {
    self.model = model
    S = model.S
    P = model.P
    let m = model
    start = [Int32](repeating: -1, count: m.M)
    teacher = [Int32](repeating: -1, count: m.M)
    room = [Int32](repeating: -1, count: m.M)
    teacherOcc = [Int32](repeating: 0, count: m.T * m.S)
    classOcc = [Int32](repeating: 0, count: m.C * m.S)
    roomOcc = [Int32](repeating: 0, count: m.R * m.S)
    teacherFreeBits = m.teacherStaticFreeBits
    classFreeBits = m.classStaticFreeBits
    studentOcc = [Int32](repeating: 0, count: m.SG * m.S)
    studentBusyBits = [UInt64](repeating: 0, count: m.SG * m.words)
    personalDay = [Int32](repeating: 0, count: m.T * m.CD * 3)
    personalWeek = [Int32](repeating: 0, count: m.T * m.W * 2)
    classDay = [Int32](repeating: 0, count: m.C * m.CD * 3)
    classWeek = [Int32](repeating: 0, count: m.C * m.W * 2)
    taughtTotal = [Int32](repeating: 0, count: m.T)
    taughtDay = [Int32](repeating: 0, count: m.T * m.CD)
    taughtWeek = [Int32](repeating: 0, count: m.T * m.W)
    cpBusy = [Int32](repeating: 0, count: m.G * m.S)
    cpMask = [UInt64](repeating: 0, count: m.G * m.CD)
    groupShort = [Int32](repeating: 0, count: m.groupTeams.rowCount * m.W)
    groupSoft = [Int64](repeating: 0, count: m.groupTeams.rowCount * m.W)
    huddles = HuddleMatching(maxTeams: m.maxGroupTeams, days: m.daysPerWeek, periods: m.P)
    obsCount = [Int32](repeating: 0, count: m.pairTeam.count * m.W)
    dbCount = [Int32](repeating: 0, count: m.pairTeam.count * m.W)
    dwChance = [UInt64](repeating: 0, count: m.pairTeam.count * m.CD)
    dwJoint = [UInt64](repeating: 0, count: m.pairTeam.count * m.CD)
    dwUseful = [Int32](repeating: 0, count: m.pairTeam.count * m.CD)
    dwWeek = [Int32](repeating: 0, count: m.pairTeam.count * m.W)
    dayGap = [Int32](repeating: 0, count: m.T * m.CD)
    dayConsecutive = [Int32](repeating: 0, count: m.T * m.CD)
    groupDay = [Int32](repeating: 0, count: m.groupCount * m.CD)
    uneven = [Int32](repeating: 0, count: m.L)
    lessonTeachers = [Int32](repeating: 0, count: m.L)
    lessonRooms = [Int32](repeating: 0, count: m.L)
    lessonRetaught = [Int32](repeating: 0, count: m.L)
    coverageCharged = [Int64](repeating: 0, count: m.T)
    counts = [Int64](repeating: 0, count: Rule.count)
    sortBuffer = [Int32](repeating: 0, count: max(1, m.maxMeetingsPerLesson))
    bump(.unplaced, Int64(m.M))
    for i in 0..<m.M { applyUnplacedRules(i, 1) }
    initCommonPlanning()
    initObservationWindow()
    initDebriefTime()
    settleBudget()
    initDebriefWindow()
  }

  /// What the search minimises: the rules' cost plus, in soft, the calendar feedback's demand.
  var cost: Cost { Cost(hard: hard, soft: soft) }

  /// The rules' cost alone (what the checker computes): `cost` without the feedback demand.
  var reportedCost: Cost {
    Cost(hard: hard, soft: soft - feedbackShort * SearchModel.feedbackWeight)
  }

  /// Adds `d` to rule `r`'s count and to the weighted totals.
  @inline(__always)
  mutating func bump(_ r: Rule, _ d: Int64) {
    if d == 0 { return }
    counts[r.rawValue] += d
    // `r` is a constant at almost every call site, so `isHard` folds away; a soft rule looks
    // at `countsAsHard` only when the school requires some soft rule.
    if r.isHard || (model.requiresAnySoft && model.countsAsHard[r.rawValue]) {
      hard += d
    } else {
      soft += d * model.weights[r.rawValue]
    }
  }

  /// Places unplaced meeting `m` at start `s` with teacher `t` and room `r` (-1 for none).
  /// - Complexity: O(duration x (teams of the teacher x members + periods per day)).
  mutating func place(_ m: Int, _ s: Int, _ t: Int, _ r: Int) {
    let l = Int(model.meetingLesson[m])
    start[m] = Int32(s)
    teacher[m] = Int32(t)
    room[m] = Int32(r)
    bump(.unplaced, -1)
    applyUnplacedRules(m, -1)
    applyMeetingRules(m, l, s, t, r, 1)
    lessonResourcesChanged(m, l, t, r, 1)
    coverageChanged(l, t, 1)
    let c = Int(model.lessonClass[l])
    for x in s..<(s + model.span(l, s)) {
      occupyClass(c, x, 1)
      if r >= 0 { occupyRoom(r, x, 1) }
      if t >= 0 { occupyTeacher(t, x, 1) }
    }
    sameSubjectChanged(l, s / P, 1)
    recomputeUneven(l)
  }

  /// Removes placed meeting `m` from the timetable; its teacher and room stay as hints.
  mutating func unplace(_ m: Int) {
    let s = Int(start[m])
    guard s >= 0 else { return }
    let l = Int(model.meetingLesson[m])
    let t = Int(teacher[m])
    let r = Int(room[m])
    let c = Int(model.lessonClass[l])
    for x in s..<(s + model.span(l, s)) {
      occupyClass(c, x, -1)
      if r >= 0 { occupyRoom(r, x, -1) }
      if t >= 0 { occupyTeacher(t, x, -1) }
    }
    applyMeetingRules(m, l, s, t, r, -1)
    lessonResourcesChanged(m, l, t, r, -1)
    coverageChanged(l, t, -1)
    sameSubjectChanged(l, s / P, -1)
    start[m] = -1
    recomputeUneven(l)
    bump(.unplaced, 1)
    applyUnplacedRules(m, 1)
  }

  /// Moves meeting `m` (placed or not) to the given values.
  @inline(__always)
  mutating func assign(_ m: Int, _ s: Int, _ t: Int, _ r: Int) {
    unplace(m)
    if s >= 0 {
      place(m, s, t, r)
    } else {
      teacher[m] = Int32(t)
      room[m] = Int32(r)
    }
  }

  /// Teacher `t` starts (`sign` 1) or stops (-1) teaching slot `x`: every teacher-based kernel
  /// hears of it.
  @inline(__always)
  mutating func taughtChanged(_ t: Int, _ x: Int, _ sign: Int32) {
    loadChanged(t, x, sign)
    if model.G > 0 {
      commonPlanningChanged(t, x, sign)
      observationChanged(t, x, sign)
      debriefChanged(t, x, sign)
      debriefWindowChanged(t, x)
    }
    recomputeTeacherDay(t, x / P)
    if model.tHasLimits[t] { teacherShapeChanged(t, x / P) }
    if model.teacherHasPreferred[t] && !model.teacherPreferredSlot[t * S + x] {
      bump(.preferredSlot, Int64(sign))
    }
  }

  /// Rebuilds every derived table from the given assignment (used to load snapshots).
  mutating func load(start s: [Int32], teacher t: [Int32], room r: [Int32]) {
    self = SearchState(model: model)
    for m in 0..<model.M {
      if s[m] >= 0 {
        place(m, Int(s[m]), Int(t[m]), Int(r[m]))
      } else {
        teacher[m] = t[m]
        room[m] = r[m]
      }
    }
  }
}
