import CadreCheck
import CadreModel

/// Why a solve stopped.
public enum StopReason: String, Sendable {
  /// The cost reached the target.
  case target
  /// Every search thread used its step limit.
  case stepLimit
  /// The time limit passed.
  case timeLimit
  /// The cancel flag was set.
  case cancelled
  /// Cheap checks prove no schedule without hard violations exists (see the reasons).
  case provenInfeasible
}

/// What `solve` found.
public struct SolveResult: Sendable {
  /// Every meeting, in lesson then index order.
  public var schedule: Schedule
  /// The engine's own cost (of the rules it searched for: all but `notSearched`); the
  /// checker must compute the same (`searchedCost`).
  public var cost: HardSoft
  /// The engine's per-rule counts (docs/RULES.md codes, in its order), rules with count 0
  /// included.
  public var costByRule: [(rule: String, count: Int)]
  public var stopReason: StopReason
  /// When `stopReason` is `.provenInfeasible`: why, in the school's terms.
  public var infeasibilityReasons: [String]
  public var stats: SolveStats
  /// The rules (docs/RULES.md codes) the engine's cost holds only in part: those its model
  /// does not wholly hold for this school (on a timetable with clashes, or a double lesson
  /// past its day's end, some more). The checker still judges them; the engine's cost must
  /// equal the checker's on the others.
  public var notSearched: [String] = []

  /// The checker's cost of this result's schedule on the rules the engine searched for (all
  /// of them but `notSearched`): what `cost` must equal.
  public func searchedCost(_ report: CheckReport) -> HardSoft {
    var cost = report.cost
    for row in report.countsByRule where notSearched.contains(row.rule) {
      if row.hard { cost.hard -= row.count } else { cost.soft -= row.weighted }
    }
    return cost
  }
}

public struct SolveStats: Sendable {
  /// Steps of all threads together.
  public var steps: Int
  public var elapsed: Double
  /// Steps and seconds of the winning search when it first reached hard 0.
  public var firstFeasibleSteps: Int?
  public var firstFeasibleSeconds: Double?
  public var movesPerSecond: Double
  public var winningSeed: UInt64
  /// Whether backtracking placed every meeting without hard violations of its own.
  public var constructionComplete: Bool
}
