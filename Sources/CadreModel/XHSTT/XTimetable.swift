/// A solution in resolved form: every sub-event (XHSTT "solution event") with its event index,
/// duration and start time index. What the evaluator scores, what the search returns and what
/// the writer writes. Each event's sub-event durations sum to its duration.
public struct XTimetable: Sendable, Equatable {
  public var subEvents: [XSubEvent]
  public init(subEvents: [XSubEvent]) { self.subEvents = subEvents }
}

/// One piece of an event: `duration` consecutive times from `start` (in file order), or
/// unassigned when `start` is nil.
public struct XSubEvent: Sendable, Equatable {
  /// Index into `XInstance.events`.
  public var event: Int
  public var duration: Int
  /// Index into `XInstance.times`; nil = no time assigned.
  public var start: Int?

  public init(event: Int, duration: Int, start: Int?) {
    self.event = event
    self.duration = duration
    self.start = start
  }
}
