/// How many instructional weeks (and months with school days) a year has, for turning yearly
/// quotas into weekly needs and weekly coverage into yearly money.
///
/// With a school year, the school days are counted as docs/CALENDAR.md defines them (dates
/// from `firstDay` to `lastDay` that are not closed and fall on a weekday of the cycle, or
/// Monday to Friday in a rotating cycle) and divided by the days of one week of the cycle,
/// rounded to the nearest whole week (180 days of a Mon–Fri cycle are 36 weeks). Without a
/// year, or with a year that has no school days, `budget.weeksPerYear` (default 36) is used
/// and months are estimated as ⌈weeks × 12 / 52⌉.
///
/// The one count of weeks every layer uses: the budget (`BudgetCalculator`), the engine's
/// budget rules (through the compiler), the checker's, and the coaching loads. The validator
/// warns when an explicit `budget.weeksPerYear` disagrees with a school year's count
/// (`weeks-disagree`), since the year's count is the one used.
///
/// The weekday mapping is `DayNames`', as the calendar's.
public struct InstructionalYear: Sendable, Equatable {
  /// Instructional weeks, at least 1.
  public let weeks: Int
  /// Calendar months with school days, at least 1.
  public let months: Int
  /// School days counted from the year, nil when the budget's `weeksPerYear` was used.
  public let schoolDays: Int?

  /// - Complexity: O(days of the year × closures).
  public init(_ school: School) {
    let fallback = max(1, school.budget?.weeksPerYear ?? 36)
    let cycle = school.cycle
    guard let year = school.year, year.firstDay <= year.lastDay, !cycle.days.isEmpty else {
      self.init(fallbackWeeks: fallback)
      return
    }
    let weekdays = DayNames.weekdays(of: cycle)
    var open = [Bool](repeating: false, count: 7)
    for w in weekdays ?? [0, 1, 2, 3, 4] { open[w] = true }
    var days = 0
    var monthKeys = Set<Int>()
    // The validator does not cap the length of a year; a typo of a century stops here.
    let last = min(year.lastDay.dayNumber, year.firstDay.dayNumber + 366 * 5)
    for number in year.firstDay.dayNumber...last {
      let date = CivilDate(dayNumber: number)
      guard open[date.weekday], !year.closures.contains(where: { $0.contains(date) }) else {
        continue
      }
      days += 1
      monthKeys.insert(date.year * 12 + date.month)
    }
    guard days > 0 else {
      self.init(fallbackWeeks: fallback)
      return
    }
    // A week of the cycle (6 days in a "Day 1 … Day 6" rotation) is the unit every weekly
    // number of this target is counted in.
    self.init(
      weeks: max(1, Self.rounded(days, max(1, cycle.days.count))),
      months: max(1, monthKeys.count), schoolDays: days)
  }

  private init(fallbackWeeks: Int) {
    self.init(
      weeks: fallbackWeeks,
      months: max(1, (fallbackWeeks.multiplied(saturating: 12).adding(saturating: 51)) / 52),
      schoolDays: nil)
  }

  public init(weeks: Int, months: Int, schoolDays: Int?) {
    self.weeks = weeks
    self.months = months
    self.schoolDays = schoolDays
  }

  /// "36 instructional weeks (180 school days)" or "36 weeks a year (budget.weeksPerYear)".
  public var text: String {
    if let d = schoolDays { return "\(weeks) instructional weeks (\(d) school days)" }
    return "\(weeks) weeks a year (budget.weeksPerYear)"
  }

  /// n / d rounded half up (n ≥ 0, d ≥ 1).
  private static func rounded(_ n: Int, _ d: Int) -> Int {
    let q = n / d
    return n % d >= d - n % d ? q + 1 : q
  }
}
