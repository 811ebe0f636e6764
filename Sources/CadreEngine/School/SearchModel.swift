/// The immutable, flattened problem every search thread shares: flat `[Bool]`/`[Int32]`
/// tables indexed `entity * slotCount + slot`, CSR lists and 64-bit slot masks.
///
/// Built once per solve from a `Problem`; indices out of range are dropped here so that the
/// step loop can index without further checks.
///
/// A class, not a struct: the search copies its model reference into locals (`let md =
/// model`) in every hot function, and copying a struct of some sixty arrays costs sixty
/// retain/release pairs per call (the profile of issue 3 showed 40% of the run in
/// `swift_retain`/`swift_release` before this change).
final class SearchModel: Sendable {
  // MARK: Cycle
  let S: Int
  let P: Int
  let daysPerWeek: Int
  let W: Int
  /// Cycle days (weeks x days).
  let CD: Int
  let slotsPerWeek: Int
  /// 64-bit words per slot mask.
  let words: Int
  let blocked: [Bool]
  let late: [Bool]

  // MARK: Entities
  let T: Int
  let teacherUnavailable: [Bool]
  let maxPerDay: [Int32]
  let maxPerWeek: [Int32]
  let teacherLimits: CSR
  let teachingLeader: [Bool]
  let C: Int
  let classUnavailable: [Bool]
  let R: Int
  let roomUnavailable: [Bool]

  // MARK: Lessons and meetings
  let L: Int
  let lessonClass: [Int32]
  let lessonDuration: [Int32]
  let lessonGroup: [Int32]
  let groupCount: Int
  let candidates: CSR
  let needsRoom: [Bool]
  let rooms: CSR
  let hasPreferred: [Bool]
  /// Per lesson: its meetings may have different teachers (`allowSplit`).
  let allowSplit: [Bool]
  /// Per lesson: whether `split-lesson` can count (several meetings, no split allowed) and
  /// whether `room-stability` can (several meetings); the kernel skips the other lessons.
  let teacherVaries: [Bool]
  let roomVaries: [Bool]
  /// Per lesson: the candidate construction tries first for a lesson's one teacher
  /// (`TeacherHint.swift`), -1 when it has no candidate.
  let teacherHint: [Int32]
  /// The lessons' loads and the teachers' capacities the hint balances (for the search's
  /// rebalancing chains).
  let teacherBalance: TeacherHint
  /// L x S.
  let preferred: [Bool]
  /// Start slots the search tries for each lesson (statically clean ones when any exist).
  let domain: CSR
  /// L x words.
  let domainBits: [UInt64]
  let lessonMeetings: CSR
  let M: Int
  let meetingLesson: [Int32]
  /// -1 not pinned, -2 pinned to nothing reachable, else the slot.
  let pinned: [Int32]
  /// Hard cost a meeting adds wherever it is placed (no candidate, no suitable room).
  let unavoidable: [Int32]
  let hasPrevious: Bool
  let previousStart: [Int32]
  let previousTeacher: [Int32]
  let previousRoom: [Int32]
  /// Where construction starts: the feedback round's seed when given, else the previous
  /// schedule (same encoding as `previousStart`).
  let hasSeed: Bool
  let seedStart: [Int32]
  let seedTeacher: [Int32]
  let seedRoom: [Int32]
  let classMeetings: CSR
  /// Student groups (`Kernel+StudentClash`): how many; per group its students; per class the
  /// groups that attend it (a class named twice by a group counts once).
  let SG: Int
  let groupStudents: [Int64]
  let classStudentGroups: CSR
  /// Per class: the other classes that share a student group with it (Kempe chains and swaps
  /// follow these links as they follow a class's own meetings).
  let classNeighbours: CSR
  /// `room-preference`: per lesson (teacher) whether it states preferred rooms; L × R (T × R)
  /// whether a room is one of them.
  let lessonHasRoomPreference: [Bool]
  let lessonPrefersRoom: [Bool]
  let teacherHasRoomPreference: [Bool]
  let teacherPrefersRoom: [Bool]
  /// Per teacher: whether they state preferred slots; T × S: whether a slot is one of them.
  let teacherHasPreferred: [Bool]
  let teacherPreferredSlot: [Bool]
  /// Meetings the teacher is a candidate for.
  let teacherMeetings: CSR
  let maxMeetingsPerLesson: Int

