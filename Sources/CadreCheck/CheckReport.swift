import CadreModel

/// The checker's verdict on one schedule: every violation, the cost, and a per-rule table.
public struct CheckReport: Sendable {
  /// Every violation, grouped by rule (hard rules first, then in docs/RULES.md order), each
  /// group in the order of the school file (teachers, lessons, slots).
  public var violations: [Violation]
  /// `hard` is the sum of hard counts; `soft` the sum of soft counts times their weights.
  public var cost: HardSoft
  /// Every rule, in docs/RULES.md order, including the rules with count 0.
  public var countsByRule: [(rule: String, hard: Bool, count: Int, weighted: Int)]
  /// The human report (verdict, cost, rule table, at most `ReportText.linesPerRule`
  /// violations per rule, the per-teacher summary); deterministic.
  public var text: String
  /// The same report with every violation of every rule (`check-all.txt`).
  public var fullText: String
  /// Per teacher, in school order: their gaps, late periods, same-subject days...
  public var teachers: [TeacherSummary]
  /// How well students who share classes are kept apart; nil without student groups.
  public var students: StudentSummary? = nil

  public var isFeasible: Bool { cost.hard == 0 }

  /// The count (before weight) of one rule; 0 for a rule that is not broken or not known.
  public func count(_ rule: String) -> Int {
    countsByRule.first { $0.rule == rule }?.count ?? 0
  }
}

extension CheckReport {
  /// What the printed timetables show of this report (`TimetableFacts`): the cost, the
  /// teachers' summaries and every leader's released periods in `schedule`.
  public func timetableFacts(school: School, schedule: Schedule) -> TimetableFacts {
    TimetableFacts(
      cost: cost, teachers: teachers,
      release: LeaderRelease.all(school: school, schedule: schedule))
  }
}
