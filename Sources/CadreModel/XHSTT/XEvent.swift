/// Which element declared an event group. Courses are just typed event groups.
public enum XEventGroupKind: String, Sendable, Equatable {
  case course = "Course"
  case group = "EventGroup"
}

/// A set of events (`Course` or `EventGroup`).
public struct XEventGroup: Sendable, Equatable {
  public var id: String
  public var name: String
  public var kind: XEventGroupKind
  /// Event indices in file order, unique.
  public var members: [Int]

  public init(id: String, name: String, kind: XEventGroupKind, members: [Int] = []) {
    self.id = id
    self.name = name
    self.kind = kind
    self.members = members
  }
}

/// An event: `duration` consecutive times to place, possibly split by the solver into sub-events
/// whose durations sum to `duration`.
public struct XEvent: Sendable, Equatable {
  public var id: String
  public var name: String
  /// 1 ... the number of times of the instance (`XLimits`; the reader checks it).
  public var duration: Int
  public var workload: Int?
  /// Index into `XInstance.eventGroups` of its `Course`, if declared.
  public var course: Int?
  /// Preassigned start time (index into `XInstance.times`), if any.
  public var time: Int?
  public var resources: [XEventResource]
  /// Indices into `XInstance.eventGroups` of every group it belongs to (course included),
  /// sorted.
  public var groups: [Int]

  public init(
    id: String, name: String, duration: Int, workload: Int? = nil, course: Int? = nil,
    time: Int? = nil, resources: [XEventResource] = [], groups: [Int] = []
  ) {
    self.id = id
    self.name = name
    self.duration = duration
    self.workload = workload
    self.course = course
    self.time = time
    self.resources = resources
    self.groups = groups
  }

  /// Positions in `resources` of the open roles (no preassigned resource), in file order: the
  /// event resources a solution fills (`XSubEvent.assigned` follows this order).
  public var openRoles: [Int] { resources.indices.filter { resources[$0].resource == nil } }

  /// The position in `openRoles` of the open role named `role`, if any.
  public func openRole(named role: String) -> Int? {
    openRoles.firstIndex { resources[$0].role == role }
  }
}

/// One resource slot of an event: preassigned (`resource` set) or an open role the solution
/// fills with a resource of type `type`.
public struct XEventResource: Sendable, Equatable {
  /// Index into `XInstance.resources`; nil = an open role, to be assigned by the solution.
  public var resource: Int?
  public var role: String?
  /// Index into `XInstance.resourceTypes` (taken from the resource when preassigned).
  public var type: Int?
  public var workload: Int?

  public init(resource: Int?, role: String? = nil, type: Int? = nil, workload: Int? = nil) {
    self.resource = resource
    self.role = role
    self.type = type
    self.workload = workload
  }
}
