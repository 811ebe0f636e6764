import CadreModel

extension Rules {
  /// `common-planning`: per leader of at least one team with a member, per week of the cycle,
  /// max(0, Σ hₜ − R) over the leader's teams t whose huddles are hard: hₜ = the team's
  /// `huddlesPerWeek` (`School.policy(for:)`), R = the most (team, slot) pairs with at most hₜ
  /// per team, at most one per team and day, each slot used by one team (the leader attends
  /// one huddle at a time), in slots where the team's leader and every member are free (a
  /// maximum flow, `HuddleCapacity`, as the calendar counts a week). A leader of one team needs
  /// common time on h different days. Soft-marked teams (`team-policy`) are served after the
  /// hard ones, heaviest weight first, so they never take a hard team's huddle.
  static func commonPlanning(_ c: CheckContext) -> [Violation] {
    huddleShortfalls(c, soft: false)
  }

  /// The hard (`soft` false) or soft-marked (`team-policy`) huddle shortfalls.
  static func huddleShortfalls(_ c: CheckContext, soft: Bool) -> [Violation] {
    var out: [Violation] = []
    var leaders: [LeaderID] = []
    for team in c.school.leadership.teams where !team.members.isEmpty {
      if !leaders.contains(team.leader) { leaders.append(team.leader) }
    }
    for leader in leaders {
      // Hard teams first, then by weight, heaviest first (file order breaks ties).
      let teams = c.school.leadership.teams.filter { $0.leader == leader && !$0.members.isEmpty }
        .map { (team: $0, need: c.school.policy(for: $0).huddlesPerWeek) }
        .enumerated().sorted { a, b in
          let wa = a.element.need.weight ?? Int.max
          let wb = b.element.need.weight ?? Int.max
          return wa != wb ? wa > wb : a.offset < b.offset
        }.map(\.element)
      guard teams.contains(where: { $0.need.count > 0 && $0.need.isSoft == soft }) else {
        continue
      }
      for w in 0..<c.weekCount {
        let open = teams.map { entry in
          (0..<c.dayCount).map { d in
            (0..<c.periodCount).map { p in
              let s = (w * c.dayCount + d) * c.periodCount + p
              return c.leaderFree(entry.team.leader, s)
                && entry.team.members.allSatisfy { c.teacherFree($0, s) }
            }
          }
        }
        let caps = teams.map { max(0, $0.need.count) }
        // R of the first n teams; team i gets R(i + 1) − R(i) (the greedy on a matroid).
        let prefix = (0...teams.count).map { n in
          n == 0 ? 0 : HuddleCapacity.maximum(caps: Array(caps[0..<n]), open: Array(open[0..<n]))
        }
        if soft {
          for (i, entry) in teams.enumerated() {
            guard let weight = entry.need.weight else { continue }
            let held = prefix[i + 1] - prefix[i]
            let short = excess(caps[i], over: held)
            guard short > 0, weight > 0 else { continue }
            out.append(
              softViolation(
                "team-policy", saturatingMultiply(short, weight),
                "Team \(entry.team.id.raw) (leader \(leader.raw)) can hold \(plural(held, "huddle")) "
                  + "in week \(c.weekName(w)), wants \(caps[i]) (soft, weight \(weight): "
                  + "\(short) × \(weight))"))
          }
          continue
        }
        let hardCount = teams.prefix { !$0.need.isSoft }.count
        let need = caps[0..<hardCount].reduce(0, saturatingAdd)
        let held = prefix[hardCount]
        let short = excess(need, over: held)
        guard short > 0 else { continue }
        let hard = teams[0..<hardCount].map(\.team)
        let days = open[0..<hardCount].map { team in team.filter { $0.contains(true) }.count }
        let who =
          hard.count == 1
          ? "Team \(hard[0].id.raw) (leader \(leader.raw)) has common planning time on "
            + "\(plural(days[0], "day")) in week \(c.weekName(w))"
          : "Leader \(leader.raw)'s teams "
            + hard.map(\.id.raw).joined(separator: ", ")
            + " can hold \(held) huddles in week \(c.weekName(w))"
        let each =
          Set(caps[0..<hardCount]).count == 1
          ? plural(caps[0], "huddle") + " a team" : "each team its own huddles"
        out.append(
          violation(
            "common-planning", short,
            who + ", needs \(need) (\(each) on different "
              + "days, in slots the leader and every member have free, one team at a time)"))
      }
    }
    return out
  }
}
