extension PlanState {
  /// Re-places, for every leader and month with a one-on-one missing, the leader's huddles of
  /// the weeks touching that month and the month's one-on-ones of the leader's teachers
  /// together, as one maximum flow over the leader's free dated slots (everything else stays
  /// where it is). At the ends of the year, where the blackout leaves few other events, this
  /// is exactly what decides how many of both fit. The leader's debriefs of those weeks are
  /// routed first, so every observation keeps one. Kept only when more events fit and no
  /// huddle is lost (huddles are owed; one-on-ones are optional).
  ///
  /// - Complexity: per repaired month O(E √V) for a graph of the month's slots.
  mutating func repairOneOnOnes() {
    let pb = problem
    var done = Set<Int>()
    for k in oneDay.indices where oneDay[k] < 0 {
      let l = pb.memberLeader[oneMember[k]]
      let key = l * pb.monthCount + oneMonth[k]
      guard done.insert(key).inserted else { continue }
      repairMonth(leader: l, month: oneMonth[k])
    }
    recountHuddlePattern()
  }

  /// Recomputes `huddlePatternCount` from the placed huddles.
  mutating func recountHuddlePattern() {
    let pc = problem.periodCount
    var keys = [[Int]](repeating: [], count: problem.teamCount)
    for i in huddleDay.indices {
      let key = problem.dayWeekday[huddleDay[i]] * pc + huddlePeriod[i]
      if !keys[huddleTeam[i]].contains(key) { keys[huddleTeam[i]].append(key) }
    }
    huddlePatternCount = keys.indices.reduce(0) {
      $0 + max(0, keys[$1].count - problem.teamHuddles[$1])
    }
  }

  private mutating func repairMonth(leader l: Int, month mo: Int) {
    let pb = problem
    let lx = pb.leaderPerson[l]
    guard let firstDay = pb.monthDays[mo].first, let lastDay = pb.monthDays[mo].last else {
      return
    }
    let weeks = Array(pb.dayWeek[firstDay]...pb.dayWeek[lastDay])
    // Re-solve: a month holding events put back from the previous calendar is left alone.
    if weeks.contains(where: { pinnedWeek[l * pb.weekCount + $0] }) { return }
    if oneDay.indices.contains(where: {
      pinnedOneOnOne[$0] && oneMonth[$0] == mo && pb.memberLeader[oneMember[$0]] == l
    }) {
      return
    }
    // Take the leader's huddles of those weeks and the month's one-on-ones out.
    let oldHuddles = huddleDay.indices.filter {
      pb.teamLeader[huddleTeam[$0]] == l && weeks.contains(pb.dayWeek[huddleDay[$0]])
    }
    let saved = oldHuddles.map { (huddleTeam[$0], huddleDay[$0], huddlePeriod[$0]) }
    removeHuddles(oldHuddles)
    let ones = oneDay.indices.filter { oneMonth[$0] == mo && pb.memberLeader[oneMember[$0]] == l }
    let savedOnes = ones.map { (oneDay[$0], onePeriod[$0]) }
    var before = saved.count
    for k in ones where oneDay[k] >= 0 {
      before += 1
      setOneOnOne(k, -1, -1)
    }
    // The leader's debriefs whose observation falls in those weeks move too.
    let start = pb.weekDays[weeks[0]].lowerBound
    let end = pb.weekDays[weeks[weeks.count - 1]].upperBound
    let records = day.indices.filter {
      day[$0] >= start && day[$0] < end && debriefDay[$0] < end
        && pb.memberLeader[memberOf($0)] == l && !pinnedObservation[$0]
    }
    let savedDebriefs = records.map { (debriefDay[$0], debriefPeriod[$0]) }
    for r in records { liftDebrief(r) }
    let members = Array(Set(ones.map { oneMember[$0] })).sorted()
    var joint = JointFlow(
      problem: pb, leader: l, month: mo, members: members,
      counts: members.map { m in ones.filter { oneMember[$0] == m }.count },
      debriefs: records.map { ($0, memberOf($0), day[$0], period[$0]) },
      leaderFree: { free(lx, $0) }, teamOpen: { common(team: $0, $1) },
      memberOpen: { common(member: $0, $1) })
    let after = joint.run()
    // Huddles are owed (hard) and one-on-ones optional (soft): never trade one for the other.
    let huddlesAfter = joint.huddleEdges.filter { joint.flow.flow($0.edge) > 0 }.count
    if after.debriefs < records.count || huddlesAfter < saved.count || after.others <= before {
      for (r, old) in zip(records, savedDebriefs) { dropDebrief(r, old.0, old.1) }
      for (t, d, p) in saved { addHuddle(team: t, d, p) }
      for (k, old) in zip(ones, savedOnes) where old.0 >= 0 { setOneOnOne(k, old.0, old.1) }
      return
    }
    for w in weeks { huddleShort += huddlePlaced[l * pb.weekCount + w] }
    for w in weeks { huddlePlaced[l * pb.weekCount + w] = 0 }
    for x in joint.huddleEdges where joint.flow.flow(x.edge) > 0 {
      addHuddle(team: x.team, x.day, x.period)
      huddlePlaced[l * pb.weekCount + pb.dayWeek[x.day]] += 1
      huddleShort -= 1
    }
    for x in joint.debriefEdges where joint.flow.flow(x.edge) > 0 {
      dropDebrief(x.record, x.day, x.period)
    }
    for x in joint.oneEdges where joint.flow.flow(x.edge) > 0 {
      guard let k = ones.first(where: { oneMember[$0] == x.member && oneDay[$0] < 0 }) else {
        continue
      }
      setOneOnOne(k, x.day, x.period)
    }
  }

  /// Takes record r's debrief out of the busy sets and load (its fields stay until
  /// `dropDebrief`).
  private mutating func liftDebrief(_ r: Int) {
    let m = memberOf(r)
    let l = problem.memberLeader[m]
    mark(problem.leaderPerson[l], debriefDay[r], debriefPeriod[r], false)
    mark(problem.memberPerson[m], debriefDay[r], debriefPeriod[r], false)
    load[l * problem.dayCount + debriefDay[r]] -= 1
    delaySum -= debriefDay[r] - day[r]
  }

  /// Puts record r's debrief, lifted by `liftDebrief`, at (dd, dp).
  private mutating func dropDebrief(_ r: Int, _ dd: Int, _ dp: Int) {
    let m = memberOf(r)
    let l = problem.memberLeader[m]
    debriefDay[r] = dd
    debriefPeriod[r] = dp
    mark(problem.leaderPerson[l], dd, dp, true)
    mark(problem.memberPerson[m], dd, dp, true)
    load[l * problem.dayCount + dd] += 1
    delaySum += dd - day[r]
  }

  /// Takes the huddles at the given indices out of the plan (busy sets, load, arrays).
  private mutating func removeHuddles(_ indices: [Int]) {
    guard !indices.isEmpty else { return }
    let drop = Set(indices)
    for i in indices {
      let t = huddleTeam[i]
      let l = problem.teamLeader[t]
      let d = huddleDay[i]
      mark(problem.leaderPerson[l], d, huddlePeriod[i], false)
      for m in problem.teamMembers[t] { mark(problem.memberPerson[m], d, huddlePeriod[i], false) }
      load[l * problem.dayCount + d] -= 1
    }
    let keep = huddleDay.indices.filter { !drop.contains($0) }
    huddleTeam = keep.map { huddleTeam[$0] }
    huddleDay = keep.map { huddleDay[$0] }
    huddlePeriod = keep.map { huddlePeriod[$0] }
  }
}
