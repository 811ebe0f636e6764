extension Cycle {
  /// The most periods one teacher can teach in a cycle from availability and limits alone:
  /// Σ weeks min(maxPerWeek, Σ days min(maxPerDay, free slots of the day)). A limit below 1
  /// counts as no limit (the validator reports it as out of range, not also as capacity).
  /// - Complexity: O(slots).
  public func teachingCapacity(
    blocked: Set<Slot>, away: Set<Slot>, maxPerDay: Int?, maxPerWeek: Int?
  ) -> Int {
    let perDay = maxPerDay.flatMap { $0 >= 1 ? $0 : nil }
    let perWeek = maxPerWeek.flatMap { $0 >= 1 ? $0 : nil }
    var total = 0
    for w in weeks.indices {
      var week = 0
      for d in days.indices {
        var day = 0
        for p in periods.indices {
          let s = Slot(week: w, day: d, period: p)
          if !blocked.contains(s) && !away.contains(s) { day += 1 }
        }
        week += min(day, perDay ?? day)
      }
      total += min(week, perWeek ?? week)
    }
    return total
  }
}
