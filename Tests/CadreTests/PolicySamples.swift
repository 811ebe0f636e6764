import CadreModel

/// Samples of per-team and per-role policy (issue 14 item 6).
enum PolicySamples {
  /// Denver's Team Lead school with teams that differ: Grade 1, a team of new teachers, wants
  /// weekly spot visits (36 a year, soft: each missing one costs 3) and more chances to
  /// observe each member (3 slots a week, soft, weight 5); Grade 4, a veteran team, gets a
  /// formal observation and a monthly visit (10 a year, hard) and one huddle a week; the
  /// principal's role holds one huddle a week with every team it leads (the specialists).
  @Sendable static func newAndVeteranTeams(_ school: inout School) {
    for (i, team) in school.leadership.teams.enumerated() {
      switch team.id {
      case "TM-GRADE-1":
        school.leadership.teams[i].name = "Grade 1 (new teachers)"
        school.leadership.teams[i].policy = PolicyOverride(
          observations: [
            ObservationQuota(kind: .spot, perYear: 36, minutes: 15, weight: 3),
            ObservationQuota(kind: .formal, perYear: 2),
          ],
          observableSlotsPerMember: PolicyNumber(3, weight: 5))
      case "TM-GRADE-4":
        school.leadership.teams[i].name = "Grade 4 (veteran teachers)"
        school.leadership.teams[i].policy = PolicyOverride(
          observations: [
            ObservationQuota(kind: .spot, perYear: 10, minutes: 15),
            ObservationQuota(kind: .formal, perYear: 1),
          ],
          huddlesPerWeek: PolicyNumber(1), oneOnOnesPerMonth: PolicyNumber(1))
      default: break
      }
    }
    for (i, role) in school.leadership.roles.enumerated() where role.kind == .principal {
      school.leadership.roles[i].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(1))
    }
    school.name = "Denver Team Leads: a new teachers' team and a veteran team"
  }
}
