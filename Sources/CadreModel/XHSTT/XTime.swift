/// One time (a period). Its position in `XInstance.times` is its chronological position.
public struct XTime: Sendable, Equatable {
  public var id: String
  public var name: String
  /// Index into `XInstance.timeGroups` of its `Week`, if declared.
  public var week: Int?
  /// Index into `XInstance.timeGroups` of its `Day`, if declared.
  public var day: Int?
  /// Indices into `XInstance.timeGroups` of every group it belongs to (week and day included),
  /// sorted.
  public var groups: [Int]

  public init(id: String, name: String, week: Int? = nil, day: Int? = nil, groups: [Int] = []) {
    self.id = id
    self.name = name
    self.week = week
    self.day = day
    self.groups = groups
  }
}

/// Which element declared a time group. Weeks and days are just typed time groups.
public enum XTimeGroupKind: String, Sendable, Equatable {
  case week = "Week"
  case day = "Day"
  case group = "TimeGroup"
}

/// A set of times (`Week`, `Day` or `TimeGroup`).
public struct XTimeGroup: Sendable, Equatable {
  public var id: String
  public var name: String
  public var kind: XTimeGroupKind
  /// Time indices, sorted ascending (chronological), unique.
  public var members: [Int]

  public init(id: String, name: String, kind: XTimeGroupKind, members: [Int] = []) {
    self.id = id
    self.name = name
    self.kind = kind
    self.members = members
  }
}
