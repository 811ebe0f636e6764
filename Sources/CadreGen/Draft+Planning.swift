import CadreModel

extension Draft {
  /// Picks a team's common planning slots (`huddlesPerWeek` in each week, on different days
  /// while the week has enough) among `periods`, never one its leader already huddles in with
  /// another team, preferring slots few teams use already, and keeps them free of teaching for
  /// every teacher of the team.
  mutating func choosePlanning(
    team t: Int, periods: [Int], usage: inout [Int], _ rng: inout SplitMix64
  ) {
    guard spec.huddlesPerWeek > 0, !periods.isEmpty else { return }
    // A leader of several teams cannot huddle with two of them at once.
    let leader = teams[t].leader
    let taken = teams.indices.filter { $0 != t && leader >= 0 && teams[$0].leader == leader }
      .flatMap { teams[$0].planning }
    var chosen: [Int] = []
    for w in 0..<weekCount {
      var days = Array(0..<dayCount)
      rng.shuffle(&days)
      var picked = 0
      var round = 0
      while picked < spec.huddlesPerWeek && round < periods.count {
        for d in days where picked < spec.huddlesPerWeek {
          var options = periods.map { slot(week: w, day: d, period: $0) }.filter {
            !chosen.contains($0) && !taken.contains($0)
          }
          rng.shuffle(&options)
          guard let s = options.min(by: { usage[$0] < usage[$1] }) else { continue }
          chosen.append(s)
          usage[s] += 1
          picked += 1
        }
        round += 1
      }
    }
    teams[t].planning = chosen.sorted()
    for teacher in teams[t].teachers { teachers[teacher].reserved += chosen }
  }

  /// A few teachers (never leaders or coverage positions) cannot teach one or two periods at
  /// the start or end of one weekday, in every week: a late start, an early finish. Never in
  /// a slot their team plans in.
  mutating func assignUnavailability(_ rng: inout SplitMix64) {
    let teachable = (0..<periodCount).filter { !blockedPeriods.contains($0) }
    guard teachable.count > 2 else { return }
    let leading = leaders.compactMap(\.teacher)
    for t in teachers.indices where !teachers[t].coverage && !leading.contains(t) {
      guard rng.chance(spec.unavailableShare) else { continue }
      let day = rng.below(dayCount)
      let length = 1 + rng.below(2)
      let atStart = rng.chance(0.5)
      let periods = atStart ? Array(teachable.prefix(length)) : Array(teachable.suffix(length))
      let slots = (0..<weekCount).flatMap { w in
        periods.map { slot(week: w, day: day, period: $0) }
      }
      if slots.contains(where: { teachers[t].reserved.contains($0) }) { continue }
      teachers[t].unavailable = slots.sorted()
    }
  }
}
