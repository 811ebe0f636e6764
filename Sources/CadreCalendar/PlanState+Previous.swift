extension PlanState {
  /// Re-solve: puts every previous observation back on its day and period when it is still
  /// valid under the new master schedule (the teacher teaches then, the leader is free and
  /// under the daily limit, the day is eligible, the spacing to the teacher's other
  /// observations holds, and the kind is still owed), with its previous debrief when that is
  /// still free for both and inside the window, else the earliest debrief that fits. Each one
  /// put back is pinned: the construction and the search place the rest around it.
  ///
  /// - Complexity: O(previous observations × (quota + periods × window)).
  mutating func restorePreviousObservations() {
    let pb = problem
    guard !pb.previous.isEmpty, pb.recordCount > 0 else { return }
    for m in 0..<pb.memberCount {
      let base = problem.memberBase[m]
      var next = base
      var owed = [pb.quota(m, 0), pb.quota(m, 1)]
      for o in pb.previous.observations[m] where next < records(m).upperBound {
        guard owed[o.kind] > 0 else { continue }
        let r = next
        kind[r] = o.kind
        guard observable(r, o.day) & (UInt64(1) << UInt64(o.period)) != 0, spaced(r, o.day)
        else { continue }
        var debrief: (Int, Int)?
        if o.debriefDay >= 0, stillFree(member: m, o, window: pb.window) {
          debrief = (o.debriefDay, o.debriefPeriod)
        } else {
          // The observation's own period is the leader's while a debrief is sought.
          let lx = pb.leaderPerson[pb.memberLeader[m]]
          mark(lx, o.day, o.period, true)
          debrief = earliestDebrief(member: m, o.day, o.period)
          mark(lx, o.day, o.period, false)
        }
        guard let (dd, dp) = debrief else { continue }
        place(r, o.day, o.period, debrief: dd, dp)
        pinnedObservation[r] = true
        owed[o.kind] -= 1
        next += 1
      }
      // Records not put back take the kinds still owed (constructObservations re-deals them).
      refresh(member: m)
    }
  }

  /// Whether observation `o`'s previous debrief slot follows it inside the window and is
  /// free for the member and the leader.
  private func stillFree(member m: Int, _ o: PreviousPlan.Observation, window: Int) -> Bool {
    let (d, p, dd, dp) = (o.day, o.period, o.debriefDay, o.debriefPeriod)
    guard dd > d || (dd == d && dp > p), dd - d <= window else { return false }
    return common(member: m, dd) & (UInt64(1) << UInt64(dp)) != 0
  }

  /// Re-solve: the previous one-on-one of member m in month `mo` that is still free for both
  /// (the `i`-th of that month), or nil.
  func previousOneOnOne(member m: Int, month mo: Int, _ i: Int) -> (Int, Int)? {
    let list =
      problem.previous.oneOnOnes.isEmpty
      ? [] : problem.previous.oneOnOnes[m * problem.monthCount + mo]
    guard i < list.count else { return nil }
    let (d, p) = list[i]
    return common(member: m, d) & (UInt64(1) << UInt64(p)) != 0 ? (d, p) : nil
  }
}
