/// Distributed leadership: roles, the people in them, and their teams.
public struct Leadership: Sendable, Equatable {
  public var roles: [Role]
  public var leaders: [Leader]
  /// Teams given explicitly, or (with `formation`) leaders whose members the solver chooses.
  public var teams: [Team]
  /// When set, teams with no members are filled by the solver by this rule.
  public var formation: TeamFormation?

  public init(
    roles: [Role] = [], leaders: [Leader] = [], teams: [Team] = [], formation: TeamFormation? = nil
  ) {
    self.roles = roles
    self.leaders = leaders
    self.teams = teams
    self.formation = formation
  }
}

public enum RoleKind: String, Sendable, CaseIterable, Equatable {
  case principal
  case assistantPrincipal
  case teamLead
  case multiClassroomLeader
  case instructionalCoach
}

/// A leadership role with its policy numbers.
public struct Role: Sendable, Equatable {
  public var id: RoleID
  public var name: String
  public var kind: RoleKind
  /// Share of the cycle's teachable slots kept free of teaching, 0...1 (0.5 = teaches at most
  /// half). Ignored when `releasePeriodsPerDay` is set.
  public var release: Double
  /// Release expressed as periods per day ("one period a day"), when the policy is written so.
  public var releasePeriodsPerDay: Int?
  /// Most teachers one leader in this role may lead.
  public var spanLimit: Int
  /// Yearly stipend per leader (whole currency units).
  public var stipend: Int
  /// Coaching numbers for the teams of leaders in this role, over the school's policy
  /// (a team's own `policy` wins over these; `School.policy(for:)`).
  public var policy: PolicyOverride?

  public init(
    id: RoleID, name: String = "", kind: RoleKind, release: Double = 0,
    releasePeriodsPerDay: Int? = nil, spanLimit: Int, stipend: Int = 0,
    policy: PolicyOverride? = nil
  ) {
    self.policy = policy
    self.id = id
    self.name = name
    self.kind = kind
    self.release = release
    self.releasePeriodsPerDay = releasePeriodsPerDay
    self.spanLimit = spanLimit
    self.stipend = stipend
  }

  /// Most periods a leader in this role may teach in a cycle with `teachableSlots`
  /// non-blocked slots over `cycleDays` days: floor((1 - release) x teachableSlots), or
  /// teachableSlots - releasePeriodsPerDay x cycleDays.
  public func teachingLimit(teachableSlots: Int, cycleDays: Int) -> Int {
    let slots = max(0, teachableSlots)
    if let r = releasePeriodsPerDay {
      // Clamped so that an unvalidated number can never overflow or go negative.
      let released = min(max(0, r), slots).multipliedReportingOverflow(by: max(0, cycleDays))
      return released.overflow ? 0 : max(0, slots - released.partialValue)
    }
    // NaN or out-of-range releases clamp into 0...1, so the conversion below cannot trap.
    let fraction = release.isNaN ? 0 : min(1, max(0, release))
    let exact = (1 - fraction) * Double(slots)
    // Truncation is floor here: the value is never negative.
    return min(slots, Int(max(0, exact + 1e-9)))
  }
}

/// A person in a leadership role. A leader who also teaches names their teacher record; their
/// lessons then count against the role's release.
public struct Leader: Sendable, Equatable {
  public var id: LeaderID
  public var name: String
  public var role: RoleID
  public var teacher: TeacherID?
  /// Slots this leader is away (only for leaders who do not teach; a teaching leader uses the
  /// teacher record's unavailability).
  public var unavailable: [SlotRef]

  public init(
    id: LeaderID, name: String = "", role: RoleID, teacher: TeacherID? = nil,
    unavailable: [SlotRef] = []
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.teacher = teacher
    self.unavailable = unavailable
  }
}

/// A leader and the teachers they develop.
public struct Team: Sendable, Equatable {
  public var id: TeamID
  public var name: String
  public var leader: LeaderID
  public var members: [TeacherID]
  /// The grade or subject that the team is formed around (for formation and reports).
  public var grade: String?
  public var subject: String?
  /// This team's own coaching numbers, over its leader's role's and the school's
  /// (`School.policy(for:)`).
  public var policy: PolicyOverride?

  public init(
    id: TeamID, name: String = "", leader: LeaderID, members: [TeacherID] = [],
    grade: String? = nil, subject: String? = nil, policy: PolicyOverride? = nil
  ) {
    self.policy = policy
    self.id = id
    self.name = name
    self.leader = leader
    self.members = members
    self.grade = grade
    self.subject = subject
  }
}

public enum TeamFormation: String, Sendable, Equatable, CaseIterable {
  case byGrade = "grade"
  case bySubject = "subject"
}
