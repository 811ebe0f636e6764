import CadreLeadership
import CadreModel

/// What `cadre explain` found: whether the school fits, the counting proofs that say it cannot,
/// a minimal conflicting set of constraint groups, and fixes that were re-checked to fit.
public struct Diagnosis: Sendable {
  public enum Verdict: String, Sendable {
    /// A plan with no hard violation was found (the checker's verdict).
    case fits
    /// A counting proof (or the compiler's) shows that no plan exists.
    case provenInfeasible
    /// No proof applies and no plan was found within the step budget.
    case notFound
  }

  /// One counting proof: a necessary condition the school breaks, in school terms.
  public struct Finding: Sendable {
    /// What was counted: `teacher-load`, `class-load`, `room-demand`, `pinned-clash`,
    /// `observation-window`, `common-planning`, `leader-capacity`, or the code of a validator
    /// or compiler fact.
    public var rule: String
    public var message: String
    /// The groups the proof uses; relaxing any one of them removes this reason.
    public var groups: [ConstraintGroup]
    /// Changes that would remove this reason, before they are re-checked.
    var candidates: [Candidate] = []
  }

  /// A change to the school and what it costs, before its re-check.
  struct Candidate: Sendable {
    var change: String
    var dollars: Int
    var costDetail: String
    /// Periods, slots or meetings the change moves, unpins, cuts or adds (0 for none).
    var disruption: Int
    var school: School
  }

  /// A relaxation that was applied to a copy of the school and re-checked to fit.
  public struct Fix: Sendable {
    public var change: String
    /// Yearly cost in whole currency units.
    public var dollars: Int
    public var costDetail: String
    /// Periods, slots or meetings the change touches; the second ranking key after dollars.
    public var disruption: Int
    /// What the re-check found, in school terms.
    public var recheck: String
    /// The changed school that was re-checked (for tests that re-solve it independently).
    package var school: School
  }

  public var school: String
  public var currency: String
  public var verdict: Verdict
  /// The leadership arithmetic (`cadre explain`'s report before this issue).
  public var leadership: Explanation
  public var findings: [Diagnosis.Finding]
  /// A minimal set of groups whose conjunction admits no plan; empty when it fits.
  public var conflict: [ConstraintGroup]
  /// The conflict set in school terms, in the order of `conflict`.
  public var conflictText: [String]
  /// How sure the conflict set is: "proven by counting" or "no plan found within N steps".
  public var certainty: String
  /// Re-checked fixes, cheapest first (dollars, then disruption, then text).
  public var fixes: [Fix]
  /// Fixes that were tried and did not fit (for the record; not printed as fixes).
  public var rejected: Int
  /// Budgeted solves run and their steps, all told.
  public var solves: Int
  public var steps: Int
  /// The step limit of each solve.
  public var stepLimit: Int
}

/// How hard `explain` may work: each test is a solve with this step limit and seed, so the
/// output is the same on every machine; the time limit is only a safety net.
public struct ExplainOptions: Sendable {
  public var stepLimit: Int
  public var seed: UInt64
  public var timeLimit: Double
  /// Most candidate fixes re-checked per reason.
  public var fixesPerReason: Int

  public init(
    stepLimit: Int = 200_000, seed: UInt64 = 1, timeLimit: Double = 30, fixesPerReason: Int = 6
  ) {
    self.stepLimit = stepLimit
    self.seed = seed
    self.timeLimit = timeLimit
    self.fixesPerReason = fixesPerReason
  }
}
