import CadreModel

extension Rules {
  /// `coverage-cost` (soft): the yearly coverage cost in units of one weekly period at the
  /// reference rate, rounded half up. `over-budget` (hard, with a cap): ⌈(stipends + coverage
  /// − cap) / unit⌉ when positive. docs/RULES.md "Budget" defines the terms:
  /// - a placed meeting is *released* when a leader other than its teacher is among its
  ///   lesson's candidates; a coverage position teaching it is *charged* duration × its rate
  ///   (`costPerPeriod`, else `budget.coveragePerPeriod`); a position's own lessons are not;
  /// - per position, yearly = charged per cycle × weeks / weeks of the cycle, rounded half up
  ///   (weeks: `InstructionalYear`); coverage = the sum;
  /// - unit = the reference rate (`coveragePerPeriod`, else the highest position's rate, else
  ///   1) × weeks.
  static func coverageCost(_ c: CheckContext) -> [Violation] {
    let tally = CoverageTally(c)
    let count = tally.coverage.divided(roundingBy: tally.unit)
    guard count > 0 else { return [] }
    let who = tally.charged.map { "\($0.teacher.raw) \(plural($0.periods, "released period"))" }
    return [
      softViolation(
        "coverage-cost", count,
        "coverage costs \(tally.coverage.grouped) \(tally.currency) a year ("
          + who.joined(separator: ", ") + " a cycle), \(count) weekly "
          + (count == 1 ? "period" : "periods") + " at \(tally.reference) a period")
    ]
  }

  static func overBudget(_ c: CheckContext) -> [Violation] {
    let tally = CoverageTally(c)
    guard let cap = c.school.budget?.cap else { return [] }
    let total = saturatingAdd(tally.stipends, tally.coverage)
    let over = saturatingAdd(total, -max(0, cap))
    guard over > 0 else { return [] }
    let count = (over - 1) / tally.unit + 1
    return [
      violation(
        "over-budget", count,
        "the plan costs \(total.grouped) \(tally.currency) a year (stipends "
          + "\(tally.stipends.grouped), coverage \(tally.coverage.grouped)) but the cap is "
          + "\(cap.grouped): \(over.grouped) over, about \(plural(count, "weekly period")) of "
          + "coverage at \(tally.reference) a period")
    ]
  }

  /// The money both budget rules count, recomputed from the schedule.
  private struct CoverageTally {
    var charged: [(teacher: TeacherID, periods: Int)] = []
    var coverage = 0
    var stipends = 0
    var unit = 1
    var reference = 1
    var currency: String

    init(_ c: CheckContext) {
      let school = c.school
      currency = school.budget?.currency ?? "USD"
      let fallback = max(0, school.budget?.coveragePerPeriod ?? 0)
      let leaders = Set(school.leadership.leaders.compactMap(\.teacher))
      let weeks = InstructionalYear(school).weeks
      let cycleWeeks = max(1, c.weekCount)
      var periods = [Int](repeating: 0, count: school.teachers.count)
      for m in c.meetings {
        guard m.isPlaced, let t = m.teacher, let id = m.teacherID, school.teachers[t].coverage
        else { continue }
        let lesson = c.lesson(m)
        guard candidates(of: lesson, c).contains(where: { $0 != id && leaders.contains($0) })
        else { continue }
        periods[t] = saturatingAdd(periods[t], max(0, lesson.duration))
      }
      var highest = 0
      for (t, teacher) in school.teachers.enumerated() where teacher.coverage {
        let rate = max(0, teacher.costPerPeriod ?? fallback)
        highest = max(highest, rate)
        guard periods[t] > 0 else { continue }
        charged.append((teacher.id, periods[t]))
        let money = saturatingMultiply(saturatingMultiply(periods[t], rate), weeks)
        coverage = saturatingAdd(coverage, money.divided(roundingBy: cycleWeeks))
      }
      for leader in school.leadership.leaders {
        let stipend = school.leadership.roles.first { $0.id == leader.role }?.stipend ?? 0
        stipends = saturatingAdd(stipends, max(0, stipend))
      }
      reference = fallback > 0 ? fallback : max(1, highest)
      unit = max(1, saturatingMultiply(reference, weeks))
    }
  }
}

extension Int {
  /// self / d rounded half up (self ≥ 0, d ≥ 1).
  fileprivate func divided(roundingBy d: Int) -> Int {
    let q = self / d
    let r = self % d
    return r >= d - r ? q + 1 : q
  }
}
