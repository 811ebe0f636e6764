extension PlanState {
  /// One-on-ones: per member, per calendar month with school days, min(o, school days)
  /// meetings at evenly spread target days, each on the nearest day of that month where
  /// member and leader share a free period (the leader's least loaded such day among equally
  /// near ones is not sought: local search evens the load).
  ///
  /// - Complexity: O(members × months × o × days in a month).
  mutating func constructOneOnOnes() {
    let o = problem.oneOnOnesPerMonth
    guard o > 0 else { return }
    for m in 0..<problem.memberCount {
      for mo in 0..<problem.monthCount {
        let days = problem.monthDays[mo]
        let r = min(o, days.count)
        for i in 0..<r {
          let k = oneDay.count
          oneMember.append(m)
          oneMonth.append(mo)
          oneDay.append(-1)
          onePeriod.append(-1)
          unplacedOneOnOnes += 1
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
