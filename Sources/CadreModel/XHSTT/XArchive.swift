/// An XHSTT `<HighSchoolTimetableArchive>` (the ITC 2011 format): its instances and the solution
/// groups attached to them, with every reference inside an instance resolved to array positions.
/// Solutions keep their ids raw (they name instances by id); `XSolution.timetable(in:)` resolves
/// one against its instance.
public struct XArchive: Sendable {
  public var id: String?
  public var instances: [XInstance]
  public var solutionGroups: [XSolutionGroup]

  public init(id: String? = nil, instances: [XInstance], solutionGroups: [XSolutionGroup] = []) {
    self.id = id
    self.instances = instances
    self.solutionGroups = solutionGroups
  }

  /// The instance with this `Id`, if any.
  public func instance(id: String) -> XInstance? {
    instances.first { $0.id == id }
  }
}
