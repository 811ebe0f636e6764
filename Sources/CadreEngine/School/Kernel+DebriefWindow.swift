/// Debrief window: each leader needs, for every member, k observation chances a week that a
/// debrief can follow within the debrief window, as the coaching planner places debriefs.
///
/// A chance of pair p is a slot in which the member teaches and the leader is free (as in
/// `Kernel+ObservationWindow`); a joint slot one in which both are free (as in
/// `Kernel+DebriefTime`). A chance in period q of cycle day c is useful when a joint slot
/// follows it: later on day c, or on one of the cycle days c+1 … c+n (n = `debriefWindow`,
/// counted cyclically over the W × D cycle days, which is how the school days of the year run
/// through the cycle). Per pair p and week w: `max(0, k − u(p, w))`, u = the useful chances
/// of the days of w.
///
/// Kept per (pair, cycle day) as period masks (chances, joint slots) and the day's useful
/// chances: a taught change in slot x of day c recomputes day c, and, when day c gains its
/// first joint slot or loses its last, the n days before it.
///
/// The calendar's feedback (`SearchModel.pairExtra`) asks pair p for k + extra useful chances
/// a week; what falls short of that beyond the rule's own count is `feedbackShort`, soft cost
/// the search sees and the reported cost leaves out.
///
/// k is the pair's own (`pairK`); a soft-marked k's shortfall counts in `team-policy`
/// (`bumpPair`), as for `observation-window` and `debrief-time`.
///
/// - Complexity: O(pairs of t × n) per taught change.
extension SearchState {
  mutating func initDebriefWindow() {
    let md = model
    guard md.K > 0 else { return }
    let P = md.P
    for p in 0..<md.pairTeam.count where debriefPair(p) {
      for x in 0..<S where debriefStatic(p, x) {
        dwJoint[p * md.CD + x / P] |= UInt64(1) << UInt64(x % P)
      }
      bumpPair(.debriefWindow, p, Int64(md.W) * Int64(md.pairK[p]))
      let extra = Int64(md.pairExtra[p]) * Int64(md.W)
      feedbackShort += extra
      soft += extra * SearchModel.feedbackWeight
    }
  }

  /// Teacher t's taught state in slot x changed (teacherOcc already updated).
  @inline(__always)
  mutating func debriefWindowChanged(_ t: Int, _ x: Int) {
    let md = model
    guard md.K > 0 else { return }
    let tp = md.teacherPairs
    for q in tp.lower(t)..<tp.upper(t) where debriefPair(tp[q]) {
      debriefWindowSlot(tp[q], x)
    }
    let led = md.teacherLedTeams
    for q in led.lower(t)..<led.upper(t) {
      let pairs = md.teamPairs
      let g = led[q]
      for r in pairs.lower(g)..<pairs.upper(g) where debriefPair(pairs[r]) {
        debriefWindowSlot(pairs[r], x)
      }
    }
  }

  /// Recomputes pair p's chance and joint bits of slot x and the useful chances they affect.
  @inline(__always)
  private mutating func debriefWindowSlot(_ p: Int, _ x: Int) {
    let md = model
    let g = Int(md.pairTeam[p])
    let lt = Int(md.teamLeaderTeacher[g])
    let mt = Int(md.pairMember[p])
    let leaderFree = md.leaderStaticFree[g * S + x] && !(lt >= 0 && teacherOcc[lt * S + x] > 0)
    let memberTeaches = teacherOcc[mt * S + x] > 0
    let chance = memberTeaches && leaderFree
    let joint = leaderFree && !memberTeaches && !md.teacherUnavailable[mt * S + x]
    let c = x / md.P
    let i = p * md.CD + c
    let bit = UInt64(1) << UInt64(x % md.P)
    let newChance = chance ? dwChance[i] | bit : dwChance[i] & ~bit
    let newJoint = joint ? dwJoint[i] | bit : dwJoint[i] & ~bit
    guard newChance != dwChance[i] || newJoint != dwJoint[i] else { return }
    let hadJoint = dwJoint[i] != 0
    dwChance[i] = newChance
    dwJoint[i] = newJoint
    refreshUseful(p, c)
    guard hadJoint != (newJoint != 0) else { return }
    let n = md.debriefWindow
    if n == 0 { return }
    for j in 1...n { refreshUseful(p, (c - j + md.CD) % md.CD) }
  }

