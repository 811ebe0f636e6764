import CadreEngine

extension PlanState {
  /// Places a missing one-on-one in a period of its month where, per the master schedule, the
  /// teacher and leader are both free (or a missing observation in a lesson of the teacher
  /// while the leader is free, with the earliest debrief), moving the debriefs and one-on-ones of that leader
  /// that sit there to other slots (a debrief within its window, a one-on-one within its
  /// month, an observation with its debrief to a nearby day). Kept when the cost does not get
  /// worse; undone otherwise.
  ///
  /// - Complexity: O(records of the leader + one-on-ones + periods × window) per step.
  mutating func ejectMove(rng: inout SplitMix64, current: inout Cost) -> Bool {
    let pb = problem
    let e = pb.eligibleDays.count
    let observation =
      unplacedObservations > 0 && e > 0 && (unplacedOneOnOnes == 0 || rng.draw(below: 2) == 0)
    guard observation || (unplacedOneOnOnes > 0 && !oneDay.isEmpty) else { return false }
    // The event to place: a one-on-one k, or an observation record `target`.
    var k = -1
    var target = -1
    let count = observation ? day.count : oneDay.count
    let from = rng.draw(below: count)
    for i in 0..<count
    where (observation ? day[(from + i) % count] : oneDay[(from + i) % count]) < 0 {
      if observation { target = (from + i) % count } else { k = (from + i) % count }
      break
    }
    guard k >= 0 || target >= 0 else { return false }
    let m = observation ? memberOf(target) : oneMember[k]
    let l = pb.memberLeader[m]
    let (mx, lx) = (pb.memberPerson[m], pb.leaderPerson[l])
    let d: Int
    let open: UInt64
    if observation {
      d = pb.eligibleDays[rng.draw(below: e)]
      guard spaced(target, d), observationsOn[l * pb.dayCount + d] < pb.maxPerDay else {
        return false
      }
      open = pb.teaching(mx, day: d) & ~pb.busyStatic(lx, day: d)
    } else {
      let days = pb.monthDays[oneMonth[k]]
      d = days.lowerBound + rng.draw(below: days.count)
      open = ~(pb.busyStatic(mx, day: d) | pb.busyStatic(lx, day: d)) & pb.periodMask
    }
    guard open != 0 else { return false }
    let p = Self.nthBit(open, rng.draw(below: open.nonzeroBitCount))
    // The leader's events in (d, p) that can move: debriefs and one-on-ones.
    var debriefs: [Int] = []
    for r in day.indices
    where debriefDay[r] == d && debriefPeriod[r] == p && pb.memberLeader[memberOf(r)] == l {
      debriefs.append(r)
    }
    // And the leader's observation there, which moves with its debrief to a nearby day.
    var moved: [Int] = []
    for r in day.indices
    where day[r] == d && period[r] == p && pb.memberLeader[memberOf(r)] == l {
      moved.append(r)
    }
    var ones: [Int] = []
    for j in oneDay.indices
    where oneDay[j] == d && onePeriod[j] == p && pb.memberLeader[oneMember[j]] == l {
      ones.append(j)
    }
    guard !debriefs.isEmpty || !ones.isEmpty || !moved.isEmpty else { return false }
    // Re-solve: events put back from the previous calendar stay where they are.
    if debriefs.contains(where: { pinnedObservation[$0] })
      || moved.contains(where: {
        pinnedObservation[$0]
      }) || ones.contains(where: { pinnedOneOnOne[$0] })
    {
      return false
    }
    let savedMoved = moved.map { (day[$0], period[$0], debriefDay[$0], debriefPeriod[$0]) }
    for r in moved { unplace(r) }
    let savedDebriefs = debriefs.map { (day[$0], period[$0], debriefDay[$0], debriefPeriod[$0]) }
    let savedOnes = ones.map { (oneDay[$0], onePeriod[$0]) }
    for r in debriefs { unplace(r) }
    for j in ones { setOneOnOne(j, -1, -1) }
    // Hold the observations' own periods while debrief and one-on-one slots are sought.
    var held = [Bool](repeating: true, count: debriefs.count)
    for o in savedDebriefs { mark(lx, o.0, o.1, true) }
    let bit = UInt64(1) << UInt64(p)
    var touched = [d] + savedOnes.map(\.0) + savedDebriefs.map(\.2)
    var fits = free(lx, d) & bit != 0
    if fits && observation {
      if observable(target, d) & bit != 0, let (dd, dp) = earliestDebrief(member: m, d, p) {
        place(target, d, p, debrief: dd, dp)
        touched.append(dd)
      } else {
        fits = false
      }
    } else if fits {
      fits = free(mx, d) & bit != 0
      if fits { setOneOnOne(k, d, p) }
    }
    guard fits else {
      for o in savedDebriefs { mark(lx, o.0, o.1, false) }
      restore(debriefs, savedDebriefs, ones, savedOnes)
      restore(moved, savedMoved, [], [])
      return false
    }
    var ok = true
    for (i, r) in debriefs.enumerated() {
      let o = savedDebriefs[i]
      guard let (dd, dp) = randomDebrief(member: memberOf(r), o.0, o.1, rng: &rng) else {
        ok = false
        break
      }
      mark(lx, o.0, o.1, false)
      held[i] = false
      place(r, o.0, o.1, debrief: dd, dp)
      touched += [o.2, dd]
    }
    if ok {
      for (i, r) in moved.enumerated() where ok {
        let o = savedMoved[i]
        let at = pb.eligibleDays.firstIndex(of: o.0) ?? 0
        var placed = false
        for _ in 0..<8 {
          let dd = pb.eligibleDays[max(0, min(e - 1, at + rng.draw(below: 15) - 7))]
          let mask = observable(r, dd)
          guard mask != 0 else { continue }
          let q = Self.nthBit(mask, rng.draw(below: mask.nonzeroBitCount))
          guard let (bd, bp) = earliestDebrief(member: memberOf(r), dd, q) else { continue }
          place(r, dd, q, debrief: bd, bp)
          touched += [o.0, o.2, dd, bd]
          placed = true
          break
        }
        if !placed { ok = false }
      }
    }
    if ok {
      for j in ones {
        let span = pb.monthDays[oneMonth[j]]
        let from = rng.draw(below: span.count)
        var placed = false
        for i in 0..<span.count {
          let dd = span.lowerBound + (from + i) % span.count
          let mask = common(member: oneMember[j], dd)
          guard mask != 0 else { continue }
          setOneOnOne(j, dd, Self.nthBit(mask, rng.draw(below: mask.nonzeroBitCount)))
          touched.append(dd)
          placed = true
          break
        }
        if !placed { ok = false }
      }
    }
    if ok {
      for t in touched { refresh(leader: l, day: t) }
      for r in moved { refresh(member: memberOf(r)) }
      if observation { refresh(member: m) }
      let after = cost
      if after <= current {
        current = after
        return true
      }
    }
    // Undo: take out whatever moved, put everything back.
    for (i, o) in savedDebriefs.enumerated() where held[i] { mark(lx, o.0, o.1, false) }
    for r in debriefs where day[r] >= 0 { unplace(r) }
    for r in moved where day[r] >= 0 { unplace(r) }
    for j in ones where oneDay[j] >= 0 { setOneOnOne(j, -1, -1) }
    if observation { unplace(target) } else { setOneOnOne(k, -1, -1) }
    restore(debriefs, savedDebriefs, ones, savedOnes)
    restore(moved, savedMoved, [], [])
    for t in touched { refresh(leader: l, day: t) }
    for r in moved { refresh(member: memberOf(r)) }
    if observation { refresh(member: m) }
    return false
  }

  private mutating func restore(
    _ debriefs: [Int], _ savedDebriefs: [(Int, Int, Int, Int)], _ ones: [Int],
    _ savedOnes: [(Int, Int)]
  ) {
    for (i, r) in debriefs.enumerated() {
      let o = savedDebriefs[i]
      place(r, o.0, o.1, debrief: o.2, o.3)
    }
    for (i, j) in ones.enumerated() { setOneOnOne(j, savedOnes[i].0, savedOnes[i].1) }
  }
}
