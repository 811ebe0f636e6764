/// Integer weights of the calendar's soft rules (docs/CALENDAR.md, section 4).
///
/// The school file has only the master schedule's `Weights`; these defaults are fixed here
/// until the format gains a `calendarWeights` object with the same keys.
public struct CalendarWeights: Sendable, Equatable {
  public var unevenObservations: Int
  public var repeatedSlot: Int
  public var leaderLoad: Int
  public var debriefDelay: Int
  public var huddlePattern: Int
  /// A one-on-one owed but not held (optional coaching time, so soft).
  public var oneOnOne: Int

  public init(
    unevenObservations: Int = 1, repeatedSlot: Int = 3, leaderLoad: Int = 2,
    debriefDelay: Int = 2, huddlePattern: Int = 4, oneOnOne: Int = 10
  ) {
    self.unevenObservations = unevenObservations
    self.repeatedSlot = repeatedSlot
    self.leaderLoad = leaderLoad
    self.debriefDelay = debriefDelay
    self.huddlePattern = huddlePattern
    self.oneOnOne = oneOnOne
  }
}
