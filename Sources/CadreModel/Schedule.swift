/// The master schedule: where and with whom every meeting of every lesson takes place.
public struct Schedule: Sendable, Equatable {
  public static let currentFormat = "cadre-schedule/1"
  public var meetings: [Meeting]
  public init(meetings: [Meeting]) { self.meetings = meetings }
}

/// One meeting of a lesson. `index` is 0..<lesson.meetings. `start` is the first slot; a
/// double lesson also occupies the next period of the same day. An unplaced meeting has no
/// start (a partial schedule).
public struct Meeting: Sendable, Equatable {
  public var lesson: LessonID
  public var index: Int
  public var start: SlotRef?
  public var teacher: TeacherID?
  public var room: RoomID?
  public init(
    lesson: LessonID, index: Int, start: SlotRef?, teacher: TeacherID?, room: RoomID? = nil
  ) {
    self.lesson = lesson
    self.index = index
    self.start = start
    self.teacher = teacher
    self.room = room
  }
}

/// The coaching calendar: dated observations, debriefs, huddles and one-on-ones.
public struct CoachingCalendar: Sendable, Equatable {
  public static let currentFormat = "cadre-calendar/1"
  public var events: [CoachingEvent]
  public init(events: [CoachingEvent]) { self.events = events }
}

public enum CoachingEventKind: String, Sendable, Equatable, CaseIterable {
  case spotObservation = "spot"
  case formalObservation = "formal"
  case debrief
  case huddle
  case oneOnOne
}

/// One dated event. Times are the school's local time on `date`.
public struct CoachingEvent: Sendable, Equatable {
  /// Stable id (used as the iCalendar UID).
  public var id: String
  public var kind: CoachingEventKind
  public var date: CivilDate
  public var period: String
  public var start: TimeOfDay
  public var end: TimeOfDay
  public var leader: LeaderID
  /// The teachers present (the observed teacher, or the team).
  public var teachers: [TeacherID]
  public var team: TeamID?
  /// The observed lesson.
  public var lesson: LessonID?
  /// For a debrief: the observation it follows.
  public var follows: String?

  public init(
    id: String, kind: CoachingEventKind, date: CivilDate, period: String, start: TimeOfDay,
    end: TimeOfDay, leader: LeaderID, teachers: [TeacherID], team: TeamID? = nil,
    lesson: LessonID? = nil, follows: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.date = date
    self.period = period
    self.start = start
    self.end = end
    self.leader = leader
    self.teachers = teachers
    self.team = team
    self.lesson = lesson
    self.follows = follows
  }
}
