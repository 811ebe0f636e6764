/// A search's budget accounting: counts steps, and every 1,024 steps looks at the clock, the
/// cancellation flag and whether a progress report is due. Shared by the school search, the
/// XHSTT search and the coaching-calendar planner (CadreCalendar).
package struct StepMeter {
  package let budget: SearchBudget
  let clock = ContinuousClock()
  let began: ContinuousClock.Instant
  let isCancelled: (@Sendable () -> Bool)?
  let progress: (@Sendable (SearchProgress) -> Void)?
  package private(set) var steps = 0
  package var stop: SearchStop?
  private var lastReport = 0.0

  /// `since`: when the time limit started counting (default now); a caller whose limit also
  /// covers work before the search (the calendar planner's construction) passes its start.
  package init(
    budget: SearchBudget, isCancelled: (@Sendable () -> Bool)?,
    progress: (@Sendable (SearchProgress) -> Void)?, since: ContinuousClock.Instant? = nil
  ) {
    self.budget = budget
    self.isCancelled = isCancelled
    self.progress = progress
    began = since ?? clock.now
  }

  /// Seconds since `since` (by default, since the meter was made): what the time limit counts.
  package var elapsed: Double {
    let d = clock.now - began
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }

  package enum Tick { case go, stopped, checkpoint }

  /// Counts one step: `.stopped` once the step budget is spent (or the search stopped),
  /// `.checkpoint` every 1,024 steps (then call `checkpoint`), else `.go`.
  @inline(__always)
  package mutating func tick() -> Tick {
    if stop != nil { return .stopped }
    steps += 1
    if let limit = budget.stepLimit, steps >= limit {
      stop = .stepLimit
      return .stopped
    }
    return steps & 1023 == 0 ? .checkpoint : .go
  }

  /// Stops on cancellation or the time limit; reports progress at most ten times a second.
  package mutating func checkpoint(best: Cost, phase: String) -> Bool {
    if let cancelled = isCancelled, cancelled() {
      stop = .cancelled
      return false
    }
    if let race = budget.race, steps > race.bound {
      stop = .outrun
      return false
    }
    let now = elapsed
    if let limit = budget.timeLimit, now >= limit {
      stop = .timeLimit
      return false
    }
    if let report = progress, now - lastReport >= 0.1 {
      lastReport = now
      report(
        SearchProgress(
          elapsed: now, steps: steps, best: best,
          movesPerSecond: now > 0 ? Double(steps) / now : 0, phase: phase))
    }
    return true
  }
}

/// A search that spends its budget through a `StepMeter`: one `tick()` per step.
package protocol MeteredSearch {
  var meter: StepMeter { get set }
  var phase: String { get }
  /// The best cost so far, for progress reports.
  var bestSoFar: Cost { get }
}

extension MeteredSearch {
  /// Seconds since `since` (by default, since the meter was made): what the time limit counts.
  package var elapsed: Double { meter.elapsed }
  var steps: Int { meter.steps }
  var stop: SearchStop? {
    get { meter.stop }
    set { meter.stop = newValue }
  }

  /// Counts one step; false once the budget is spent or the search was cancelled. Looks at the
  /// clock and the cancellation flag every 1,024 steps only.
  @inline(__always)
  package mutating func tick() -> Bool {
    switch meter.tick() {
    case .go: return true
    case .stopped: return false
    case .checkpoint: return meter.checkpoint(best: bestSoFar, phase: phase)
    }
  }
}
