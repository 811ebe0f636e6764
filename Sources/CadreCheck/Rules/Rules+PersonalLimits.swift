import CadreModel

extension Rules {
  /// `personal-limit` (`soft` false: the plain numbers) and `personal-preference` (`soft`
  /// true: the numbers given with a weight, weight × excess). For every teacher and class with
  /// limits, per cycle week, per day: gaps = idle periods (not blocked, not unavailable)
  /// strictly between the day's first and last busy period; busy = periods with a meeting;
  /// runs = maximal runs of busy, not blocked periods. Excess: gaps − maxGapsPerDay; for a
  /// day with lessons, minPerDay − busy; per run, length − maxInARow; per week, Σ gaps −
  /// maxGapsPerWeek and days with lessons − maxDaysPerWeek (each at least 0).
  static func personalLimits(soft: Bool) -> @Sendable (CheckContext) -> [Violation] {
    { c in
      var out: [Violation] = []
      for t in c.teachers {
        let teacher = c.school.teachers[t]
        guard !teacher.limits.isEmpty else { continue }
        let busy = (0..<c.slotCount).map { c.teaches(t, $0) }
        out += shape(
          busy, c.teacherUnavailable[t], teacher.limits, soft: soft, c,
          who: teacher.id.raw, teachers: [teacher.id])
      }
      var classBusy: [ClassID: [Bool]] = [:]
      for cls in c.school.classes where !cls.limits.isEmpty {
        classBusy[cls.id] = [Bool](repeating: false, count: c.slotCount)
      }
      guard !classBusy.isEmpty else { return out }
      for m in c.meetings {
        let k = c.lesson(m).classID
        guard classBusy[k] != nil else { continue }
        for s in m.occupied { classBusy[k]?[s] = true }
      }
      for (k, cls) in c.school.classes.enumerated() {
        guard let busy = classBusy[cls.id] else { continue }
        out += shape(
          busy, c.classUnavailable[k], cls.limits, soft: soft, c, who: "Class " + cls.id.raw,
          teachers: [])
      }
      return out
    }
  }

  private static func shape(
    _ busy: [Bool], _ unavailable: [Bool], _ limits: PersonalLimits, soft: Bool,
    _ c: CheckContext, who: String, teachers: [TeacherID]
  ) -> [Violation] {
    var out: [Violation] = []
    func report(_ kind: PersonalLimits.Kind, _ excess: Int, _ what: String) {
      guard excess > 0, let n = limits[kind], n.isSoft == soft else { return }
      let message = "\(who) \(what) (\(kind.key) \(n.count))"
      if let w = n.weight {
        out.append(
          softViolation("personal-preference", w * excess, message, teachers: teachers))
      } else {
        out.append(violation("personal-limit", excess, message))
      }
    }
    for w in 0..<c.weekCount {
      var weekGaps = 0
      var days = 0
      for d in 0..<c.dayCount {
        let cd = w * c.dayCount + d
        let slots = c.slots(ofCycleDay: cd)
        let taught = slots.filter { busy[$0] }
        guard let first = taught.first, let last = taught.last else { continue }
        days += 1
        let gaps = (first..<last).filter { !busy[$0] && !c.blocked[$0] && !unavailable[$0] }.count
        weekGaps += gaps
        if let m = limits.maxGapsPerDay {
          report(.maxGapsPerDay, gaps - m.count, "has \(plural(gaps, "gap")) on \(c.dayLabel(cd))")
        }
        if let m = limits.minPerDay {
          report(
            .minPerDay, m.count - taught.count,
            "has \(plural(taught.count, "period")) on \(c.dayLabel(cd))")
        }
        if let m = limits.maxInARow {
          var run = 0
          for s in slots.lowerBound...slots.upperBound {
            if s < slots.upperBound && busy[s] && !c.blocked[s] {
              run += 1
              continue
            }
            report(
              .maxInARow, run - m.count,
              "has \(plural(run, "period")) in a row on \(c.dayLabel(cd))")
            run = 0
          }
        }
      }
      let week = c.weekCount > 1 ? "in week \(c.cycle.weeks[w])" : "in the week"
      if let m = limits.maxGapsPerWeek {
        report(.maxGapsPerWeek, weekGaps - m.count, "has \(plural(weekGaps, "gap")) \(week)")
      }
      if let m = limits.maxDaysPerWeek {
        report(.maxDaysPerWeek, days - m.count, "is in on \(plural(days, "day")) \(week)")
      }
    }
    return out
  }
}
