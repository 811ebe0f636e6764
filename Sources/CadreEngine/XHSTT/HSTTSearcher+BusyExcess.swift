/// The repair's graded view of a required ClusterBusyTimes maximum (a teacher's max days per
/// week in FET's files).
///
/// The point's cost counts the groups (days) over the maximum, so it drops only when a day's
/// last lesson leaves it: with two lessons on the lightest extra day, no single move lowers it,
/// the breakout weights raise the point's weight to no effect (a move that does not change the
/// cost changes no weighted term), and the tabu search wanders. On FET's Brazil, traced, a
/// repair burst sat at one teacher over its days for 3.5 million steps (seed 11), and that was
/// what stood between most seeds and a feasible timetable.
///
/// So while such a point is violated, the repair also counts its *excess*: the busy times in
/// the resource's (used − maximum) least busy groups, the lessons that must move to keep the
/// maximum. Each move's weighted hard change gains the point's weight × the change of its
/// excess, so moving one lesson off the lightest day is a step down, and the point's weight
/// (raised at each local minimum as for every violated point) makes that step count for more
/// the longer it stays violated. The state's cost, the checker and every other phase are
/// unchanged.
extension HSTTSearcher {
  /// The violated required ClusterBusyTimes points with a maximum exceeded, into
  /// `excessPoints`, and their excess now into `excessBefore` (each repair iteration).
  mutating func collectExcessPoints() {
    excessPoints.removeAll(keepingCapacity: true)
    excessBefore.removeAll(keepingCapacity: true)
    if polishing { return }
    for p in 0..<st.pointCost.count where st.pointCost[p] > 0 {
      let m = Int(md.pointMonitor[p])
      guard md.mKind[m] == .clusterBusyTimes && md.mHard[m] else { continue }
      let e = busyExcess(p)
      if e > 0 {
        excessPoints.append(Int32(p))
        excessBefore.append(e)
      }
    }
  }

  /// After `evaluate()`: `base` plus Σ weight × (excess now − excess at the iteration's start)
  /// over `excessPoints`, saturating at ±`Int64.max` as `weightedHardChange` does.
  mutating func addingBusyExcessChange(to base: Int64) -> Int64 {
    var sum = base
    for (i, p32) in excessPoints.enumerated() {
      let p = Int(p32)
      let change = busyExcess(p) - excessBefore[i]
      if change != 0 { sum = HSTTState.adding(weight[p], times: change, to: sum) }
    }
    return sum
  }

  /// Busy times of point `p`'s resource in its (busy groups − maximum) least busy groups of
  /// the point's ClusterBusyTimes monitor; 0 within the maximum.
  mutating func busyExcess(_ p: Int) -> Int64 {
    let m = Int(md.pointMonitor[p])
    let r = Int(md.pointTarget[p])
    let hi = Int(md.mParam[m * 4 + 1])
    excessCounts.removeAll(keepingCapacity: true)
    for i in md.mGroups.lower(m)..<md.mGroups.upper(m) {
      let c = st.busyIn(r, md.mGroups[i])
      if c > 0 { excessCounts.append(c) }
    }
    if excessCounts.count <= hi { return 0 }
    excessCounts.sort()
    var sum: Int64 = 0
    for c in excessCounts[..<(excessCounts.count - hi)] { sum += Int64(c) }
    return sum
  }
}
