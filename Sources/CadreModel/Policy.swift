/// Coaching policy and the numbers that shape the schedule around it.
public struct Policy: Sendable, Equatable {
  /// Observations each teacher gets per year from their own leader, by kind.
  public var observations: [ObservationQuota]
  /// School days after an observation within which its debrief must happen.
  public var debriefWindowDays: Int
  /// Fewest school days between two observations of one teacher.
  public var minDaysBetweenObservations: Int
  /// Most observations one leader makes on one day.
  public var maxObservationsPerLeaderPerDay: Int
  /// Team huddles per week; also the common planning slots each team needs every week.
  public var huddlesPerWeek: Int
  /// Minutes of one huddle (a period when nil).
  public var huddleMinutes: Int?
  /// One-on-ones per teacher per month with their leader.
  public var oneOnOnesPerMonth: Int
  /// Weekly slots in which each member teaches while their leader is free (k; 0 disables).
  public var observableSlotsPerMember: Int
  /// Longest run of consecutive taught periods before the soft rule counts.
  public var maxConsecutivePeriods: Int
  /// School days at the start and end of the year without observations (contract rules).
  public var noObservationDaysAtStart: Int
  public var noObservationDaysAtEnd: Int
  /// Whether spot (informal) observations appear in the observed teacher's own calendar file
  /// (announced visits). Formal observations and debriefs always appear there; the leader's
  /// and the school's files always hold every event. Default true.
  public var announceSpotObservations: Bool

  public init(
    observations: [ObservationQuota] = [], debriefWindowDays: Int = 2,
    minDaysBetweenObservations: Int = 0, maxObservationsPerLeaderPerDay: Int = 4,
    huddlesPerWeek: Int = 0, huddleMinutes: Int? = nil, oneOnOnesPerMonth: Int = 0,
    observableSlotsPerMember: Int = 2, maxConsecutivePeriods: Int = 4,
    noObservationDaysAtStart: Int = 0, noObservationDaysAtEnd: Int = 0,
    announceSpotObservations: Bool = true
  ) {
    self.observations = observations
    self.debriefWindowDays = debriefWindowDays
    self.minDaysBetweenObservations = minDaysBetweenObservations
    self.maxObservationsPerLeaderPerDay = maxObservationsPerLeaderPerDay
    self.huddlesPerWeek = huddlesPerWeek
    self.huddleMinutes = huddleMinutes
    self.oneOnOnesPerMonth = oneOnOnesPerMonth
    self.observableSlotsPerMember = observableSlotsPerMember
    self.maxConsecutivePeriods = maxConsecutivePeriods
    self.noObservationDaysAtStart = noObservationDaysAtStart
    self.noObservationDaysAtEnd = noObservationDaysAtEnd
    self.announceSpotObservations = announceSpotObservations
  }
}

public enum ObservationKind: String, Sendable, Equatable, CaseIterable {
  /// A short stop-by visit inside a lesson.
  case spot
  /// A full-period observation.
  case formal
}

public struct ObservationQuota: Sendable, Equatable {
  public var kind: ObservationKind
  public var perYear: Int
  /// Length of a spot visit; a formal observation takes the whole period.
  public var minutes: Int?
  /// nil: the quota is hard. A number: soft, each missing observation costs this weight in
  /// the calendar's soft cost (docs/CALENDAR.md `observation-quota`).
  public var weight: Int?
  public init(kind: ObservationKind, perYear: Int, minutes: Int? = nil, weight: Int? = nil) {
    self.kind = kind
    self.perYear = perYear
    self.minutes = minutes
    self.weight = weight
  }

  /// `perYear` as an optional, for tables of optional numbers (`Bounds`).
  public var perYearOptional: Int? { perYear }
}

/// Money, in whole currency units.
public struct Budget: Sendable, Equatable {
  /// Most the plan may cost per year; nil means no cap.
  public var cap: Int?
  /// Cost of covering one released period by a substitute or associate.
  public var coveragePerPeriod: Int
  /// Instructional weeks per year that weekly coverage costs are multiplied by when there is
  /// no school year to count them from (nil: 36). With a school year, the year's count is
  /// used (`InstructionalYear`), and the validator warns when this one disagrees.
  public var weeksPerYear: Int?
  public var currency: String
  public init(
    cap: Int? = nil, coveragePerPeriod: Int = 0, weeksPerYear: Int? = nil, currency: String = "USD"
  ) {
    self.cap = cap
    self.coveragePerPeriod = coveragePerPeriod
    self.weeksPerYear = weeksPerYear
    self.currency = currency
  }
}

/// Integer weights of the soft rules (docs/RULES.md defines each rule's count).
public struct Weights: Sendable, Equatable {
  public var teacherGap: Int
  public var sameSubjectTwice: Int
  public var unevenSpread: Int
  public var consecutive: Int
  public var lateDay: Int
  public var preferredSlot: Int
  /// Re-solve: a meeting moved away from the previous schedule.
  public var moved: Int
  /// A lesson whose meetings are in more than one room.
  public var roomStability: Int
  /// Money: the yearly coverage cost, counted in weekly periods at the reference rate
  /// (docs/RULES.md `coverage-cost`).
  public var coverageCost: Int
  /// A meeting in a room its lesson's, or its teacher's, `preferredRooms` do not list.
  public var roomPreference: Int
  /// The soft rules the school requires (`"hard"` in place of a weight): each one counts in
  /// `hard` instead, as FET's weight 100 and XHSTT's Required do.
  public var required: Set<SoftRule>
  public init(
    teacherGap: Int = 3, sameSubjectTwice: Int = 5, unevenSpread: Int = 2, consecutive: Int = 2,
    lateDay: Int = 1, preferredSlot: Int = 3, moved: Int = 10, roomStability: Int = 1,
    coverageCost: Int = 2, roomPreference: Int = 2, required: Set<SoftRule> = []
  ) {
    self.roomPreference = roomPreference
    self.roomStability = roomStability
    self.coverageCost = coverageCost
    self.required = required
    self.teacherGap = teacherGap
    self.sameSubjectTwice = sameSubjectTwice
    self.unevenSpread = unevenSpread
    self.consecutive = consecutive
    self.lateDay = lateDay
    self.preferredSlot = preferredSlot
    self.moved = moved
  }
}
