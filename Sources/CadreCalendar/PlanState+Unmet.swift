import CadreModel

extension PlanState {
  /// What the plan misses, in school terms: per leader the busiest week's observation need
  /// against the periods free while the team teaches, per teacher the observations,
  /// spacing and terms missed, per team the huddles, per teacher the one-on-ones.
  mutating func unmet() -> [String] {
    let pb = problem
    var out = pb.issues
    var leaderDone = Set<Int>()
    for l in 0..<pb.leaderCount {
      if let line = leaderYear(l) { out.append(line) }
    }
    for m in 0..<pb.memberCount {
      var placed = [0, 0]
      for r in records(m) where day[r] >= 0 { placed[kind[r]] += 1 }
      let l = pb.memberLeader[m]
      for k in 0..<2 where placed[k] < pb.quota(m, k) {
        if !leaderDone.contains(l) {
          leaderDone.insert(l)
          if let reason = leaderCapacity(l) { out.append(reason) }
        }
        out.append(observationReason(member: m, kind: k, placed: placed[k]))
      }
      out.append(contentsOf: spacingAndTerms(member: m))
    }
    out.append(contentsOf: huddleReasons())
    // Leader-months whose huddles and one-on-ones cannot all fit, proven by a flow.
    var proven = Set<Int>()
    for l in 0..<pb.leaderCount {
      for mo in 0..<pb.monthCount {
        guard let line = jointBound(leader: l, month: mo) else { continue }
        proven.insert(l * pb.monthCount + mo)
        out.append(line)
      }
    }
    for m in 0..<pb.memberCount {
      let l = pb.memberLeader[m]
      let missed = oneDay.indices.filter {
        oneMember[$0] == m && oneDay[$0] < 0
          && !proven.contains(l * pb.monthCount + oneMonth[$0])
      }
      guard let first = missed.first else { continue }
      let month = String(pb.date(pb.monthDays[oneMonth[first]].lowerBound).description.prefix(7))
      out.append(
        "\(pb.teacherLabel(member: m)) misses \(missed.count) one-on-one(s) with "
          + "\(pb.leaderLabel(pb.memberLeader[m])), the first in \(month): the periods that "
          + "month when both are free are taken by other events")
    }
    return out
  }

  /// When leader l's month mo misses a one-on-one or touches a week short of huddles, and the
  /// master schedule alone (`JointFlow` over the static free periods) cannot hold all of the
  /// huddles and one-on-ones owed then: the proof in school terms.
  func jointBound(leader l: Int, month mo: Int) -> String? {
    let pb = problem
    let days = pb.monthDays[mo]
    guard let first = days.first, let last = days.last else { return nil }
    let weeks = pb.dayWeek[first]...pb.dayWeek[last]
    let missing =
      oneDay.indices.contains {
        oneDay[$0] < 0 && oneMonth[$0] == mo && pb.memberLeader[oneMember[$0]] == l
      }
      || weeks.contains {
        huddlePlaced[l * pb.weekCount + $0] < pb.huddleCapacity[l * pb.weekCount + $0]
      }
    guard missing else { return nil }
    let members = (0..<pb.memberCount).filter {
      pb.memberLeader[$0] == l && pb.oneOnOneNeed[$0 * pb.monthCount + mo] > 0
    }
    let lx = pb.leaderPerson[l]
    var joint = JointFlow(
      problem: pb, leader: l, month: mo, members: members,
      counts: members.map { pb.oneOnOneNeed[$0 * pb.monthCount + mo] },
      leaderFree: { ~pb.busyStatic(lx, day: $0) & pb.periodMask },
      teamOpen: { pb.staticOpen(team: $0, day: $1) },
      memberOpen: {
        ~(pb.busyStatic(pb.memberPerson[$0], day: $1) | pb.busyStatic(lx, day: $1)) & pb.periodMask
      })
    let huddles = weeks.reduce(0) { $0 + pb.huddleCapacity[l * pb.weekCount + $1] }
    let ones = members.reduce(0) { $0 + pb.oneOnOneNeed[$1 * pb.monthCount + mo] }
    let most = joint.run().others
    guard most < huddles + ones else { return nil }
    let month = String(pb.date(first).description.prefix(7))
    return
      "\(pb.leaderLabel(l)) can hold at most \(most) of the \(huddles + ones) events owed in "
      + "the weeks touching \(month) (\(pb.date(pb.weekDays[weeks.lowerBound].lowerBound)) "
      + "to \(pb.date(pb.weekDays[weeks.upperBound].upperBound - 1)); \(huddles) huddles and "
      + "\(ones) one-on-ones): the leader's free periods "
      + "in which a whole team or a teacher is free too are too few"
  }

  /// Leader l's free periods in the year against the periods their events need (each
  /// observation and its debrief, every huddle owed, every one-on-one owed), when short. Each
  /// missing event frees at most 2 of the leader's periods (an observation with its debrief),
  /// so a shortfall of x periods costs at least ⌈x / 2⌉ hard.
  func leaderYear(_ l: Int) -> String? {
    let pb = problem
    let y = pb.yearNeed(leader: l)
    guard y.need > y.free else { return nil }
    return
      "\(pb.leaderLabel(l)) has \(y.free) free periods in the \(pb.dayCount) school days and "
      + "needs \(y.need): \(y.observations) observations and as many debriefs, \(y.huddles) "
      + "huddles and \(y.ones) one-on-ones; at least \((y.need - y.free + 1) / 2) of them cannot "
      + "be held"
  }

  /// The week in which leader l's observation need most exceeds their free periods while the
  /// team teaches, or the year-long daily limit, when either is short.
  func leaderCapacity(_ l: Int) -> String? {
    let pb = problem
    let members = (0..<pb.memberCount).filter { pb.memberLeader[$0] == l }
    let need = members.reduce(0) { $0 + records($1).count }
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
    let what = "\(placed) of \(pb.quota(m, k)) \(PlanProblem.kindName(k)) observations"
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
    let perMember = records(m).count
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
    let placed = records(m).filter { day[$0] >= 0 }.sorted {
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
    for k in 0..<2 where pb.termRule(m, k) {
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
