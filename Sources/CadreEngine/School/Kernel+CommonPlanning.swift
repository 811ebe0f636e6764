/// Common planning: a leader's teams (with members) each need their `huddlesPerWeek` (Hₜ, the
/// team's own number, `teamH`) huddles a week, on different days, in slots where the team's
/// leader and every member are free, and the leader attends one huddle at a time
/// (docs/RULES.md; the calendar counts a week alike).
///
/// Per huddle group (a leader's teams) and week w: `ΣHₜ − R`, R = the most huddles the week
/// holds (`HuddleMatching`). With soft-marked teams the matching serves hard teams first and
/// then the heavier weights, so that hard teams' shortfall counts here and each soft team's
/// weight × its shortfall counts in `team-policy`. A slot is common for team g when it
/// is statically free for the team and no team person teaches it: `cpBusy[g, x]` counts team
/// persons (with multiplicity) teaching x, so a slot joins or leaves `cpMask[g, cycle day]`
/// exactly when that count moves between 0 and 1. A group of one team needs no matching: R =
/// min(H, days of the week with a common slot).
extension SearchState {
  mutating func initCommonPlanning() {
    let md = model
    guard md.G > 0 else { return }
    for g in 0..<md.G where md.teamGroup[g] >= 0 {
      for x in 0..<S where md.teamStaticFree[g * S + x] {
        cpMask[g * md.CD + x / P] |= 1 << UInt64(x % P)
      }
    }
    for k in 0..<md.groupTeams.rowCount {
      for w in 0..<md.W {
        let short = huddleShort(group: k, week: w)
        groupShort[k * md.W + w] = short.hard
        groupSoft[k * md.W + w] = short.soft
        bump(.commonPlanning, Int64(short.hard))
        bump(.teamPolicy, short.soft)
      }
    }
  }

  @inline(__always)
  mutating func commonPlanningChanged(_ t: Int, _ x: Int, _ sign: Int32) {
    let md = model
    let occ = md.teacherTeamOccurrences
    for k in occ.lower(t)..<occ.upper(t) {
      let g = occ[k]
      let i = g * S + x
      let before = cpBusy[i]
      cpBusy[i] = before + sign
      guard md.teamStaticFree[i], (before == 0) != (before + sign == 0) else { continue }
      let di = g * md.CD + x / P
      if before == 0 {
        cpMask[di] &= ~(1 << UInt64(x % P))
      } else {
        cpMask[di] |= 1 << UInt64(x % P)
      }
      let group = Int(md.teamGroup[g])
      let wi = group * md.W + x / md.slotsPerWeek
      let short = huddleShort(group: group, week: x / md.slotsPerWeek)
      bump(.commonPlanning, Int64(short.hard - groupShort[wi]))
      bump(.teamPolicy, short.soft - groupSoft[wi])
      groupShort[wi] = short.hard
      groupSoft[wi] = short.soft
    }
  }

  /// ΣHₜ − R for huddle group `group` in week `w`, from `cpMask`: the hard teams' shortfall,
  /// and the soft teams' shortfalls times their weights.
  /// - Complexity: O(days) for a group of one team; a small maximum flow otherwise.
  mutating func huddleShort(group: Int, week w: Int) -> (hard: Int32, soft: Int64) {
    let md = model
    guard md.H > 0 else { return (0, 0) }
    let teams = md.groupTeams
    let k = teams.count(group)
    let D = md.daysPerWeek
    if k == 1 {
      let g = teams[teams.lower(group)]
      var days: Int32 = 0
      for d in 0..<D where cpMask[g * md.CD + w * D + d] != 0 { days += 1 }
      return split(team: g, short: max(0, md.teamH[g] - days))
    }
    for j in 0..<k {
      let g = teams[teams.lower(group) + j]
      huddles.caps[j] = md.teamH[g]
      for d in 0..<D { huddles.mask[j * D + d] = cpMask[g * md.CD + w * D + d] }
    }
    _ = huddles.maximumByTeam(teams: k)
    var out: (hard: Int32, soft: Int64) = (0, 0)
    for j in 0..<k {
      let g = teams[teams.lower(group) + j]
      let part = split(team: g, short: md.teamH[g] - huddles.got[j])
      out.hard += part.hard
      out.soft += part.soft
    }
    return out
  }

  /// Team g's huddle shortfall as (hard, weighted soft).
  @inline(__always)
  private func split(team g: Int, short: Int32) -> (hard: Int32, soft: Int64) {
    let w = model.teamHWeight[g]
    return w < 0 ? (short, 0) : (0, Int64(short) * w)
  }

  /// Whether team `g`'s huddle group is short of huddles in week `w`.
  @inline(__always)
  func teamShort(_ g: Int, week w: Int) -> Bool {
    let group = model.teamGroup[g]
    guard group >= 0 else { return false }
    let i = Int(group) * model.W + w
    return groupShort[i] > 0 || groupSoft[i] > 0
  }

  /// From scratch.
  func recountCommonPlanning() -> (hard: Int64, soft: Int64) {
    let md = model
    let taught = taughtMatrix()
    var probe = self
    for g in 0..<md.G {
      for cd in 0..<md.CD { probe.cpMask[g * md.CD + cd] = 0 }
      guard md.teamGroup[g] >= 0 else { continue }
      let lt = Int(md.teamLeaderTeacher[g])
      for x in 0..<S where md.teamStaticFree[g * S + x] {
        if lt >= 0 && taught[lt * S + x] { continue }
        var free = true
        for k in md.teamPairs.lower(g)..<md.teamPairs.upper(g)
        where taught[Int(md.pairMember[md.teamPairs[k]]) * S + x] {
          free = false
        }
        if free { probe.cpMask[g * md.CD + x / P] |= 1 << UInt64(x % P) }
      }
    }
    var total: (hard: Int64, soft: Int64) = (0, 0)
    for k in 0..<md.groupTeams.rowCount {
      for w in 0..<md.W {
        let short = probe.huddleShort(group: k, week: w)
        total.hard += Int64(short.hard)
        total.soft += short.soft
      }
    }
    return total
  }
}
