import CadreModel

/// The calendar checker's verdict on one coaching calendar: every violation, the cost, a
/// per-rule table, and the school-facing load of each leader.
public struct CalendarReport: Sendable {
  /// Every violation, grouped by rule (hard rules first, then in docs/CALENDAR.md order).
  public var violations: [Violation]
  /// `hard` is the sum of hard counts; `soft` the sum of soft counts times their weights.
  public var cost: HardSoft
  /// Every rule, in docs/CALENDAR.md order, including the rules with count 0.
  public var countsByRule: [(rule: String, hard: Bool, count: Int, weighted: Int)]
  /// School-facing figures: observations required vs scheduled per leader, and leader
  /// periods per week by activity. One entry per leader, in file order.
  public var leaderLoad: [LeaderLoad]
  /// The human report (verdict, cost, rule table, violations, leader load); deterministic.
  public var text: String

  public var isFeasible: Bool { cost.hard == 0 }

  /// The count (before weight) of one rule; 0 for a rule that is not broken or not known.
  public func count(_ rule: String) -> Int {
    countsByRule.first { $0.rule == rule }?.count ?? 0
  }
}

/// What the calendar asks of one leader over the year.
public struct LeaderLoad: Sendable, Equatable {
  public var leader: LeaderID
  public var name: String
  /// Members of this leader's teams.
  public var members: Int
  /// Observations the policy requires of this leader: members × (q(spot) + q(formal)).
  public var observationsRequired: Int
  /// Counted observations (placed, people fitting) this leader makes.
  public var observationsScheduled: Int
  /// One entry per calendar week with school days, in date order.
  public var weeks: [WeekLoad]

  /// The most periods of coaching in any one week.
  public var peakPeriodsPerWeek: Int { weeks.map(\.periods).max() ?? 0 }
  /// Periods of coaching over the whole year.
  public var totalPeriods: Int { weeks.reduce(0) { $0 + $1.periods } }
}

/// One leader's placed events in one calendar week, by activity. Every event occupies its
/// whole period in the leader's day (a 15-minute visit included).
public struct WeekLoad: Sendable, Equatable {
  /// The Monday that starts the calendar week.
  public var monday: CivilDate
  public var schoolDays: Int
  public var observations: Int
  public var debriefs: Int
  public var huddles: Int
  public var oneOnOnes: Int

  public var periods: Int { observations + debriefs + huddles + oneOnOnes }
}
