/// One XHSTT instance. Every cross reference is an `Int` position in the arrays of this value;
/// arrays are in file order, and `times` in file order is chronological order (the format says
/// so). Group membership is stored both ways: on the member (`XTime.groups`, ...) and on the
/// group (`XTimeGroup.members`, ...).
public struct XInstance: Sendable {
  public var id: String
  public var name: String
  /// `MetaData` fields kept verbatim for writers and reports (Contributor, Date, Country, ...).
  public var metadata: [XNamedText]
  public var times: [XTime]
  /// `Week`, `Day` and `TimeGroup` elements alike, in file order.
  public var timeGroups: [XTimeGroup]
  public var resourceTypes: [XNamed]
  public var resourceGroups: [XResourceGroup]
  public var resources: [XResource]
  /// `Course` and `EventGroup` elements alike, in file order.
  public var eventGroups: [XEventGroup]
  public var events: [XEvent]
  public var constraints: [XConstraint]

  public init(
    id: String, name: String, metadata: [XNamedText] = [], times: [XTime] = [],
    timeGroups: [XTimeGroup] = [], resourceTypes: [XNamed] = [],
    resourceGroups: [XResourceGroup] = [], resources: [XResource] = [],
    eventGroups: [XEventGroup] = [], events: [XEvent] = [], constraints: [XConstraint] = []
  ) {
    self.id = id
    self.name = name
    self.metadata = metadata
    self.times = times
    self.timeGroups = timeGroups
    self.resourceTypes = resourceTypes
    self.resourceGroups = resourceGroups
    self.resources = resources
    self.eventGroups = eventGroups
    self.events = events
    self.constraints = constraints
  }

  /// How many constraints of each unsupported type the instance holds, sorted by type name.
  public var unsupportedConstraintCounts: [XTypeCount] {
    var counts: [String: Int] = [:]
    for c in constraints {
      if case .unsupported(let name) = c.kind { counts[name, default: 0] += 1 }
    }
    return counts.keys.sorted().map { XTypeCount(type: $0, count: counts[$0] ?? 0) }
  }
}

/// How many constraints of one (unsupported) type an instance holds.
public struct XTypeCount: Sendable, Equatable {
  /// The element name: "AssignResourceConstraint".
  public var type: String
  public var count: Int
  public init(type: String, count: Int) {
    self.type = type
    self.count = count
  }
}

/// An element that has just an `Id` and a `Name` (a resource type, ...).
public struct XNamed: Sendable, Equatable {
  public var id: String
  public var name: String
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}

/// A metadata field: element name and its text (`Contributor`, "Gerhard Post").
public struct XNamedText: Sendable, Equatable {
  public var name: String
  public var text: String
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}
