/// The type-specific part of a constraint, with its `AppliesTo` expanded to points of
/// application. Lists of points keep duplicates and file order (since spec v1.38 a point listed
/// twice counts twice); `times` lists are sorted and unique. Indices are positions in the
/// instance's arrays.
public enum XConstraintKind: Sendable, Equatable {
  /// Points: the listed events (Events, then EventGroups expanded); those with a preassigned time
  /// are skipped by the evaluator.
  case assignTime(events: [Int])
  /// Points: the listed resources (Resources, then ResourceGroups expanded).
  case avoidClashes(resources: [Int])
  case avoidUnavailableTimes(resources: [Int], times: [Int])
  /// `duration`: when set, only sub-events of exactly this duration are constrained.
  case preferTimes(events: [Int], times: [Int], duration: Int?)
  case splitEvents(
    events: [Int], minDuration: Int, maxDuration: Int, minAmount: Int, maxAmount: Int)
  case distributeSplitEvents(events: [Int], duration: Int, minimum: Int, maximum: Int)
  case spreadEvents(eventGroups: [Int], limits: [XSpreadLimit])
  case linkEvents(eventGroups: [Int])
  case limitIdleTimes(resources: [Int], timeGroups: [Int], minimum: Int, maximum: Int)
  case clusterBusyTimes(resources: [Int], timeGroups: [Int], minimum: Int, maximum: Int)
  case limitBusyTimes(resources: [Int], timeGroups: [Int], minimum: Int, maximum: Int)
  /// A constraint type Cadre reads but does not evaluate (AssignResource, OrderEvents, ...).
  case unsupported(typeName: String)

  /// The XML element name of this constraint type ("AssignTimeConstraint").
  public var typeName: String {
    switch self {
    case .assignTime: "AssignTimeConstraint"
    case .avoidClashes: "AvoidClashesConstraint"
    case .avoidUnavailableTimes: "AvoidUnavailableTimesConstraint"
    case .preferTimes: "PreferTimesConstraint"
    case .splitEvents: "SplitEventsConstraint"
    case .distributeSplitEvents: "DistributeSplitEventsConstraint"
    case .spreadEvents: "SpreadEventsConstraint"
    case .linkEvents: "LinkEventsConstraint"
    case .limitIdleTimes: "LimitIdleTimesConstraint"
    case .clusterBusyTimes: "ClusterBusyTimesConstraint"
    case .limitBusyTimes: "LimitBusyTimesConstraint"
    case .unsupported(let name): name
    }
  }
}
