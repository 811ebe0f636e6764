/// What a search may spend and when it is done: budget in, `SearchStop` out.
package struct SearchBudget: Sendable {
  /// Wall-clock seconds; nil for none. Results then depend on machine speed.
  package var timeLimit: Double?
  /// Steps (value tests in construction, move evaluations in local search); nil for none.
  /// The reproducible limit: a fixed seed and step limit give the same result everywhere.
  package var stepLimit: Int?
  /// Stop as soon as the best cost is at most this.
  package var target: Cost
  /// The portfolio's race to `target`, when its runs share one: a run past the fewest steps
  /// another needed to reach the target stops (`TargetRace`).
  package var race: TargetRace?

  package init(timeLimit: Double? = 10, stepLimit: Int? = nil, target: Cost = .zero) {
    self.timeLimit = timeLimit
    self.stepLimit = stepLimit
    self.target = target
  }
}

/// Why a search stopped. `outrun`: another run of its portfolio reached the target in fewer
/// steps than this one has taken (`TargetRace`); such a run is never the portfolio's result.
package enum SearchStop: Sendable, Equatable {
  case target, stepLimit, timeLimit, cancelled, outrun
}

/// A progress report, at most about ten a second, from the first thread of a portfolio.
package struct SearchProgress: Sendable {
  package var elapsed: Double
  package var steps: Int
  package var best: Cost
  package var movesPerSecond: Double
  package var phase: String
}
