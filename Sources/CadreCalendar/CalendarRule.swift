/// The rules of docs/CALENDAR.md, by code, in the order the document lists them.
public enum CalendarRule: String, Sendable, CaseIterable, Equatable {
  case notSchoolDay = "not-school-day"
  case unknownPeriod = "unknown-period"
  case eventPeople = "event-people"
  case eventTimes = "event-times"
  case observationQuota = "observation-quota"
  case observationNotTeaching = "observation-not-teaching"
  case observationBlackout = "observation-blackout"
  case observationSpacing = "observation-spacing"
  case observationTerm = "observation-term"
  case leaderDayMax = "leader-day-max"
  case debriefMissing = "debrief-missing"
  case debriefOrphan = "debrief-orphan"
  case huddleCount = "huddle-count"
  case huddleSameDay = "huddle-same-day"
  case personBusy = "person-busy"
  case personClash = "person-clash"
  case unevenObservations = "uneven-observations"
  case repeatedSlot = "repeated-slot"
  case leaderLoad = "leader-load"
  case debriefDelay = "debrief-delay"
  case huddlePattern = "huddle-pattern"
  case oneOnOneCount = "one-on-one-count"
  /// A soft-marked team quota: weight × missing observations (the count carries the weights).
  case teamPolicy = "team-policy"

  /// Whether a unit of this rule is a unit of `hard`.
  public var isHard: Bool {
    switch self {
    case .oneOnOneCount, .unevenObservations, .repeatedSlot, .leaderLoad, .debriefDelay,
      .huddlePattern, .teamPolicy:
      false
    default: true
    }
  }

  /// The weight of a soft rule (1 for a hard rule, whose count adds to `hard` as it is).
  public func weight(_ w: CalendarWeights) -> Int {
    switch self {
    case .unevenObservations: w.unevenObservations
    case .repeatedSlot: w.repeatedSlot
    case .leaderLoad: w.leaderLoad
    case .debriefDelay: w.debriefDelay
    case .huddlePattern: w.huddlePattern
    case .oneOnOneCount: w.oneOnOne
    default: 1
    }
  }
}
