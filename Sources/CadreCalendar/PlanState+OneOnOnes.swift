extension PlanState {
  /// One-on-ones: per member, per calendar month with school days, min(o, d(month))
  /// meetings (`PlanProblem.oneOnOneNeed`) at evenly spread target days, each on the nearest day of that month where
  /// member and leader share a free period (the leader's least loaded such day among equally
  /// near ones is not sought: local search evens the load).
  ///
  /// Only the teachers of leaders for which `leaders` is true: a leader whose year cannot hold
  /// all their events gets one-on-ones first (each missing one costs a unit of `hard` and
  /// frees one period, a missing observation frees two: it and its debrief).
  ///
  /// - Complexity: O(members × months × o × days in a month).
  mutating func constructOneOnOnes(leaders: (Int) -> Bool) {
    guard problem.anyOneOnOnes else { return }
    for m in 0..<problem.memberCount where leaders(problem.memberLeader[m]) {
      for mo in 0..<problem.monthCount {
        let days = problem.monthDays[mo]
        let r = problem.oneOnOneNeed[m * problem.monthCount + mo]
        for i in 0..<r {
          let k = oneDay.count
          oneMember.append(m)
          oneMonth.append(mo)
          oneDay.append(-1)
          onePeriod.append(-1)
          unplacedOneOnOnes += 1
          pinnedOneOnOne.append(false)
          // Re-solve: the previous one-on-one of that month, where it is still free for both.
          if let (d, p) = previousOneOnOne(member: m, month: mo, i) {
            setOneOnOne(k, d, p)
            pinnedOneOnOne[k] = true
            continue
          }
          let target = (2 * i + 1) * days.count / (2 * r)
          for step in 0..<(2 * days.count) {
            let offset = step % 2 == 0 ? step / 2 : -(step + 1) / 2
            let at = target + offset
            guard at >= 0 && at < days.count else { continue }
            let d = days.lowerBound + at
            let mask = common(member: m, d)
            if mask != 0 {
              setOneOnOne(k, d, mask.trailingZeroBitCount)
              break
            }
          }
        }
      }
    }
  }
}
