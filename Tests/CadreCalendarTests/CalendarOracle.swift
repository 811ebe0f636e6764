import CadreCalendar
import CadreModel

/// A plain re-implementation of docs/CALENDAR.md over domain values (dictionaries and loops,
/// no bitsets), used as the tests' oracle for the planner's counts.
struct CalendarOracle {
  let school: School
  let days: SchoolDays
  var dayOf: [CivilDate: SchoolDay] = [:]
  var periodIndex: [String: Int] = [:]
  /// "teacher|week|day|period" -> lessons taught.
  var taught: [String: [LessonID]] = [:]
  var blocked = Set<String>()
  /// member teacher id -> (team index, leader id).
  var teamOf: [TeacherID: (Int, LeaderID)] = [:]

  init(school: School, schedule: Schedule) {
    self.school = school
    days = SchoolDays(school: school)
    for d in days.days { dayOf[d.date] = d }
    for (i, p) in school.cycle.periods.enumerated() where periodIndex[p.name] == nil {
      periodIndex[p.name] = i
    }
    let cycle = school.cycle
    for b in cycle.blocked { for s in cycle.resolve(b.slot) { blocked.insert(Self.key(s)) } }
    for m in schedule.meetings {
      guard let lesson = school.lessons.first(where: { $0.id == m.lesson }),
        let t = m.teacher, let start = m.start, start.week != nil || cycle.weeks.count == 1,
        cycle.resolve(start).count == 1, let s = cycle.resolve(start).first
      else { continue }
      for p in s.period..<min(s.period + lesson.duration, cycle.periods.count) {
        let k = "\(t.raw)|" + Self.key(Slot(week: s.week, day: s.day, period: p))
        taught[k, default: []].append(lesson.id)
      }
    }
    for (i, team) in school.leadership.teams.enumerated() {
      guard let leader = school.leadership.leaders.first(where: { $0.id == team.leader })
      else { continue }
      for m in team.members
      where teamOf[m] == nil && leader.teacher != m
        && school.teachers.contains(where: { $0.id == m })
      {
        teamOf[m] = (i, leader.id)
      }
    }
  }

  /// The huddle capacity R of a leader's week, by dynamic programming over the days: the
  /// state is how many huddles each team holds so far (capped at c); a day adds one to every
  /// team of a set that can be given distinct periods open to each.
  func capacity(leader: LeaderID, teams: [Int], week: [SchoolDay], cap c: Int) -> Int {
    func open(_ ti: Int, _ d: SchoolDay, _ p: Int) -> Bool {
      let s = slot(d, p)
      return leaderFree(leader, s)
        && teamOf.filter { $0.value.0 == ti }.keys.allSatisfy { teacherFree($0, s) }
    }
    func matchable(_ set: [Int], _ d: SchoolDay, _ used: Set<Int>) -> Bool {
      guard let first = set.first else { return true }
      for p in school.cycle.periods.indices where !used.contains(p) && open(first, d, p) {
        if matchable(Array(set.dropFirst()), d, used.union([p])) { return true }
      }
      return false
    }
    var states: Set<[Int]> = [[Int](repeating: 0, count: teams.count)]
    for d in week {
      var subsets: [[Int]] = []
      for bits in 0..<(1 << teams.count) {
        let set = teams.indices.filter { bits & (1 << $0) != 0 }
        if matchable(set.map { teams[$0] }, d, []) { subsets.append(set) }
      }
      var next = Set<[Int]>()
      for state in states {
        for set in subsets {
          var s = state
          for i in set { s[i] = min(c, s[i] + 1) }
          next.insert(s)
        }
      }
      states = next
    }
    return states.map { $0.reduce(0, +) }.max() ?? 0
  }

  static func key(_ s: Slot) -> String { "\(s.week)|\(s.day)|\(s.period)" }

  func slot(_ d: SchoolDay, _ p: Int) -> Slot {
    Slot(week: d.cycleWeek, day: d.cycleDay, period: p)
  }

  func teacherFree(_ t: TeacherID, _ s: Slot) -> Bool {
    if blocked.contains(Self.key(s)) { return false }
    if taught["\(t.raw)|" + Self.key(s)] != nil { return false }
    guard let rec = school.teachers.first(where: { $0.id == t }) else { return true }
    return !rec.unavailable.contains { school.cycle.resolve($0).contains(s) }
  }

