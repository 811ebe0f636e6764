/// A school as its file describes it: plain values in file order, so that the index of an
/// element is also its place in the file (`/lessons/14`). Names are resolved by the validator
/// and the compiler, never here.
public struct School: Sendable, Equatable {
  /// The format tag, "cadre/1".
  public var format: String
  public var name: String
  public var cycle: Cycle
  /// The school year; needed for the coaching calendar, optional for a master schedule alone.
  public var year: SchoolYear?
  public var teachers: [Teacher]
  public var classes: [SchoolClass]
  public var rooms: [Room]
  public var lessons: [Lesson]
  /// Students who attend several classes (sections) and so may not be in two of them at once.
  public var studentGroups: [StudentGroup]
  public var leadership: Leadership
  public var policy: Policy
  public var budget: Budget?
  public var weights: Weights
  /// The report or study the file reproduces, with figures to compare (optional).
  public var source: Source?
  /// What the program that wrote the file assumed because its input did not say (a roster
  /// import's default bell schedule, meetings per section): `validate` warns of each.
  public var assumed: [String]

  public static let currentFormat = "cadre/1"

  public init(
    format: String = School.currentFormat, name: String, cycle: Cycle, year: SchoolYear? = nil,
    teachers: [Teacher], classes: [SchoolClass], rooms: [Room] = [], lessons: [Lesson],
    studentGroups: [StudentGroup] = [], leadership: Leadership = Leadership(),
    policy: Policy = Policy(), budget: Budget? = nil,
    weights: Weights = Weights(), source: Source? = nil, assumed: [String] = []
  ) {
    self.assumed = assumed
    self.format = format
    self.name = name
    self.cycle = cycle
    self.year = year
    self.teachers = teachers
    self.classes = classes
    self.rooms = rooms
    self.lessons = lessons
    self.studentGroups = studentGroups
    self.leadership = leadership
    self.policy = policy
    self.budget = budget
    self.weights = weights
    self.source = source
  }
}

/// The school year on real dates.
public struct SchoolYear: Sendable, Equatable {
  public var firstDay: CivilDate
  public var lastDay: CivilDate
  /// IANA time zone name, e.g. "America/Denver".
  public var timeZone: String
  /// Days without school (holidays, breaks, in-service days), each an inclusive range.
  public var closures: [DateRange]
  /// Grading periods (semesters, trimesters, quarters), in order.
  public var terms: [DateRange]
  /// Week of the cycle that the first day falls in (index into `Cycle.weeks`).
  public var firstCycleWeek: Int

  public init(
    firstDay: CivilDate, lastDay: CivilDate, timeZone: String, closures: [DateRange] = [],
    terms: [DateRange] = [], firstCycleWeek: Int = 0
  ) {
    self.firstDay = firstDay
    self.lastDay = lastDay
    self.timeZone = timeZone
    self.closures = closures
    self.terms = terms
    self.firstCycleWeek = firstCycleWeek
  }
}

/// A named inclusive range of dates.
public struct DateRange: Sendable, Equatable {
  public var name: String
  public var from: CivilDate
  public var to: CivilDate
  public init(name: String, from: CivilDate, to: CivilDate) {
    self.name = name
    self.from = from
    self.to = to
  }
  public func contains(_ d: CivilDate) -> Bool { from <= d && d <= to }
}

public struct Teacher: Sendable, Equatable {
  public var id: TeacherID
  public var name: String
  /// Subjects this teacher may teach; empty means any subject.
  public var subjects: [String]
  /// Grades this teacher may teach; empty means any grade.
  public var grades: [String]
  /// Most periods taught on one day; nil means no limit.
  public var maxPerDay: Int?
  /// Most periods taught in one week of the cycle; nil means no limit.
  public var maxPerWeek: Int?
  public var unavailable: [SlotRef]
  /// What one period of this teacher's time costs (whole currency units), for coverage.
  public var costPerPeriod: Int?
  /// A team this teacher must belong to when the solver forms teams.
  public var team: TeamID?
  /// A coverage position (co-teacher, resident, associate) whose taught periods cost money.
  public var coverage: Bool
  /// Slots this teacher would rather teach in (soft, rule `preferred-slot`): every period
  /// taught elsewhere counts. Empty: no preference.
  public var preferred: [SlotRef]
  /// The shape of this teacher's days and weeks (rule `personal-limit`, or soft
  /// `personal-preference` for a number given with a weight).
  public var limits: PersonalLimits
  /// Rooms this teacher would rather teach in (a home room): a meeting of theirs in another
  /// room counts in `room-preference` (soft). Empty: no preference.
  public var preferredRooms: [RoomID]

