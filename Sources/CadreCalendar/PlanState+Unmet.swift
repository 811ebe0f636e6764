import CadreModel

extension PlanState {
  /// What the plan misses, in school terms: per leader the busiest week's observation need
  /// against the periods free while the team teaches, per teacher the observations,
  /// spacing and terms missed, per team the huddles, per teacher the one-on-ones.
  mutating func unmet(huddles: [HuddleShortfall]) -> [String] {
    let pb = problem
    var out = pb.issues
    var leaderDone = Set<Int>()
    for m in 0..<pb.memberCount {
      let base = m * perMember
      var placed = [0, 0]
      for r in base..<(base + perMember) where day[r] >= 0 { placed[kind[r]] += 1 }
      let l = pb.memberLeader[m]
      for k in 0..<2 where placed[k] < pb.quota[k] {
        if !leaderDone.contains(l) {
          leaderDone.insert(l)
          if let reason = leaderCapacity(l) { out.append(reason) }
        }
        out.append(observationReason(member: m, kind: k, placed: placed[k]))
      }
      out.append(contentsOf: spacingAndTerms(member: m))
    }
    var byTeam: [Int: [HuddleShortfall]] = [:]
    for s in huddles { byTeam[s.team, default: []].append(s) }
    for t in byTeam.keys.sorted() {
      guard let list = byTeam[t], let first = list.first else { continue }
      let team = pb.teamLabel(t)
      let leader = pb.leaderLabel(pb.teamLeader[t])
      let week = pb.date(pb.weekDays[first.week].lowerBound)
      let size = pb.teamMembers[t].count
      let why =
        first.commonFree < first.needed
        ? "that week has only \(first.commonFree) period(s) when the leader and all \(size) "
          + "members are free"
        : "the periods when the leader and all \(size) members are free are taken by other "
          + "events"
      out.append(
        "\(team) with \(leader) gets fewer than its \(pb.huddlesPerWeek) huddle(s) a week in "
          + "\(list.count) week(s); in the week of \(week) it gets \(first.placed) of "
          + "\(first.needed): \(why)")
    }
    for m in 0..<pb.memberCount {
      let missed = oneDay.indices.filter { oneMember[$0] == m && oneDay[$0] < 0 }
      guard let first = missed.first else { continue }
      let month = String(pb.date(pb.monthDays[oneMonth[first]].lowerBound).description.prefix(7))
      out.append(
        "\(pb.teacherLabel(member: m)) misses \(missed.count) one-on-one(s) with "
          + "\(pb.leaderLabel(pb.memberLeader[m])), the first in \(month): no period that month "
          + "when both are free")
    }
    return out
  }

  /// The week in which leader l's observation need most exceeds their free periods while the
  /// team teaches, or the year-long daily limit, when either is short.
  func leaderCapacity(_ l: Int) -> String? {
    let pb = problem
    let members = (0..<pb.memberCount).filter { pb.memberLeader[$0] == l }
    let need = members.count * perMember
    let e = pb.eligibleDays.count
    guard need > 0, e > 0 else { return nil }
    let lx = pb.leaderPerson[l]
    var worst: (gap: Int, week: Int, need: Int, free: Int)?
    var yearFree = 0
    for w in 0..<pb.weekCount {
      var days = 0
      var free = 0
      for d in pb.weekDays[w] where pb.dayEligible[d] {
        days += 1
        var teaching: UInt64 = 0
        for m in members { teaching |= pb.teaching(pb.memberPerson[m], day: d) }
        let n = (teaching & ~pb.busyStatic(lx, day: d)).nonzeroBitCount
        free += n
        yearFree += min(n, pb.maxPerDay)
      }
      guard days > 0 else { continue }
      let weekNeed = (need * days + e - 1) / e
      if weekNeed > free && (worst == nil || weekNeed - free > worst?.gap ?? 0) {
        worst = (weekNeed - free, w, weekNeed, free)
      }
    }
    let who = pb.leaderLabel(l)
    if let worst {
      let monday = pb.date(pb.weekDays[worst.week].lowerBound)
      return
        "\(who) needs \(worst.need) observation periods in the week of \(monday) and has "
        + "\(worst.free) free while the team teaches"
    }
    if yearFree < need {
      return
        "\(who) must make \(need) observations in \(e) school days but can make at most "
        + "\(yearFree) (free periods while the team teaches, at most \(pb.maxPerDay) a day)"
    }
    return nil
  }

  func observationReason(member m: Int, kind k: Int, placed: Int) -> String {
    let pb = problem
    let who = pb.teacherLabel(member: m)
    let l = pb.memberLeader[m]
    let leader = pb.leaderLabel(l)
    let what = "\(placed) of \(pb.quota[k]) \(PlanProblem.kindName(k)) observations"
    let mx = pb.memberPerson[m]
    let lx = pb.leaderPerson[l]
    var teachesAny = false
    var possible = 0
    var last = Int.min / 2
    for d in 0..<pb.dayCount where pb.teaching(mx, day: d) != 0 {
      teachesAny = true
      guard pb.dayEligible[d], pb.teaching(mx, day: d) & ~pb.busyStatic(lx, day: d) != 0
      else { continue }
      if d - last >= pb.minDays {
        possible += 1
        last = d
      }
    }
    if !teachesAny {
      return
        "\(who) gets \(what): they teach no lesson in the master schedule, so \(leader) "
        + "cannot observe them"
    }
    if possible < perMember {
      let apart = pb.minDays > 0 ? " at least \(pb.minDays) school days apart" : ""
      return
        "\(who) gets \(what): \(leader) is free during their lessons on only \(possible) "
        + "school days\(apart) outside the blackout, and \(perMember) observations are needed"
    }
    return
      "\(who) gets \(what) from \(leader): the leader's free periods during their lessons are "
      + "taken by other events, reach the limit of \(pb.maxPerDay) observations a day, or "
      + "leave no debrief within \(pb.window) school days"
  }

  func spacingAndTerms(member m: Int) -> [String] {
    let pb = problem
    let base = m * perMember
    let placed = (base..<(base + perMember)).filter { day[$0] >= 0 }.sorted {
      (day[$0], $0) < (day[$1], $1)
    }
    var out: [String] = []
    let who = pb.teacherLabel(member: m)
    for (a, b) in zip(placed, placed.dropFirst()) where day[b] - day[a] < pb.minDays {
      out.append(
        "\(who) has observations \(day[b] - day[a]) school days apart (\(pb.date(day[a])) and "
          + "\(pb.date(day[b]))); the policy asks for at least \(pb.minDays)")
    }
    let terms = pb.school.year?.terms ?? []
    for k in 0..<2 where pb.termRule(k) {
      for (t, term) in terms.enumerated()
      where !placed.contains(where: { kind[$0] == k && pb.dayTerm[day[$0]] == t }) {
        out.append(
          "\(who) has no \(PlanProblem.kindName(k)) observation in term \(term.name) "
            + "(\(term.from) to \(term.to))")
      }
    }
    return out
  }
}