  /// Whether pair p has fewer useful chances in week w than the policy asks (a conflict for
  /// the meetings of its member and leader that week).
  @inline(__always)
  func debriefWindowShort(_ p: Int, week w: Int) -> Bool {
    debriefPair(p) && dwWeek[p * model.W + w] < model.pairK[p]
  }

  /// Pair p's useful chances on cycle day c from the masks.
  @inline(__always)
  func usefulChances(_ p: Int, _ c: Int) -> Int32 {
    let md = model
    let base = p * md.CD
    let chances = dwChance[base + c]
    if chances == 0 { return 0 }
    let n = md.debriefWindow
    if n > 0 {
      for j in 1...n where dwJoint[base + (c + j) % md.CD] != 0 {
        return Int32(chances.nonzeroBitCount)
      }
    }
    let joint = dwJoint[base + c]
    guard joint != 0 else { return 0 }
    let last = 63 - joint.leadingZeroBitCount
    return Int32((chances & ((UInt64(1) << UInt64(last)) &- 1)).nonzeroBitCount)
  }

  @inline(__always)
  private mutating func refreshUseful(_ p: Int, _ c: Int) {
    let md = model
    let i = p * md.CD + c
    let new = usefulChances(p, c)
    let delta = new - dwUseful[i]
    guard delta != 0 else { return }
    dwUseful[i] = new
    let w = p * md.W + c / md.daysPerWeek
    let old = dwWeek[w]
    dwWeek[w] = old + delta
    let k = md.pairK[p]
    bumpPair(.debriefWindow, p, Int64(max(0, k - old - delta) - max(0, k - old)))
    let extra = md.pairExtra[p]
    if extra > 0 {
      let e = k + extra
      let before = max(0, e - old) - max(0, k - old)
      let after = max(0, e - old - delta) - max(0, k - old - delta)
      feedbackShort += Int64(after - before)
      soft += Int64(after - before) * SearchModel.feedbackWeight
    }
  }

  /// From scratch: the rule's count (a soft-marked k's shortfall weighted, as `team-policy`
  /// counts it) and the feedback demand short.
  func recountDebriefWindow() -> (count: Int64, soft: Int64, feedback: Int64) {
    let md = model
    guard md.K > 0 else { return (0, 0, 0) }
    let taught = taughtMatrix()
    let P = md.P
    var count: Int64 = 0
    var weighted: Int64 = 0
    var feedback: Int64 = 0
    var chance = [UInt64](repeating: 0, count: md.CD)
    var joint = [UInt64](repeating: 0, count: md.CD)
    for p in 0..<md.pairTeam.count where debriefPair(p) {
      let g = Int(md.pairTeam[p])
      let lt = Int(md.teamLeaderTeacher[g])
      let mt = Int(md.pairMember[p])
      for c in 0..<md.CD {
        chance[c] = 0
        joint[c] = 0
        for q in 0..<P {
          let x = c * P + q
          let leaderFree = md.leaderStaticFree[g * S + x] && !(lt >= 0 && taught[lt * S + x])
          if leaderFree && taught[mt * S + x] { chance[c] |= UInt64(1) << UInt64(q) }
          if leaderFree && !taught[mt * S + x] && !md.teacherUnavailable[mt * S + x] {
            joint[c] |= UInt64(1) << UInt64(q)
          }
        }
      }
      for w in 0..<md.W {
        var u = 0
        for c in (w * md.daysPerWeek)..<((w + 1) * md.daysPerWeek) {
          for q in 0..<P where chance[c] & (UInt64(1) << UInt64(q)) != 0 {
            var later = joint[c] >> UInt64(q) > 1
            var j = 1
            while !later && j <= md.debriefWindow {
              later = joint[(c + j) % md.CD] != 0
              j += 1
            }
            if later { u += 1 }
          }
        }
        let k = Int(md.pairK[p])
        let short = pairShortfall(p, max(0, k - u))
        count += short.hard
        weighted += short.soft
        let e = k + Int(md.pairExtra[p])
        feedback += Int64(max(0, e - u) - max(0, k - u))
      }
    }
    return (count, weighted, feedback)
  }
}
