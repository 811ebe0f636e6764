/// Observation window: each leader needs, for every member, k slots a week in which the member
/// teaches and the leader is free, so that observation is possible.
///
/// Per (team, member) pair p and week w: `max(0, k − o(p, w))`, k = the team's observable
/// slots per member (`pairK`; a soft-marked k counts weight × shortfall in `team-policy`),
/// o = slots of w in which the member teaches and the leader is free (not blocked, not
/// unavailable, not teaching).
/// A slot changes o only when the member's or the leader's taught state changes there.
extension SearchState {
  mutating func initObservationWindow() {
    let md = model
    guard md.K > 0 else { return }
    for p in 0..<md.pairTeam.count {
      bumpPair(.observationWindow, p, Int64(md.W) * Int64(md.pairK[p]))
    }
  }

  @inline(__always)
  mutating func observationChanged(_ t: Int, _ x: Int, _ sign: Int32) {
    let md = model
    guard md.K > 0 else { return }
    let week = x / md.slotsPerWeek
    // t is a member: o changes where its leader is free.
    let tp = md.teacherPairs
    for q in tp.lower(t)..<tp.upper(t) {
      let p = tp[q]
      let g = Int(md.pairTeam[p])
      let lt = Int(md.teamLeaderTeacher[g])
      guard lt != t, md.leaderStaticFree[g * S + x] else { continue }
      if lt >= 0 && teacherOcc[lt * S + x] > 0 { continue }
      let i = p * md.W + week
      let old = obsCount[i]
      obsCount[i] = old + sign
      let k = md.pairK[p]
      bumpPair(.observationWindow, p, Int64(max(0, k - old - sign) - max(0, k - old)))
    }
    // t leads: the leader's freedom flips, o changes for members teaching x.
    let led = md.teacherLedTeams
    for q in led.lower(t)..<led.upper(t) {
      let g = led[q]
      guard md.leaderStaticFree[g * S + x] else { continue }
      let pairs = md.teamPairs
      for r in pairs.lower(g)..<pairs.upper(g) {
        let p = pairs[r]
        let mt = Int(md.pairMember[p])
        guard mt != t, teacherOcc[mt * S + x] > 0 else { continue }
        let i = p * md.W + week
        let old = obsCount[i]
        obsCount[i] = old - sign
        let k = md.pairK[p]
        bumpPair(.observationWindow, p, Int64(max(0, k - old + sign) - max(0, k - old)))
      }
    }
  }

  /// From scratch.
  func recountObservationWindow() -> (hard: Int64, soft: Int64) {
    let md = model
    guard md.K > 0 else { return (0, 0) }
    let taught = taughtMatrix()
    var total: (hard: Int64, soft: Int64) = (0, 0)
    for p in 0..<md.pairTeam.count {
      let g = Int(md.pairTeam[p])
      let lt = Int(md.teamLeaderTeacher[g])
      let mt = Int(md.pairMember[p])
      for w in 0..<md.W {
        var o = 0
        for x in (w * md.slotsPerWeek)..<((w + 1) * md.slotsPerWeek)
        where taught[mt * S + x] && md.leaderStaticFree[g * S + x]
          && !(lt >= 0 && taught[lt * S + x])
        {
          o += 1
        }
        let short = pairShortfall(p, max(0, Int(md.pairK[p]) - o))
        total.hard += short.hard
        total.soft += short.soft
      }
    }
    return total
  }
}
