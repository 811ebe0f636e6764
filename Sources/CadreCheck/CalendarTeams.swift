import CadreModel

/// Teams and members as docs/CALENDAR.md section 1 defines them, and whether an event's
/// people fit its kind (`event-people`, section 2).
struct CalendarTeams {
  /// First team index of each team id.
  let teamIndex: [TeamID: Int]
  /// A member's team: the first team, in file order, that lists them, whose leader names a
  /// leader, and whose leader is not that teacher.
  let teamOf: [TeacherID: Int]
  /// Members of each team (teachers whose team it is), in teacher file order.
  let membersOf: [[TeacherID]]
  /// Every member, in teacher file order, each id once.
  let members: [TeacherID]
  let teams: [Team]

  /// - Complexity: O(teachers × teams × team size).
  init(school: School, leaders: [LeaderID: Leader]) {
    let teams = school.leadership.teams
    self.teams = teams
    var teamIndex: [TeamID: Int] = [:]
    for (i, t) in teams.enumerated() where teamIndex[t.id] == nil { teamIndex[t.id] = i }
    self.teamIndex = teamIndex
    var teamOf: [TeacherID: Int] = [:]
    var membersOf = [[TeacherID]](repeating: [], count: teams.count)
    var members: [TeacherID] = []
    var seen: Set<TeacherID> = []
    for teacher in school.teachers where seen.insert(teacher.id).inserted {
      let team = teams.indices.first { i in
        guard let leader = leaders[teams[i].leader] else { return false }
        return teams[i].members.contains(teacher.id) && leader.teacher != teacher.id
      }
      guard let team else { continue }
      teamOf[teacher.id] = team
      membersOf[team].append(teacher.id)
      members.append(teacher.id)
    }
    self.teamOf = teamOf
    self.membersOf = membersOf
    self.members = members
  }

  /// The team index an id names when that team has a leader and at least one member.
  func activeTeam(_ id: TeamID?) -> Int? {
    guard let id, let t = teamIndex[id], !membersOf[t].isEmpty else { return nil }
    return t
  }

  /// `event-people`: an observation, debrief or one-on-one names exactly one member with
  /// that member's leader and team (a debrief also says what it follows); a huddle names a
  /// team with members, its leader, and exactly its members.
  func fit(_ e: CoachingEvent, leaders: [LeaderID: Leader]) -> Bool {
    switch e.kind {
    case .spotObservation, .formalObservation, .debrief, .oneOnOne:
      guard e.teachers.count == 1, let t = teamOf[e.teachers[0]] else { return false }
      if e.kind == .debrief && e.follows == nil { return false }
      return e.leader == teams[t].leader && e.team == teams[t].id
    case .huddle:
      // A team with members has a leader that names a leader, by the members' definition.
      guard let t = activeTeam(e.team), leaders[teams[t].leader] != nil else { return false }
      let listed = Set(e.teachers)
      return e.leader == teams[t].leader && listed.count == e.teachers.count
        && listed == Set(membersOf[t])
    }
  }
}
