import CadreModel

extension Rules {
  /// `common-planning`: per team with at least one member, per week of the cycle,
  /// max(0, huddlesPerWeek − c), c = slots of that week in which the leader and every member
  /// are free.
  static func commonPlanning(_ c: CheckContext) -> [Violation] {
    let need = c.school.policy.huddlesPerWeek
    var out: [Violation] = []
    for team in c.school.leadership.teams where !team.members.isEmpty {
      for w in 0..<c.weekCount {
        var common = 0
        for s in c.slots(ofWeek: w) {
          if c.leaderFree(team.leader, s) && team.members.allSatisfy({ c.teacherFree($0, s) }) {
            common += 1
          }
        }
        let short = excess(need, over: common)
        guard short > 0 else { continue }
        out.append(
          violation(
            "common-planning", short,
            "Team \(team.id.raw) (leader \(team.leader.raw)) has "
              + "\(plural(common, "common planning slot")) in week \(c.weekName(w)), needs \(need)"
          ))
      }
    }
    return out
  }
}