  func leaderFree(_ l: LeaderID, _ s: Slot) -> Bool {
    guard let rec = school.leadership.leaders.first(where: { $0.id == l }) else { return true }
    if let t = rec.teacher { return teacherFree(t, s) }
    if blocked.contains(Self.key(s)) { return false }
    return !rec.unavailable.contains { school.cycle.resolve($0).contains(s) }
  }

  func person(_ l: LeaderID) -> String {
    if let t = school.leadership.leaders.first(where: { $0.id == l })?.teacher {
      return "T:\(t.raw)"
    }
    return "L:\(l.raw)"
  }

  func quota(_ k: ObservationKind) -> Int {
    school.policy.observations.filter { $0.kind == k }.reduce(0) { $0 + $1.perYear }
  }

  /// Counts per rule code.
  func counts(_ calendar: CoachingCalendar) -> [String: Int] {
    var c: [String: Int] = [:]
    func add(_ code: String, _ n: Int = 1) { c[code, default: 0] += n }
    let policy = school.policy
    let s = days.days.count
    let blackout = { (i: Int) in
      i < policy.noObservationDaysAtStart || i >= s - policy.noObservationDaysAtEnd
    }
    let eligible = (0..<s).filter { !blackout($0) }.count
    var placed: [(CoachingEvent, SchoolDay, Int)] = []
    for e in calendar.events {
      guard let d = dayOf[e.date] else {
        add("not-school-day")
        continue
      }
      guard let p = periodIndex[e.period] else {
        add("unknown-period")
        continue
      }
      placed.append((e, d, p))
    }
    // event-people and event-times
    var fits: [Bool] = []
    for (e, _, p) in placed {
      var ok: Bool
      switch e.kind {
      case .huddle:
        let team = school.leadership.teams.first { $0.id == e.team }
        let members = Set(
          teamOf.filter { $0.value.0 == school.leadership.teams.firstIndex { $0.id == e.team } }
            .map(\.key))
        ok =
          team != nil && !members.isEmpty && e.leader == team?.leader
          && Set(e.teachers) == members && e.teachers.count == members.count
      default:
        ok =
          e.teachers.count == 1
          && teamOf[e.teachers[0]].map {
            $0.1 == e.leader && school.leadership.teams[$0.0].id == e.team
          } == true
        if e.kind == .debrief && e.follows == nil { ok = false }
      }
      if !ok { add("event-people") }
      fits.append(ok)
      let period = school.cycle.periods[p]
      let len = period.end.minutes - period.start.minutes
      var end = period.end.minutes
      if e.kind == .spotObservation {
        let m = max(1, policy.observations.first { $0.kind == .spot }?.minutes ?? 15)
        end = period.start.minutes + min(m, len)
      }
      if e.kind == .huddle { end = period.start.minutes + min(policy.huddleMinutes ?? len, len) }
      if e.start != period.start || e.end.minutes != end { add("event-times") }
    }
    let isObs = { (e: CoachingEvent) in e.kind == .spotObservation || e.kind == .formalObservation }
    let counted = placed.indices.filter { isObs(placed[$0].0) && fits[$0] }
    // quotas, spacing, terms, soft per member
    for member in teamOf.keys.sorted() {
      let mine = counted.filter { placed[$0].0.teachers[0] == member }
      for (k, kind) in [
        (ObservationKind.spot, CoachingEventKind.spotObservation), (.formal, .formalObservation),
      ] {
        let n = mine.filter { placed[$0].0.kind == kind }.count
        add("observation-quota", abs(n - quota(k)))
        let terms = school.year?.terms ?? []
        if quota(k) >= terms.count && !terms.isEmpty {
          for t in terms.indices
          where !mine.contains(where: { placed[$0].0.kind == kind && placed[$0].1.term == t }) {
            add("observation-term")
          }
        }
      }
      let x = mine.map { placed[$0].1.index }.sorted()
      let g = x.count >= 2 && eligible >= 1 ? eligible / x.count : 0
      for (a, b) in zip(x, x.dropFirst()) {
        if b - a < policy.minDaysBetweenObservations { add("observation-spacing") }
        if eligible >= 1 { add("uneven-observations", abs(b - a - g)) }
      }
      var keys: [String: Int] = [:]
      for i in mine { keys["\(placed[i].1.cycleDay)|\(placed[i].2)", default: 0] += 1 }
      for v in keys.values { add("repeated-slot", max(0, v - 1)) }
    }
    // per observation
    var perLeaderDay: [String: Int] = [:]
    for (e, d, p) in placed where isObs(e) {
      let lessons = e.teachers.first.flatMap { taught["\($0.raw)|" + Self.key(slot(d, p))] } ?? []
      if lessons.isEmpty || e.lesson.map({ !lessons.contains($0) }) ?? true {
        add("observation-not-teaching")
      }
      if blackout(d.index) { add("observation-blackout") }
      perLeaderDay["\(e.leader.raw)|\(d.index)", default: 0] += 1
    }
    for v in perLeaderDay.values {
      add("leader-day-max", max(0, v - policy.maxObservationsPerLeaderPerDay))
    }
    // debriefs
    var hasDebrief = Set<String>()
    for (e, d, p) in placed where e.kind == .debrief {
      let obs = counted.map { placed[$0] }.first { $0.0.id == e.follows }
      guard let (o, od, op) = obs, o.leader == e.leader, o.teachers == e.teachers,
        (d.index == od.index && p > op)
          || (d.index > od.index && d.index - od.index <= policy.debriefWindowDays),
        !hasDebrief.contains(o.id)
      else {
        add("debrief-orphan")
        continue
      }
      hasDebrief.insert(o.id)
      add("debrief-delay", d.index - od.index)
    }
    add("debrief-missing", counted.filter { !hasDebrief.contains(placed[$0].0.id) }.count)
    // huddles
    let h = policy.huddlesPerWeek
    let weeks = Dictionary(grouping: days.days, by: \.calendarWeek)
    let withMembers = school.leadership.teams.indices.filter { ti in
      teamOf.values.contains { $0.0 == ti }
    }
    let leaders = Set(withMembers.map { school.leadership.teams[$0].leader.raw }).sorted()
    for leader in leaders {
      let teams = withMembers.filter { school.leadership.teams[$0].leader.raw == leader }
      for list in weeks.values {
        let c = min(h, list.count)
        var over = 0
        var held = 0
        for ti in teams {
          let n = placed.filter {
            $0.0.kind == .huddle && $0.0.team == school.leadership.teams[ti].id
              && $0.1.calendarWeek == list[0].calendarWeek
          }.count
          held += min(c, n)
          over += max(0, n - c)
        }
        let r = capacity(leader: LeaderID(leader), teams: teams, week: list, cap: c)
        add("huddle-count", max(0, r - held) + over)
      }
    }
    for team in school.leadership.teams {
      let mine = placed.filter { $0.0.kind == .huddle && $0.0.team == team.id }
      let perDay = Dictionary(grouping: mine, by: { $0.1.index })
      for v in perDay.values { add("huddle-same-day", max(0, v.count - 1)) }
      guard teamOf.values.contains(where: { school.leadership.teams[$0.0].id == team.id })
      else { continue }
      let keys = Set(mine.map { "\($0.1.date.weekday)|\($0.2)" })
      add("huddle-pattern", max(0, keys.count - h))
    }
    // one-on-ones
    let months = Dictionary(grouping: days.days, by: { $0.date.year * 12 + $0.date.month })
    for (member, (_, leader)) in teamOf {
      for (mo, list) in months {
        let n = placed.indices.filter {
          placed[$0].0.kind == .oneOnOne && fits[$0] && placed[$0].0.teachers[0] == member
            && placed[$0].1.date.year * 12 + placed[$0].1.date.month == mo
        }.count
        let open = list.filter { d in
          school.cycle.periods.indices.contains { p in
            teacherFree(member, slot(d, p)) && leaderFree(leader, slot(d, p))
          }
        }.count
        add("one-on-one-count", abs(n - min(policy.oneOnOnesPerMonth, open)))
      }
    }
    // people
    var at: [String: Int] = [:]
    for (e, d, p) in placed {
      let s = slot(d, p)
      if !leaderFree(e.leader, s) { add("person-busy") }
      at["\(person(e.leader))|\(d.index)|\(p)", default: 0] += 1
      if !isObs(e) {
        for t in e.teachers {
          if !teacherFree(t, s) { add("person-busy") }
          at["T:\(t.raw)|\(d.index)|\(p)", default: 0] += 1
        }
      }
    }
    for v in at.values { add("person-clash", max(0, v - 1)) }
    // leader load
    for leader in school.leadership.leaders {
      for list in weeks.values where list.count >= 2 {
        let loads = list.map { d in placed.filter { $0.0.leader == leader.id && $0.1 == d }.count }
        add("leader-load", (loads.max() ?? 0) - (loads.min() ?? 0))
      }
    }
    return c
  }
}
