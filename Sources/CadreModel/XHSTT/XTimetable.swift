/// A solution in resolved form: every sub-event (XHSTT "solution event") with its event index,
/// duration and start time index. What the evaluator scores, what the search returns and what
/// the writer writes. Each event's sub-event durations sum to its duration.
public struct XTimetable: Sendable, Equatable {
  public var subEvents: [XSubEvent]
  public init(subEvents: [XSubEvent]) { self.subEvents = subEvents }
}

/// One piece of an event: `duration` consecutive times from `start` (in file order), or
/// unassigned when `start` is nil, and the resources it gives the event's open roles.
public struct XSubEvent: Sendable, Equatable {
  /// Index into `XInstance.events`.
  public var event: Int
  public var duration: Int
  /// Index into `XInstance.times`; nil = no time assigned.
  public var start: Int?
  /// Per open role of the event (`XEvent.openRoles` order), the resource (index into
  /// `XInstance.resources`) the sub-event gives it, nil = unassigned. Shorter than the list of
  /// open roles (empty, say) = the roles past its end are unassigned.
  public var assigned: [Int?]

  public init(event: Int, duration: Int, start: Int?, assigned: [Int?] = []) {
    self.event = event
    self.duration = duration
    self.start = start
    self.assigned = assigned
  }

  /// The resource given to open role `j` (an index into `XEvent.openRoles`), if any.
  public func resource(role j: Int) -> Int? { j >= 0 && j < assigned.count ? assigned[j] : nil }
}