  // MARK: Teams
  let G: Int
  /// The largest of the teams' huddles a week and observable slots per member (0: the rule
  /// has nothing to count).
  let H: Int
  let K: Int
  /// Per team: huddles a week and their weight (-1 hard); per pair: observable slots (also
  /// the debrief chances) and their weight. Groups list their teams hard first, then by
  /// weight, heaviest first (`Kernel+CommonPlanning`'s matching serves them in that order).
  let teamH: [Int32]
  let teamHWeight: [Int64]
  let pairK: [Int32]
  let pairKWeight: [Int64]
  let maxConsecutive: Int
  let teamLeaderTeacher: [Int32]
  let teamHasMembers: [Bool]
  /// Huddle groups: the teams with members of one leader (a team of an unknown leader is a
  /// group alone). Per team its group (-1 without members); per group its teams.
  let teamGroup: [Int32]
  let groupTeams: CSR
  let maxGroupTeams: Int
  /// G x S: not blocked and the leader not unavailable.
  let leaderStaticFree: [Bool]
  /// G x S: additionally no member unavailable.
  let teamStaticFree: [Bool]
  let teamPairs: CSR
  let pairTeam: [Int32]
  let pairMember: [Int32]
  /// Per teacher: one entry per appearance (leader or member) in a team with members.
  let teacherTeamOccurrences: CSR
  let teacherPairs: CSR
  let teacherLedTeams: CSR
  /// `debrief-window`: the cycle days after a chance its debrief may fall on (at most CD).
  let debriefWindow: Int
  /// Per pair: the extra chances the calendar's feedback asks for (0: none).
  let pairExtra: [Int32]

  // MARK: Masks
  let teacherStaticFreeBits: [UInt64]
  let classStaticFreeBits: [UInt64]

  /// Per rule weight: 1 for hard rules (counted in `hard`), the school's weight for soft ones.
  let weights: [Int64]
  /// Per rule: whether it counts in `hard` (every hard rule, and the soft rules the school
  /// requires, whose weight is then 1).
  let countsAsHard: [Bool]
  /// Whether the school requires any soft rule, `teacher-gap`, `uneven-spread`.
  let requiresAnySoft: Bool
  let requiresGap: Bool
  let requiresSpread: Bool

