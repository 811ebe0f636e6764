/// The repeating timetable cycle: one or more weeks (A/B weeks) of named days, each with the
/// same named periods. A `Slot` is one period of one day of one week of the cycle.
public struct Cycle: Sendable, Equatable {
  /// Week names, in order; a one-week cycle has one (conventionally "A").
  public var weeks: [String]
  /// Day names, in order, e.g. Mon...Fri.
  public var days: [String]
  /// Periods of every day, in order.
  public var periods: [Period]
  /// Slots nobody teaches in (lunch, assembly). A reference without a week blocks every week.
  public var blocked: [BlockedSlot]

  public init(
    weeks: [String] = ["A"], days: [String], periods: [Period], blocked: [BlockedSlot] = []
  ) {
    self.weeks = weeks
    self.days = days
    self.periods = periods
    self.blocked = blocked
  }

  public var weekCount: Int { weeks.count }
  public var dayCount: Int { days.count }
  public var periodCount: Int { periods.count }
  /// Days in the whole cycle (weeks x days).
  public var cycleDayCount: Int { weeks.count * days.count }
  /// Slots in the whole cycle (weeks x days x periods).
  public var slotCount: Int { weeks.count * days.count * periods.count }

  /// The slots a reference names: one slot, or one per week when the reference has no week.
  /// Returns an empty array when a name does not resolve (the validator reports those).
  public func resolve(_ ref: SlotRef) -> [Slot] {
    guard let d = days.firstIndex(of: ref.day),
      let p = periods.firstIndex(where: { $0.name == ref.period })
    else { return [] }
    if let w = ref.week {
      guard let wi = weeks.firstIndex(of: w) else { return [] }
      return [Slot(week: wi, day: d, period: p)]
    }
    return weeks.indices.map { Slot(week: $0, day: d, period: p) }
  }

  /// The reference naming one slot, with the week omitted in a one-week cycle.
  public func ref(_ slot: Slot) -> SlotRef {
    SlotRef(
      week: weeks.count > 1 ? weeks[slot.week] : nil, day: days[slot.day],
      period: periods[slot.period].name)
  }

  /// Human label such as "Tue P3" or "B Tue P3".
  public func label(_ slot: Slot) -> String {
    let base = "\(days[slot.day]) \(periods[slot.period].name)"
    return weeks.count > 1 ? "\(weeks[slot.week]) \(base)" : base
  }

  /// Every blocked slot, resolved and deduplicated, in slot order.
  public var blockedSlots: Set<Slot> {
    var out = Set<Slot>()
    for b in blocked { for s in resolve(b.slot) { out.insert(s) } }
    return out
  }

  /// Every slot of the cycle in order (week, day, period).
  public var allSlots: [Slot] {
    var out: [Slot] = []
    out.reserveCapacity(slotCount)
    for w in weeks.indices {
      for d in days.indices {
        for p in periods.indices { out.append(Slot(week: w, day: d, period: p)) }
      }
    }
    return out
  }
}

/// A named period with its clock times (minutes after midnight).
public struct Period: Sendable, Equatable {
  public var name: String
  public var start: TimeOfDay
  public var end: TimeOfDay
  /// Counts as late in the day for the late-day soft rule. When no period is marked, the last
  /// period of the day is late.
  public var late: Bool
  public init(name: String, start: TimeOfDay, end: TimeOfDay, late: Bool = false) {
    self.name = name
    self.start = start
    self.end = end
    self.late = late
  }
}

public struct BlockedSlot: Sendable, Equatable {
  public var slot: SlotRef
  public var reason: String
  public init(slot: SlotRef, reason: String = "") {
    self.slot = slot
    self.reason = reason
  }
}

/// A slot as a school file names it. `week == nil` means every week of the cycle where a set of
/// slots is meant (unavailability, blocking), and the only week of a one-week cycle otherwise.
public struct SlotRef: Sendable, Hashable {
  public var week: String?
  public var day: String
  public var period: String
  public init(week: String? = nil, day: String, period: String) {
    self.week = week
    self.day = day
    self.period = period
  }
}

/// A resolved slot: indices into the cycle's weeks, days and periods.
public struct Slot: Sendable, Hashable, Comparable {
  public var week: Int
  public var day: Int
  public var period: Int
  public init(week: Int = 0, day: Int, period: Int) {
    self.week = week
    self.day = day
    self.period = period
  }
  public static func < (a: Slot, b: Slot) -> Bool {
    (a.week, a.day, a.period) < (b.week, b.day, b.period)
  }
}

/// Minutes after midnight, written "HH:MM" in files.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var minutes: Int
  public init(minutes: Int) { self.minutes = minutes }
  public init?(_ text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m)
    else { return nil }
    minutes = h * 60 + m
  }
  public var description: String {
    let h = minutes / 60
    let m = minutes % 60
    return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
  }
  public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
}
