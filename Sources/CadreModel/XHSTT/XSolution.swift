/// A `<SolutionGroup>`: solutions by one contributor/run, with its metadata.
public struct XSolutionGroup: Sendable, Equatable {
  public var id: String
  /// `MetaData` fields verbatim (Contributor, Date, Description, Publication, Remarks).
  public var metadata: [XNamedText]
  public var solutions: [XSolution]

  public init(id: String, metadata: [XNamedText] = [], solutions: [XSolution] = []) {
    self.id = id
    self.metadata = metadata
    self.solutions = solutions
  }

  public var contributor: String? { metadata.first { $0.name == "Contributor" }?.text }
  public var description: String? { metadata.first { $0.name == "Description" }?.text }
}

/// A `<Solution>` as written: ids are kept raw because a solution refers to an instance that
/// may live in another file. Resolve with `timetable(in:)`.
public struct XSolution: Sendable, Equatable {
  /// The `Reference` attribute: the instance's `Id`.
  public var instanceId: String
  public var description: String?
  public var runningTime: String?
  public var events: [XSolutionEvent]
  /// `Report/InfeasibilityValue` and `Report/ObjectiveValue`, as claimed by the solution.
  public var reportedInfeasibility: Int?
  public var reportedObjective: Int?

  public init(
    instanceId: String, description: String? = nil, runningTime: String? = nil,
    events: [XSolutionEvent] = [], reportedInfeasibility: Int? = nil,
    reportedObjective: Int? = nil
  ) {
    self.instanceId = instanceId
    self.description = description
    self.runningTime = runningTime
    self.events = events
    self.reportedInfeasibility = reportedInfeasibility
    self.reportedObjective = reportedObjective
  }
}

/// One solution `<Event>` as written.
public struct XSolutionEvent: Sendable, Equatable {
  public var eventId: String
  /// Absent = the event's full duration.
  public var duration: Int?
  /// Absent = no time (or the preassigned one).
  public var timeId: String?
  public var resources: [XSolutionResource]
  /// 1-based line in the source text, for diagnostics.
  public var line: Int?

  public init(
    eventId: String, duration: Int? = nil, timeId: String? = nil,
    resources: [XSolutionResource] = [], line: Int? = nil
  ) {
    self.eventId = eventId
    self.duration = duration
    self.timeId = timeId
    self.resources = resources
    self.line = line
  }
}

/// One `<Resource Reference=…><Role>…</Role></Resource>` of a solution event.
public struct XSolutionResource: Sendable, Equatable {
  public var reference: String
  public var role: String?
  public init(reference: String, role: String? = nil) {
    self.reference = reference
    self.role = role
  }
}
