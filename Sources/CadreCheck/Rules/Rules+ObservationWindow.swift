import CadreModel

extension Rules {
  /// `observation-window`: per team, per member, per week of the cycle, max(0, k − o),
  /// k = observableSlotsPerMember, o = slots of that week in which the member teaches and the
  /// leader is free.
  static func observationWindow(_ c: CheckContext) -> [Violation] {
    let k = c.school.policy.observableSlotsPerMember
    var out: [Violation] = []
    for team in c.school.leadership.teams {
      for member in team.members {
        let t = c.teacherIndex[member]
        for w in 0..<c.weekCount {
          var o = 0
          for s in c.slots(ofWeek: w) {
            guard let t, c.teaches(t, s) else { continue }
            if c.leaderFree(team.leader, s) { o += 1 }
          }
          let short = excess(k, over: o)
          guard short > 0 else { continue }
          out.append(
            violation(
              "observation-window", short,
              "\(member.raw) (team \(team.id.raw)) teaches \(plural(o, "slot")) in week "
                + "\(c.weekName(w)) while leader \(team.leader.raw) is free, needs \(k)"))
        }
      }
    }
    return out
  }
}