  public init(
    id: TeacherID, name: String = "", subjects: [String] = [], grades: [String] = [],
    maxPerDay: Int? = nil, maxPerWeek: Int? = nil, unavailable: [SlotRef] = [],
    costPerPeriod: Int? = nil, team: TeamID? = nil, coverage: Bool = false,
    preferred: [SlotRef] = [], limits: PersonalLimits = PersonalLimits(),
    preferredRooms: [RoomID] = []
  ) {
    self.preferredRooms = preferredRooms
    self.preferred = preferred
    self.limits = limits
    self.id = id
    self.name = name
    self.subjects = subjects
    self.grades = grades
    self.maxPerDay = maxPerDay
    self.maxPerWeek = maxPerWeek
    self.unavailable = unavailable
    self.costPerPeriod = costPerPeriod
    self.team = team
    self.coverage = coverage
  }

  /// Whether this teacher may teach `subject` to a class of `grade`.
  public func qualifies(subject: String, grade: String?) -> Bool {
    if !subjects.isEmpty && !subjects.contains(subject) { return false }
    if !grades.isEmpty, let g = grade, !grades.contains(g) { return false }
    return true
  }
}

/// A student group that meets as one (a homeroom, a section).
public struct SchoolClass: Sendable, Equatable {
  public var id: ClassID
  public var name: String
  public var grade: String?
  public var students: Int?
  public var unavailable: [SlotRef]
  /// The room this class's lessons use unless a lesson names another room or a room kind.
  public var homeRoom: RoomID?
  /// The shape of this class's days and weeks (its students' gaps); only the gap limits
  /// apply to a class.
  public var limits: PersonalLimits

  public init(
    id: ClassID, name: String = "", grade: String? = nil, students: Int? = nil,
    unavailable: [SlotRef] = [], homeRoom: RoomID? = nil, limits: PersonalLimits = PersonalLimits()
  ) {
    self.limits = limits
    self.id = id
    self.name = name
    self.grade = grade
    self.students = students
    self.unavailable = unavailable
    self.homeRoom = homeRoom
  }
}

public struct Room: Sendable, Equatable {
  public var id: RoomID
  public var name: String
  /// Kind of room ("classroom", "lab", "gym"); lessons ask for a kind.
  public var kind: String
  public var capacity: Int?
  public var unavailable: [SlotRef]
  public init(
    id: RoomID, name: String = "", kind: String = "classroom", capacity: Int? = nil,
    unavailable: [SlotRef] = []
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.capacity = capacity
    self.unavailable = unavailable
  }
}

/// A course of one class in one subject: `meetings` meetings per cycle, each `duration`
/// consecutive periods of one day.
public struct Lesson: Sendable, Equatable {
  public var id: LessonID
  public var classID: ClassID
  public var subject: String
  /// Meetings per cycle (per week when the cycle is one week).
  public var meetings: Int
  /// Consecutive periods per meeting: 1 single, 2 double.
  public var duration: Int
  /// The one teacher, when fixed.
  public var teacher: TeacherID?
  /// Qualified candidates when the teacher is not fixed. When both are empty, every teacher
  /// qualified for the subject and the class's grade is a candidate.
  public var candidates: [TeacherID]
  /// Pinned start slots, one per meeting, for the first `pinned.count` meetings.
  public var pinned: [SlotRef]
  /// A fixed room.
  public var room: RoomID?
  /// Any room of this kind with enough capacity.
  public var roomKind: String?
  /// Start slots this lesson would rather meet in (soft).
  public var preferred: [SlotRef]
  /// Whether the lesson's meetings may be taught by different candidates (for example a Team
  /// Lead's class that a coverage teacher takes on some days). Otherwise the lesson has one
  /// teacher for all its meetings, in every week of the cycle (`split-lesson` is hard).
  public var allowSplit: Bool
  /// Rooms among those it may use that it would rather meet in (soft, `room-preference`).
  public var preferredRooms: [RoomID]

  public init(
    id: LessonID, classID: ClassID, subject: String, meetings: Int, duration: Int = 1,
    teacher: TeacherID? = nil, candidates: [TeacherID] = [], pinned: [SlotRef] = [],
    room: RoomID? = nil, roomKind: String? = nil, preferred: [SlotRef] = [],
    allowSplit: Bool = false, preferredRooms: [RoomID] = []
  ) {
    self.preferredRooms = preferredRooms
    self.allowSplit = allowSplit
    self.id = id
    self.classID = classID
    self.subject = subject
    self.meetings = meetings
    self.duration = duration
    self.teacher = teacher
    self.candidates = candidates
    self.pinned = pinned
    self.room = room
    self.roomKind = roomKind
    self.preferred = preferred
  }
}
