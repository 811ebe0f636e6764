/// A FET (fet-cl, lalescu.ro/liviu/fet) data file as read: the structure typed, the constraints
/// kept as element trees for the mapping (`FETCompiler`, CadreCompiler) to interpret. Every
/// value keeps the 1-based line of its element, so the mapping's errors can name it.
/// See docs/FET.md.
public struct FETFile: Sendable, Equatable {
  /// The root's `version` attribute ("5.41.0", "6.8.5").
  public var version: String
  public var institution: String
  public var days: [String]
  public var hours: [String]
  public var teachers: [FETNamed]
  public var subjects: [FETNamed]
  public var activityTags: [FETNamed]
  public var years: [FETYear]
  public var activities: [FETActivity]
  public var rooms: [FETRoom]
  /// `Number_of_Students` of the years, groups and subgroups that give one, by name: what
  /// FET's room capacity check adds up for an activity (docs/FET.md "Rooms").
  public var studentCounts: [String: Int]
  public var timeConstraints: [FETElement]
  public var spaceConstraints: [FETElement]

  public init(
    version: String = "", institution: String = "", days: [String] = [], hours: [String] = [],
    teachers: [FETNamed] = [], subjects: [FETNamed] = [], activityTags: [FETNamed] = [],
    years: [FETYear] = [], activities: [FETActivity] = [], rooms: [FETRoom] = [],
    studentCounts: [String: Int] = [:], timeConstraints: [FETElement] = [],
    spaceConstraints: [FETElement] = []
  ) {
    self.version = version
    self.institution = institution
    self.days = days
    self.hours = hours
    self.teachers = teachers
    self.subjects = subjects
    self.activityTags = activityTags
    self.years = years
    self.activities = activities
    self.rooms = rooms
    self.studentCounts = studentCounts
    self.timeConstraints = timeConstraints
    self.spaceConstraints = spaceConstraints
  }
}

/// A teacher, subject or activity tag: its name and line.
public struct FETNamed: Sendable, Equatable {
  public var name: String
  public var line: Int
  public init(name: String, line: Int) {
    self.name = name
    self.line = line
  }
}

/// A year of students with its groups (each with its subgroups).
public struct FETYear: Sendable, Equatable {
  public var name: String
  public var line: Int
  public var groups: [FETGroup]
  public init(name: String, line: Int, groups: [FETGroup] = []) {
    self.name = name
    self.line = line
    self.groups = groups
  }
}

/// A group of a year, with its subgroups' names (a subgroup may be in several groups).
public struct FETGroup: Sendable, Equatable {
  public var name: String
  public var line: Int
  public var subgroups: [FETNamed]
  public init(name: String, line: Int, subgroups: [FETNamed] = []) {
    self.name = name
    self.line = line
    self.subgroups = subgroups
  }
}

/// One activity (one lesson of a split lesson: the lessons of a split share
/// `activityGroupId`, 0 for an activity that is not split).
public struct FETActivity: Sendable, Equatable {
  public var id: Int
  public var groupId: Int
  public var teachers: [String]
  public var subject: String
  public var tags: [String]
  /// Student set names: years, groups or subgroups.
  public var students: [String]
  public var duration: Int
  public var totalDuration: Int?
  /// `Number_Of_Students` when the file fixes it; nil = the sum of its students sets' numbers
  /// (FET's computed count).
  public var numberOfStudents: Int?
  public var active: Bool
  public var line: Int

  public init(
    id: Int, groupId: Int = 0, teachers: [String] = [], subject: String = "",
    tags: [String] = [], students: [String] = [], duration: Int = 1, totalDuration: Int? = nil,
    numberOfStudents: Int? = nil, active: Bool = true, line: Int = 0
  ) {
    self.id = id
    self.groupId = groupId
    self.teachers = teachers
    self.subject = subject
    self.tags = tags
    self.students = students
    self.duration = duration
    self.totalDuration = totalDuration
    self.numberOfStudents = numberOfStudents
    self.active = active
    self.line = line
  }
}

/// An XML element as a small tree: what a FET constraint is kept as.
public struct FETElement: Sendable, Equatable {
  public var name: String
  /// Its trimmed character data.
  public var text: String
  public var line: Int
  public var children: [FETElement]

  public init(name: String, text: String = "", line: Int = 0, children: [FETElement] = []) {
    self.name = name
    self.text = text
    self.line = line
    self.children = children
  }

  /// The first child called `name`.
  public func child(_ name: String) -> FETElement? { children.first { $0.name == name } }

  /// Every child called `name`, in file order.
  public func children(_ name: String) -> [FETElement] { children.filter { $0.name == name } }

  /// The text of the first child called `name`.
  public func value(_ name: String) -> String? { child(name)?.text }
}

/// One placed activity of FET's activities timetable (`<Activities_Timetable>`): what fet-cl
/// writes as `*_activities.xml` and Cadre writes as `fet_activities.xml`.
public struct FETPlacement: Sendable, Equatable {
  public var activityId: Int
  public var day: String
  public var hour: String
  public var room: String
  public var line: Int
  public init(activityId: Int, day: String, hour: String, room: String = "", line: Int = 0) {
    self.activityId = activityId
    self.day = day
    self.hour = hour
    self.room = room
    self.line = line
  }
}

/// A FET file mapped into the general model: the XHSTT instance the engine solves and the
/// evaluator scores, and which FET activity each event is.
public struct FETMapping: Sendable {
  public var instance: XInstance
  /// `instance.events[i]` is FET activity `activityIds[i]`.
  public var activityIds: [Int]
  /// The FET days and hours; time `d * hours.count + h` is day d, hour h.
  public var days: [String]
  public var hours: [String]
  /// Inactive activities and inactive constraints left out.
  public var inactiveActivities: Int
  public var inactiveConstraints: Int
  /// Rooms declared; room i is resource `firstRoom + i` (type Room), and an activity that needs
  /// a room has an open role named `FETMapping.roomRole`.
  public var rooms: Int
  public var firstRoom: Int
  /// Space constraints of unsupported types (and virtual rooms): what Cadre's rooms do not
  /// respect when `--ignore-unsupported` goes on.
  public var roomConstraints: Int

  /// The open role an activity that needs a room has.
  public static let roomRole = "Room"

  public init(
    instance: XInstance, activityIds: [Int], days: [String], hours: [String],
    inactiveActivities: Int = 0, inactiveConstraints: Int = 0, rooms: Int = 0,
    firstRoom: Int = 0, roomConstraints: Int = 0
  ) {
    self.instance = instance
    self.activityIds = activityIds
    self.days = days
    self.hours = hours
    self.inactiveActivities = inactiveActivities
    self.inactiveConstraints = inactiveConstraints
    self.rooms = rooms
    self.firstRoom = firstRoom
    self.roomConstraints = roomConstraints
  }
}
