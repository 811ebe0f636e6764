import CadreModel

/// A scenario sweep as its file (`cadre-sweep/1`, docs/SWEEPS.md) describes it: base schools,
/// the axes whose cartesian product makes the scenarios, and how each scenario is solved.
///
/// An axis left out (or absent from the file) does not vary: every scenario keeps the base
/// school's value. Values keep file order, which is also the order of the scenarios.
public struct SweepSpec: Sendable, Equatable {
  public static let currentFormat = "cadre-sweep/1"

  public var name: String
  public var schools: [BaseSchool]
  public var axes: SweepAxes
  /// The seed of every scenario's solve (one seed, so a scenario's result does not depend on
  /// which shard or worker ran it).
  public var seed: UInt64
  /// Search steps per scenario (threads = 1): the reproducible limit.
  public var stepLimit: Int
  /// Local-search steps of the coaching-calendar planner; nil keeps the planner's own default
  /// (2,000 + 300 per event to place, at most 600,000), which is also deterministic.
  public var calendarStepLimit: Int?
  /// Wall-clock safety cap per scenario, in seconds. A scenario stopped by it is reported as
  /// such, since its result then depends on the machine.
  public var timeLimit: Double

  public static let defaultStepLimit = 200_000
  public static let defaultTimeLimit = 120.0

  public init(
    name: String, schools: [BaseSchool], axes: SweepAxes = SweepAxes(), seed: UInt64 = 1,
    stepLimit: Int = SweepSpec.defaultStepLimit, calendarStepLimit: Int? = nil,
    timeLimit: Double = SweepSpec.defaultTimeLimit
  ) {
    self.name = name
    self.schools = schools
    self.axes = axes
    self.seed = seed
    self.stepLimit = stepLimit
    self.calendarStepLimit = calendarStepLimit
    self.timeLimit = timeLimit
  }
}

/// One base school: a short id used in scenario ids, and the school file's path (relative
/// paths are resolved against the sweep file's folder).
public struct BaseSchool: Sendable, Equatable {
  public var id: String
  public var file: String
  public init(id: String, file: String) {
    self.id = id
    self.file = file
  }
}

/// The axes of a sweep, each a list of values. Applied to a school in this order: model,
/// leaders, release, span, observations, budget cap (docs/SWEEPS.md).
public struct SweepAxes: Sendable, Equatable {
  public var model: [LeadershipModel]
  public var leaders: [LeaderCounts]
  public var release: [ReleaseSetting]
  public var span: [Int]
  public var observations: [ObservationSetting]
  /// A cap in whole currency units, or nil for "no cap".
  public var budgetCap: [Int?]

  public init(
    model: [LeadershipModel] = [], leaders: [LeaderCounts] = [], release: [ReleaseSetting] = [],
    span: [Int] = [], observations: [ObservationSetting] = [], budgetCap: [Int?] = []
  ) {
    self.model = model
    self.leaders = leaders
    self.release = release
    self.span = span
    self.observations = observations
    self.budgetCap = budgetCap
  }
}

/// How a school's teachers are led (docs/SWEEPS.md says exactly what each does to a school).
public enum LeadershipModel: String, Sendable, Equatable, CaseIterable {
  /// The principal and assistant principals lead every team; no teacher-leaders.
  case apCentred
  /// Teaching Team Leads with release and a stipend lead the teams.
  case teamLead
  /// Multi-Classroom Leaders: teacher-leaders with a larger span and a higher release, each
  /// leading two teams.
  case multiClassroomLeader
}

/// The number of leaders wanted in some role kinds, in `RoleKind.allCases` order.
public struct LeaderCounts: Sendable, Equatable {
  public var counts: [(kind: RoleKind, count: Int)]
  public init(_ counts: [(kind: RoleKind, count: Int)]) {
    self.counts = RoleKind.allCases.compactMap { kind in
      counts.last { $0.kind == kind }.map { (kind, $0.count) }
    }
  }
  public static func == (a: LeaderCounts, b: LeaderCounts) -> Bool {
    a.counts.map(\.kind) == b.counts.map(\.kind) && a.counts.map(\.count) == b.counts.map(\.count)
  }
}

/// A teacher-leader release: a share of the teachable slots, or whole periods a day.
public enum ReleaseSetting: Sendable, Equatable {
  case fraction(Double)
  case periodsPerDay(Int)
}

/// Observations per teacher per year; a kind left nil keeps the school's quota.
public struct ObservationSetting: Sendable, Equatable {
  public var spot: Int?
  public var formal: Int?
  public init(spot: Int? = nil, formal: Int? = nil) {
    self.spot = spot
    self.formal = formal
  }
}
