/// A room of FET's `Rooms_List`: its name, `Capacity` (nil when the file gives none: no limit)
/// and whether it is one of FET 6's virtual rooms (a set of real rooms, not mapped: docs/FET.md
/// "Rooms").
public struct FETRoom: Sendable, Equatable {
  public var name: String
  public var line: Int
  public var capacity: Int?
  public var isVirtual: Bool

  public init(name: String, line: Int, capacity: Int? = nil, isVirtual: Bool = false) {
    self.name = name
    self.line = line
    self.capacity = capacity
    self.isVirtual = isVirtual
  }
}
