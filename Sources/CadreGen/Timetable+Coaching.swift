import CadreModel

/// The two team rules of docs/RULES.md, on the hidden timetable: `common-planning` and
/// `observation-window`. Planning slots are reserved before placement, so the first holds by
/// construction; observation windows are repaired after it by dropping meetings of the
/// leader (which only frees slots), and administrators' unavailability is added only where
/// both rules still hold.
extension Timetable {
  func teaches(_ t: Int, _ s: Int) -> Bool { teacherAt[t * slots + s] >= 0 }

  func teacherFree(_ t: Int, _ s: Int, _ draft: Draft) -> Bool {
    !draft.isBlocked(s) && !draft.teachers[t].unavailable.contains(s) && !teaches(t, s)
  }

  func leaderFree(_ l: Int, _ s: Int, _ draft: Draft) -> Bool {
    let leader = draft.leaders[l]
    if let t = leader.teacher { return teacherFree(t, s, draft) }
    return !draft.isBlocked(s) && !leader.unavailable.contains(s)
  }

  func weekSlots(_ w: Int, _ draft: Draft) -> Range<Int> {
    let n = draft.dayCount * draft.periodCount
    return (w * n)..<((w + 1) * n)
  }

  /// Slots of week `w` where the leader and every member of team `k` are free.
  func commonFree(_ k: Int, week w: Int, _ draft: Draft) -> Int {
    let team = draft.teams[k]
    let members = draft.members(team)
    return weekSlots(w, draft).filter { s in
      leaderFree(team.leader, s, draft) && members.allSatisfy { teacherFree($0, s, draft) }
    }.count
  }

  /// Slots of week `w` where `member` teaches and their team's leader is free.
  func observable(_ k: Int, member: Int, week w: Int, _ draft: Draft) -> Int {
    let leader = draft.teams[k].leader
    return weekSlots(w, draft).filter { teaches(member, $0) && leaderFree(leader, $0, draft) }
      .count
  }

  /// Whether every team meets both team rules in every week.
  func teamRulesHold(_ draft: Draft) -> Bool {
    for k in draft.teams.indices where draft.teams[k].leader >= 0 {
      let members = draft.members(draft.teams[k])
      guard !members.isEmpty else { continue }
      for w in 0..<draft.weekCount {
        if commonFree(k, week: w, draft) < draft.spec.huddlesPerWeek { return false }
        for member in members
        where observable(k, member: member, week: w, draft)
          < draft.spec.observableSlotsPerMember
        {
          return false
        }
      }
    }
    return true
  }

  /// Gives every member k observable slots a week: while a member has fewer, one of the
  /// leader's meetings that week at a time the member teaches is dropped. A member who still
  /// falls short (teaches too little) leaves the team.
  mutating func repairObservation(_ draft: inout Draft, _ rng: inout SplitMix64) {
    let k = draft.spec.observableSlotsPerMember
    for team in draft.teams.indices where draft.teams[team].leader >= 0 {
      let lead = draft.leaders[draft.teams[team].leader].teacher
      for member in draft.members(draft.teams[team]) {
        var short = false
        for w in 0..<draft.weekCount {
          while observable(team, member: member, week: w, draft) < k {
            guard let t = lead else {
              short = true
              break
            }
            var clashing = weekSlots(w, draft).filter { teaches(member, $0) && teaches(t, $0) }
              .map { teacherAt[t * slots + $0] }.uniqued()
            guard !clashing.isEmpty else {
              short = true
              break
            }
            rng.shuffle(&clashing)
            remove(clashing[0])
          }
        }
        if short { draft.teams[team].teachers.removeAll { $0 == member } }
      }
    }
  }

  /// Administrators who do not teach are away for two periods one day a week (a district
  /// meeting), on a day where their teams keep both team rules.
  mutating func addAdministratorMeetings(_ draft: inout Draft, _ rng: inout SplitMix64) {
    let teachable = (0..<draft.periodCount).filter { !draft.blockedPeriods.contains($0) }
    guard teachable.count >= 2 else { return }
    for l in draft.leaders.indices where draft.leaders[l].teacher == nil {
      var days = Array(0..<draft.dayCount)
      rng.shuffle(&days)
      let first = teachable[rng.below(teachable.count - 1)]
      let next = teachable.first { $0 > first } ?? first
      for d in days {
        draft.leaders[l].unavailable = (0..<draft.weekCount).flatMap { w in
          [first, next].uniqued().map { draft.slot(week: w, day: d, period: $0) }
        }
        if teamRulesHold(draft) { break }
        draft.leaders[l].unavailable = []
      }
    }
  }
}
