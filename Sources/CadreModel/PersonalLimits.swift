/// The shape of one teacher's (or one class's) days and weeks, as FET's per-teacher and
/// per-students-set constraints and a school's own rules state it: gaps, days at school,
/// lessons a day, lessons in a row (docs/FORMAT.md "Personal limits", docs/RULES.md
/// `personal-limit`).
///
/// Each number is a `PolicyNumber`: plain, it is hard (its excess counts in `personal-limit`);
/// with a weight, it is soft (weight × excess in `personal-preference`). nil: no limit.
public struct PersonalLimits: Sendable, Equatable {
  /// Idle periods between the first and last lesson of one cycle day.
  public var maxGapsPerDay: PolicyNumber?
  /// Idle periods of one cycle week, summed over its days.
  public var maxGapsPerWeek: PolicyNumber?
  /// Days of one cycle week with at least one lesson (teachers only).
  public var maxDaysPerWeek: PolicyNumber?
  /// Periods on a day that has any (an empty day is fine; teachers only).
  public var minPerDay: PolicyNumber?
  /// Periods taught in a row, a blocked period ending a run (teachers only).
  public var maxInARow: PolicyNumber?

  public init(
    maxGapsPerDay: PolicyNumber? = nil, maxGapsPerWeek: PolicyNumber? = nil,
    maxDaysPerWeek: PolicyNumber? = nil, minPerDay: PolicyNumber? = nil,
    maxInARow: PolicyNumber? = nil
  ) {
    self.maxGapsPerDay = maxGapsPerDay
    self.maxGapsPerWeek = maxGapsPerWeek
    self.maxDaysPerWeek = maxDaysPerWeek
    self.minPerDay = minPerDay
    self.maxInARow = maxInARow
  }

  /// The limits in one order, each with its key in the file (the engine, the checker, the
  /// reader, the writer and the validator all walk `Kind.allCases`).
  public enum Kind: Int, CaseIterable, Sendable {
    case maxGapsPerDay, maxGapsPerWeek, maxDaysPerWeek, minPerDay, maxInARow

    public var key: String {
      switch self {
      case .maxGapsPerDay: "maxGapsPerDay"
      case .maxGapsPerWeek: "maxGapsPerWeek"
      case .maxDaysPerWeek: "maxDaysPerWeek"
      case .minPerDay: "minPerDay"
      case .maxInARow: "maxInARow"
      }
    }

    /// Whether a class may set it (its students' gaps); the others are a teacher's.
    public var appliesToClasses: Bool { self == .maxGapsPerDay || self == .maxGapsPerWeek }
  }

  public subscript(kind: Kind) -> PolicyNumber? {
    get {
      switch kind {
      case .maxGapsPerDay: maxGapsPerDay
      case .maxGapsPerWeek: maxGapsPerWeek
      case .maxDaysPerWeek: maxDaysPerWeek
      case .minPerDay: minPerDay
      case .maxInARow: maxInARow
      }
    }
    set {
      switch kind {
      case .maxGapsPerDay: maxGapsPerDay = newValue
      case .maxGapsPerWeek: maxGapsPerWeek = newValue
      case .maxDaysPerWeek: maxDaysPerWeek = newValue
      case .minPerDay: minPerDay = newValue
      case .maxInARow: maxInARow = newValue
      }
    }
  }

  public var isEmpty: Bool { self == PersonalLimits() }
}
