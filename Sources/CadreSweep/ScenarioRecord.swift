/// What one scenario came to: the verdict of the independent checkers and the figures a pilot
/// designer compares. Written as `scenarios/<id>.json` as soon as the scenario finishes; every
/// output (results.csv, the tables, report.html) is made from these records alone.
public struct ScenarioRecord: Sendable, Equatable {
  public enum Status: String, Sendable, Equatable, CaseIterable {
    /// Schedule, calendar and budget hold every hard rule (by the independent checkers).
    case feasible
    /// Solved, but the schedule, the calendar or the budget breaks a hard rule (or the
    /// school is proven infeasible): a finding, with the reason.
    case infeasible
    /// The scenario's school fails validation: a finding, with the validator's message.
    case invalid
    /// A checker disagrees with the solver on a cost: a bug (the sweep exits 70).
    case error
  }

  public var index: Int
  public var id: String
  /// The base school's id in the sweep file, and the school's name.
  public var school: String
  public var schoolName: String
  /// The kind of school by the grades its classes name (`SchoolType.of`): "elementary",
  /// "middle", "high", a range such as "K-8", or "other"; "" in a record of an older version.
  /// A large sweep's report summarises by it.
  public var schoolType: String
  /// One label per axis the sweep varies, in `SweepAxis` order ("50%", "8").
  public var labels: [String]
  public var status: Status
  /// Why the scenario is not feasible, in school terms; "" when it is.
  public var reason: String
  /// Teachers on the staff (coverage positions not counted), and leaders.
  public var teachers: Int
  public var leaders: Int
  public var currency: String
  public var totalCost: Int?
  public var stipends: Int?
  public var coverageCost: Int?
  /// Total cost over the teachers in teams.
  public var costPerTeacher: Int?
  public var budgetCap: Int?
  /// The teacher-leaders' effective release (share of teachable slots); nil without them.
  public var release: Double?
  /// The largest span limit of a role whose leaders lead teams.
  public var spanLimit: Int?
  /// Members per leader who leads a team: the largest and the mean.
  public var maxSpan: Int
  public var meanSpan: Double
  public var observationsRequired: Int?
  public var observationsScheduled: Int?
  /// Mean hours per leader per school week, by activity (each event takes its period).
  public var hoursObserving: Double?
  public var hoursDebriefing: Double?
  public var hoursHuddles: Double?
  public var hoursOneOnOnes: Double?
  /// The checker's `teacher-gap` count: idle periods between lessons in teachers' days.
  public var teacherGaps: Int?
  /// Periods a week taught by coverage positions.
  public var coveragePeriods: Int?
  public var scheduleHard: Int?
  public var scheduleSoft: Int?
  public var calendarHard: Int?
  public var calendarSoft: Int?
  /// Search steps and why the search stopped (`stepLimit`, `target`, `timeLimit`, ...).
  public var steps: Int?
  public var stopReason: String?
  /// Wall time of the scenario: informative only, never in results.csv or report.html.
  public var seconds: Double
  /// FNV-1a of the scenario's school and solve settings; resume skips a record whose hash
  /// matches the scenario's.
  public var inputHash: String
  /// Drill-down: the per-teacher grid of the master schedule, and a summary of the calendar,
  /// the budget and what did not fit.
  public var teacherGrid: String
  public var details: [String]

  public init(index: Int, id: String, school: String, schoolName: String, labels: [String]) {
    self.index = index
    self.id = id
    self.school = school
    self.schoolName = schoolName
    self.labels = labels
    schoolType = ""
    status = .invalid
    reason = ""
    teachers = 0
    leaders = 0
    currency = "USD"
    maxSpan = 0
    meanSpan = 0
    seconds = 0
    inputHash = ""
    teacherGrid = ""
    details = []
  }

  /// Observations scheduled over required, 0...1; nil without a calendar or a quota.
  public var observationCoverage: Double? {
    guard let r = observationsRequired, let s = observationsScheduled, r > 0 else { return nil }
    return Double(s) / Double(r)
  }
}
