/// Common planning: every team with members needs `huddlesPerWeek` (H) slots a week in which
/// the leader and every member are free.
///
/// Per team g and week w: `max(0, H − c(g, w))`, c = slots of w that are statically free for
/// the team (not blocked, nobody unavailable) and in which no team person teaches.
/// `cpBusy[g, x]` counts team persons (with multiplicity) teaching x, so a slot joins or leaves
/// c exactly when that count moves between 0 and 1.
extension SearchState {
  mutating func initCommonPlanning() {
    let md = model
    guard md.G > 0 else { return }
    for g in 0..<md.G where md.teamHasMembers[g] {
      for x in 0..<S where md.teamStaticFree[g * S + x] {
        cpCount[g * md.W + x / md.slotsPerWeek] += 1
      }
      for w in 0..<md.W {
        bump(.commonPlanning, Int64(max(0, Int32(md.H) - cpCount[g * md.W + w])))
      }
    }
  }

  @inline(__always)
  mutating func commonPlanningChanged(_ t: Int, _ x: Int, _ sign: Int32) {
    let md = model
    let occ = md.teacherTeamOccurrences
    let h = Int32(md.H)
    for k in occ.lower(t)..<occ.upper(t) {
      let g = occ[k]
      let i = g * S + x
      let before = cpBusy[i]
      cpBusy[i] = before + sign
      guard md.teamStaticFree[i], (before == 0) != (before + sign == 0) else { continue }
      let wi = g * md.W + x / md.slotsPerWeek
      let oldC = cpCount[wi]
      let newC = oldC + (before == 0 ? -1 : 1)
      cpCount[wi] = newC
      bump(.commonPlanning, Int64(max(0, h - newC) - max(0, h - oldC)))
    }
  }

  /// From scratch.
  func recountCommonPlanning() -> Int64 {
    let md = model
    let taught = taughtMatrix()
    var total: Int64 = 0
    for g in 0..<md.G where md.teamHasMembers[g] {
      let lt = Int(md.teamLeaderTeacher[g])
      for w in 0..<md.W {
        var c = 0
        for x in (w * md.slotsPerWeek)..<((w + 1) * md.slotsPerWeek) {
          guard md.teamStaticFree[g * S + x] else { continue }
          if lt >= 0 && taught[lt * S + x] { continue }
          var free = true
          for k in md.teamPairs.lower(g)..<md.teamPairs.upper(g)
          where taught[Int(md.pairMember[md.teamPairs[k]]) * S + x] {
            free = false
          }
          if free { c += 1 }
        }
        total += Int64(max(0, md.H - c))
      }
    }
    return total
  }
}
