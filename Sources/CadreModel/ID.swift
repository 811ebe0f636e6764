/// A typed identifier: the id string a school file gives an entity, tagged with the entity's kind
/// so that a teacher id can never be passed where a class id is expected.
public struct ID<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public var raw: String
  public init(_ raw: String) { self.raw = raw }
  public init(stringLiteral value: String) { self.raw = value }
  public var description: String { raw }
  public static func < (a: ID, b: ID) -> Bool { a.raw < b.raw }
}

public typealias TeacherID = ID<Teacher>
public typealias ClassID = ID<SchoolClass>
public typealias RoomID = ID<Room>
public typealias LessonID = ID<Lesson>
public typealias StudentGroupID = ID<StudentGroup>
public typealias RoleID = ID<Role>
public typealias LeaderID = ID<Leader>
public typealias TeamID = ID<Team>
