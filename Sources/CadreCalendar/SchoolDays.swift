import CadreModel

/// One school day: a real date and the cycle day it runs.
public struct SchoolDay: Sendable, Equatable {
  public var date: CivilDate
  /// Position among the year's school days (the school-day index of docs/CALENDAR.md).
  public var index: Int
  /// Index into `Cycle.weeks`.
  public var cycleWeek: Int
  /// Index into `Cycle.days`.
  public var cycleDay: Int
  /// Calendar week number: Mondays since the Monday on or before the year's first day.
  public var calendarWeek: Int
  /// Index into `SchoolYear.terms`, nil when no term contains the date.
  public var term: Int?
}

/// The school days of a year, with the mapping from real dates to cycle days that
/// docs/CALENDAR.md ("School days") defines.
///
/// A weekday-mapped cycle (`Mon … Fri`) puts each cycle day on its weekday, and the cycle week
/// advances every calendar week, closed weeks included. A rotating cycle (`Day 1 … Day 6`) runs
/// on Monday-to-Friday dates, one cycle day per school day, and closures do not advance it.
public struct SchoolDays: Sendable, Equatable {
  /// School days in date order; `days[i].index == i`.
  public let days: [SchoolDay]
  /// Whether the cycle's day names map to weekdays.
  public let weekdayMapped: Bool

  /// - Complexity: O(n × c) for n dates in the year and c closures.
  public init(school: School) {
    let cycle = school.cycle
    let mapping = DayNames.weekdays(of: cycle)
    weekdayMapped = mapping != nil
    guard let year = school.year, year.firstDay <= year.lastDay, !cycle.weeks.isEmpty,
      !cycle.days.isEmpty
    else {
      days = []
      return
    }
    let weekCount = cycle.weeks.count
    let dayCount = cycle.days.count
    let first = ((year.firstCycleWeek % weekCount) + weekCount) % weekCount
    var cycleDayOfWeekday = [Int](repeating: -1, count: 7)
    if let mapping {
      for (d, w) in mapping.enumerated() { cycleDayOfWeekday[w] = d }
    }
    let start = year.firstDay.dayNumber
    let firstMonday = start - year.firstDay.weekday
    var out: [SchoolDay] = []
    for number in start...year.lastDay.dayNumber {
      let date = CivilDate(dayNumber: number)
      if year.closures.contains(where: { $0.contains(date) }) { continue }
      let weekday = date.weekday
      let calendarWeek = (number - weekday - firstMonday) / 7
      let term = year.terms.firstIndex(where: { $0.contains(date) })
      let week: Int
      let day: Int
      if mapping != nil {
        day = cycleDayOfWeekday[weekday]
        if day < 0 { continue }
        week = (first + calendarWeek) % weekCount
      } else {
        if weekday >= 5 { continue }
        let position = (first * dayCount + out.count) % (weekCount * dayCount)
        week = position / dayCount
        day = position % dayCount
      }
      out.append(
        SchoolDay(
          date: date, index: out.count, cycleWeek: week, cycleDay: day,
          calendarWeek: calendarWeek, term: term))
    }
    days = out
  }

  /// The school day on `date`, if it is one.
  ///
  /// - Complexity: O(log n).
  public func day(on date: CivilDate) -> SchoolDay? {
    var lo = 0
    var hi = days.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if days[mid].date < date { lo = mid + 1 } else { hi = mid }
    }
    return lo < days.count && days[lo].date == date ? days[lo] : nil
  }
}
