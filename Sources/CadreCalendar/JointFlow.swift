/// One leader's huddles of the weeks touching a month and that month's one-on-ones, as one
/// maximum flow over the leader's dated slots: source → (team, week) with capacity
/// c = min(h, s(week)) → (team, day) with capacity 1 → open slot; source → member with the
/// one-on-ones owed → slot where both are free; slot → sink with capacity 1 (the leader is in
/// one event at a time). With the master schedule alone as input it bounds what any
/// calendar can hold; with the other events as busy it is the planner's repair.
struct JointFlow {
  let weeks: [Int]
  var flow: MaxFlow
  var huddleEdges: [(edge: Int, team: Int, day: Int, period: Int)] = []
  var oneEdges: [(edge: Int, member: Int, day: Int, period: Int)] = []
  var debriefEdges: [(edge: Int, record: Int, day: Int, period: Int)] = []
  /// Source edges, routed in this order: debriefs first (they must all keep a slot).
  private var debriefSources: [(node: Int, cap: Int)] = []
  private var otherSources: [(node: Int, cap: Int)] = []

  /// `counts[i]` one-on-ones for `members[i]`; `leaderFree(day)`, `teamOpen(team, day)`,
  /// `memberOpen(member, day)` give the usable periods. `debriefs` are (record, member,
  /// observation day, observation period) whose debriefs are placed by the flow too.
  init(
    problem pb: PlanProblem, leader l: Int, month mo: Int, members: [Int], counts: [Int],
    debriefs: [(record: Int, member: Int, day: Int, period: Int)] = [],
    leaderFree: (Int) -> UInt64, teamOpen: (Int, Int) -> UInt64,
    memberOpen: (Int, Int) -> UInt64
  ) {
    let monthDays = pb.monthDays[mo]
    let first = monthDays.first ?? 0
    let last = monthDays.last ?? 0
    weeks = monthDays.isEmpty ? [] : Array(pb.dayWeek[first]...pb.dayWeek[last])
    let start = weeks.first.map { pb.weekDays[$0].lowerBound } ?? 0
    let end = weeks.last.map { pb.weekDays[$0].upperBound } ?? 0
    let span = end - start
    let teams = pb.leaderTeams[l]
    let pc = pb.periodCount
    let slotBase = 2
    let teamWeekBase = slotBase + span * pc
    let teamDayBase = teamWeekBase + teams.count * weeks.count
    let memberBase = teamDayBase + teams.count * span
    let debriefBase = memberBase + members.count
    flow = MaxFlow(nodes: debriefBase + debriefs.count)
    for d in start..<end {
      var mask = leaderFree(d)
      while mask != 0 {
        let p = mask.trailingZeroBitCount
        mask &= mask &- 1
        flow.add(slotBase + (d - start) * pc + p, 1, 1)
      }
    }
    for (i, t) in teams.enumerated() where pb.teamHuddles[t] > 0 {
      for (j, w) in weeks.enumerated() {
        let node = teamWeekBase + i * weeks.count + j
        otherSources.append((node, pb.huddleCap(team: t, week: w)))
        for d in pb.weekDays[w] {
          let dayNode = teamDayBase + i * span + (d - start)
          flow.add(node, dayNode, 1)
          var mask = teamOpen(t, d)
          while mask != 0 {
            let p = mask.trailingZeroBitCount
            mask &= mask &- 1
            let e = flow.add(dayNode, slotBase + (d - start) * pc + p, 1)
            huddleEdges.append((e, t, d, p))
          }
        }
      }
    }
    for (i, m) in members.enumerated() {
      otherSources.append((memberBase + i, counts[i]))
      for d in monthDays {
        var mask = memberOpen(m, d)
        while mask != 0 {
          let p = mask.trailingZeroBitCount
          mask &= mask &- 1
          let e = flow.add(memberBase + i, slotBase + (d - start) * pc + p, 1)
          oneEdges.append((e, m, d, p))
        }
      }
    }
    for (i, b) in debriefs.enumerated() {
      debriefSources.append((debriefBase + i, 1))
      for d in b.day...(b.day + pb.window) where d >= start && d < end {
        var mask = memberOpen(b.member, d)
        if d == b.day { mask &= ~((UInt64(2) << UInt64(b.period)) &- 1) }
        while mask != 0 {
          let p = mask.trailingZeroBitCount
          mask &= mask &- 1
          let e = flow.add(debriefBase + i, slotBase + (d - start) * pc + p, 1)
          debriefEdges.append((e, b.record, d, p))
        }
      }
    }
  }

  /// Routes the debriefs, then the huddles and one-on-ones (which cannot take a debrief's
  /// slot away: an augmenting path never lowers the flow out of the source). Returns the
  /// debriefs placed and the huddles and one-on-ones placed.
  mutating func run() -> (debriefs: Int, others: Int) {
    for (node, cap) in debriefSources { flow.add(0, node, cap) }
    let first = flow.run(0, 1)
    for (node, cap) in otherSources { flow.add(0, node, cap) }
    return (first, flow.run(0, 1))
  }
}
