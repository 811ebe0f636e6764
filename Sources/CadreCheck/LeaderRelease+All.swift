import CadreModel

extension LeaderRelease {
  /// Every leader of the school, in file order (first record of each id).
  /// - Complexity: O(leaders × slots × team members).
  public static func all(school: School, schedule: Schedule) -> [LeaderRelease] {
    let c = CheckContext(school: school, schedule: schedule, previous: nil)
    let slots = school.cycle.allSlots
    var out: [LeaderRelease] = []
    for (l, leader) in school.leadership.leaders.enumerated() where c.leaderIndex[leader.id] == l {
      let teams = school.leadership.teams.filter { $0.leader == leader.id }
      let record = leader.teacher.flatMap { c.teacherIndex[$0] }
      var uses: [Use] = []
      uses.reserveCapacity(slots.count)
      for (s, slot) in slots.enumerated() {
        let state: State
        if c.blocked[s] {
          state = .blocked
        } else if let t = record, c.teaches(t, s) {
          state = .teaching
        } else if !c.leaderFree(leader.id, s) {
          state = .away
        } else {
          state = .free
        }
        var observe: [(team: TeamID, teacher: TeacherID)] = []
        var planning: [TeamID] = []
        if state == .free {
          for team in teams {
            for m in team.members {
              if let t = c.teacherIndex[m], c.teaches(t, s) { observe.append((team.id, m)) }
            }
            if !team.members.isEmpty && team.members.allSatisfy({ c.teacherFree($0, s) }) {
              planning.append(team.id)
            }
          }
        }
        uses.append(Use(slot: slot, state: state, observe: observe, planning: planning))
      }
      out.append(LeaderRelease(leader: leader.id, teacher: leader.teacher, slots: uses))
    }
    return out
  }
}
