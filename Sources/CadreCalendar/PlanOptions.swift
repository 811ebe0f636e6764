import CadreModel

/// How long and how the planner searches. The step limit is the reproducible limit; wall time
/// and cancellation are safety nets (checked every 1,024 steps by the engine's `StepMeter`).
public struct PlanOptions: Sendable {
  public var seed: UInt64
  /// Seconds of wall time for construction plus local search; nil means no time limit.
  public var timeLimit: Double?
  /// Local-search steps; nil means 2,000 + 300 per observation and one-on-one to place, at
  /// most 600,000 (about 0.4 s in all for a school of 87 teachers with 11 observations each).
  public var stepLimit: Int?
  /// Polled every 1,024 steps; returning true stops the search with the best calendar so far.
  public var cancel: (@Sendable () -> Bool)?
  /// Soft-rule weights (fixed defaults until the school file carries them).
  public var weights: CalendarWeights
  /// Local searches run in parallel from the one construction, seeded `seed, seed + 1, ...`,
  /// each with the whole step limit; the winner by (cost, seed), never by which finished first
  /// (the engine's portfolio). The same seed, thread count and step limit reproduce the
  /// calendar; `PlanStats.steps` then adds up every thread's steps. Default 1.
  public var threads: Int
  /// Re-solve: the calendar of the previous run. Every event of it that is still valid under
  /// the new master schedule is put back where it was and kept there (docs/CALENDAR.md,
  /// "Re-solve"); nil plans from scratch.
  public var previous: CoachingCalendar?

  public init(
    seed: UInt64 = 1, timeLimit: Double? = nil, stepLimit: Int? = nil,
    cancel: (@Sendable () -> Bool)? = nil, weights: CalendarWeights = CalendarWeights(),
    threads: Int = 1, previous: CoachingCalendar? = nil
  ) {
    self.seed = seed
    self.timeLimit = timeLimit
    self.stepLimit = stepLimit
    self.cancel = cancel
    self.weights = weights
    self.threads = threads
    self.previous = previous
  }
}
