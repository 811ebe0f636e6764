/// How long and how the planner searches. The step limit is the reproducible limit; wall time
/// and cancellation are safety nets (checked every 1,024 steps).
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

  public init(
    seed: UInt64 = 1, timeLimit: Double? = nil, stepLimit: Int? = nil,
    cancel: (@Sendable () -> Bool)? = nil, weights: CalendarWeights = CalendarWeights()
  ) {
    self.seed = seed
    self.timeLimit = timeLimit
    self.stepLimit = stepLimit
    self.cancel = cancel
    self.weights = weights
  }
}
