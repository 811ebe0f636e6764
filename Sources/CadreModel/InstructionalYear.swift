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
/// The weekday mapping is the one of `CadreCalendar.DayNames` (the model imports nothing, so
/// it keeps its own copy of that small table).
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
    let weekdays = Self.weekdays(of: cycle)
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

  private static let table: [(String, Int)] = [
    ("mon", 0), ("monday", 0), ("m", 0), ("mo", 0),
    ("tue", 1), ("tues", 1), ("tuesday", 1), ("t", 1), ("tu", 1),
    ("wed", 2), ("wednesday", 2), ("w", 2), ("we", 2),
    ("thu", 3), ("thur", 3), ("thurs", 3), ("thursday", 3), ("th", 3), ("r", 3),
    ("fri", 4), ("friday", 4), ("f", 4), ("fr", 4),
    ("sat", 5), ("saturday", 5), ("sa", 5),
    ("sun", 6), ("sunday", 6), ("su", 6), ("u", 6),
  ]

  /// The ISO weekday of every cycle day when all map and none repeats; nil for a rotating
  /// cycle (docs/CALENDAR.md "Day names").
  static func weekdays(of cycle: Cycle) -> [Int]? {
    var out: [Int] = []
    var seen = [Bool](repeating: false, count: 7)
    for name in cycle.days {
      let key = String(
        name.lowercased().drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " })
          .reversed())
      guard let w = table.first(where: { $0.0 == key })?.1, !seen[w] else { return nil }
      seen[w] = true
      out.append(w)
    }
    return out.isEmpty ? nil : out
  }
}
