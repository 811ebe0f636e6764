import CadreModel

extension Rules {
  /// `common-planning`: per leader of at least one team with a member, per week of the cycle,
  /// max(0, k × h − R): k = those teams, h = `policy.huddlesPerWeek`, R = the most (team, slot)
  /// pairs with at most h per team, at most one per team and day, each slot used by one team
  /// (the leader attends one huddle at a time), in slots where the team's leader and every
  /// member are free (a maximum flow, `HuddleCapacity`, as the calendar counts a week). A
  /// leader of one team needs common time on h different days.
  static func commonPlanning(_ c: CheckContext) -> [Violation] {
    let need = c.school.policy.huddlesPerWeek
    guard need > 0 else { return [] }
    var out: [Violation] = []
    var leaders: [LeaderID] = []
    for team in c.school.leadership.teams where !team.members.isEmpty {
      if !leaders.contains(team.leader) { leaders.append(team.leader) }
    }
    for leader in leaders {
      let teams = c.school.leadership.teams.filter { $0.leader == leader && !$0.members.isEmpty }
      for w in 0..<c.weekCount {
        let open = teams.map { team in
          (0..<c.dayCount).map { d in
            (0..<c.periodCount).map { p in
              let s = (w * c.dayCount + d) * c.periodCount + p
              return c.leaderFree(team.leader, s)
                && team.members.allSatisfy { c.teacherFree($0, s) }
            }
          }
        }
        let held = HuddleCapacity.maximum(
          caps: [Int](repeating: need, count: teams.count), open: open)
        let short = excess(need * teams.count, over: held)
        guard short > 0 else { continue }
        let days = open.map { team in team.filter { $0.contains(true) }.count }
        let who =
          teams.count == 1
          ? "Team \(teams[0].id.raw) (leader \(leader.raw)) has common planning time on "
            + "\(plural(days[0], "day")) in week \(c.weekName(w))"
          : "Leader \(leader.raw)'s teams "
            + teams.map(\.id.raw).joined(separator: ", ")
            + " can hold \(held) huddles in week \(c.weekName(w))"
        out.append(
          violation(
            "common-planning", short,
            who + ", needs \(need * teams.count) (\(plural(need, "huddle")) a team on different "
              + "days, in slots the leader and every member have free, one team at a time)"))
      }
    }
    return out
  }
}
