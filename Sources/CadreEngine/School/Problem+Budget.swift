/// The budget rules' inputs (docs/RULES.md "Budget"), as the general compiler's budget monitors
/// take them (`HSTTCoverage`).
extension Problem {
  /// Per teacher, its coverage rate per period (0 for those that are not coverage positions).
  package func coverageRates(teachers T: Int) -> [Int64] {
    (0..<T).map { $0 < teacherCoverageRate.count ? max(0, teacherCoverageRate[$0]) : 0 }
  }

  /// The leaders among lesson `l`'s candidate teachers.
  package func lessonLeaders(_ l: Int, teachers T: Int) -> [Int32] {
    l < lessonLeaderTeachers.count ? lessonLeaderTeachers[l].filter { $0 >= 0 && Int($0) < T } : []
  }

  /// The budget's terms for a cycle of `W` weeks.
  package func budgetTerms(cycleWeeks W: Int) -> BudgetTerms {
    BudgetTerms(
      weeks: coverageWeeks, cycleWeeks: W, stipends: stipends, cap: budgetCap, unit: coverageUnit)
  }
}
