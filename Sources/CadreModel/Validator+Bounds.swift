extension Validator {
  /// Every number within its documented range (`Bounds.numbers`, upper ends; the lower ends
  /// are checked by each topic's own rule), and a school year of at most `Bounds.maxYearDays`.
  static func checkBounds(_ school: School, into out: inout [Diagnostic]) {
    for bound in Bounds.numbers {
      for (pointer, value) in bound.values(in: school) where value > bound.range.upperBound {
        let name = pointer.split(separator: "/").suffix(bound.isCount ? 2 : 1).joined(
          separator: " ")
        let what = bound.isCount ? "lists \(value)" : "is \(value)"
        out.append(
          outOfRange(
            pointer,
            "\(name) \(what); Cadre accepts \(bound.range.lowerBound) to "
              + "\(bound.range.upperBound)",
            hint: bound.why))
      }
    }
    checkYearLength(school, into: &out)
  }

  /// A school year longer than `Bounds.maxYearDays` is almost always a typo in a year number
  /// (2207 for 2027); say which date looks wrong.
  static func checkYearLength(_ school: School, into out: inout [Diagnostic]) {
    guard let y = school.year, y.firstDay <= y.lastDay else { return }
    let days = y.lastDay.dayNumber - y.firstDay.dayNumber + 1
    guard days > Bounds.maxYearDays else { return }
    // The year that looks wrong: a first day before 1900 is the typo, else the last day.
    let firstWrong = y.firstDay.year < 1900
    let (key, fix) =
      firstWrong
      ? (
        "firstDay",
        CivilDate(year: y.lastDay.year - 1, month: y.firstDay.month, day: y.firstDay.day)
      )
      : (
        "lastDay", CivilDate(year: y.firstDay.year + 1, month: y.lastDay.month, day: y.lastDay.day)
      )
    var hint = "a school year runs about 180 school days over 10 months"
    let (from, to) = firstWrong ? (fix, y.lastDay) : (y.firstDay, fix)
    if let fix, let from, let to, from <= to,
      to.dayNumber - from.dayNumber < Bounds.maxYearDays
    {
      hint = "did you mean \"\(key)\": \"\(fix)\"? " + hint
    }
    out.append(
      outOfRange(
        Pointer.of("year", key),
        "The school year runs \(days) days, from \(y.firstDay) to \(y.lastDay); Cadre accepts "
          + "at most \(Bounds.maxYearDays)",
        hint: hint))
  }

  /// Whether the cycle's size is within bounds, so that counting its slots cannot overflow
  /// and the other checks may run.
  static func cycleFits(_ school: School) -> Bool {
    school.cycle.weeks.count <= Bounds.maxWeeksPerCycle
      && school.cycle.days.count <= Bounds.maxDaysPerWeek
      && school.cycle.periods.count <= Bounds.maxPeriodsPerDay
  }
}
