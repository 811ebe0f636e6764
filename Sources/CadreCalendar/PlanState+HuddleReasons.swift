extension PlanState {
  /// Per leader: the weeks whose huddle capacity R is below Σ of the teams' `huddlesPerWeek`
  /// (information: the master schedule allows no more), grouped by reason, and the weeks in
  /// which fewer than R huddles were placed (a hard shortfall).
  func huddleReasons() -> [String] {
    let pb = problem
    guard pb.anyHuddles else { return [] }
    var out: [String] = []
    for l in 0..<pb.leaderCount where !pb.leaderTeams[l].isEmpty {
      let who = pb.leaderLabel(l)
      let full = pb.leaderTeams[l].reduce(0) { $0 + pb.teamHuddles[$1] }
      guard full > 0 else { continue }
      // Reason -> (first week, weeks).
      var reasons: [String] = []
      var firstWeek: [Int] = []
      var weeks: [Int] = []
      var short: [Int] = []
      for w in 0..<pb.weekCount {
        let r = pb.huddleCapacity[l * pb.weekCount + w]
        if huddlePlaced[l * pb.weekCount + w] < r { short.append(w) }
        guard r < full else { continue }
        let why = capacityReason(leader: l, week: w)
        if let i = reasons.firstIndex(of: why) {
          weeks[i] += 1
        } else {
          reasons.append(why)
          firstWeek.append(w)
          weeks.append(1)
        }
      }
      for (i, why) in reasons.enumerated() {
        let w = firstWeek[i]
        let r = pb.huddleCapacity[l * pb.weekCount + w]
        let more = weeks[i] > 1 ? " (\(weeks[i]) weeks in all for this reason)" : ""
        out.append(
          "\(who) can hold \(r) of \(full) weekly huddles in the week of "
            + "\(pb.date(pb.weekDays[w].lowerBound)): \(why)\(more)")
      }
      if let w = short.first {
        let r = pb.huddleCapacity[l * pb.weekCount + w]
        out.append(
          "\(who) holds \(huddlePlaced[l * pb.weekCount + w]) of the \(r) possible huddles in "
            + "the week of \(pb.date(pb.weekDays[w].lowerBound)) (\(short.count) week(s) short "
            + "in all): the periods when the leader and a team are free are taken by other "
            + "events")
      }
    }
    return out
  }

  /// Why leader l's week w has a huddle capacity below Σ hₜ, in school terms.
  func capacityReason(leader l: Int, week w: Int) -> String {
    let pb = problem
    let teams = pb.leaderTeams[l]
    let days = pb.weekDays[w]
    var parts: [String] = []
    if teams.contains(where: { pb.huddleCap(team: $0, week: w) < pb.teamHuddles[$0] }) {
      parts.append("the week has only \(days.count) school day(s)")
    }
    var alone: [Int] = []
    var few: [String] = []
    for t in teams {
      let c = pb.huddleCap(team: t, week: w)
      let open = days.filter { pb.staticOpen(team: t, day: $0) != 0 }.count
      alone.append(min(c, open))
      if open < c {
        let id = pb.school.leadership.teams[pb.teamRecord[t]].id.raw
        few.append(
          open == 0
            ? "team \(id) has no period when the leader and all members are free"
            : "team \(id) has a period when the leader and all members are free on only "
              + "\(open) day(s)")
      }
    }
    parts += few
    var flow = pb.huddleFlow(leader: l, week: w) { t, d in pb.staticOpen(team: t, day: d) }
    flow.maximize()
    if alone.reduce(0, +) > flow.total {
      // Teams left below what they could hold alone, and the teams holding the slots open to
      // them.
      var sharing = Set<Int>()
      for (i, _) in teams.enumerated() where flow.count[i] < alone[i] {
        sharing.insert(i)
        for (j, _) in teams.enumerated() where j != i {
          for k in 0..<days.count
          where flow.at[j * days.count + k] >= 0
            && flow.open[i * days.count + k] & (UInt64(1) << UInt64(flow.at[j * days.count + k]))
              != 0
          {
            sharing.insert(j)
          }
        }
      }
      let ids = sharing.sorted().map { pb.school.leadership.teams[pb.teamRecord[teams[$0]]].id.raw }
      let list =
        ids.count <= 2
        ? ids.joined(separator: " and ")
        : ids.dropLast().joined(separator: ", ") + " and " + (ids.last ?? "")
      parts.append("teams \(list) share their only common planning slots")
    }
    return parts.isEmpty ? "the master schedule leaves no more room" : parts.joined(separator: "; ")
  }
}
