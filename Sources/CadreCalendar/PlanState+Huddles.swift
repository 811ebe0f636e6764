extension PlanState {
  /// Periods of school day d in which team t's leader and every member are free.
  func common(team t: Int, _ d: Int) -> UInt64 {
    var mask = free(problem.leaderPerson[problem.teamLeader[t]], d)
    for m in problem.teamMembers[t] { mask &= free(problem.memberPerson[m], d) }
    return mask
  }

  /// Places every team's weekly huddles, leader by leader and week by week: first each
  /// team's weekly pattern of its own `huddlesPerWeek` (weekday, period) pairs on distinct weekdays
  /// (chosen by how many weeks have that slot free for the whole team, and apart from the
  /// patterns of the leader's other teams), then as many more as the week's maximum flow
  /// allows (`HuddleFlow`), so a week reaches its huddle capacity R whenever the events
  /// already placed leave room.
  ///
  /// - Complexity: O(teams × school days × (team size + periods)) plus the weekly flows.
  mutating func constructHuddles() {
    let pb = problem
    huddlePlaced = [Int](repeating: 0, count: pb.leaderCount * pb.weekCount)
    huddleShort = pb.huddleCapacity.reduce(0, +)
    guard pb.anyHuddles else { return }
    let pc = pb.periodCount
    for l in 0..<pb.leaderCount where !pb.leaderTeams[l].isEmpty {
      let teams = pb.leaderTeams[l]
      var patterns: [[Int]] = []
      var taken = Set<Int>()
      for t in teams {
        let h = pb.teamHuddles[t]
        var score = [Int](repeating: 0, count: 7 * pc)
        for d in 0..<pb.dayCount {
          var mask = common(team: t, d)
          while mask != 0 {
            score[pb.dayWeekday[d] * pc + mask.trailingZeroBitCount] += 1
            mask &= mask &- 1
          }
        }
        var pattern = Self.pattern(
          score: score.indices.map { taken.contains($0) ? 0 : score[$0] }, count: h, periods: pc)
        if pattern.count < h {
          let more = Self.pattern(score: score, count: h, periods: pc).filter { key in
            !pattern.contains { $0 / pc == key / pc }
          }
          pattern += more.prefix(h - pattern.count)
        }
        taken.formUnion(pattern)
        patterns.append(pattern)
      }
      let order = patterns.map { pattern in
        pattern.map { $0 % pc } + (0..<pc).filter { p in !pattern.contains { $0 % pc == p } }
      }
      for w in 0..<pb.weekCount {
        let days = pb.weekDays[w]
        var flow = pb.huddleFlow(leader: l, week: w, order: order) { t, d in common(team: t, d) }
        // Re-solve: the previous huddles of the week first, where the team is still free.
        var previous: [(team: Int, day: Int, period: Int)] = []
        if !pb.previous.isEmpty {
          for (i, t) in teams.enumerated() {
            for h in pb.previous.huddles[t] where days.contains(h.day) {
              if flow.seed(team: i, day: h.day - days.lowerBound, period: h.period) {
                previous.append((i, h.day - days.lowerBound, h.period))
              }
            }
          }
        }
        for (i, pattern) in patterns.enumerated() {
          for key in pattern {
            guard let d = days.first(where: { pb.dayWeekday[$0] == key / pc }) else { continue }
            flow.seed(team: i, day: d - days.lowerBound, period: key % pc)
          }
        }
        flow.maximize()
        if previous.contains(where: { flow.at[$0.team * days.count + $0.day] == $0.period }) {
          pinnedWeek[l * pb.weekCount + w] = true
        }
        for (i, t) in teams.enumerated() {
          for (j, d) in days.enumerated() where flow.at[i * days.count + j] >= 0 {
            addHuddle(team: t, d, flow.at[i * days.count + j])
          }
        }
        huddlePlaced[l * pb.weekCount + w] = flow.total
        huddleShort -= flow.total
      }
    }
    for t in 0..<pb.teamCount {
      var keys: [Int] = []
      for i in huddleDay.indices where huddleTeam[i] == t {
        let key = pb.dayWeekday[huddleDay[i]] * pc + huddlePeriod[i]
        if !keys.contains(key) { keys.append(key) }
      }
      huddlePatternCount += max(0, keys.count - pb.teamHuddles[t])
    }
  }

  /// Up to `count` (weekday × periods + period) keys on distinct weekdays, best score first;
  /// ties go to the weekday farthest from those already chosen, then to the smaller key.
  static func pattern(score: [Int], count: Int, periods pc: Int) -> [Int] {
    var chosen: [Int] = []
    while chosen.count < count {
      var best = -1
      var bestScore = 0
      var bestDistance = -1
      for key in score.indices where score[key] > 0 {
        let wd = key / pc
        if chosen.contains(where: { $0 / pc == wd }) { continue }
        let distance = chosen.map { abs($0 / pc - wd) }.min() ?? 0
        if score[key] > bestScore || (score[key] == bestScore && distance > bestDistance) {
          best = key
          bestScore = score[key]
          bestDistance = distance
        }
      }
      guard best >= 0 else { break }
      chosen.append(best)
    }
    return chosen
  }
}
