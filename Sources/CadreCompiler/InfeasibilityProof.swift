import CadreEngine
import CadreModel

/// Cheap checks that prove every schedule breaks a hard rule, each stated in the school's own
/// terms. Sound, not complete: an empty answer proves nothing. Runs once, before the search.
///
/// - Complexity: O(lessons x candidates + (teachers + classes + team members) x slots).
enum InfeasibilityProof {
  static func reasons(school: School, problem p: Problem, names: NameTable) -> [String] {
    var out: [String] = []
    let S = p.slotCount
    let P = max(1, p.periodsPerDay)
    let cycle = school.cycle
    func name(_ id: String, _ label: String) -> String { label.isEmpty ? id : "\(label) (\(id))" }
    let meetings = p.meetingCount
    if meetings > 0 && (S == 0 || !p.slotBlocked.contains(false)) {
      out.append("The cycle has no teachable slot for \(meetings) meetings.")
    }
    guard S > 0 else { return out }

    // The stipends alone above the cap: no timetable can make coverage cost less than nothing.
    if let cap = p.budgetCap, p.stipends > cap {
      out.append(
        "The leaders' stipends alone cost \(Int(p.stipends).grouped) a year, above the budget cap "
          + "of \(Int(cap).grouped); raise the cap or lower the stipends.")
    }

    // Lessons without a teacher or a room.
    for (l, lesson) in school.lessons.enumerated() where lesson.meetings > 0 {
      if p.lessonCandidates[l].isEmpty {
        out.append("Lesson \(lesson.id) (\(lesson.subject)) has no qualified teacher.")
      }
      if p.lessonNeedsRoom[l] && p.lessonRooms[l].isEmpty {
        out.append("Lesson \(lesson.id) needs a room and no room suits it.")
      }
    }

    // Classes needing more periods than they have free slots.
    var classDemand = [Int](repeating: 0, count: p.classCount)
    var fixedDemand = [Int](repeating: 0, count: p.teacherCount)
    var candidateDemand = [Int](repeating: 0, count: p.teacherCount)
    for (l, lesson) in school.lessons.enumerated() {
      let periods = max(0, lesson.meetings) * max(1, lesson.duration)
      let c = Int(p.lessonClass[l])
      if c < classDemand.count { classDemand[c] += periods }
      let cands = p.lessonCandidates[l]
      if cands.count == 1 { fixedDemand[Int(cands[0])] += periods }
      for t in cands { candidateDemand[Int(t)] += periods }
    }
    for (c, cls) in school.classes.enumerated() {
      let unavailable = Set(p.classUnavailable[c])
      let free = (0..<S).filter { !p.slotBlocked[$0] && !unavailable.contains(Int32($0)) }.count
      if classDemand[c] > free {
        out.append(
          "Class \(name(cls.id.raw, cls.name)) needs \(classDemand[c]) periods a cycle "
            + "and has \(free) free slots.")
      }
    }

    // Teachers whose own lessons exceed what they can teach.
    var capacity = [Int](repeating: 0, count: p.teacherCount)
    for (t, teacher) in school.teachers.enumerated() {
      let unavailable = Set(p.teacherUnavailable[t])
      var total = 0
      for w in 0..<p.weekCount {
        var week = 0
        for d in 0..<p.daysPerWeek {
          let base = (w * p.daysPerWeek + d) * P
          let free = (base..<(base + P)).filter {
            !p.slotBlocked[$0] && !unavailable.contains(Int32($0))
          }.count
          week += min(free, teacher.maxPerDay ?? free)
        }
        total += min(week, teacher.maxPerWeek ?? week)
      }
      capacity[t] = total
      if fixedDemand[t] > total {
        out.append(
          "Teacher \(name(teacher.id.raw, teacher.name)) must teach \(fixedDemand[t]) periods "
            + "and can teach at most \(total).")
      }
    }

    // Teaching leaders whose own lessons exceed their release limit.
    for (i, leader) in school.leadership.leaders.enumerated() {
      let t = Int(p.leaderTeacher[i])
      guard t >= 0, fixedDemand[t] > Int(p.leaderLimit[i]) else { continue }
      out.append(
        "Leader \(name(leader.id.raw, leader.name)) must teach \(fixedDemand[t]) periods "
          + "and the role allows at most \(p.leaderLimit[i]).")
    }

    // Teams: common planning and observation windows the unavailability already rules out.
    let perWeek = p.daysPerWeek * P
    for (g, team) in school.leadership.teams.enumerated() {
      let members = p.teamMembers[g]
      let lt = Int(p.teamLeaderTeacher[g])
      // The team's own numbers; a soft one can always be missed, so it proves nothing.
      func hard(_ count: [Int32], _ weight: [Int64], _ school: Int) -> Int {
        guard g < count.count else { return school }
        return g < weight.count && weight[g] >= 0 ? 0 : Int(count[g])
      }
      let huddles = hard(p.teamHuddles, p.teamHuddleWeight, p.huddlesPerWeek)
      let observable = hard(p.teamObservable, p.teamObservableWeight, p.observableSlotsPerMember)
      let leaderOff = Set(p.teamLeaderUnavailable[g])
      let leaderName =
        school.leadership.leaders.first { $0.id == team.leader }.map { name($0.id.raw, $0.name) }
        ?? team.leader.raw
      for w in 0..<p.weekCount {
        let week = (w * perWeek)..<((w + 1) * perWeek)
        let weekName = p.weekCount > 1 ? " in week \(cycle.weeks[w])" : ""
        if !members.isEmpty && huddles > 0 {
          let common = week.filter { s in
            !p.slotBlocked[s] && !leaderOff.contains(Int32(s))
              && members.allSatisfy { !p.teacherUnavailable[Int($0)].contains(Int32(s)) }
          }.count
          if common < huddles {
            out.append(
              "Team \(name(team.id.raw, team.name)) has \(common) slots\(weekName) where "
                + "everyone is available and needs \(huddles) for common planning.")
          }
        }
        guard observable > 0 else { continue }
        for m in members {
          let t = Int(m)
          let teacher = school.teachers[t]
          let who = name(teacher.id.raw, teacher.name)
          if t == lt {
            out.append(
              "\(leaderName) leads team \(team.id) and is also a member of it: "
                + "nobody can observe a leader teaching while the leader is free.")
            continue
          }
          let off = Set(p.teacherUnavailable[t])
          let windows = week.filter {
            !p.slotBlocked[$0] && !leaderOff.contains(Int32($0)) && !off.contains(Int32($0))
          }.count
          if windows < observable {
            out.append(
              "\(leaderName) needs \(observable) slots\(weekName) to observe "
                + "\(who) and only \(windows) are possible.")
          }
        }
      }
      guard observable > 0 else { continue }
      for m in Set(members).sorted() where Int(m) != lt {
        let t = Int(m)
        let need = observable * p.weekCount
        let can = min(candidateDemand[t], capacity[t])
        if can < need {
          let teacher = school.teachers[t]
          out.append(
            "\(leaderName) needs to observe \(name(teacher.id.raw, teacher.name)) teaching "
              + "\(need) periods a cycle and they can teach at most \(can).")
        }
      }
    }

    // Pinned meetings that clash or sit where they cannot be.
    var pinnedAt: [Int: String] = [:]
    var teacherPinnedAt: [Int: String] = [:]
    for (l, lesson) in school.lessons.enumerated() {
      let c = Int(p.lessonClass[l])
      let d = max(1, lesson.duration)
      let fixed = p.lessonCandidates[l].count == 1 ? Int(p.lessonCandidates[l][0]) : -1
      for (i, s32) in p.lessonPinned[l].enumerated() where s32 >= 0 {
        let s = Int(s32)
        let label = cycle.label(names.slot(s))
        if s % P + d > P {
          out.append(
            "Lesson \(lesson.id) meeting \(i) is pinned to \(label), too late in the "
              + "day for its \(d) periods.")
        }
        for x in s..<min(s + d, (s / P + 1) * P) {
          if p.slotBlocked[x] {
            out.append("Lesson \(lesson.id) meeting \(i) is pinned to a blocked slot.")
          }
          if c < p.classUnavailable.count && p.classUnavailable[c].contains(Int32(x)) {
            out.append("Lesson \(lesson.id) meeting \(i) is pinned where its class is away.")
          }
          if let other = pinnedAt[c * S + x] {
            out.append(
              "Lessons \(other) and \(lesson.id) are pinned to the same class slot "
                + "\(cycle.label(names.slot(x))).")
          }
          pinnedAt[c * S + x] = lesson.id.raw
          if fixed >= 0 {
            if p.teacherUnavailable[fixed].contains(Int32(x)) {
              out.append("Lesson \(lesson.id) meeting \(i) is pinned where its teacher is away.")
            }
            if let other = teacherPinnedAt[fixed * S + x] {
              out.append(
                "Lessons \(other) and \(lesson.id) pin teacher "
                  + "\(school.teachers[fixed].id) twice at \(cycle.label(names.slot(x))).")
            }
            teacherPinnedAt[fixed * S + x] = lesson.id.raw
          }
        }
      }
    }
    return out
  }
}