  init(_ p: Problem) {
    S = max(0, p.slotCount)
    P = max(1, p.periodsPerDay)
    daysPerWeek = max(1, p.daysPerWeek)
    W = max(1, p.weekCount)
    CD = W * daysPerWeek
    slotsPerWeek = daysPerWeek * P
    words = max(1, (S + 63) / 64)
    blocked = (0..<S).map { $0 < p.slotBlocked.count && p.slotBlocked[$0] }
    late = (0..<P).map { $0 < p.periodLate.count && p.periodLate[$0] }
    let S = S

    func slotTable(_ n: Int, _ lists: [[Int32]]) -> [Bool] {
      var out = [Bool](repeating: false, count: n * S)
      for i in 0..<min(n, lists.count) {
        for s in lists[i] where s >= 0 && Int(s) < S { out[i * S + Int(s)] = true }
      }
      return out
    }
    func clean(_ list: [Int32], below n: Int) -> [Int32] { list.filter { $0 >= 0 && Int($0) < n } }

    T = max(0, p.teacherCount)
    teacherUnavailable = slotTable(T, p.teacherUnavailable)
    maxPerDay = (0..<T).map { $0 < p.teacherMaxPerDay.count ? p.teacherMaxPerDay[$0] : -1 }
    maxPerWeek = (0..<T).map { $0 < p.teacherMaxPerWeek.count ? p.teacherMaxPerWeek[$0] : -1 }
    var limits = [[Int32]](repeating: [], count: T)
    var leading = [Bool](repeating: false, count: T)
    for (i, t) in p.leaderTeacher.enumerated() where t >= 0 && Int(t) < T {
      limits[Int(t)].append(i < p.leaderLimit.count ? max(0, p.leaderLimit[i]) : Int32.max)
      leading[Int(t)] = true
    }
    teacherLimits = CSR(limits)
    teachingLeader = leading
    C = max(1, p.classCount)
    classUnavailable = slotTable(C, p.classUnavailable)
    R = max(0, p.roomCount)
    roomUnavailable = slotTable(R, p.roomUnavailable)

    // Lessons.
    let L = p.lessonMeetingCount.count
    self.L = L
    func at<V>(_ a: [V], _ i: Int, _ d: V) -> V { i < a.count ? a[i] : d }
    lessonClass = (0..<L).map {
      let c = at(p.lessonClass, $0, 0); return c >= 0 && Int(c) < max(1, p.classCount) ? c : 0
    }
    lessonDuration = (0..<L).map { max(1, at(p.lessonDuration, $0, 1)) }
    lessonGroup = (0..<L).map { max(0, at(p.lessonSubjectGroup, $0, Int32($0))) }
    groupCount = (lessonGroup.max().map { Int($0) + 1 }) ?? 0
    let T = T
    let R = R
    let cands = (0..<L).map { clean(at(p.lessonCandidates, $0, []), below: T) }
    candidates = CSR(cands)
    needsRoom = (0..<L).map { at(p.lessonNeedsRoom, $0, false) }
    rooms = CSR((0..<L).map { clean(at(p.lessonRooms, $0, []), below: R) })
    hasPreferred = (0..<L).map { !at(p.lessonPreferred, $0, []).isEmpty }
    allowSplit = (0..<L).map { at(p.lessonAllowSplit, $0, false) }
    preferred = slotTable(L, p.lessonPreferred)

    // Meetings.
    var meetingLesson: [Int32] = []
    var pinned: [Int32] = []
    var perLesson: [[Int32]] = []
    for l in 0..<L {
      var list: [Int32] = []
      let pins = at(p.lessonPinned, l, [])
      for i in 0..<max(0, Int(p.lessonMeetingCount[l])) {
        list.append(Int32(meetingLesson.count))
        meetingLesson.append(Int32(l))
        if i < pins.count {
          pinned.append(pins[i] >= 0 && Int(pins[i]) < S ? pins[i] : -2)
        } else {
          pinned.append(-1)
        }
      }
      perLesson.append(list)
    }
    M = meetingLesson.count
    self.meetingLesson = meetingLesson
    self.pinned = pinned
    lessonMeetings = CSR(perLesson)
    let allowSplit = allowSplit
    teacherVaries = (0..<L).map { perLesson[$0].count > 1 && !allowSplit[$0] }
    roomVaries = perLesson.map { $0.count > 1 }
    maxMeetingsPerLesson = perLesson.map(\.count).max() ?? 0
    unavoidable = meetingLesson.indices.map { m in
      let l = meetingLesson[m]
      return (cands[Int(l)].isEmpty ? 1 : 0)
        + (p.lessonNeedsRoom.count > Int(l) && p.lessonNeedsRoom[Int(l)]
          && (p.lessonRooms.count <= Int(l) || p.lessonRooms[Int(l)].isEmpty) ? 1 : 0)
    }
    let M = M
    if let prev = p.previousStart, prev.count == M {
      hasPrevious = true
      previousStart = prev.map { $0 >= Int32(S) ? -2 : $0 }
      previousTeacher = (0..<M).map { at(p.previousTeacher, $0, -1) }
      previousRoom = (0..<M).map { at(p.previousRoom, $0, -1) }
    } else {
      hasPrevious = false
      previousStart = [Int32](repeating: -3, count: M)
      previousTeacher = [Int32](repeating: -1, count: M)
      previousRoom = [Int32](repeating: -1, count: M)
    }
    if let seed = p.seedStart, seed.count == M {
      hasSeed = true
      seedStart = seed.map { $0 >= Int32(S) ? -2 : $0 }
      seedTeacher = (0..<M).map { at(p.seedTeacher, $0, -1) }
      seedRoom = (0..<M).map { at(p.seedRoom, $0, -1) }
    } else {
      hasSeed = hasPrevious
      seedStart = previousStart
      seedTeacher = previousTeacher
      seedRoom = previousRoom
    }
    var classLists = [[Int32]](repeating: [], count: C)
    var teacherLists = [[Int32]](repeating: [], count: T)
    for m in 0..<M {
      let l = Int(meetingLesson[m])
      if C > 0 { classLists[Int(lessonClass[l])].append(Int32(m)) }
      for t in cands[l] { teacherLists[Int(t)].append(Int32(m)) }
    }
    classMeetings = CSR(classLists)
    teacherMeetings = CSR(teacherLists)
    SG = p.groupClasses.count
    groupStudents = (0..<SG).map { max(0, at(p.groupStudents, $0, 1)) }
    var classGroupLists = [[Int32]](repeating: [], count: C)
    for (g, classes) in p.groupClasses.enumerated() {
      for c in Set(classes) where c >= 0 && Int(c) < C { classGroupLists[Int(c)].append(Int32(g)) }
    }
    classStudentGroups = CSR(classGroupLists)
    var neighbourLists = [[Int32]](repeating: [], count: C)
    if SG > 0 {
      let classCount = C
      let valid = p.groupClasses.map { $0.filter { $0 >= 0 && Int($0) < classCount } }
      for c in 0..<C {
        var seen = Set<Int32>()
        for g in classGroupLists[c] {
          for c2 in valid[Int(g)] where Int(c2) != c && seen.insert(c2).inserted {
            neighbourLists[c].append(c2)
          }
        }
      }
    }
    classNeighbours = CSR(neighbourLists)
    var preferredSlot = [Bool](repeating: false, count: T * S)
    var hasTeacherPreferred = [Bool](repeating: false, count: T)
    for t in 0..<T {
      for x in at(p.teacherPreferred, t, []) where x >= 0 && Int(x) < S {
        preferredSlot[t * S + Int(x)] = true
        hasTeacherPreferred[t] = true
      }
    }
    teacherPreferredSlot = preferredSlot
    func roomTable(_ count: Int, _ lists: [[Int32]]) -> ([Bool], [Bool]) {
      var has = [Bool](repeating: false, count: count)
      var prefers = [Bool](repeating: false, count: count * R)
      for e in 0..<count {
        for r in at(lists, e, []) where r >= 0 && Int(r) < R {
          prefers[e * R + Int(r)] = true
          has[e] = true
        }
      }
      return (has, prefers)
    }
    (lessonHasRoomPreference, lessonPrefersRoom) = roomTable(L, p.lessonPreferredRooms)
    (teacherHasRoomPreference, teacherPrefersRoom) = roomTable(T, p.teacherPreferredRooms)
    teacherHasPreferred = hasTeacherPreferred

    // Teams.
    let G = p.teamMembers.count
    self.G = G
    let teamH = (0..<G).map { max(0, at(p.teamHuddles, $0, Int32(clamping: p.huddlesPerWeek))) }
    let teamHWeight = (0..<G).map { max(-1, at(p.teamHuddleWeight, $0, -1)) }
    let teamK = (0..<G).map {
      max(0, at(p.teamObservable, $0, Int32(clamping: p.observableSlotsPerMember)))
    }
    let teamKWeight = (0..<G).map { max(-1, at(p.teamObservableWeight, $0, -1)) }
    self.teamH = teamH
    self.teamHWeight = teamHWeight
    maxConsecutive = max(0, p.maxConsecutivePeriods)
    teamLeaderTeacher = (0..<G).map {
      let t = at(p.teamLeaderTeacher, $0, -1); return t >= 0 && Int(t) < T ? t : -1
    }
    let members = (0..<G).map { clean(p.teamMembers[$0], below: T) }
    teamHasMembers = members.map { !$0.isEmpty }
    var groupOfLeader: [Int32: Int32] = [:]
    var teamGroup = [Int32](repeating: -1, count: G)
    var groups: [[Int32]] = []
    for g in 0..<G where !members[g].isEmpty {
      let leader = at(p.teamLeader, g, -1)
      if leader >= 0, let k = groupOfLeader[leader] {
        teamGroup[g] = k
        groups[Int(k)].append(Int32(g))
      } else {
        teamGroup[g] = Int32(groups.count)
        if leader >= 0 { groupOfLeader[leader] = Int32(groups.count) }
        groups.append([Int32(g)])
      }
    }
    self.teamGroup = teamGroup
    // Hard teams first, then heavier weights, then file order: serving the teams' huddles in
    // this order is the greedy that minimises the weighted shortfall (a matroid).
    groups = groups.map { list in
      list.sorted { a, b in
        let wa = teamHWeight[Int(a)] < 0 ? Int64.max : teamHWeight[Int(a)]
        let wb = teamHWeight[Int(b)] < 0 ? Int64.max : teamHWeight[Int(b)]
        return wa != wb ? wa > wb : a < b
      }
    }
    H = groups.flatMap { $0 }.map { Int(teamH[Int($0)]) }.max() ?? 0
    groupTeams = CSR(groups)
    maxGroupTeams = groups.map(\.count).max() ?? 0
    let leaderUnavailable = slotTable(G, p.teamLeaderUnavailable)
    var leaderFree = [Bool](repeating: false, count: G * S)
    var teamFree = [Bool](repeating: false, count: G * S)
    var pairs: [[Int32]] = []
    var pairTeam: [Int32] = []
    var pairMember: [Int32] = []
    var occurrences = [[Int32]](repeating: [], count: T)
    var teacherPairs = [[Int32]](repeating: [], count: T)
    var led = [[Int32]](repeating: [], count: T)
    for g in 0..<G {
      let lt = Int(teamLeaderTeacher[g])
      for s in 0..<S {
        var free = !blocked[s] && !leaderUnavailable[g * S + s]
        leaderFree[g * S + s] = free
        for t in members[g] where teacherUnavailable[Int(t) * S + s] { free = false }
        teamFree[g * S + s] = free
      }
      var list: [Int32] = []
      for t in members[g] {
        list.append(Int32(pairTeam.count))
        teacherPairs[Int(t)].append(Int32(pairTeam.count))
        occurrences[Int(t)].append(Int32(g))
        pairTeam.append(Int32(g))
        pairMember.append(t)
      }
      pairs.append(list)
      if lt >= 0 {
        led[lt].append(Int32(g))
        if !members[g].isEmpty { occurrences[lt].append(Int32(g)) }
      }
    }
    leaderStaticFree = leaderFree
    teamStaticFree = teamFree
    teamPairs = CSR(pairs)
    pairK = pairTeam.map { teamK[Int($0)] }
    pairKWeight = pairTeam.map { teamKWeight[Int($0)] }
    K = Int(pairTeam.map { teamK[Int($0)] }.max() ?? 0)
    self.pairTeam = pairTeam
    self.pairMember = pairMember
    teacherTeamOccurrences = CSR(occurrences)
    self.teacherPairs = CSR(teacherPairs)
    teacherLedTeams = CSR(led)
    debriefWindow = min(max(0, p.debriefWindowDays), max(1, p.weekCount) * max(1, p.daysPerWeek))
    var extra = [Int32](repeating: 0, count: pairTeam.count)
    for e in p.pairEmphasis where e.extra > 0 && e.team >= 0 && Int(e.team) < G {
      let list = pairs[Int(e.team)]
      for q in list where pairMember[Int(q)] == e.teacher { extra[Int(q)] += e.extra }
    }
    pairExtra = extra

    // Domains: starts whose occupied periods are inside the day, not blocked and the class not
    // unavailable; all starts when none is clean. Pinned meetings are placed before the search.
    let words = words
    let P = P
    var domainLists: [[Int32]] = []
    var domainBits = [UInt64](repeating: 0, count: L * words)
    for l in 0..<L {
      let d = Int(lessonDuration[l])
      let c = Int(lessonClass[l])
      var list: [Int32] = []
      for s in 0..<S {
        let p0 = s % P
        guard p0 + d <= P else { continue }
        var ok = true
        for x in s..<(s + d) where blocked[x] || (C > 0 && classUnavailable[c * S + x]) {
          ok = false
        }
        if ok { list.append(Int32(s)) }
      }
      if list.isEmpty { list = (0..<S).map { Int32($0) } }
      for s in list { domainBits[l * words + Int(s) / 64] |= 1 << UInt64(Int(s) % 64) }
      domainLists.append(list)
    }
    domain = CSR(domainLists)
    self.domainBits = domainBits
    var tBits = [UInt64](repeating: 0, count: T * words)
    for t in 0..<T {
      for s in 0..<S where !blocked[s] && !teacherUnavailable[t * S + s] {
        tBits[t * words + s / 64] |= 1 << UInt64(s % 64)
      }
    }
    teacherStaticFreeBits = tBits
    var cBits = [UInt64](repeating: 0, count: C * words)
    for c in 0..<C {
      for s in 0..<S where !blocked[s] && !classUnavailable[c * S + s] {
        cBits[c * words + s / 64] |= 1 << UInt64(s % 64)
      }
    }
    classStaticFreeBits = cBits
    var w = [Int64](repeating: 1, count: Rule.count)
    var hard = Rule.allCases.map(\.isHard)
    for i in 0..<Rule.softCount {
      if at(p.softRequired, i, false) {
        hard[Rule.hardCount + i] = true
      } else {
        w[Rule.hardCount + i] = max(0, at(p.softWeights, i, 0))
      }
    }
    let durations = lessonDuration
    let weekMax = maxPerWeek
    let W = W
    teacherBalance = TeacherHint(
      candidates: cands, load: (0..<L).map { Int(durations[$0]) * perLesson[$0].count },
      capacity: (0..<T).map { t in
        var free = 0
        for i in 0..<words { free += tBits[t * words + i].nonzeroBitCount }
        let week = Int(weekMax[t])
        let leading = limits[t].min().map { Int($0) } ?? Int.max
        return min(week >= 0 ? min(free, week * W) : free, leading)
      })
    teacherHint = TeacherHint.balanced(
      candidates: cands, load: teacherBalance.load, capacity: teacherBalance.capacity)
    // `team-policy` carries its weights in its count.
    w[Rule.teamPolicy.rawValue] = 1
    hard[Rule.teamPolicy.rawValue] = false
    w[Rule.personalPreference.rawValue] = 1
    hard[Rule.personalPreference.rawValue] = false
    weights = w
    countsAsHard = hard
    requiresAnySoft = hard[Rule.hardCount...].contains(true)
    requiresGap = hard[Rule.teacherGap.rawValue]
    requiresSpread = hard[Rule.unevenSpread.rawValue]
  }

  /// Periods a meeting of lesson `l` starting at `s` occupies inside its day.
  @inline(__always) func span(_ l: Int, _ s: Int) -> Int {
    min(Int(lessonDuration[l]), P - s % P)
  }
}
