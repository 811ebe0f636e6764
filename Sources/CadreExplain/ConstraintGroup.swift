import CadreLeadership
import CadreModel

/// One named part of a school that `explain` can switch off: a teacher's availability, one
/// room, one lesson's pins, a policy number. A minimal conflicting set is a set of these
/// whose conjunction admits no schedule; a fix relaxes one of them a little.
///
/// `relax` removes the group's constraint entirely and is monotone: relaxing more groups never
/// removes a schedule. That is what makes deletion filtering and QuickXplain sound.
public struct ConstraintGroup: Sendable, Hashable, Comparable {
  /// In the order QuickXplain prefers them as explanations (earlier kinds are kept when a
  /// conflict can be stated either way): what a scheduler can change most easily first, the
  /// school's curriculum last.
  public enum Kind: String, Sendable, CaseIterable, Comparable {
    /// The pinned start slots of one lesson.
    case pin
    /// The slots one teacher is unavailable.
    case teacherAvailability
    /// The slots one leader who does not teach is away.
    case leaderAvailability
    /// The slots one class is unavailable.
    case classAvailability
    /// One room: one meeting at a time, and its unavailability.
    case room
    /// One teacher's maxPerDay and maxPerWeek.
    case teacherLimits
    /// One team's common planning and observation windows.
    case team
    /// `policy.huddlesPerWeek`, and every team's and role's own.
    case huddles
    /// `policy.observableSlotsPerMember`, and every team's and role's own.
    case observableSlots
    /// `budget.cap` (the hard rule `over-budget`).
    case budgetCap
    /// One role's release (its teaching limit).
    case release
    /// Every lesson of one class.
    case classLessons

    public static func < (a: Kind, b: Kind) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  public var kind: Kind
  /// Index into the school's array of that kind (lessons, teachers, leaders, classes, rooms,
  /// teams, roles); 0 for policy numbers.
  public var index: Int

  public init(_ kind: Kind, _ index: Int = 0) {
    self.kind = kind
    self.index = index
  }

  public static func < (a: ConstraintGroup, b: ConstraintGroup) -> Bool {
    (a.kind, a.index) < (b.kind, b.index)
  }

  /// The group in school terms: "the pins of lesson 6A-science-lab", "room LAB1".
  public func label(in school: School) -> String {
    func name(_ n: String, _ id: String) -> String { n.isEmpty || n == id ? id : "\(n) (\(id))" }
    switch kind {
    case .pin:
      return "the pinned slots of lesson \(school.lessons[index].id.raw)"
    case .teacherAvailability:
      let t = school.teachers[index]
      return "the availability of teacher \(name(t.name, t.id.raw))"
    case .leaderAvailability:
      let l = school.leadership.leaders[index]
      return "the availability of leader \(name(l.name, l.id.raw))"
    case .classAvailability:
      let c = school.classes[index]
      return "the availability of class \(name(c.name, c.id.raw))"
    case .room:
      let r = school.rooms[index]
      return "room \(name(r.name, r.id.raw)) (one meeting at a time)"
    case .teacherLimits:
      let t = school.teachers[index]
      var limits: [String] = []
      if let d = t.maxPerDay { limits.append("maxPerDay \(d)") }
      if let w = t.maxPerWeek { limits.append("maxPerWeek \(w)") }
      return "the limits of teacher \(name(t.name, t.id.raw)) "
        + "(\(limits.joined(separator: ", ")))"
    case .team:
      let t = school.leadership.teams[index]
      return "the common planning and observation windows of team \(name(t.name, t.id.raw))"
    case .huddles:
      return "the policy of \(school.policy.huddlesPerWeek) huddles a week (huddlesPerWeek)"
    case .observableSlots:
      return "the policy of \(school.policy.observableSlotsPerMember) observable slots per "
        + "member a week (observableSlotsPerMember)"
    case .budgetCap:
      let cap = school.budget?.cap ?? 0
      return "the budget cap (\(Text.money(cap, school.budget?.currency ?? "USD")) a year)"
    case .release:
      let r = school.leadership.roles[index]
      let release =
        r.releasePeriodsPerDay.map { "\($0) period(s) a day" } ?? "\(Text.decimal(r.release))"
      return "the release of role \(name(r.name, r.id.raw)) (\(release))"
    case .classLessons:
      let c = school.classes[index]
      let n = school.lessons.filter { $0.classID == c.id }.count
      return "the \(n) lessons of class \(name(c.name, c.id.raw))"
    }
  }

