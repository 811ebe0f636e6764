/// A dense time-assignment problem in the XHSTT cost model (filled by CadreCompiler from an
/// XHSTT instance): events with durations and fixed resources, split by the search into
/// sub-events that get start times, scored by monitors with points of application.
///
/// Integers only, no names: times are 0..<timeCount in chronological order, resources and
/// events are positions. Resource assignment is not part of this problem (every event resource
/// is preassigned in the supported instances).
package struct HSTTProblem: Sendable {
  package var timeCount: Int
  /// Time groups referenced by monitors: sorted time positions.
  package var timeGroups: [[Int]]
  package var resourceCount: Int
  package var events: [HSTTEvent]
  /// Event groups referenced by monitors: event positions (repeats kept).
  package var eventGroups: [[Int]]
  package var monitors: [HSTTMonitor]
  /// A point's cost, weight × f(deviation), saturates here (the checker's evaluator does the
  /// same, with the cap the compiler passes from the model's documented limits).
  package var pointCostCap: Int64

  /// The sizes must stay within the model's documented limits (the XHSTT reader checks them):
  /// then every cost sum fits in an `Int64`.
  package init(
    timeCount: Int, timeGroups: [[Int]], resourceCount: Int, events: [HSTTEvent],
    eventGroups: [[Int]], monitors: [HSTTMonitor], pointCostCap: Int64
  ) {
    self.pointCostCap = pointCostCap
    self.timeCount = timeCount
    self.timeGroups = timeGroups
    self.resourceCount = resourceCount
    self.events = events
    self.eventGroups = eventGroups
    self.monitors = monitors
  }
}

/// One event: its total duration, an optional preassigned start, and its resources.
package struct HSTTEvent: Sendable {
  package var duration: Int
  /// A preassigned start: the event stays one sub-event there and never moves.
  package var fixedStart: Int?
  /// Resource positions the event occupies (repeats kept: a resource listed twice clashes).
  package var resources: [Int]
  /// Roles still to be filled, by resource type (-1 when the file names none): the room the
  /// model keeps for resource assignment (issue 13). The search does not fill them yet, so an
  /// open role attends nothing.
  package var openRoles: [Int]

  package init(duration: Int, fixedStart: Int? = nil, resources: [Int], openRoles: [Int] = []) {
    self.duration = duration
    self.fixedStart = fixedStart
    self.resources = resources
    self.openRoles = openRoles
  }
}

/// How a point's deviation becomes cost.
package enum HSTTCostFunction: Sendable {
  case linear, quadratic, step
}

/// One constraint: hard or soft, weight, cost function, rule and its points of application
/// (event, resource or event-group positions, depending on the rule; repeats count twice).
package struct HSTTMonitor: Sendable {
  package var hard: Bool
  package var weight: Int
  package var function: HSTTCostFunction
  package var rule: HSTTRule
  package var points: [Int]

  package init(
    hard: Bool, weight: Int, function: HSTTCostFunction, rule: HSTTRule, points: [Int]
  ) {
    self.hard = hard
    self.weight = weight
    self.function = function
    self.rule = rule
    self.points = points
  }
}

/// What a monitor measures at one point. `points` are events for the first four rules,
/// resources for the next five, event groups for the last two.
package enum HSTTRule: Sendable {
  /// Event: total duration of its sub-events without a start.
  case assignTime
  /// Event: total duration of its started sub-events (of `duration`, if given) whose start is
  /// not in `times`.
  case preferTimes(times: [Int], duration: Int?)
  /// Event: sub-events with a duration outside the range, plus the amount the number of
  /// sub-events is outside its range.
  case splitEvents(minDuration: Int, maxDuration: Int, minAmount: Int, maxAmount: Int)
  /// Event: the amount the number of sub-events of exactly `duration` is outside the range.
  case distributeSplitEvents(duration: Int, minimum: Int, maximum: Int)
  /// Resource: over its times, (attendances − 1) where it attends two or more.
  case avoidClashes
  /// Resource: its busy times among `times`.
  case avoidUnavailableTimes(times: [Int])
  /// Resource: the amount the idle times summed over the groups is outside the range.
  case limitIdleTimes(groups: [Int], minimum: Int, maximum: Int)
  /// Resource: the amount the number of groups it is busy in is outside the range.
  case clusterBusyTimes(groups: [Int], minimum: Int, maximum: Int)
  /// Resource: over groups where it is busy at all, the amount its busy times are outside.
  case limitBusyTimes(groups: [Int], minimum: Int, maximum: Int)
  /// Event group: over the limits, the amount the sub-events starting in the group's time
  /// group are outside the limit's range.
  case spreadEvents(limits: [HSTTSpreadLimit])
  /// Event group: times occupied by some but not all of its events.
  case linkEvents
}

/// One time group of a SpreadEvents constraint with its range.
package struct HSTTSpreadLimit: Sendable {
  package var group: Int
  package var minimum: Int
  package var maximum: Int

  package init(group: Int, minimum: Int, maximum: Int) {
    self.group = group
    self.minimum = minimum
    self.maximum = maximum
  }
}
