/// The facts about a school that a scheduler checks first, in numbers: how much teaching the
/// lessons need against how much the teachers, the cycle and the leaders' release allow.
/// `cadre validate` prints `text` for a valid file.
///
/// Capacities are the same upper bounds the validator's `over-capacity` checks use, so a
/// summary of a valid file never shows a need above a capacity.
public struct SchoolSummary: Sendable, Equatable {
  /// One role's leaders and their teaching load against what the release leaves.
  public struct RoleLoad: Sendable, Equatable {
    public var role: RoleID
    public var title: String
    public var leaders: Int
    /// Leaders in the role who also teach (have a teacher record).
    public var teachingLeaders: Int
    /// Most periods one leader may teach per cycle (`Role.teachingLimit`).
    public var limitPerLeader: Int
    /// Periods of fixed lessons the role's teaching leaders carry, together.
    public var fixedLoad: Int
    public var release: String
  }

  /// One team's size against its leader's span limit (nil when the role is unknown).
  public struct TeamSpan: Sendable, Equatable {
    public var team: TeamID
    public var members: Int
    public var spanLimit: Int?
  }

  public let name: String
  public let format: String
  public let weeks: Int
  public let days: Int
  public let periods: Int
  public let slots: Int
  public let blockedSlots: Int
  /// Non-blocked slots of the whole cycle.
  public let teachableSlots: Int
  public let teachers: Int
  public let coverageTeachers: Int
  public let classes: Int
  public let rooms: Int
  public let lessons: Int
  public let meetings: Int
  /// Σ meetings × duration over all lessons.
  public let periodsNeeded: Int
  /// Σ over classes of the slots each class is free in.
  public let classSlots: Int
  /// Σ over teachers of the periods each could teach (free slots within their limits).
  public let teachingCapacity: Int
  /// Student groups, the students in them, and the most periods a cycle one group attends.
  public let studentGroups: Int
  public let groupedStudents: Int
  public let busiestGroupNeed: Int
  public let roles: [RoleLoad]
  public let teams: [TeamSpan]
  /// Teachers who are neither a member of a listed team nor a leader.
  public let teachersWithoutTeam: Int
  public let formation: TeamFormation?

  /// - Complexity: O(slots × (teachers + classes) + lessons + teams).
  public init(_ school: School) {
    let c = Validator.Context(school)
    let cycle = school.cycle
    name = school.name
    format = school.format
    weeks = cycle.weekCount
    days = cycle.dayCount
    periods = cycle.periodCount
    slots = cycle.slotCount
    blockedSlots = c.blocked.count
    teachableSlots = c.teachableSlots
    teachers = school.teachers.count
    coverageTeachers = school.teachers.filter(\.coverage).count
    classes = school.classes.count
    rooms = school.rooms.count
    lessons = school.lessons.count
    meetings = school.lessons.map { max(0, $0.meetings) }.saturatingSum
    periodsNeeded = school.lessons.map(Validator.periodsNeeded).saturatingSum
    classSlots = school.classes.map { max(0, c.freeSlots($0.unavailable)) }.saturatingSum
    teachingCapacity =
      cycle.slotCount == 0
      ? 0 : school.teachers.map { Validator.teacherCapacity($0, c) }.saturatingSum
    studentGroups = school.studentGroups.count
    groupedStudents = school.studentGroups.map { max(0, $0.students) }.saturatingSum
    var classNeed: [String: Int] = [:]
    for l in school.lessons {
      classNeed[l.classID.raw, default: 0] = (classNeed[l.classID.raw] ?? 0).adding(
        saturating: Validator.periodsNeeded(l))
    }
    busiestGroupNeed =
      school.studentGroups.map { g in
        Set(g.classes.map(\.raw)).map { classNeed[$0] ?? 0 }.saturatingSum
      }.max() ?? 0
    var fixed: [String: Int] = [:]
    for l in school.lessons {
      if let t = l.teacher {
        fixed[t.raw, default: 0] = (fixed[t.raw] ?? 0).adding(
          saturating: Validator.periodsNeeded(l))
      }
    }
    let leadership = school.leadership
    roles = leadership.roles.map { role in
      let holders = leadership.leaders.filter { $0.role == role.id }
      let teaching = holders.compactMap(\.teacher)
      return RoleLoad(
        role: role.id, title: Validator.roleTitle(role), leaders: holders.count,
        teachingLeaders: teaching.count,
        // An out-of-range release (reported by the validator) would make the limit meaningless
        // or trap in the conversion, so it shows as 0.
        limitPerLeader: Validator.releaseIsValid(role, c)
          ? role.teachingLimit(teachableSlots: c.teachableSlots, cycleDays: cycle.cycleDayCount)
          : 0,
        fixedLoad: teaching.map { fixed[$0.raw] ?? 0 }.saturatingSum,
        release: role.releasePeriodsPerDay.map { "\($0) period(s) a day" }
          ?? Validator.decimal(role.release))
    }
    teams = leadership.teams.map { team in
      TeamSpan(
        team: team.id, members: team.members.count,
        spanLimit: c.leader(team.leader).flatMap { c.role($0.role) }?.spanLimit)
    }
    let placed = Set(leadership.teams.flatMap { $0.members.map(\.raw) })
      .union(leadership.leaders.compactMap(\.teacher?.raw))
    teachersWithoutTeam = school.teachers.filter { !placed.contains($0.id.raw) }.count
    formation = leadership.formation
  }

