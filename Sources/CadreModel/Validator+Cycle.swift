extension Validator {
  /// The cycle has at least one week, day and period; names are unique; periods run forward in
  /// time without overlapping; blocked slots name real days, periods and weeks.
  static func checkCycle(_ c: Context, into out: inout [Diagnostic]) {
    let cycle = c.cycle
    for (key, count, kind) in [
      ("weeks", cycle.weekCount, "week"), ("days", cycle.dayCount, "day"),
      ("periods", cycle.periodCount, "period"),
    ] where count == 0 {
      out.append(
        .error(
          "empty-cycle", at: Pointer.of("cycle", key),
          "The cycle has no \(kind)s, so there is no slot to teach in",
          hint: "list at least one \(kind) in /cycle/\(key)"))
    }
    checkNames(cycle.weeks, kind: "week", at: "/cycle/weeks", into: &out)
    checkNames(cycle.days, kind: "day", at: "/cycle/days", into: &out)
    checkNames(cycle.periods.map(\.name), kind: "period", at: "/cycle/periods", into: &out)
    checkPeriodTimes(cycle.periods, into: &out)
    for (i, b) in cycle.blocked.enumerated() {
      checkRef(b.slot, at: Pointer.of("cycle", "blocked", i), in: "A blocked slot", c, into: &out)
    }
    if cycle.slotCount > 0 && c.teachableSlots == 0 {
      out.append(
        .error(
          "over-capacity", at: Pointer.of("cycle", "blocked"),
          "Every one of the cycle's \(cycle.slotCount) slots is blocked",
          hint: "blocked slots are for lunch and assemblies; unblock the teaching periods"))
    }
  }

  /// Each period ends after it starts and starts no earlier than the previous one ends.
  static func checkPeriodTimes(_ periods: [Period], into out: inout [Diagnostic]) {
    for (i, p) in periods.enumerated() {
      if p.end <= p.start {
        out.append(
          .error(
            "bad-period-times", at: Pointer.of("cycle", "periods", i, "end"),
            "Period \(p.name) ends at \(p.end), not after it starts at \(p.start)",
            hint: "write times as \"HH:MM\" on a 24-hour clock, end after start"))
      }
      if i > 0, p.start < periods[i - 1].end {
        let q = periods[i - 1]
        let other = "period \(q.name) (\(q.start)-\(q.end))"
        let how =
          p.start < q.start
          ? "before \(other), which comes first in the list" : "while \(other) is still running"
        out.append(
          .error(
            "bad-period-times", at: Pointer.of("cycle", "periods", i, "start"),
            "Period \(p.name) starts at \(p.start), \(how)",
            hint: "list periods in time order without overlaps"))
      }
    }
  }
}
