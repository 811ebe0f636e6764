import CadreModel

extension Rules {
  /// `debrief-time`: per team, per member (other than the leader's own teacher record), per
  /// week of the cycle, max(0, k − d), k = the team's `observableSlotsPerMember`
  /// (`School.policy(for:)`; a soft-marked k counts in `team-policy`), d = slots of that week
  /// in which the member and the leader are both free (a debrief needs them together).
  static func debriefTime(_ c: CheckContext) -> [Violation] {
    debriefShortfalls(c, soft: false)
  }

  static func debriefShortfalls(_ c: CheckContext, soft: Bool) -> [Violation] {
    var out: [Violation] = []
    for (team, need) in observableNeeds(c, soft: soft) {
      let k = need.count
      let own = c.school.leadership.leaders.first { $0.id == team.leader }?.teacher
      for member in team.members where member != own {
        for w in 0..<c.weekCount {
          let d = c.slots(ofWeek: w).filter {
            c.teacherFree(member, $0) && c.leaderFree(team.leader, $0)
          }.count
          let short = excess(k, over: d)
          guard short > 0 else { continue }
          let text =
            "\(member.raw) (team \(team.id.raw)) and leader \(team.leader.raw) are both free "
            + "in \(plural(d, "slot")) in week \(c.weekName(w)), need \(k) (a debrief needs "
            + "them together)"
          out.append(
            pairShortfall(
              "debrief-time", need, short, text, what: "debrief chances", member: member))
        }
      }
    }
    return out
  }
}