  /// `school` with this group's constraint removed (see the type's comment).
  public func relax(_ school: School) -> School {
    var s = school
    switch kind {
    case .pin: s.lessons[index].pinned = []
    case .teacherAvailability: s.teachers[index].unavailable = []
    case .leaderAvailability: s.leadership.leaders[index].unavailable = []
    case .classAvailability: s.classes[index].unavailable = []
    case .room: s = Self.privateRooms(for: index, in: s)
    case .teacherLimits:
      s.teachers[index].maxPerDay = nil
      s.teachers[index].maxPerWeek = nil
    case .team: s.leadership.teams[index].members = []
    case .huddles:
      s.policy.huddlesPerWeek = 0
      s.clearTeamNumbers(\.huddlesPerWeek)
    case .observableSlots:
      s.policy.observableSlotsPerMember = 0
      s.clearTeamNumbers(\.observableSlotsPerMember)
    case .budgetCap: s.budget?.cap = nil
    case .release:
      s.leadership.roles[index].release = 0
      s.leadership.roles[index].releasePeriodsPerDay = nil
    case .classLessons:
      let id = s.classes[index].id
      s.lessons.removeAll { $0.classID == id }
    }
    return s
  }

  /// Every lesson that may use room `r` gets a private copy of it (same kind and capacity,
  /// never unavailable) as its fixed room: no two lessons then compete for `r`, and no lesson
  /// loses a room it could use. New rooms are appended, so indices of other groups stay valid.
  static func privateRooms(for r: Int, in school: School) -> School {
    var s = school
    let room = school.rooms[r]
    let facts = RoomFacts(school)
    for (l, lesson) in school.lessons.enumerated() where facts.suitable[l].contains(r) {
      var copy = room
      copy.id = RoomID("\(room.id.raw)~\(lesson.id.raw)")
      copy.unavailable = []
      s.rooms.append(copy)
      s.lessons[l].room = copy.id
    }
    return s
  }

  /// The groups of `school` whose relaxation changes something, in preference order: the
  /// groups QuickXplain searches. A class's lessons are not among them: removing lessons is
  /// not monotone (a member who teaches nothing cannot be observed teaching), so the lessons
  /// stay in the background of every test.
  public static func all(in school: School) -> [ConstraintGroup] {
    var out: [ConstraintGroup] = []
    let rooms = RoomFacts(school)
    let hasTeams = school.leadership.teams.contains { !$0.members.isEmpty }
    for (i, l) in school.lessons.enumerated() where !l.pinned.isEmpty { out.append(.init(.pin, i)) }
    for (i, t) in school.teachers.enumerated() where !t.unavailable.isEmpty {
      out.append(.init(.teacherAvailability, i))
    }
    for (i, l) in school.leadership.leaders.enumerated()
    where l.teacher == nil && !l.unavailable.isEmpty {
      out.append(.init(.leaderAvailability, i))
    }
    for (i, c) in school.classes.enumerated() where !c.unavailable.isEmpty {
      out.append(.init(.classAvailability, i))
    }
    for r in school.rooms.indices where rooms.used[r] { out.append(.init(.room, r)) }
    for (i, t) in school.teachers.enumerated() where t.maxPerDay != nil || t.maxPerWeek != nil {
      out.append(.init(.teacherLimits, i))
    }
    let huddles = school.anyTeamNeeds(\.huddlesPerWeek)
    let observable = school.anyTeamNeeds(\.observableSlotsPerMember)
    if huddles || observable {
      for (i, t) in school.leadership.teams.enumerated() where !t.members.isEmpty {
        out.append(.init(.team, i))
      }
    }
    if hasTeams && huddles { out.append(.init(.huddles)) }
    if hasTeams && observable {
      out.append(.init(.observableSlots))
    }
    if school.budget?.cap != nil && school.teachers.contains(where: \.coverage) {
      out.append(.init(.budgetCap))
    }
    for (i, role) in school.leadership.roles.enumerated()
    where school.leadership.leaders.contains(where: { $0.role == role.id && $0.teacher != nil }) {
      out.append(.init(.release, i))
    }
    return out
  }
}

extension School {
  /// Whether some team with members works under a hard, positive `number` (its own, its
  /// role's or the school's: `policy(for:)`).
  func anyTeamNeeds(_ number: KeyPath<TeamPolicy, PolicyNumber>) -> Bool {
    leadership.teams.contains { team in
      guard !team.members.isEmpty else { return false }
      let n = policy(for: team)[keyPath: number]
      return !n.isSoft && n.count > 0
    }
  }

  /// Drops every team's and role's own `number`, so that the school's applies to all.
  mutating func clearTeamNumbers(_ number: WritableKeyPath<PolicyOverride, PolicyNumber?>) {
    for i in leadership.teams.indices { leadership.teams[i].policy?[keyPath: number] = nil }
    for i in leadership.roles.indices { leadership.roles[i].policy?[keyPath: number] = nil }
  }
}
