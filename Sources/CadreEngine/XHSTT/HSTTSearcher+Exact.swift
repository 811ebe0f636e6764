/// How a complete search ended: a timetable without hard cost found, the whole tree searched
/// without one (none exists), or the step limit reached first.
package enum HSTTExactEnd: String, Sendable {
  case complete, exhausted, limit
}

/// The construction's exact mode: a complete depth-first search over every event's start and
/// the resources of its open roles, for tiny instances (tests check it against brute force;
/// a proof that no timetable has hard cost 0 is only as good as its completeness).
///
/// Events stay whole, one sub-event of their full duration, as the state starts: the search is
/// complete over starts and roles for that split (a SplitEvents rule that wants the event cut
/// is then a hard cost no value can repair). Values of a sub-event: each start (and no start),
/// each resource of each open role's domain (and none). Variables go most constrained first:
/// those with the fewest values that add no hard cost on an empty timetable.
///
/// Pruning uses only the required monitors whose cost cannot fall as more is placed or
/// assigned (`monotone`): clashes, unavailable and preferred times and resources, split
/// assignments, and the maximum-only busy, cluster, spread and workload limits. Others
/// (AssignTime, AssignResource, minimums, idle times, links, order, patterns, the budget) are
/// judged at the leaves only, by the whole hard cost.
extension HSTTSearcher {
  mutating func constructExactly(monotone: [Bool]) -> HSTTExactEnd {
    let pointMonotone = md.pointMonitor.map { md.mHard[Int($0)] && monotone[Int($0)] }
    var order: [(event: Int, values: Int)] = []
    for e in 0..<md.E where md.fixedStart[e] < 0 || md.roleCount(e) > 0 {
      var n = 0
      forEachValue(e) { searcher in
        if searcher.monotoneHard(pointMonotone) == 0 { n += 1 }
        return true
      }
      order.append((e, n))
    }
    order.sort { ($0.values, $0.event) < ($1.values, $1.event) }
    let end = descend(order.map(\.event), 0, pointMonotone)
    return end ?? .exhausted
  }

  /// Calls `body` with each value of event `e` in place (its one sub-event's start and role
  /// resources set, evaluated); stops early when `body` returns false. Leaves `e` as it starts
  /// in the state: unplaced (or at its preassigned start), its roles empty.
  private mutating func forEachValue(_ e: Int, _ body: (inout HSTTSearcher) -> Bool) {
    let k = Int(md.subBase[e])
    let fixed = md.fixedStart[e]
    let starts: [Int32] = fixed >= 0 ? [fixed] : Array(0..<Int32(md.T)) + [-1]
    let roles = md.roleCount(e)
    let a = md.assignIndex(e, k, 0)
    var choice = [Int](repeating: 0, count: roles)
    for s in starts {
      for j in 0..<roles { choice[j] = 0 }
      while true {
        st.begin()
        st.touch(e)
        st.subStart[k] = s
        for j in 0..<roles {
          let g = Int(md.roleFirst[e]) + j
          let size = md.roleDomain.upper(g) - md.roleDomain.lower(g)
          st.subRes[a + j] =
            choice[j] < size ? Int32(md.roleDomain[md.roleDomain.lower(g) + choice[j]]) : -1
        }
        _ = st.evaluate()
        st.commit()
        let goOn = body(&self)
        st.begin()
        st.touch(e)
        st.subStart[k] = fixed
        for j in 0..<roles { st.subRes[a + j] = -1 }
        _ = st.evaluate()
        st.commit()
        if !goOn { return }
        // The next combination of role values (each domain, then none).
        var j = 0
        while j < roles {
          let g = Int(md.roleFirst[e]) + j
          let size = md.roleDomain.upper(g) - md.roleDomain.lower(g)
          choice[j] += 1
          if choice[j] <= size { break }
          choice[j] = 0
          j += 1
        }
        if j == roles { break }
      }
    }
  }

  private func monotoneHard(_ pointMonotone: [Bool]) -> Int64 {
    var sum: Int64 = 0
    for p in st.pointCost.indices where pointMonotone[p] { sum += st.pointCost[p] }
    return sum
  }

  /// Depth-first from variable `i`: nil when no value below leads to hard cost 0.
  private mutating func descend(_ order: [Int], _ i: Int, _ pointMonotone: [Bool])
    -> HSTTExactEnd?
  {
    if i == order.count {
      if st.hard != 0 { return nil }
      offerBest()
      return .complete
    }
    var found: HSTTExactEnd?
    forEachValue(order[i]) { searcher in
      guard searcher.tick() else {
        found = .limit
        return false
      }
      guard searcher.monotoneHard(pointMonotone) == 0 else { return true }
      found = searcher.descend(order, i + 1, pointMonotone)
      return found == nil
    }
    return found
  }
}

/// Which monitors the exact mode may prune on: those whose cost never falls when a start or a
/// role's resource is added to a timetable.
package func hsttMonotoneMonitors(_ problem: HSTTProblem) -> [Bool] {
  problem.monitors.map { monitor in
    switch monitor.rule {
    case .preferTimes, .avoidClashes, .avoidUnavailableTimes, .preferResources,
      .avoidSplitAssignments:
      true
    case .limitBusyTimes(_, let minimum, _), .clusterBusyTimes(_, let minimum, _),
      .limitWorkload(let minimum, _):
      minimum <= 0
    case .spreadEvents(let limits):
      limits.allSatisfy { $0.minimum <= 0 }
    default:
      false
    }
  }
}

/// The exact mode on its own (tests: backtracking against brute force): whether a timetable
/// with hard cost 0 exists, as far as `stepLimit` allows, and the timetable found.
package func constructHSTTExactly(_ problem: HSTTProblem, seed: UInt64, stepLimit: Int) -> (
  end: HSTTExactEnd, cost: Cost
) {
  var searcher = HSTTSearcher(
    model: HSTTModel(problem), budget: SearchBudget(timeLimit: nil, stepLimit: stepLimit),
    seed: seed, isCancelled: nil, progress: nil)
  let end = searcher.constructExactly(monotone: hsttMonotoneMonitors(problem))
  return (end, end == .complete ? searcher.bestCost : searcher.st.cost)
}
