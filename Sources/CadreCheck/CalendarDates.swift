import CadreModel

/// The school year laid out on real dates, as docs/CALENDAR.md section 1 defines it: which
/// dates are school days, each one's cycle day, calendar week, month and term, and the
/// observation blackout.
///
/// Written from the document alone (the planner has its own twin); the calendar checker's
/// agreement with the planner rests on both following the text.
struct CalendarDates {
  /// One school day: its date and where it falls.
  struct Day {
    var date: CivilDate
    /// Cycle week and day indices.
    var week: Int
    var day: Int
    /// Calendar week number k: whole weeks from the Monday on or before the first day.
    var calendarWeek: Int
    /// Index into `year.terms` of the first range holding the date, nil when none does.
    var term: Int?
  }

  /// Every school day, in date order; the index is the school-day index.
  let days: [Day]
  /// School-day index by day number (days since 1970-01-01).
  let indexByDayNumber: [Int: Int]
  /// Whether the cycle's day names map one-to-one onto ISO weekdays.
  let weekdayMapped: Bool
  /// The blackout's bounds: observations need `blackoutStart <= index < blackoutEnd`.
  let blackoutStart: Int
  let blackoutEnd: Int

  var count: Int { days.count }
  /// E: the eligible (non-blackout) school days.
  var eligibleCount: Int { max(0, min(blackoutEnd, count) - max(0, blackoutStart)) }

  /// The school-day index of a date, nil when the date is not a school day.
  func index(of date: CivilDate) -> Int? { indexByDayNumber[date.dayNumber] }

  /// Whether school day `i` is in the observation blackout.
  func inBlackout(_ i: Int) -> Bool { i < blackoutStart || i >= blackoutEnd }

  /// The Monday on or before a date, as a day number.
  static func monday(_ date: CivilDate) -> Int { date.dayNumber - date.weekday }

  /// - Complexity: O(dates of the year × closures + cycle days); a real year is about 300
  ///   dates.
  init(school: School) {
    let cycle = school.cycle
    let weekCount = cycle.weeks.count
    let dayCount = cycle.days.count
    let mapped = cycle.days.map(Self.weekday(named:))
    let weekdays = mapped.compactMap { $0 }
    weekdayMapped =
      weekdays.count == mapped.count && Set(weekdays).count == weekdays.count
    let policy = school.policy

    var days: [Day] = []
    if let year = school.year, year.firstDay <= year.lastDay, weekCount > 0, dayCount > 0 {
      let f = ((year.firstCycleWeek % weekCount) + weekCount) % weekCount
      let monday0 = Self.monday(year.firstDay)
      var dayOfWeekday = [Int?](repeating: nil, count: 7)
      if weekdayMapped {
        for (d, w) in mapped.enumerated() { if let w { dayOfWeekday[w] = d } }
      }
      var n = 0
      for number in year.firstDay.dayNumber...year.lastDay.dayNumber {
        let date = CivilDate(dayNumber: number)
        if year.closures.contains(where: { $0.contains(date) }) { continue }
        let k = (Self.monday(date) - monday0) / 7
        let term = year.terms.firstIndex { $0.contains(date) }
        if weekdayMapped {
          guard let d = dayOfWeekday[date.weekday] else { continue }
          let w = (f + k % weekCount) % weekCount
          days.append(Day(date: date, week: w, day: d, calendarWeek: k, term: term))
        } else {
          guard date.weekday < 5 else { continue }
          let total = weekCount * dayCount
          let q = (f * dayCount + n % total) % total
          days.append(
            Day(date: date, week: q / dayCount, day: q % dayCount, calendarWeek: k, term: term))
          n += 1
        }
      }
    }
    self.days = days
    var index: [Int: Int] = [:]
    for (i, d) in days.enumerated() { index[d.date.dayNumber] = i }
    indexByDayNumber = index
    blackoutStart = policy.noObservationDaysAtStart
    let (end, overflow) = days.count.subtractingReportingOverflow(policy.noObservationDaysAtEnd)
    blackoutEnd = overflow ? (policy.noObservationDaysAtEnd > 0 ? Int.min : Int.max) : end
  }

  /// The ISO weekday (Monday = 0) a cycle day name stands for, per the table of
  /// docs/CALENDAR.md; nil for names such as "Day 1".
  static func weekday(named name: String) -> Int? {
    let key = String(
      name.lowercased().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
        .reversed())
    for (weekday, names) in dayNames.enumerated() where names.contains(key) { return weekday }
    return nil
  }

  static let dayNames: [[String]] = [
    ["mon", "monday", "m", "mo"],
    ["tue", "tues", "tuesday", "t", "tu"],
    ["wed", "wednesday", "w", "we"],
    ["thu", "thur", "thurs", "thursday", "th", "r"],
    ["fri", "friday", "f", "fr"],
    ["sat", "saturday", "sa"],
    ["sun", "sunday", "su", "u"],
  ]
}
