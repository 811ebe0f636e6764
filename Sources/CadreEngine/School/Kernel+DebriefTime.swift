/// Debrief time: each leader needs, for every member, k slots a week in which both are free,
/// so that an observation's debrief can follow it (k = the observable slots per member, one
/// debrief chance per observation chance).
///
/// Per (team, member) pair p and week w: `max(0, k − d(p, w))`, d = slots of w that are
/// statically free for both (not blocked, neither unavailable) and in which neither teaches.
/// A slot changes d only when the member's or the leader's taught state changes there.
/// k is the pair's own (`pairK`); a soft-marked k counts in `team-policy` (`bumpPair`).
extension SearchState {
  mutating func initDebriefTime() {
    let md = model
    guard md.K > 0 else { return }
    for p in 0..<md.pairTeam.count where debriefPair(p) {
      for x in 0..<S where debriefStatic(p, x) { dbCount[p * md.W + x / md.slotsPerWeek] += 1 }
      for w in 0..<md.W {
        bumpPair(.debriefTime, p, Int64(max(0, md.pairK[p] - dbCount[p * md.W + w])))
      }
    }
  }

  /// Whether pair p's member is someone other than the leader's own teacher record (the
  /// leader needs no debrief with themselves).
  @inline(__always)
  func debriefPair(_ p: Int) -> Bool {
    Int(model.pairMember[p]) != Int(model.teamLeaderTeacher[Int(model.pairTeam[p])])
  }

  /// Whether slot x is free for pair p's member and leader whatever the timetable.
  @inline(__always)
  func debriefStatic(_ p: Int, _ x: Int) -> Bool {
    let md = model
    let g = Int(md.pairTeam[p])
    let mt = Int(md.pairMember[p])
    return debriefPair(p) && md.leaderStaticFree[g * S + x] && !md.teacherUnavailable[mt * S + x]
  }

  @inline(__always)
  mutating func debriefChanged(_ t: Int, _ x: Int, _ sign: Int32) {
    let md = model
    guard md.K > 0 else { return }
    let week = x / md.slotsPerWeek
    // t is a member: d changes where its leader does not teach.
    let tp = md.teacherPairs
    for q in tp.lower(t)..<tp.upper(t) {
      let p = tp[q]
      let lt = Int(md.teamLeaderTeacher[Int(md.pairTeam[p])])
      guard debriefStatic(p, x), lt < 0 || teacherOcc[lt * S + x] == 0 else { continue }
      addDebrief(p, week, -sign)
    }
    // t leads: d changes for members who do not teach x.
    let led = md.teacherLedTeams
    for q in led.lower(t)..<led.upper(t) {
      let g = led[q]
      let pairs = md.teamPairs
      for r in pairs.lower(g)..<pairs.upper(g) {
        let p = pairs[r]
        let mt = Int(md.pairMember[p])
        guard debriefStatic(p, x), teacherOcc[mt * S + x] == 0 else { continue }
        addDebrief(p, week, -sign)
      }
    }
  }

  @inline(__always)
  private mutating func addDebrief(_ p: Int, _ week: Int, _ delta: Int32) {
    let i = p * model.W + week
    let k = model.pairK[p]
    let old = dbCount[i]
    dbCount[i] = old + delta
    bumpPair(.debriefTime, p, Int64(max(0, k - old - delta) - max(0, k - old)))
  }

  /// From scratch.
  func recountDebriefTime() -> (hard: Int64, soft: Int64) {
    let md = model
    guard md.K > 0 else { return (0, 0) }
    let taught = taughtMatrix()
    var total: (hard: Int64, soft: Int64) = (0, 0)
    for p in 0..<md.pairTeam.count where debriefPair(p) {
      let lt = Int(md.teamLeaderTeacher[Int(md.pairTeam[p])])
      let mt = Int(md.pairMember[p])
      for w in 0..<md.W {
        var d = 0
        for x in (w * md.slotsPerWeek)..<((w + 1) * md.slotsPerWeek)
        where debriefStatic(p, x) && !taught[mt * S + x] && !(lt >= 0 && taught[lt * S + x]) {
          d += 1
        }
        let short = pairShortfall(p, max(0, Int(md.pairK[p]) - d))
        total.hard += short.hard
        total.soft += short.soft
      }
    }
    return total
  }
}
