/// A week in which a team got fewer huddles than it needs (for the unmet reasons).
struct HuddleShortfall {
  var team: Int
  var week: Int
  var needed: Int
  var placed: Int
  /// Periods that week in which the leader and every member are free, ignoring other events.
  var commonFree: Int
}

extension PlanState {
  /// Periods of school day d in which team t's leader and every member are free.
  func common(team t: Int, _ d: Int) -> UInt64 {
    var mask = free(problem.leaderPerson[problem.teamLeader[t]], d)
    for m in problem.teamMembers[t] { mask &= free(problem.memberPerson[m], d) }
    return mask
  }

  /// Periods in which team t's people are free, ignoring events (for explanations).
  func staticCommon(team t: Int, _ d: Int) -> UInt64 {
    var busy = problem.busyStatic(problem.leaderPerson[problem.teamLeader[t]], day: d)
    for m in problem.teamMembers[t] { busy |= problem.busyStatic(problem.memberPerson[m], day: d) }
    return ~busy & problem.periodMask
  }

  /// Places every team's weekly huddles: first a weekly pattern of `huddlesPerWeek` (weekday,
  /// period) pairs on distinct weekdays, chosen by how many weeks have that slot free for the
  /// whole team; then, week by week, min(h, school days) huddles on the pattern, falling back
  /// to another free slot of the same week when a pattern slot is closed or taken.
  ///
  /// - Complexity: O(teams × school days × (team size + periods)).
  mutating func constructHuddles() -> [HuddleShortfall] {
    let h = problem.huddlesPerWeek
    guard h > 0 else { return [] }
    let pc = problem.periodCount
    var shortfalls: [HuddleShortfall] = []
    for t in 0..<problem.teamCount {
      var score = [Int](repeating: 0, count: 7 * pc)
      for d in 0..<problem.dayCount {
        var mask = common(team: t, d)
        while mask != 0 {
          score[problem.dayWeekday[d] * pc + mask.trailingZeroBitCount] += 1
          mask &= mask &- 1
        }
      }
      let pattern = Self.pattern(score: score, count: h, periods: pc)
      let firstHuddle = huddleDay.count
      for w in 0..<problem.weekCount {
        let days = problem.weekDays[w]
        let needed = min(h, days.count)
        var used = Set<Int>()
        for key in pattern where used.count < needed {
          guard let d = days.first(where: { problem.dayWeekday[$0] == key / pc }),
            common(team: t, d) & (UInt64(1) << UInt64(key % pc)) != 0
          else { continue }
          addHuddle(team: t, d, key % pc)
          used.insert(d)
        }
        for d in days where used.count < needed && !used.contains(d) {
          let mask = common(team: t, d)
          guard mask != 0 else { continue }
          let preferred = pattern.first { mask & (UInt64(1) << UInt64($0 % pc)) != 0 }
          addHuddle(team: t, d, preferred.map { $0 % pc } ?? mask.trailingZeroBitCount)
          used.insert(d)
        }
        if used.count < needed {
          huddleShort += needed - used.count
          var commonFree = 0
          for d in days { commonFree += staticCommon(team: t, d).nonzeroBitCount }
          shortfalls.append(
            HuddleShortfall(
              team: t, week: w, needed: needed, placed: used.count, commonFree: commonFree))
        }
      }
      var keys: [Int] = []
      for i in firstHuddle..<huddleDay.count {
        let key = problem.dayWeekday[huddleDay[i]] * pc + huddlePeriod[i]
        if !keys.contains(key) { keys.append(key) }
      }
      huddlePatternCount += max(0, keys.count - h)
    }
    return shortfalls
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