  /// A few lines of plain text, one fact per line.
  public var text: String {
    func n(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
      "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
    var lines: [String] = []
    lines.append("\(name.isEmpty ? "(unnamed school)" : name) (\(format))")
    lines.append(
      "Cycle: \(n(weeks, "week")) x \(n(days, "day")) x \(n(periods, "period")) = "
        + "\(n(slots, "slot")), \(blockedSlots) blocked, \(teachableSlots) teachable")
    lines.append(
      "People: \(n(teachers, "teacher")) (\(coverageTeachers) coverage), "
        + "\(n(classes, "class", "classes")), \(n(rooms, "room"))")
    lines.append(
      "Lessons: \(n(lessons, "lesson")), \(n(meetings, "meeting")), "
        + "\(periodsNeeded) periods needed of \(classSlots) class slots "
        + "(\(percent(periodsNeeded, classSlots)))")
    lines.append(
      "Teaching: \(periodsNeeded) periods needed, capacity \(teachingCapacity) "
        + "(\(percent(periodsNeeded, teachingCapacity)) of teachers' free slots within limits)")
    if studentGroups > 0 {
      lines.append(
        "Students: \(n(studentGroups, "student group")) (\(n(groupedStudents, "student"))), "
          + "the busiest attends \(busiestGroupNeed) of the \(teachableSlots) teachable periods")
    }
    if !roles.isEmpty {
      lines.append("Roles:")
      for r in roles {
        var line =
          "  \(r.role.raw) (\(r.title)): \(n(r.leaders, "leader")), release \(r.release), "
          + "teaches at most \(r.limitPerLeader) of \(teachableSlots)"
        if r.teachingLeaders > 0 {
          line +=
            "; \(r.teachingLeaders) teaching, fixed load \(r.fixedLoad) of "
            + "\(r.limitPerLeader.multiplied(saturating: r.teachingLeaders))"
        }
        lines.append(line)
      }
    }
    if !teams.isEmpty || formation != nil {
      let spans = teams.map { t in
        "\(t.team.raw) \(t.members)/\(t.spanLimit.map(String.init) ?? "?")"
      }
      var line = "Teams: \(n(teams.count, "team"))"
      if !spans.isEmpty { line += ", members/span " + spans.joined(separator: ", ") }
      line += "; \(teachersWithoutTeam) teacher(s) without a team"
      if let f = formation { line += "; formation by \(f.rawValue)" }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  private func percent(_ part: Int, _ whole: Int) -> String {
    guard whole > 0 else { return "-" }
    let ratio = (Double(part) * 100 / Double(whole)).rounded()
    return ratio < 1e6 ? "\(Int(ratio))%" : "over 999999%"
  }
}
