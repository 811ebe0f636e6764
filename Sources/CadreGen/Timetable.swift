import CadreModel

/// The hidden timetable under construction: who teaches which meeting where, as flat
/// occupancy grids over slots, so that every placement and every chain move is checked
/// against every hard rule it could break (clashes, blocked, reserved and unavailable slots,
/// per-day caps, leaders' teaching limits, rooms).
struct Timetable {
  struct Placed {
    var lesson: Int
    var classIndex: Int
    var teacher: Int
    var duration: Int
    var fixedStart: Int?
    var roomKind: String?
    var homeRoom: Int?
    var start = -1
    var room = -1
  }

  let slots: Int
  let periods: Int
  /// Teacher × slot: may teach (not blocked, not reserved for planning, not unavailable).
  var open: [Bool]
  var teacherAt: [Int]
  var classAt: [Int]
  var roomAt: [Int]
  /// Teacher × cycle day: periods taught.
  var dayLoad: [Int]
  var taught: [Int]
  var dayCap: [Int]
  var limit: [Int]
  var meetings: [Placed] = []
  let cycleDays: Int

  init(_ draft: Draft) {
    slots = draft.slotCount
    periods = draft.periodCount
    cycleDays = draft.cycleDays
    let t = draft.teachers.count
    open = [Bool](repeating: true, count: t * slots)
    for (i, teacher) in draft.teachers.enumerated() {
      for s in 0..<slots where draft.isBlocked(s) { open[i * slots + s] = false }
      for s in teacher.reserved + teacher.unavailable { open[i * slots + s] = false }
    }
    teacherAt = [Int](repeating: -1, count: t * slots)
    classAt = [Int](repeating: -1, count: draft.classes.count * slots)
    roomAt = [Int](repeating: -1, count: draft.rooms.count * slots)
    dayLoad = [Int](repeating: 0, count: t * draft.cycleDays)
    taught = [Int](repeating: 0, count: t)
    dayCap = draft.teachers.map(\.dayCap)
    limit = draft.teachers.map { $0.limit ?? Int.max }
    for (l, lesson) in draft.lessons.enumerated() {
      for (j, teacher) in lesson.teachers.enumerated() {
        meetings.append(
          Placed(
            lesson: l, classIndex: lesson.classIndex, teacher: teacher,
            duration: lesson.duration, fixedStart: lesson.fixedStarts?[j],
            roomKind: lesson.roomKind,
            homeRoom: lesson.roomKind == nil ? draft.classes[lesson.classIndex].homeRoom : nil))
      }
    }
  }

  /// The room meeting `m` would use starting at `start` (-1 when it needs none), or nil when
  /// it cannot start there.
  func fits(_ m: Int, at start: Int, _ draft: Draft) -> Int? {
    let x = meetings[m]
    let p = start % periods
    guard p + x.duration <= periods else { return nil }
    let t = x.teacher
    let day = start / periods
    guard dayLoad[t * cycleDays + day] + x.duration <= dayCap[t],
      taught[t] + x.duration <= limit[t]
    else { return nil }
    for s in start..<(start + x.duration) {
      guard open[t * slots + s], teacherAt[t * slots + s] < 0,
        classAt[x.classIndex * slots + s] < 0
      else { return nil }
    }
    if let r = x.homeRoom {
      for s in start..<(start + x.duration) where roomAt[r * slots + s] >= 0 { return nil }
      return r
    }
    guard let kind = x.roomKind else { return -1 }
    let students = draft.classes[x.classIndex].students ?? 0
    for (r, room) in draft.rooms.enumerated() where room.kind == kind && room.capacity >= students {
      if !(start..<(start + x.duration)).contains(where: { roomAt[r * slots + $0] >= 0 }) {
        return r
      }
    }
    return nil
  }

  mutating func place(_ m: Int, at start: Int, room: Int) {
    let x = meetings[m]
    for s in start..<(start + x.duration) {
      teacherAt[x.teacher * slots + s] = m
      classAt[x.classIndex * slots + s] = m
      if room >= 0 { roomAt[room * slots + s] = m }
    }
    dayLoad[x.teacher * cycleDays + start / periods] += x.duration
    taught[x.teacher] += x.duration
    meetings[m].start = start
    meetings[m].room = room
  }

  mutating func remove(_ m: Int) {
    let x = meetings[m]
    guard x.start >= 0 else { return }
    for s in x.start..<(x.start + x.duration) {
      teacherAt[x.teacher * slots + s] = -1
      classAt[x.classIndex * slots + s] = -1
      if x.room >= 0 { roomAt[x.room * slots + s] = -1 }
    }
    dayLoad[x.teacher * cycleDays + x.start / periods] -= x.duration
    taught[x.teacher] -= x.duration
    meetings[m].start = -1
    meetings[m].room = -1
  }

  /// Whether the class already has a meeting in `subject` on the day of `start`.
  func classHasSubject(_ k: Int, _ subject: String, day start: Int, _ draft: Draft) -> Bool {
    let first = (start / periods) * periods
    for s in first..<(first + periods) {
      let other = classAt[k * slots + s]
      if other >= 0 && draft.lessons[meetings[other].lesson].subject == subject { return true }
    }
    return false
  }
}
