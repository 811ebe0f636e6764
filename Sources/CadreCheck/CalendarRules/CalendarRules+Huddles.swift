import CadreModel

extension CalendarRules {
  /// `huddle-count`: per leader of at least one team with members, per calendar week with
  /// school days: max(0, R − Σₜ min(cₜ, nₜ)) + Σₜ max(0, nₜ − cₜ), over that leader's teams t
  /// with members; nₜ = placed huddles of t that week, cₜ = min(hₜ, s(week)), hₜ = the team's
  /// `huddlesPerWeek` (`School.policy(for:)`), and R = the huddle capacity of the week (see
  /// `HuddleCapacity`).
  static func huddleCount(_ c: CalendarContext) -> [Violation] {
    let weeks = c.schoolWeeks()
    var huddles: [Int: [Int: Int]] = [:]  // team index → calendar week → placed huddles
    for i in c.placedEvents where c.calendar.events[i].kind == .huddle {
      guard let id = c.calendar.events[i].team, let t = c.teamIndex[id], let day = c.events[i].day
      else { continue }
      huddles[t, default: [:]][c.dates.days[day].calendarWeek, default: 0] += 1
    }
    var out: [Violation] = []
    var seenLeaders: Set<LeaderID> = []
    for leader in c.school.leadership.leaders where seenLeaders.insert(leader.id).inserted {
      let teams = c.school.leadership.teams.indices.filter {
        c.school.leadership.teams[$0].leader == leader.id && !c.membersOf[$0].isEmpty
      }
      guard !teams.isEmpty else { continue }
      for (k, days) in weeks {
        let caps = teams.map { min(max(0, c.teamPolicy[$0].huddlesPerWeek.count), days.count) }
        let open = teams.map { t in
          days.map { day in
            (0..<c.periodCount).map { p in c.huddleOpen(team: t, slot: c.cycleSlot(day, p)) }
          }
        }
        let r = HuddleCapacity.maximum(caps: caps, open: open)
        var met = 0
        var extra = 0
        var held: [String] = []
        for (i, t) in teams.enumerated() {
          let cap = caps[i]
          let n = huddles[t]?[k] ?? 0
          met = saturatingAdd(met, min(cap, n))
          extra = saturatingAdd(extra, excess(n, over: cap))
          held.append("\(c.school.leadership.teams[t].id.raw) \(n)")
        }
        let count = saturatingAdd(excess(r, over: met), extra)
        guard count > 0 else { continue }
        out.append(
          hard(
            "huddle-count", count,
            "\(leader.id.raw) in the week of \(c.dates.days[days[0]].date) holds huddles "
              + "[\(held.joined(separator: ", "))]; owes \(r) in all (at most "
              + caps.map(String.init).joined(separator: ", ") + " per team, open slots "
              + "permitting)"))
      }
    }
    return out
  }

  /// `huddle-same-day`: per team, per school day: max(0, n − 1), n = placed huddles of that
  /// team that day.
  static func huddleSameDay(_ c: CalendarContext) -> [Violation] {
    var perDay: [TeamID: [Int: Int]] = [:]
    for i in c.placedEvents where c.calendar.events[i].kind == .huddle {
      guard let team = c.calendar.events[i].team, let day = c.events[i].day else { continue }
      perDay[team, default: [:]][day, default: 0] += 1
    }
    var out: [Violation] = []
    for team in perDay.keys.sorted() {
      let days = perDay[team] ?? [:]
      for day in days.keys.sorted() where (days[day] ?? 0) > 1 {
        let n = days[day] ?? 0
        out.append(
          hard(
            "huddle-same-day", n - 1,
            "Team \(team.raw) has \(n) huddles on \(c.dates.days[day].date), max 1"))
      }
    }
    return out
  }

  /// `huddle-pattern` (soft): per team with a leader and members: max(0, u − hₜ), hₜ = the
  /// team's `huddlesPerWeek`, u = distinct (weekday, period) pairs among its placed huddles.
  static func huddlePattern(_ c: CalendarContext) -> [Violation] {
    var patterns: [Int: Set<Int>] = [:]
    for i in c.placedEvents where c.calendar.events[i].kind == .huddle {
      guard let t = c.teams.activeTeam(c.calendar.events[i].team), let p = c.events[i].period
      else { continue }
      patterns[t, default: []].insert(c.calendar.events[i].date.weekday * c.periodCount + p)
    }
    var out: [Violation] = []
    for t in patterns.keys.sorted() {
      let h = max(0, c.teamPolicy[t].huddlesPerWeek.count)
      let u = patterns[t]?.count ?? 0
      let over = excess(u, over: h)
      guard over > 0 else { continue }
      out.append(
        soft(
          "huddle-pattern", over,
          "Team \(c.school.leadership.teams[t].id.raw) huddles in \(u) different weekly slots, "
            + "\(h) would repeat every week"))
    }
    return out
  }
}

extension CalendarContext {
  /// The school days of each calendar week with school days: (k, school-day indices).
  func schoolWeeks() -> [(week: Int, days: [Int])] {
    var out: [(week: Int, days: [Int])] = []
    for (i, d) in dates.days.enumerated() {
      if let last = out.last, last.week == d.calendarWeek {
        out[out.count - 1].days.append(i)
      } else {
        out.append((d.calendarWeek, [i]))
      }
    }
    return out
  }

  /// The cycle slot of period `p` on school day `day`.
  func cycleSlot(_ day: Int, _ p: Int) -> Int {
    let d = dates.days[day]
    return (d.week * dayCount + d.day) * periodCount + p
  }

  /// A team may huddle in a cycle slot when its leader and every member are free in it.
  func huddleOpen(team t: Int, slot s: Int) -> Bool {
    leaderFree(school.leadership.teams[t].leader, s)
      && membersOf[t].allSatisfy {
        teacherFree($0, s)
      }
  }

}
