import CadreModel

/// The school, master schedule and coaching calendar resolved once into plain values that
/// every calendar rule reads: school days, who teaches and who is free per cycle slot, teams
/// and members, and where each event falls.
///
/// Cycle slots are numbered `(week × days + day) × periods + period`. Every name is resolved
/// here by this target's own code, following docs/CALENDAR.md, independently of the planner.
struct CalendarContext {
  /// One event of the calendar as the rules see it.
  struct Placed {
    /// School-day index, nil when the date is not a school day.
    var day: Int?
    /// Period index, nil when the period names no cycle period.
    var period: Int?
    /// The cycle slot of the dated slot, when placed.
    var slot: Int?
    /// Whether the people fit the event's kind (`event-people`).
    var peopleFit: Bool
    var isPlaced: Bool { slot != nil }
  }

  let school: School
  let calendar: CoachingCalendar
  let dates: CalendarDates
  let periodCount: Int
  let dayCount: Int
  /// `blocked[s]`: cycle slot s is listed in `cycle.blocked`.
  let blocked: [Bool]
  /// Unavailable cycle slots of each teacher id (its first record) and each leader id.
  let teacherUnavailable: [TeacherID: [Bool]]
  let leaderUnavailable: [LeaderID: [Bool]]
  /// First record of each leader id.
  let leaders: [LeaderID: Leader]
  /// Lessons each teacher id teaches per cycle slot (empty array: not teaching).
  let taught: [TeacherID: [[LessonID]]]
  /// Teams and members (docs/CALENDAR.md "Teams").
  let teams: CalendarTeams
  /// One entry per calendar event, same order.
  let events: [Placed]
  /// Per team (index into `leadership.teams`): its own numbers (`School.policy(for:)`, team >
  /// role > school).
  let teamPolicy: [TeamPolicy]
  /// The chosen (first in calendar order) valid debrief of each observation, by event index.
  let debriefOf: [Int: Int]
  /// Debrief event indices that are the chosen debrief of some observation.
  let chosenDebriefs: Set<Int>

  var cycle: Cycle { school.cycle }
  var policy: Policy { school.policy }
  /// First team index of each team id.
  var teamIndex: [TeamID: Int] { teams.teamIndex }
  /// A member's team (index into `leadership.teams`).
  var teamOf: [TeacherID: Int] { teams.teamOf }
  /// Members of each team, in teacher file order.
  var membersOf: [[TeacherID]] { teams.membersOf }
  /// Every member, in teacher file order, each id once.
  var members: [TeacherID] { teams.members }

  init(school: School, schedule: Schedule, calendar: CoachingCalendar) {
    self.school = school
    self.calendar = calendar
    let cycle = school.cycle
    dates = CalendarDates(school: school)
    periodCount = cycle.periods.count
    dayCount = cycle.days.count
    let slots = cycle.weeks.count * cycle.days.count * cycle.periods.count

    func mask(_ refs: [SlotRef]) -> [Bool] {
      var out = [Bool](repeating: false, count: slots)
      for r in refs { for s in Self.resolveSet(r, in: cycle) { out[s] = true } }
      return out
    }
    blocked = mask(cycle.blocked.map(\.slot))
    var teacherUnavailable: [TeacherID: [Bool]] = [:]
    for t in school.teachers where teacherUnavailable[t.id] == nil {
      teacherUnavailable[t.id] = mask(t.unavailable)
    }
    self.teacherUnavailable = teacherUnavailable
    var leaders: [LeaderID: Leader] = [:]
    var leaderUnavailable: [LeaderID: [Bool]] = [:]
    for l in school.leadership.leaders where leaders[l.id] == nil {
      leaders[l.id] = l
      leaderUnavailable[l.id] = mask(l.unavailable)
    }
    self.leaders = leaders
    self.leaderUnavailable = leaderUnavailable
    taught = Self.taught(school: school, schedule: schedule, slots: slots)

    let teams = CalendarTeams(school: school, leaders: leaders)
    self.teams = teams

    teamPolicy = school.leadership.teams.map { school.policy(for: $0) }

    let dates = self.dates
    let periodCount = self.periodCount
    let dayCount = self.dayCount
    var events: [Placed] = []
    for e in calendar.events {
      let day = dates.index(of: e.date)
      let period = cycle.periods.firstIndex { $0.name == e.period }
      var slot: Int?
      if let day, let period {
        let d = dates.days[day]
        slot = (d.week * dayCount + d.day) * periodCount + period
      }
      events.append(Placed(day: day, period: period, slot: slot, peopleFit: false))
    }
    for (i, e) in calendar.events.enumerated() {
      events[i].peopleFit = teams.fit(e, leaders: leaders)
    }
    self.events = events
    let matched = Self.matchDebriefs(
      calendar: calendar, events: events, dates: dates, policy: school.policy)
    debriefOf = matched.debriefOf
    chosenDebriefs = matched.chosen
  }

  // MARK: Who is free

  /// Whether a teacher id teaches cycle slot `s`.
  func teaches(_ id: TeacherID, _ s: Int) -> Bool { !(taught[id]?[s].isEmpty ?? true) }

  /// Not blocked, not unavailable, not teaching.
  func teacherFree(_ id: TeacherID, _ s: Int) -> Bool {
    if blocked[s] || teaches(id, s) { return false }
    return !(teacherUnavailable[id]?[s] ?? false)
  }

