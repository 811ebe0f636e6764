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
  /// Points: each listed event's open event resources (no preassigned resource) with this
  /// `role`; listed events without such a role have no point.
  case assignResource(events: [Int], role: String)
  /// Points: as AssignResource. `resources`: the preferred ones (the union of the constraint's
  /// `ResourceGroups` and `Resources`), sorted and unique.
  case preferResources(events: [Int], role: String, resources: [Int])
  /// Points: the listed event groups; the resources assigned to `role` across the group's
  /// events should be one.
  case avoidSplitAssignments(eventGroups: [Int], role: String)
  /// Points: the listed event pairs, in file order.
  case orderEvents(pairs: [XEventPair])
  /// Points: the listed resources; their total workload lies in `minimum...maximum`.
  case limitWorkload(resources: [Int], minimum: Int, maximum: Int)
  /// A Cadre extension (no XHSTT type says "last of the day"; FET's activity ends students
  /// day). Points: the listed events. Each started sub-event should end its day for the
  /// event's preassigned resources of type `resourceType`: none of them is busy at a time of
  /// the sub-event's day (the first of `timeGroups` holding its start) after its last time.
  /// Deviation: the number of the event's sub-events that do not (FET's count: 1 per activity).
  case endsDay(events: [Int], resourceType: Int, timeGroups: [Int])
  /// A constraint type Cadre reads but does not evaluate (LimitResources, ...).
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
    case .assignResource: "AssignResourceConstraint"
    case .preferResources: "PreferResourcesConstraint"
    case .avoidSplitAssignments: "AvoidSplitAssignmentsConstraint"
    case .orderEvents: "OrderEventsConstraint"
    case .limitWorkload: "LimitWorkloadConstraint"
    // Not an XHSTT name, so it never clashes with a type a real archive holds.
    case .endsDay: "EndsDayConstraint"
    case .unsupported(let name): name
    }
  }

  /// How many points of application the listed `AppliesTo` expands to (before the evaluator
  /// skips the ones that do not apply, such as events without the role): what counts against
  /// `XLimits.maxExpanded`.
  public var listedPoints: Int {
    switch self {
    case .assignTime(let p), .preferTimes(let p, _, _), .splitEvents(let p, _, _, _, _),
      .distributeSplitEvents(let p, _, _, _), .avoidClashes(let p),
      .avoidUnavailableTimes(let p, _), .limitIdleTimes(let p, _, _, _),
      .clusterBusyTimes(let p, _, _, _), .limitBusyTimes(let p, _, _, _),
      .spreadEvents(let p, _), .linkEvents(let p), .assignResource(let p, _),
      .preferResources(let p, _, _), .avoidSplitAssignments(let p, _), .limitWorkload(let p, _, _),
      .endsDay(let p, _, _):
      p.count
    case .orderEvents(let pairs): pairs.count
    case .unsupported: 0
    }
  }
}

/// One `EventPair` of an OrderEvents constraint: `second` should start at least `minSeparation`
/// and at most `maxSeparation` times after `first` ends.
public struct XEventPair: Sendable, Equatable {
  /// Indices into `XInstance.events`.
  public var first: Int
  public var second: Int
  public var minSeparation: Int
  /// `XLimits.maxBound` when the file gives none (no upper limit).
  public var maxSeparation: Int

  public init(
    first: Int, second: Int, minSeparation: Int = 0, maxSeparation: Int = XLimits.maxBound
  ) {
    self.first = first
    self.second = second
    self.minSeparation = minSeparation
    self.maxSeparation = maxSeparation
  }
}
