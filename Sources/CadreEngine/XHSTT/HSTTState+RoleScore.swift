/// The engine's scoring of the role and event-pair rules (see `HSTTRule`): AssignResource and
/// PreferResources per role, AvoidSplitAssignments per role group, OrderEvents per event pair.
/// (LimitWorkload reads `load`, kept by `occupy`.)
///
/// - Complexity: O(sub-events of the role's event) per role point, O(sub-events of the group's
///   events) per role group, O(sub-events of the two events) per pair.
extension HSTTState {
  /// Sum of the durations of role `g`'s event's sub-events whose resource in the role
  /// satisfies `test` (−1 = empty).
  @inline(__always)
  func roleDuration(_ g: Int, _ test: (Int) -> Bool) -> Int {
    let e = Int(md.roleEvent[g])
    let j = g - Int(md.roleFirst[e])
    let base = Int(md.subBase[e])
    var sum = 0
    for k in base..<base + Int(subCount[e]) where test(Int(subRes[md.assignIndex(e, k, j)])) {
      sum += Int(subDur[k])
    }
    return sum
  }

  /// Distinct resources among role group `x`'s preassigned resources and what its roles hold.
  func distinctResources(group x: Int) -> Int {
    scratch.clear()
    var n = 0
    let fixed = md.groupFixed
    for i in fixed.lower(x)..<fixed.upper(x) where scratch.mark(fixed[i]) { n += 1 }
    let roles = md.groupRoles
    for i in roles.lower(x)..<roles.upper(x) {
      let g = roles[i]
      let e = Int(md.roleEvent[g])
      let j = g - Int(md.roleFirst[e])
      let base = Int(md.subBase[e])
      for k in base..<base + Int(subCount[e]) {
        let r = Int(subRes[md.assignIndex(e, k, j)])
        if r >= 0 && scratch.mark(r) { n += 1 }
      }
    }
    return n
  }

  /// OrderEvents: 0 when a sub-event of either event has no start; else the amount the
  /// second's earliest start minus the first's latest end lies outside the pair's range.
  func orderDeviation(pair x: Int) -> Int {
    let first = Int(md.pairFirst[x])
    let second = Int(md.pairSecond[x])
    var end = Int.min
    var base = Int(md.subBase[first])
    for k in base..<base + Int(subCount[first]) {
      let s = Int(subStart[k])
      if s < 0 { return 0 }
      end = max(end, min(md.T, s + Int(subDur[k])))
    }
    var start = Int.max
    base = Int(md.subBase[second])
    for k in base..<base + Int(subCount[second]) {
      let s = Int(subStart[k])
      if s < 0 { return 0 }
      start = min(start, s)
    }
    if end == Int.min || start == Int.max { return 0 }
    return HSTTModel.outside(start - end, Int(md.pairMin[x]), Int(md.pairMax[x]))
  }
}
