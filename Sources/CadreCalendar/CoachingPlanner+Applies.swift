import CadreModel

extension CoachingPlanner {
  /// Whether the school asks for a coaching calendar at all: a year, teams, and something to
  /// plan (observations, huddles or one-on-ones). `cadre solve` and sweeps both ask this.
  public static func applies(to school: School) -> Bool {
    guard school.year != nil, !school.leadership.teams.isEmpty else { return false }
    // Each team's own numbers (team > role > school).
    return school.leadership.teams.contains { team in
      let p = school.policy(for: team)
      return p.observations.contains { $0.perYear > 0 } || p.huddlesPerWeek.count > 0
        || p.oneOnOnesPerMonth.count > 0
    }
  }
}
