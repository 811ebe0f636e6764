import CadreModel

/// Small schools built in code for the tests: a Mon–Fri cycle of `periods` periods, no year
/// unless given, so every number can be worked out by hand.
enum Fixtures {
  static func cycle(periods: Int = 4) -> Cycle {
    Cycle(
      days: ["Mon", "Tue", "Wed", "Thu", "Fri"],
      periods: (0..<periods).map { p in
        Period(
          name: "P\(p + 1)", start: TimeOfDay(minutes: 480 + p * 50),
          end: TimeOfDay(minutes: 525 + p * 50))
      })
  }

  static func teacher(
    _ id: String, _ name: String = "", grades: [String] = [], subjects: [String] = [],
    team: String? = nil, coverage: Bool = false, cost: Int? = nil
  ) -> Teacher {
    Teacher(
      id: TeacherID(id), name: name, subjects: subjects, grades: grades,
      costPerPeriod: cost, team: team.map { TeamID($0) }, coverage: coverage)
  }

  static let teamLead = Role(
    id: "team-lead", name: "Team Lead", kind: .teamLead, release: 0.5, spanLimit: 8,
    stipend: 2000)

  static let principal = Role(
    id: "principal", name: "Principal", kind: .principal, release: 1, spanLimit: 8)

  /// A school whose leadership is `leadership` and that has no lessons.
  static func staff(
    _ teachers: [Teacher], _ leadership: Leadership, periods: Int = 4
  ) -> School {
    School(
      name: "Staff", cycle: cycle(periods: periods), teachers: teachers, classes: [],
      lessons: [], leadership: leadership)
  }

  /// The coaching school: Team Lead Ana (T01) teaches a fixed 6-period lesson and may teach a
  /// 4-period lesson that COV1 may also teach; she leads T02…T07 (6 members). The principal
  /// (not teaching) leads T08. 4 periods × 5 days = 20 teachable slots; release 0.5 lets Ana
  /// teach 10, so she is free 10 periods a week. `spot` spot observations a year per teacher,
  /// 2 huddles a week, 36 weeks (no year), coverage $30 a period.
  static func coaching(spot: Int, anaFixed: [Int] = [6]) -> School {
    var teachers = [
      teacher("T01", "Ana Diaz", grades: ["1"]),
      teacher("COV1", "Associate", grades: ["1"], coverage: true),
    ]
    for i in 2...8 { teachers.append(teacher("T0\(i)", grades: ["1"])) }
    var lessons: [Lesson] = anaFixed.enumerated().map { i, n in
      Lesson(
        id: LessonID("1-A-s\(i)"), classID: "1-A", subject: "s\(i)", meetings: n,
        teacher: "T01")
    }
    lessons.append(
      Lesson(
        id: "1-B-sci", classID: "1-B", subject: "science", meetings: 4,
        candidates: ["T01", "COV1"]))
    let leadership = Leadership(
      roles: [teamLead, principal],
      leaders: [
        Leader(id: "L-ANA", name: "Ana Diaz", role: "team-lead", teacher: "T01"),
        Leader(id: "L-P", name: "Principal Pat", role: "principal"),
      ],
      teams: [
        Team(id: "TM-1", leader: "L-ANA", members: ["T02", "T03", "T04", "T05", "T06", "T07"]),
        Team(id: "TM-P", leader: "L-P", members: ["T08"]),
      ])
    return School(
      name: "Coaching", cycle: cycle(), teachers: teachers,
      classes: [
        SchoolClass(id: "1-A", grade: "1"), SchoolClass(id: "1-B", grade: "1"),
      ],
      lessons: lessons, leadership: leadership,
      policy: Policy(
        observations: [ObservationQuota(kind: .spot, perYear: spot)], huddlesPerWeek: 2),
      budget: Budget(coveragePerPeriod: 30, weeksPerYear: 36))
  }
}
