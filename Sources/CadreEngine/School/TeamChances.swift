/// The school's team rules as patterns over teachers' busy and free slots, for the general
/// engine (`HSTTPattern`), read from the school's dense tables (`SearchModel`; the retired
/// school engine's kernels counted with the same ones).
///
/// Per (team, member) pair whose member is not the leader's own teacher record, one pattern
/// each, with one slot group per week:
/// - `observation-window`: the member teaches and the leader (when the leader teaches) does
///   not, in the week's slots statically free for the leader (not blocked, not unavailable);
///   at least k such slots a week (`TeamChance.Counting.times`);
/// - `debrief-time`: neither teaches, in the slots statically free for both; at least k.
///
/// Per team with members and week, `common-planning`: no team person (leader and members)
/// teaches, in the slots statically free for all of them, grouped by day; for a leader of one
/// team at least H days of the week with such a slot (`Counting.groups`); for a leader of
/// several teams the teams' patterns together (`Counting.huddles`, one `huddleGroup` per
/// leader and week), counted by the kernel's matching (`HuddleMatching`): one huddle at a time
/// for the leader, hard teams served first.
///
/// Per pair also `debrief-window`: the observation pattern by cycle day, followed by the
/// debrief pattern by cycle day (`follow`): per week, at least k observation chances with a
/// joint free slot later that day or on one of the next n cycle days (the policy's debrief
/// window, cyclically); cycles of more than 64 days leave it out.
///
/// `weight` is −1 for a hard number, else the soft weight (counted in `team-policy`).
package struct TeamChance: Sendable, Equatable {
  package enum Rule: Sendable {
    case observationWindow, debriefTime, commonPlanning, debriefWindow
  }
  package enum Counting: Sendable { case times, groups, followed, huddles }
  /// For `.followed`: the pattern that must follow (its groups are the same cycle days), the
  /// window in days and the days of a week.
  package struct Follow: Sendable, Equatable {
    package var busy: [Int]
    package var free: [Int]
    package var groups: [[Int]]
    package var window: Int
    package var daysPerWeek: Int
  }
  package var rule: Rule
  /// Teacher indices (`Problem` numbering): those who must teach, those who must not.
  package var busy: [Int]
  package var free: [Int]
  /// Slot groups (slot numbering of `Problem`).
  package var groups: [[Int]]
  /// `.times`: per group, at least `minimum` slots where the pattern holds; `.groups`: at
  /// least `minimum` groups with such a slot.
  package var counting: Counting
  package var minimum: Int
  package var weight: Int64
  package var follow: Follow? = nil
  /// For `.huddles`: the (leader, week) the team's chance belongs to; the chances of one
  /// come together, in the order the leader's huddles serve the teams.
  package var huddleGroup = -1
  /// For `debrief-window`: the extra chances a week the calendar feedback asks for this pair
  /// (`Problem.pairEmphasis`), searched for but never reported.
  package var extra = 0
}

extension Problem {
  /// Every pair's observation-window, debrief-time and debrief-window patterns (pair order),
  /// then every team's common-planning patterns (team order, then week).
  package func teamChances() -> [TeamChance] {
    let md = SearchModel(self)
    var out: [TeamChance] = []
    let S = md.S
    func week(_ w: Int) -> Range<Int> { (w * md.slotsPerWeek)..<((w + 1) * md.slotsPerWeek) }
    for p in 0..<md.pairTeam.count where md.K > 0 {
      let g = Int(md.pairTeam[p])
      let lt = Int(md.teamLeaderTeacher[g])
      let mt = Int(md.pairMember[p])
      guard mt != lt else { continue }
      let leader = lt >= 0 ? [lt] : []
      let observe = (0..<md.W).map { week($0).filter { md.leaderStaticFree[g * S + $0] } }
      let debrief = observe.map { $0.filter { !md.teacherUnavailable[mt * S + $0] } }
      let (k, weight) = (Int(md.pairK[p]), md.pairKWeight[p])
      out.append(
        TeamChance(
          rule: .observationWindow, busy: [mt], free: leader, groups: observe, counting: .times,
          minimum: k, weight: weight))
      out.append(
        TeamChance(
          rule: .debriefTime, busy: [], free: leader + [mt], groups: debrief, counting: .times,
          minimum: k, weight: weight))
      guard md.CD <= 64 else { continue }
      let day = { (c: Int) in (c * md.P)..<((c + 1) * md.P) }
      let chanceDays = (0..<md.CD).map { day($0).filter { md.leaderStaticFree[g * S + $0] } }
      let jointDays = chanceDays.map { $0.filter { !md.teacherUnavailable[mt * S + $0] } }
      out.append(
        TeamChance(
          rule: .debriefWindow, busy: [mt], free: leader, groups: chanceDays, counting: .followed,
          minimum: k, weight: weight,
          follow: TeamChance.Follow(
            busy: [], free: leader + [mt], groups: jointDays, window: md.debriefWindow,
            daysPerWeek: md.daysPerWeek), extra: Int(md.pairExtra[p])))
    }
    guard md.H > 0 else { return out }
    var huddleGroup = 0
    for k in 0..<md.groupTeams.rowCount {
      let teams = (md.groupTeams.lower(k)..<md.groupTeams.upper(k)).map { md.groupTeams[$0] }
      for w in 0..<md.W {
        for g in teams where teams.count > 1 || md.teamH[g] > 0 {
          let lt = Int(md.teamLeaderTeacher[g])
          var persons = lt >= 0 ? [lt] : []
          for q in md.teamPairs.lower(g)..<md.teamPairs.upper(g) {
            let t = Int(md.pairMember[md.teamPairs[q]])
            if !persons.contains(t) { persons.append(t) }
          }
          let days = (0..<md.daysPerWeek).map { d in
            let day = (w * md.daysPerWeek + d) * md.P
            return (day..<day + md.P).filter { md.teamStaticFree[g * S + $0] }
          }
          out.append(
            TeamChance(
              rule: .commonPlanning, busy: [], free: persons, groups: days,
              counting: teams.count > 1 ? .huddles : .groups, minimum: Int(md.teamH[g]),
              weight: md.teamHWeight[g], huddleGroup: teams.count > 1 ? huddleGroup : -1))
        }
        if teams.count > 1 { huddleGroup += 1 }
      }
    }
    return out
  }
}
