extension PlanState {
  /// Places a missing one-on-one in a period of its month where, per the master schedule, the
  /// teacher and leader are both free, moving the debriefs and one-on-ones of that leader
  /// that sit there to other slots (a debrief within its window, a one-on-one within its
  /// month, an observation with its debrief to a nearby day). Kept when the cost does not get
  /// worse; undone otherwise.
  ///
  /// - Complexity: O(records of the leader + one-on-ones + periods × window) per step.
  mutating func ejectMove(rng: inout SplitMix64, current: inout HardSoftCost) -> Bool {
    guard unplacedOneOnOnes > 0, !oneDay.isEmpty else { return false }
    let pb = problem
    let start = rng.below(oneDay.count)
    var k = -1
    for i in 0..<oneDay.count where oneDay[(start + i) % oneDay.count] < 0 {
      k = (start + i) % oneDay.count
      break
    }
    guard k >= 0 else { return false }
    let m = oneMember[k]
    let l = pb.memberLeader[m]
    let (mx, lx) = (pb.memberPerson[m], pb.leaderPerson[l])
    let days = pb.monthDays[oneMonth[k]]
    let d = days.lowerBound + rng.below(days.count)
    let open = ~(pb.busyStatic(mx, day: d) | pb.busyStatic(lx, day: d)) & pb.periodMask
    guard open != 0 else { return false }
    let p = Self.nthBit(open, rng.below(open.nonzeroBitCount))
    // The leader's events in (d, p) that can move: debriefs and one-on-ones.
    var debriefs: [Int] = []
    for r in day.indices
    where debriefDay[r] == d && debriefPeriod[r] == p && pb.memberLeader[r / perMember] == l {
      debriefs.append(r)
    }
    // And the leader's observation there, which moves with its debrief to a nearby day.
    var moved: [Int] = []
    for r in day.indices
    where day[r] == d && period[r] == p && pb.memberLeader[r / perMember] == l {
      moved.append(r)
    }
    var ones: [Int] = []
    for j in oneDay.indices
    where oneDay[j] == d && onePeriod[j] == p && pb.memberLeader[oneMember[j]] == l {
      ones.append(j)
    }
    guard !debriefs.isEmpty || !ones.isEmpty || !moved.isEmpty else { return false }
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
    guard free(mx, d) & bit != 0, free(lx, d) & bit != 0 else {
      for o in savedDebriefs { mark(lx, o.0, o.1, false) }
      restore(debriefs, savedDebriefs, ones, savedOnes)
      return false
    }
    setOneOnOne(k, d, p)
    var touched = [d] + savedOnes.map(\.0) + savedDebriefs.map(\.2)
    var ok = true
    for (i, r) in debriefs.enumerated() {
      let o = savedDebriefs[i]
      guard let (dd, dp) = randomDebrief(member: r / perMember, o.0, o.1, rng: &rng) else {
        ok = false
        break
      }
      mark(lx, o.0, o.1, false)
      held[i] = false
      place(r, o.0, o.1, debrief: dd, dp)
      touched += [o.2, dd]
    }
    if ok {
      let e = pb.eligibleDays.count
      for (i, r) in moved.enumerated() where ok {
        let o = savedMoved[i]
        let at = pb.eligibleDays.firstIndex(of: o.0) ?? 0
        var placed = false
        for _ in 0..<8 {
          let dd = pb.eligibleDays[max(0, min(e - 1, at + rng.below(15) - 7))]
          let mask = observable(r, dd)
          guard mask != 0 else { continue }
          let q = Self.nthBit(mask, rng.below(mask.nonzeroBitCount))
          guard let (bd, bp) = earliestDebrief(member: r / perMember, dd, q) else { continue }
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
        let from = rng.below(span.count)
        var placed = false
        for i in 0..<span.count {
          let dd = span.lowerBound + (from + i) % span.count
          let mask = common(member: oneMember[j], dd)
          guard mask != 0 else { continue }
          setOneOnOne(j, dd, Self.nthBit(mask, rng.below(mask.nonzeroBitCount)))
          touched.append(dd)
          placed = true
          break
        }
        if !placed { ok = false }
      }
    }
    if ok {
      for t in touched { refresh(leader: l, day: t) }
      for r in moved { refresh(member: r / perMember) }
      let after = cost
      if after <= current {
        var copy = self
        copy.sumMemberHard = 0
        copy.sumMemberSoft = 0
        copy.sumWeekLoad = 0
        copy.memberHard = [Int](repeating: 0, count: memberHard.count)
        copy.memberSoft = copy.memberHard
        copy.weekLoad = [Int](repeating: 0, count: weekLoad.count)
        copy.refreshAll()
        if copy.sumWeekLoad != sumWeekLoad || copy.sumMemberSoft != sumMemberSoft {
          print("DBG eject drift load \(copy.sumWeekLoad) vs \(sumWeekLoad) member \(copy.sumMemberSoft) vs \(sumMemberSoft) debriefs \(debriefs.count) ones \(ones.count) moved \(moved.count) touched \(touched)")
          for w in 0..<pb.weekCount where copy.weekLoad[l * pb.weekCount + w] != weekLoad[l * pb.weekCount + w] { print("DBG week \(w) days \(pb.weekDays[w])") }
        }
        current = after
        return true
      }
    }
    // Undo: take out whatever moved, put everything back.
    for (i, o) in savedDebriefs.enumerated() where held[i] { mark(lx, o.0, o.1, false) }
    for r in debriefs where day[r] >= 0 { unplace(r) }
    for r in moved where day[r] >= 0 { unplace(r) }
    for j in ones where oneDay[j] >= 0 { setOneOnOne(j, -1, -1) }
    setOneOnOne(k, -1, -1)
    restore(debriefs, savedDebriefs, ones, savedOnes)
    restore(moved, savedMoved, [], [])
    for t in touched { refresh(leader: l, day: t) }
    for r in moved { refresh(member: r / perMember) }
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
