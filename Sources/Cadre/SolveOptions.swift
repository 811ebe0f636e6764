import CadreModel
import Synchronization

/// How `solve` searches: seed, threads, budget, re-solve input, progress and cancellation.
public struct SolveOptions: Sendable {
  /// Seed of the first search; thread i uses `seed + i`.
  public var seed: UInt64 = 1
  /// Independent searches run in parallel; the winner is chosen by (cost, seed).
  public var threads: Int = 1
  /// Wall-clock seconds; nil for none. With a time limit only, results depend on machine
  /// speed; with a step limit (and a time limit that is not reached) they are reproducible.
  public var timeLimit: Double? = 10
  /// Steps per search thread (value tests and move evaluations); the reproducible limit.
  public var stepLimit: Int? = nil
  /// The engine a caller named (`cadre solve --engine`). Every value runs the general engine,
  /// with the school compiled into its model: the school engine's search was retired
  /// (docs/ENGINE.md). XHSTT and FET inputs run on it too.
  public var engine: SearchEngine = .general
  /// Stop when the cost is at most this (hard first); nil means (hard 0, soft 0).
  public var target: HardSoft? = nil
  /// A previous schedule to start from; the `moved` soft rule counts changes against it.
  public var previous: Schedule? = nil
  /// Re-solve: the previous run's coaching calendar; its events that are still valid are kept
  /// (docs/CALENDAR.md, "Re-solve"), so subscribed calendars change as little as possible.
  public var previousCalendar: CoachingCalendar? = nil
  /// Called at most about ten times a second from the search (first thread only).
  public var progress: (@Sendable (SolveProgress) -> Void)? = nil
  /// Set it from another thread (e.g. on Ctrl-C) to stop with the best schedule so far.
  public var cancel: CancelFlag? = nil
  /// The coaching calendar's local-search steps (`solveSchool`); nil for the planner's default.
  public var calendarStepLimit: Int? = nil
  /// Called when `solveSchool` starts a stage, for a status line.
  public var stage: (@Sendable (PipelineStage) -> Void)? = nil
  /// Calendar feedback: at most this many schedule re-solves after the first when the coaching
  /// calendar falls short of a hard policy number (`solveSchool`). A time-limited run also stops
  /// when too little time is left; a step-limited run does exactly these rounds, each with the
  /// step limits, so it stays reproducible.
  public var feedbackRounds: Int = 2
  /// A feedback round's re-solve: where construction starts (the best schedule so far), and
  /// the (team, member) pairs the calendar fell short for with the extra observation chances
  /// asked of each. `previous` keeps its meaning (what `moved` counts against).
  package var start: Schedule? = nil
  package var emphasis: [(team: TeamID, teacher: TeacherID, extra: Int)] = []

  public init(
    seed: UInt64 = 1, threads: Int = 1, timeLimit: Double? = 10, stepLimit: Int? = nil,
    target: HardSoft? = nil, previous: Schedule? = nil,
    progress: (@Sendable (SolveProgress) -> Void)? = nil, cancel: CancelFlag? = nil
  ) {
    self.seed = seed
    self.threads = threads
    self.timeLimit = timeLimit
    self.stepLimit = stepLimit
    self.target = target
    self.previous = previous
    self.progress = progress
    self.cancel = cancel
  }
}

/// The engine names a caller may give (`cadre solve --engine`). There is one engine.
public enum SearchEngine: String, Sendable, CaseIterable {
  /// The school engine of earlier versions. Its search was retired in stop 23, once the
  /// general engine held every rule; the name is kept for callers and scripts that give it,
  /// and runs the general engine.
  case school
  /// The general engine (events, resources, times, monitors) with the school compiled into
  /// it. The rules its model holds only in part for a school (`SolveResult.notSearched`) are
  /// judged by the checker but not wholly searched for.
  case general
}

/// A live progress report.
public struct SolveProgress: Sendable {
  public var elapsed: Double
  public var steps: Int
  public var best: HardSoft
  public var movesPerSecond: Double
  /// "construct" or "improve".
  public var phase: String
}

/// A thread-safe flag that stops a running solve at its next check (every 1,024 steps).
public final class CancelFlag: Sendable {
  private let flag = Atomic<Bool>(false)
  public init() {}
  public func cancel() { flag.store(true, ordering: .relaxed) }
  public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
