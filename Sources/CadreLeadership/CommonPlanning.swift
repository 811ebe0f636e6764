import CadreModel

/// A cheap upper bound on each team's weekly common planning slots (docs/RULES.md
/// `common-planning`): the slots of a week in which the leader and every member could all be
/// free.
///
/// A slot is possible when it is not blocked, nobody of the team is away in it, and nobody
/// teaches a pinned meeting of a lesson fixed on them there. The count of the tightest week is
/// then capped by every person's own room: their free slots in the cycle minus their fixed
/// lessons (a teacher who must teach 33 of their 35 free slots shares at most 2). The true
/// number can be lower (the solver places unpinned lessons too), never higher, so a team over
/// this bound can never huddle as often as its policy (`School.policy(for:)`, hard numbers
/// only) asks.
enum CommonPlanning {
  /// - Complexity: O(teams × slots × members + pinned meetings).
  static func teams(_ school: School, _ facts: SchoolFacts) -> [Explanation.TeamPlanning] {
    let cycle = school.cycle
    // Slots each teacher is forced to teach: pinned meetings of lessons fixed on them.
    var forced = [Set<Slot>](repeating: [], count: school.teachers.count)
    for lesson in school.lessons {
      guard let t = lesson.teacher, let ti = facts.teacherIndex[t] else { continue }
      for ref in lesson.pinned.prefix(max(0, lesson.meetings)) {
        for s in cycle.resolve(ref) {
          let end = min(cycle.periodCount, s.period.addingClamped(max(1, lesson.duration)))
          for p in s.period..<max(s.period, end) {
            forced[ti].insert(Slot(week: s.week, day: s.day, period: p))
          }
        }
      }
    }
    return school.leadership.teams.compactMap { team in
      guard let leader = facts.leader(team.leader) else { return nil }
      let memberIDs = Array(Set(team.members.filter { $0 != leader.teacher })).sorted()
      let members = memberIDs.compactMap { facts.teacherIndex[$0] }
      guard !members.isEmpty else { return nil }
      // The team's own hard huddles (a soft number may be missed).
      let own = school.policy(for: team).huddlesPerWeek
      let required = own.isSoft ? 0 : max(0, own.count)
      // Each person: (label, away slots, forced slots, fixed periods).
      var people: [(String, Set<Slot>, Set<Slot>, Int)] = []
      if let ti = facts.teacherIndex(of: leader) {
        people.append(
          (
            facts.leaderLabel(leader), facts.resolved(school.teachers[ti].unavailable),
            forced[ti], facts.fixedLoad[ti]
          ))
      } else {
        people.append((facts.leaderLabel(leader), facts.resolved(leader.unavailable), [], 0))
      }
      for ti in members {
        people.append(
          (
            SchoolFacts.teacherLabel(school.teachers[ti]),
            facts.resolved(school.teachers[ti].unavailable), forced[ti], facts.fixedLoad[ti]
          ))
      }
      var tightest = Int.max
      for w in cycle.weeks.indices {
        var count = 0
        for d in cycle.days.indices {
          for p in cycle.periods.indices {
            let s = Slot(week: w, day: d, period: p)
            if facts.blocked.contains(s) { continue }
            if people.contains(where: { $0.1.contains(s) || $0.2.contains(s) }) { continue }
            count += 1
          }
        }
        tightest = min(tightest, count)
      }
      if tightest == .max { tightest = 0 }
      var possible = tightest
      var limitedBy: String?
      for person in people {
        let room = max(0, facts.teachableSlots - person.1.count - person.3)
        if room < possible {
          possible = room
          limitedBy =
            "\(person.0) must teach \(person.3) periods of fixed lessons in their "
            + "\(facts.teachableSlots - person.1.count) free slots"
        }
      }
      let fits = possible >= required
      let who = "Team \(team.id.raw) (\(facts.leaderLabel(leader)) and "
      var verdict =
        who + "\(Text.count(members.count, "member"))) needs \(required) common planning "
        + "slot\(required == 1 ? "" : "s") a week and can have at most \(possible)"
      if !fits {
        verdict +=
          ": "
          + (limitedBy
            ?? "too few slots are free for all of them (blocked, unavailable or pinned lessons)")
      }
      return Explanation.TeamPlanning(
        team: team.id, leader: leader.id, members: members.count, required: required,
        possible: possible, fits: fits, verdict: verdict)
    }
  }
}
