import CadreModel

extension PlanProblem {
  /// "Team Lead Ana (L-ANA)": the role's name (or kind), the leader's name and id.
  func leaderLabel(_ l: Int) -> String {
    let leader = school.leadership.leaders[leaderRecord[l]]
    let role = school.leadership.roles.first { $0.id == leader.role }
    let title = role.map { $0.name.isEmpty ? Self.title($0.kind) : $0.name } ?? "Leader"
    return leader.name.isEmpty
      ? "\(title) \(leader.id.raw)" : "\(title) \(leader.name) (\(leader.id.raw))"
  }

  /// "Teacher Ben (T-BEN)".
  func teacherLabel(member m: Int) -> String {
    let t = school.teachers[memberTeacher[m]]
    return t.name.isEmpty ? "Teacher \(t.id.raw)" : "Teacher \(t.name) (\(t.id.raw))"
  }

  /// "Team Grade 3 (TM-3)".
  func teamLabel(_ t: Int) -> String {
    let team = school.leadership.teams[teamRecord[t]]
    return team.name.isEmpty ? "Team \(team.id.raw)" : "Team \(team.name) (\(team.id.raw))"
  }

  func date(_ d: Int) -> CivilDate { schoolDays.days[d].date }

  func periodName(_ p: Int) -> String { school.cycle.periods[p].name }

  static func title(_ kind: RoleKind) -> String {
    switch kind {
    case .principal: "Principal"
    case .assistantPrincipal: "Assistant Principal"
    case .teamLead: "Team Lead"
    case .multiClassroomLeader: "Multi-Classroom Leader"
    case .instructionalCoach: "Instructional Coach"
    }
  }

  static func kindName(_ k: Int) -> String { k == 0 ? "spot" : "formal" }
}
