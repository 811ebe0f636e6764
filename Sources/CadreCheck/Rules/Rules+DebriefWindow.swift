import CadreModel

extension Rules {
  /// `debrief-window`: per team, per member (other than the leader's own teacher record), per
  /// week of the cycle, max(0, k − u), k = the team's `observableSlotsPerMember`
  /// (`School.policy(for:)`; a soft-marked k counts in `team-policy`), u = the member's
  /// observation chances in that week (slots in which the member teaches and the leader is
  /// free) that a debrief can follow: a slot in which both are free later that cycle day, or
  /// on one of the next `debriefWindowDays` cycle days (week by week, after the last day of
  /// the last week the first day of the first week).
  static func debriefWindow(_ c: CheckContext) -> [Violation] {
    debriefWindowShortfalls(c, soft: false)
  }

  static func debriefWindowShortfalls(_ c: CheckContext, soft: Bool) -> [Violation] {
    let days = c.cycleDayCount
    let window = min(max(0, c.school.policy.debriefWindowDays), days)
    var out: [Violation] = []
    for (team, need) in observableNeeds(c, soft: soft) {
      let k = need.count
      let own = c.school.leadership.leaders.first { $0.id == team.leader }?.teacher
      for member in team.members where member != own {
        guard let t = c.teacherIndex[member] else { continue }
        func joint(_ s: Int) -> Bool {
          c.teacherFree(member, s) && c.leaderFree(team.leader, s)
        }
        let dayHasJoint = (0..<days).map { c.slots(ofCycleDay: $0).contains(where: joint) }
        for w in 0..<c.weekCount {
          var u = 0
          for s in c.slots(ofWeek: w) where c.teaches(t, s) && c.leaderFree(team.leader, s) {
            let day = c.cycleDay(s)
            let laterToday = (s + 1..<c.slots(ofCycleDay: day).upperBound).contains(where: joint)
            let nextDays = window > 0 && (1...window).contains { dayHasJoint[(day + $0) % days] }
            if laterToday || nextDays { u += 1 }
          }
          let short = excess(k, over: u)
          guard short > 0 else { continue }
          let text =
            "\(member.raw) (team \(team.id.raw)) has \(plural(u, "observation chance")) in "
            + "week \(c.weekName(w)) that a debrief with leader \(team.leader.raw) can "
            + "follow within \(plural(window, "day")), needs \(k)"
          out.append(
            pairShortfall(
              "debrief-window", need, short, text, what: "debrief window", member: member))
        }
      }
    }
    return out
  }
}
