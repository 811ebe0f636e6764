import CadreModel

/// A coaching calendar with its cost and, when something does not fit, why in school terms.
public struct PlanResult: Sendable, Equatable {
  public var calendar: CoachingCalendar
  /// The cost per docs/CALENDAR.md.
  public var cost: HardSoft
  /// One entry per rule, in `CalendarRule.allCases` order.
  public var costByRule: [CalendarRuleCount]
  /// What could not be planned and why, e.g. "Team Lead Ana (L-ANA) needs 11 observation
  /// periods in the week of 2026-11-16 and has 6 free while the team teaches".
  public var unmet: [String]
  public var stats: PlanStats
}

/// The count of one rule and what it adds to the cost.
public struct CalendarRuleCount: Sendable, Equatable {
  public var rule: CalendarRule
  /// The rule's count (before weighting).
  public var count: Int
  public var weight: Int
  /// `count` for a hard rule, `count × weight` for a soft one.
  public var cost: Int
}

/// Why the local search stopped.
public enum PlanStopReason: String, Sendable, Equatable {
  /// Cost (0, 0): nothing left to improve.
  case optimal
  case stepLimit
  /// No improvement for a long run of steps (deterministic, counted in steps).
  case stalled
  case timeLimit
  case cancelled
  /// Nothing to search (no school days, or no events to place).
  case nothingToPlan
}

public struct PlanStats: Sendable, Equatable {
  public var schoolDays: Int
  public var calendarWeeks: Int
  public var requiredObservations: Int
  public var placedObservations: Int
  public var events: Int
  /// Cost after the greedy construction, before local search.
  public var constructedCost: HardSoft
  public var steps: Int
  public var acceptedMoves: Int
  public var stopReason: PlanStopReason
  /// Wall-clock seconds (informative; never part of the answer).
  public var seconds: Double
}