  /// A teaching leader is their teacher; any other leader is free when the slot is not blocked
  /// and not in their `unavailable`.
  func leaderFree(_ id: LeaderID, _ s: Int) -> Bool {
    if let teacher = leaders[id]?.teacher { return teacherFree(teacher, s) }
    if blocked[s] { return false }
    return !(leaderUnavailable[id]?[s] ?? false)
  }

  func free(_ person: CalendarPerson, _ s: Int) -> Bool {
    switch person {
    case .teacher(let id): teacherFree(id, s)
    case .leader(let id): leaderFree(id, s)
    }
  }

  /// The person a leader id is: their teacher record for a teaching leader.
  func person(_ leader: LeaderID) -> CalendarPerson {
    if let teacher = leaders[leader]?.teacher { return .teacher(teacher) }
    return .leader(leader)
  }

  /// The participants of an event, each person once, sorted: the leader and, for debriefs,
  /// huddles and one-on-ones, every listed teacher. The observed teacher is not one.
  func participants(_ e: CoachingEvent) -> [CalendarPerson] {
    var people: Set<CalendarPerson> = [person(e.leader)]
    switch e.kind {
    case .spotObservation, .formalObservation: break
    case .debrief, .huddle, .oneOnOne: for t in e.teachers { people.insert(.teacher(t)) }
    }
    return people.sorted()
  }

  // MARK: Labels

  /// "2026-10-12 P3 (B Tue)": a dated slot in school terms.
  func label(day: Int, period: Int) -> String {
    let d = dates.days[day]
    let cycleDay =
      cycle.weeks.count > 1 ? "\(cycle.weeks[d.week]) \(cycle.days[d.day])" : cycle.days[d.day]
    return "\(d.date) \(cycle.periods[period].name) (\(cycleDay))"
  }

  /// "spot observation obs-T-BOB-spot-1": an event in school terms.
  func name(_ i: Int) -> String {
    let e = calendar.events[i]
    return "\(Self.kindName(e.kind)) \(e.id)"
  }

  static func kindName(_ kind: CoachingEventKind) -> String {
    switch kind {
    case .spotObservation: "spot observation"
    case .formalObservation: "formal observation"
    case .debrief: "debrief"
    case .huddle: "huddle"
    case .oneOnOne: "one-on-one"
    }
  }

  // MARK: Resolution

  /// The slots a reference names where a set is meant (no week: every week). Empty when a
  /// name does not resolve.
  static func resolveSet(_ ref: SlotRef, in cycle: Cycle) -> [Int] {
    guard let d = cycle.days.firstIndex(of: ref.day),
      let p = cycle.periods.firstIndex(where: { $0.name == ref.period })
    else { return [] }
    let weeks: [Int]
    if let w = ref.week {
      guard let wi = cycle.weeks.firstIndex(of: w) else { return [] }
      weeks = [wi]
    } else {
      weeks = Array(cycle.weeks.indices)
    }
    return weeks.map { ($0 * cycle.days.count + d) * cycle.periods.count + p }
  }

  /// q(k) of a member: the sum of `perYear` over their team's quotas of kind k (0 when none
  /// or not a member), and its weight (nil: hard; a number when every quota of kind k is
  /// soft, the least of their weights).
  func quota(_ member: TeacherID, _ kind: ObservationKind) -> (count: Int, weight: Int?) {
    guard let t = teamOf[member] else { return (0, nil) }
    let quotas = teamPolicy[t].observations.filter { $0.kind == kind }
    let count = quotas.reduce(0) { saturatingAdd($0, max(0, $1.perYear)) }
    let soft = !quotas.isEmpty && quotas.allSatisfy { $0.weight != nil }
    return (count, soft ? quotas.compactMap(\.weight).min().map { max(0, $0) } : nil)
  }

  /// Which lessons each teacher teaches in each cycle slot. A meeting counts when its lesson
  /// is known and its start names one slot (a week is required in a multi-week cycle); it
  /// occupies `duration` periods from its start, those past the end of the day excluded.
  /// - Complexity: O(entries × duration).
  static func taught(school: School, schedule: Schedule, slots: Int) -> [TeacherID: [[LessonID]]] {
    let cycle = school.cycle
    var lessons: [LessonID: Lesson] = [:]
    for l in school.lessons where lessons[l.id] == nil { lessons[l.id] = l }
    var out: [TeacherID: [[LessonID]]] = [:]
    for m in schedule.meetings {
      guard let teacher = m.teacher, let lesson = lessons[m.lesson], let ref = m.start,
        ref.week != nil || cycle.weeks.count == 1
      else { continue }
      let starts = resolveSet(ref, in: cycle)
      guard starts.count == 1 else { continue }
      let s = starts[0]
      let p = s % cycle.periods.count
      let end = p + max(0, min(lesson.duration, cycle.periods.count - p))
      var row = out[teacher] ?? [[LessonID]](repeating: [], count: slots)
      for q in p..<end { row[s - p + q].append(lesson.id) }
      out[teacher] = row
    }
    return out
  }
}

/// One person for clash and busy purposes: a teacher (a teaching leader is their teacher
/// record) or a leader who does not teach.
enum CalendarPerson: Hashable, Comparable, CustomStringConvertible {
  case teacher(TeacherID)
  case leader(LeaderID)

  var description: String {
    switch self {
    case .teacher(let id): id.raw
    case .leader(let id): id.raw
    }
  }

  static func < (a: CalendarPerson, b: CalendarPerson) -> Bool {
    switch (a, b) {
    case (.leader(let x), .leader(let y)): x < y
    case (.teacher(let x), .teacher(let y)): x < y
    case (.leader, .teacher): true
    case (.teacher, .leader): false
    }
  }
}
