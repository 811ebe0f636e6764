import Synchronization

/// The runs of one portfolio racing to the search's target (`--stop-at-feasible`, or a cost
/// of zero): the fewest steps at which any of them reached it. The portfolio then takes the run
/// that reached the target in the fewest steps (the lowest seed on a tie), so a run already
/// further along than that can no longer win: it stops at its next checkpoint instead of
/// searching on to its own target, and the portfolio ends with its fastest run, not its
/// slowest. Which run wins depends only on the steps each needs, never on which thread ran
/// faster: a fixed seed, thread count and step limit still reproduce the result.
package final class TargetRace: Sendable {
  private let fewest: Atomic<Int>

  package init() { fewest = Atomic(.max) }

  /// The fewest steps at which a run reached the target so far (`Int.max` before any did).
  package var bound: Int { fewest.load(ordering: .relaxed) }

  /// A run reached the target after `steps` steps.
  package func reached(atStep steps: Int) {
    var current = fewest.load(ordering: .relaxed)
    while steps < current {
      let (exchanged, original) = fewest.compareExchange(
        expected: current, desired: steps, ordering: .relaxed)
      if exchanged { return }
      current = original
    }
  }
}
