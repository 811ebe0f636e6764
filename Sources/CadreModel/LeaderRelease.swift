/// What each leader's periods are used for, slot by slot: teaching, away, blocked, or released;
/// and for a released period, which team members teach then (an observation window) and which
/// of the leader's teams are all free then (common planning).
///
/// These are the facts the `observation-window` and `common-planning` rules count (docs/RULES.md),
/// computed by the checker (`CadreCheck`, `LeaderRelease.all`) with the same `CheckContext`
/// predicates, so a timetable that marks them shows exactly
/// what the checker counted: a slot is an observation window for member m when m teaches in it
/// and the leader is free; it is common planning for a team when the leader and every member
/// are free.
public struct LeaderRelease: Sendable, Equatable {
  public var leader: LeaderID
  /// The leader's teaching record, when they teach.
  public var teacher: TeacherID?
  /// One entry per slot of the cycle, in `Cycle.allSlots` order (week, day, period).
  public var slots: [Use]

  public init(leader: LeaderID, teacher: TeacherID?, slots: [Use]) {
    self.leader = leader
    self.teacher = teacher
    self.slots = slots
  }

  public enum State: Sendable, Equatable {
    /// Listed in `cycle.blocked` (lunch, assembly).
    case blocked
    /// Unavailable (the teacher record's unavailability for a teaching leader).
    case away
    /// Teaching one of their own lessons.
    case teaching
    /// Released: neither blocked, away nor teaching.
    case free
  }

  public struct Use: Sendable, Equatable {
    public var slot: Slot
    public var state: State
    /// Members of the leader's teams teaching in this slot while the leader is free, in team
    /// then member order.
    public var observe: [(team: TeamID, teacher: TeacherID)]
    /// The leader's teams (with at least one member) whose members are all free with the
    /// leader in this slot.
    public var planning: [TeamID]

    public init(
      slot: Slot, state: State, observe: [(team: TeamID, teacher: TeacherID)], planning: [TeamID]
    ) {
      self.slot = slot
      self.state = state
      self.observe = observe
      self.planning = planning
    }

    public static func == (a: Use, b: Use) -> Bool {
      a.slot == b.slot && a.state == b.state && a.planning == b.planning
        && a.observe.map(\.team) == b.observe.map(\.team)
        && a.observe.map(\.teacher) == b.observe.map(\.teacher)
    }
  }

  /// Released periods per week of the cycle.
  public func free(week: Int) -> Int {
    slots.filter { $0.slot.week == week && $0.state == .free }.count
  }

  /// Released periods of a week that are an observation window for at least one member.
  public func observable(week: Int) -> Int {
    slots.filter { $0.slot.week == week && !$0.observe.isEmpty }.count
  }

  /// Released periods of a week that are common planning time for at least one team.
  public func planning(week: Int) -> Int {
    slots.filter { $0.slot.week == week && !$0.planning.isEmpty }.count
  }
}
