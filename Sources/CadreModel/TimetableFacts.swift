/// What a printed timetable shows of the checker's verdict on a schedule: its cost, each
/// teacher's share of the soft rules, and each leader's released periods. Computed by the
/// checker (`CheckReport.timetableFacts`); the HTML writer only prints them.
public struct TimetableFacts: Sendable, Equatable {
  public var cost: HardSoft
  public var teachers: [TeacherSummary]
  public var release: [LeaderRelease]

  public init(cost: HardSoft, teachers: [TeacherSummary], release: [LeaderRelease]) {
    self.cost = cost
    self.teachers = teachers
    self.release = release
  }

  public var isFeasible: Bool { cost.hard == 0 }
}
