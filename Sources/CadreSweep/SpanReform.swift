import CadreModel

/// The span axis re-forms teams: "span 6 or 8?" asks how many leaders a limit needs, so a
/// teacher-led team larger than the new limit is split, and each new part gets a leader
/// promoted from its own members as in the Team Lead model (docs/SWEEPS.md, `span`).
enum SpanReform {
  /// Near-equal part sizes for `n` members under `limit`: ceil(n / limit) parts, the larger
  /// ones first; `[n]` when the team fits or the limit is below 1.
  static func sizes(_ n: Int, limit: Int) -> [Int] {
    guard limit >= 1, n > limit else { return [n] }
    let parts = n / limit + (n % limit == 0 ? 0 : 1)
    return (0..<parts).map { n / parts + ($0 < n % parts ? 1 : 0) }
  }

  /// Splits every team whose leader is in one of `roles` and has more members than `limit`,
  /// in file order: the team keeps its first part and leader; each further part is a new team
  /// `<team>-k` led by the member the Team Lead model would promote, in the leader's role.
  /// A team no part of which can be split off with a leader (a part of coverage positions
  /// only) is left whole, for the validator to report as `span-exceeded`. Teams are never
  /// merged. A leader's teams are split one by one: a leader of several teams that fit alone
  /// but not together stays `span-exceeded`.
  /// - Complexity: O(t x (m + l + s)) for t teams, m members, l leaders and s lessons.
  static func apply(limit: Int, roles: Set<RoleID>, _ school: School) -> School {
    var e = LeadershipEdit(school: school)
    let original = e.leadership.teams.count
    for j in 0..<original {
      let team = e.leadership.teams[j]
      guard let leader = e.leadership.leaders.first(where: { $0.id == team.leader }),
        roles.contains(leader.role)
      else { continue }
      let parts = sizes(team.members.count, limit: limit)
      guard parts.count >= 2 else { continue }
      var trial = e
      let added = trial.split(team: j, sizes: parts)
      guard added.count == parts.count - 1 else { continue }
      var promoted = true
      for k in added where trial.promote(team: k, role: leader.role) == nil {
        promoted = false
        break
      }
      if promoted { e = trial }
    }
    return e.school
  }
}
