/// A set of resources of one resource type.
public struct XResourceGroup: Sendable, Equatable {
  public var id: String
  public var name: String
  /// Index into `XInstance.resourceTypes`.
  public var type: Int
  /// Resource indices, sorted ascending, unique.
  public var members: [Int]

  public init(id: String, name: String, type: Int, members: [Int] = []) {
    self.id = id
    self.name = name
    self.type = type
    self.members = members
  }
}

/// A resource: a teacher, a room, a class (student group) or a student.
public struct XResource: Sendable, Equatable {
  public var id: String
  public var name: String
  /// Index into `XInstance.resourceTypes`.
  public var type: Int
  /// Indices into `XInstance.resourceGroups`, sorted.
  public var groups: [Int]

  public init(id: String, name: String, type: Int, groups: [Int] = []) {
    self.id = id
    self.name = name
    self.type = type
    self.groups = groups
  }
}
