@testable import CadreEngine

/// A small seeded random dense problem touching every rule: blocked and unavailable slots,
/// double lessons, candidates, rooms, pins, preferences, limits, leaders, teams and lessons
/// that allow a split.
func randomProblem(seed: UInt64, meetings: Int = 10, previous: Bool = false) -> Problem {
  var rng = SplitMix64(seed: seed)
  var p = Problem()
  p.weekCount = rng.chance(20) ? 2 : 1
  p.daysPerWeek = 2 + rng.below(2)
  p.periodsPerDay = 3 + rng.below(3)
  let S = p.slotCount
  p.slotBlocked = (0..<S).map { _ in rng.chance(8) }
  p.periodLate = (0..<p.periodsPerDay).map { $0 == p.periodsPerDay - 1 }
  func someSlots(_ percent: Int) -> [Int32] {
    (0..<S).filter { _ in rng.chance(percent) }.map { Int32($0) }
  }
  p.teacherCount = 3 + rng.below(3)
  p.teacherUnavailable = (0..<p.teacherCount).map { _ in someSlots(10) }
  p.teacherMaxPerDay = (0..<p.teacherCount).map { _ in rng.chance(30) ? Int32(1 + rng.below(3)) : -1
  }
  p.teacherMaxPerWeek = (0..<p.teacherCount).map { _ in
    rng.chance(20) ? Int32(2 + rng.below(4)) : -1
  }
  p.classCount = 2 + rng.below(2)
  p.classUnavailable = (0..<p.classCount).map { _ in someSlots(8) }
  p.roomCount = rng.below(3)
  p.roomUnavailable = (0..<p.roomCount).map { _ in someSlots(8) }
  var total = 0
  while total < meetings {
    let l = p.lessonClass.count
    let count = 1 + rng.below(3)
    total += count
    p.lessonClass.append(Int32(rng.below(p.classCount)))
    p.lessonDuration.append(rng.chance(20) ? 2 : 1)
    p.lessonSubjectGroup.append(Int32(rng.below(3)))
    p.lessonMeetingCount.append(Int32(count))
    var cands: [Int32] = []
    for t in 0..<p.teacherCount where rng.chance(40) { cands.append(Int32(t)) }
    if cands.isEmpty && rng.chance(90) { cands = [Int32(rng.below(p.teacherCount))] }
    p.lessonCandidates.append(cands)
    let needs = p.roomCount > 0 && rng.chance(50)
    p.lessonNeedsRoom.append(needs)
    p.lessonRooms.append(
      needs ? (0..<p.roomCount).filter { _ in rng.chance(60) }.map { Int32($0) } : [])
    p.lessonPreferred.append(rng.chance(30) ? someSlots(30) : [])
    p.lessonPinned.append(rng.chance(10) ? [Int32(rng.below(S))] : [])
    _ = l
  }
  p.leaderTeacher = [0, -1]
  p.leaderLimit = [Int32(rng.below(4) + 1), 5]
  p.teamLeaderTeacher = [0, -1]
  p.teamLeaderUnavailable = [someSlots(10), someSlots(10)]
  p.teamMembers = [[1, 2], rng.chance(50) ? [Int32(p.teacherCount - 1)] : []]
  p.huddlesPerWeek = rng.below(3)
  p.observableSlotsPerMember = rng.below(3)
  p.maxConsecutivePeriods = 1 + rng.below(3)
  p.softWeights = [3, 5, 2, 2, 1, 3, 10, 1, 2]
  // A separate stream, so the problems drawn above stay as they were.
  var splits = SplitMix64(seed: seed ^ 0x5B1D)
  p.lessonAllowSplit = p.lessonClass.map { _ in splits.chance(30) }
  // Half the time one leader leads both teams (one huddle at a time for both).
  p.teamLeader = splits.chance(50) ? [0, 0] : [0, 1]
  // Money (`Kernel+Budget`), from its own stream too: a coverage position, lessons released
  // from the lead (teacher 0) and a cap that is sometimes tight.
  var money = SplitMix64(seed: seed ^ 0xB0D6E7)
  p.teacherCoverageRate = (0..<p.teacherCount).map { _ in
    money.chance(30) ? Int64(20 + money.below(20)) : 0
  }
  p.lessonLeaderTeachers = p.lessonCandidates.map { $0.filter { $0 == 0 } }
  p.coverageWeeks = 30 + money.below(10)
  p.stipends = Int64(money.below(3) * 1000)
  p.budgetCap = money.chance(60) ? Int64(money.below(6) * 1000) : nil
  p.coverageUnit = 30 * Int64(p.coverageWeeks)
  // Per-team numbers (issue 14 item 6), from their own stream: half the time each team has
  // its own huddles and observable slots, each hard (-1) or soft with a weight.
  var own = SplitMix64(seed: seed ^ 0x7EA4)
  if own.chance(50) {
    p.teamHuddles = (0..<2).map { _ in Int32(own.below(3)) }
    p.teamHuddleWeight = (0..<2).map { _ in own.chance(50) ? -1 : Int64(own.below(6)) }
    p.teamObservable = (0..<2).map { _ in Int32(own.below(3)) }
    p.teamObservableWeight = (0..<2).map { _ in own.chance(50) ? -1 : Int64(own.below(6)) }
  }
  // Another stream for the debrief window and the calendar's feedback on some pairs.
  var window = SplitMix64(seed: seed ^ 0xDB1E)
  p.debriefWindowDays = window.below(4)
  if window.chance(40) {
    p.pairEmphasis = [PairEmphasis(team: 0, teacher: Int32(1 + window.below(2)), extra: 2)]
  }
  // Student groups (`Kernel+StudentClash`), from their own stream: a few groups of random
  // sizes over random classes, a class sometimes named twice (the kernel counts it once).
  var students = SplitMix64(seed: seed ^ 0x57D6)
  if students.chance(60) && p.classCount > 1 {
    for _ in 0..<(1 + students.below(3)) {
      p.groupStudents.append(Int64(1 + students.below(4)))
      p.groupClasses.append(
        (0..<(2 + students.below(3))).map { _ in Int32(students.below(p.classCount)) })
    }
  }
  // Personal limits and teachers' preferred slots (`Kernel+PersonalLimits`), from their own
  // stream: each limit present a third of the time, hard or soft.
  var personal = SplitMix64(seed: seed ^ 0x9E25)
  if personal.chance(60) {
    func table(_ count: Int) -> ([[Int32]], [[Int64]]) {
      var limits: [[Int32]] = []
      var weights: [[Int64]] = []
      for _ in 0..<count {
        limits.append(
          (0..<5).map { k in personal.chance(33) ? Int32(personal.below(3) + (k >= 3 ? 1 : 0)) : -1
          })
        weights.append((0..<5).map { _ in personal.chance(50) ? -1 : Int64(personal.below(5)) })
      }
      return (limits, weights)
    }
    (p.teacherPersonal, p.teacherPersonalWeight) = table(p.teacherCount)
    (p.classPersonal, p.classPersonalWeight) = table(p.classCount)
    p.teacherPreferred = (0..<p.teacherCount).map { _ in personal.chance(30) ? someSlots(8) : [] }
  }
  if previous {
    let m = p.meetingCount
    p.previousStart = (0..<m).map { _ in Int32(rng.below(S + 3)) - 3 }
    p.previousTeacher = (0..<m).map { _ in Int32(rng.below(p.teacherCount + 2)) - 2 }
    p.previousRoom = (0..<m).map { _ in Int32(rng.below(p.roomCount + 1)) - 1 }
  }
  return p
}
