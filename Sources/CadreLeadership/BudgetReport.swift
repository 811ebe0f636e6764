import CadreModel

/// What a leadership plan costs a year, from a school and its master schedule, and whether it
/// fits the budget cap. Plain `Sendable` values so that CadreIO can encode them as they are.
///
/// Money is in whole currency units (`currency`). Coverage is counted per *week*: the periods
/// a coverage position teaches in one cycle divided by the cycle's weeks; a year is `weeks`
/// weeks (`BudgetCalculator` says how they are counted).
public struct BudgetReport: Sendable, Equatable {
  /// One leader's yearly cost: the role's stipend plus the coverage of the lessons they were
  /// released from (taught by a coverage position).
  public struct LeaderCost: Sendable, Equatable {
    public var leader: LeaderID
    /// "Team Lead Uma Patel (T03)".
    public var label: String
    public var role: RoleID
    public var stipend: Int
    /// Periods a week of this leader's released lessons that coverage positions teach.
    public var coveredPeriodsPerWeek: Int
    public var coverage: Int
    public var total: Int
  }

  /// One coverage position's teaching and what it costs.
  public struct CoverageCost: Sendable, Equatable {
    public var teacher: TeacherID
    /// "Coverage Associate 1 (COV1)".
    public var label: String
    /// Charged periods per week: released meetings it teaches × duration, over the cycle's
    /// weeks (its own lessons are not coverage).
    public var periodsPerWeek: Int
    /// Cost of one period: the teacher's `costPerPeriod`, else `budget.coveragePerPeriod`.
    public var rate: Int
    public var yearly: Int
  }

  /// Which lesson a coverage position teaches, and for which leader.
  public struct CoverageAssignment: Sendable, Equatable {
    public var teacher: TeacherID
    public var lesson: LessonID
    /// Meetings of the lesson this position teaches in one cycle.
    public var meetings: Int
    /// The teaching leader the lesson was released from, nil when no teaching leader is among
    /// the lesson's candidates.
    public var leader: LeaderID?
    public var yearly: Int
    /// "COV1 covers 1-A science x4 for Team Lead Uma Patel (T03)".
    public var text: String
  }

  public struct RoleCost: Sendable, Equatable {
    public var role: RoleID
    public var title: String
    public var leaders: Int
    public var stipends: Int
    public var coverage: Int
    public var total: Int
  }

  /// A team's share: its leader's stipend and coverage (split evenly over the teams of a
  /// leader who leads several; the first team takes the remainder).
  public struct TeamCost: Sendable, Equatable {
    public var team: TeamID
    public var leader: LeaderID
    public var members: Int
    public var stipend: Int
    public var coverage: Int
    public var total: Int
  }

  public var currency: String
  /// Weeks a year that weekly coverage is multiplied by.
  public var weeks: Int
  /// "36 instructional weeks (180 school days)" or "36 weeks a year (budget.weeksPerYear)".
  public var weeksSource: String
  public var stipends: Int
  /// Every period coverage positions teach, released from a leader or not.
  public var coverage: Int
  public var total: Int
  public var cap: Int?
  /// How far the total is over the cap; 0 when within it or without a cap.
  public var overCap: Int
  /// Distinct teachers who are members of a team.
  public var teachersSupported: Int
  /// `total` / `teachersSupported`, rounded; nil without members.
  public var perTeacherSupported: Int?
  public var leaders: [LeaderCost]
  public var coveragePositions: [CoverageCost]
  public var assignments: [CoverageAssignment]
  public var roles: [RoleCost]
  public var teams: [TeamCost]
  /// `over-budget` (an error: a hard violation) when the total is over the cap.
  public var diagnostics: [Diagnostic]

  /// Whether the total is within the cap (always true without a cap).
  public var withinCap: Bool { overCap == 0 }

  /// A readable report, one fact per line.
  public var text: String {
    let m = { (amount: Int) in Text.money(amount, currency) }
    var lines: [String] = []
    let capText = cap.map { " of a cap of \(m($0))" } ?? " (no cap)"
    lines.append("Budget: \(m(total)) a year\(capText), counting \(weeksSource)")
    lines.append("  stipends \(m(stipends)), coverage \(m(coverage))")
    if overCap > 0, let c = cap {
      lines.append("  OVER BUDGET by \(m(overCap)) (cap \(m(c)))")
    }
    if let p = perTeacherSupported {
      lines.append(
        "  \(m(p)) per teacher supported (\(Text.count(teachersSupported, "teacher")) in teams)")
    }
    if !leaders.isEmpty {
      lines.append("Leaders:")
      for l in leaders {
        lines.append(
          "  \(l.label): \(m(l.total)) (stipend \(m(l.stipend)), coverage \(m(l.coverage)) "
            + "for \(Text.count(l.coveredPeriodsPerWeek, "covered period")) a week)")
      }
    }
    if !coveragePositions.isEmpty {
      lines.append("Coverage:")
      for c in coveragePositions {
        lines.append(
          "  \(c.label): \(Text.count(c.periodsPerWeek, "released period")) a week x \(m(c.rate)) x "
            + "\(weeks) weeks = \(m(c.yearly))")
      }
      for a in assignments { lines.append("    \(a.text)") }
    }
    if !roles.isEmpty {
      lines.append("By role:")
      for r in roles {
        lines.append(
          "  \(r.title) (\(r.role.raw)): \(Text.count(r.leaders, "leader")), \(m(r.total)) "
            + "(stipends \(m(r.stipends)), coverage \(m(r.coverage)))")
      }
    }
    if !teams.isEmpty {
      lines.append("By team:")
      for t in teams {
        let per = t.members > 0 ? ", \(m(t.total / t.members)) per member" : ""
        lines.append(
          "  \(t.team.raw) (\(Text.count(t.members, "member"))): \(m(t.total)) "
            + "(stipend \(m(t.stipend)), coverage \(m(t.coverage))\(per))")
      }
    }
    for d in diagnostics { lines.append(d.rendered) }
    return lines.joined(separator: "\n")
  }
}
