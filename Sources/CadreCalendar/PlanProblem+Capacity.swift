extension PlanProblem {
  /// Fills `leaderTeams`, `huddleCapacity` and `oneOnOneNeed` from the master schedule.
  ///
  /// - Complexity: O(leaders × weeks × flow) + O(members × school days).
  mutating func computeCapacities() {
    var teams = [[Int]](repeating: [], count: leaderCount)
    for t in 0..<teamCount { teams[teamLeader[t]].append(t) }
    leaderTeams = teams
    huddleCapacity = [Int](repeating: 0, count: leaderCount * weekCount)
    for l in 0..<leaderCount where !teams[l].isEmpty {
      for w in 0..<weekCount {
        var flow = huddleFlow(leader: l, week: w) { t, d in staticOpen(team: t, day: d) }
        huddleCapacity[l * weekCount + w] = flow.maximize()
      }
    }
    oneOnOneNeed = [Int](repeating: 0, count: memberCount * monthCount)
    for m in 0..<memberCount where memberOneOnOnes[m] > 0 {
      let lx = leaderPerson[memberLeader[m]]
      for mo in 0..<monthCount {
        var d = 0
        for day in monthDays[mo]
        where ~(busyStatic(memberPerson[m], day: day) | busyStatic(lx, day: day)) & periodMask
          != 0
        {
          d += 1
        }
        oneOnOneNeed[m * monthCount + mo] = min(memberOneOnOnes[m], d)
      }
    }
  }

  /// Leader l's periods needed in the year (each observation and its debrief, the huddle
  /// capacity of every week, the one-on-ones owed) and free (per the master schedule).
  func yearNeed(leader l: Int) -> (
    need: Int, free: Int, observations: Int, huddles: Int,
    ones: Int
  ) {
    let lx = leaderPerson[l]
    var free = 0
    for d in 0..<dayCount { free += (~busyStatic(lx, day: d) & periodMask).nonzeroBitCount }
    var observations = 0
    var ones = 0
    for m in 0..<memberCount where memberLeader[m] == l {
      observations += memberBase[m + 1] - memberBase[m]
      for mo in 0..<monthCount { ones += oneOnOneNeed[m * monthCount + mo] }
    }
    var huddles = 0
    for w in 0..<weekCount { huddles += huddleCapacity[l * weekCount + w] }
    return (2 * observations + huddles + ones, free, observations, huddles, ones)
  }

  /// Whether leader l's year needs more periods than the leader has free.
  func overCapacity(leader l: Int) -> Bool {
    let y = yearNeed(leader: l)
    return y.need > y.free
  }

  /// c = min(hₜ, s(week)): the most huddles team t (its own `huddlesPerWeek`) can owe in
  /// week w.
  func huddleCap(team t: Int, week w: Int) -> Int { min(teamHuddles[t], weekDays[w].count) }

  /// An empty flow over leader l's teams in week w, with `open(team, school day)` the periods
  /// open to a team; periods are tried in index order unless `order` says otherwise.
  func huddleFlow(
    leader l: Int, week w: Int, order: [[Int]]? = nil, open: (Int, Int) -> UInt64
  ) -> HuddleFlow {
    let teams = leaderTeams[l]
    let days = weekDays[w]
    var mask: [UInt64] = []
    mask.reserveCapacity(teams.count * days.count)
    for t in teams { for d in days { mask.append(open(t, d)) } }
    return HuddleFlow(
      teams: teams.count, days: days.count, periods: periodCount, open: mask,
      cap: teams.map { huddleCap(team: $0, week: w) },
      order: order ?? [[Int]](repeating: Array(0..<periodCount), count: teams.count))
  }
}
