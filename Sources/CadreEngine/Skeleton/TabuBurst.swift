/// What the tabu bursts of both searches share (the school's `Searcher.repairBurst` and the
/// XHSTT `HSTTSearcher.tabuBurst`), after TabuCol, the graph-colouring tabu search, and the
/// breakout method: each iteration samples `sample` items in violated hard constraints, probes
/// their moves, and makes the best move that is not tabu by (weighted hard change, soft cost),
/// random among equals, even a worse one; what a move leaves is tabu for `tenure` iterations;
/// at a local minimum the violated constraints weigh one more.
enum TabuBurst {
  /// Local-search steps without a new lowest hard cost before a repair burst starts.
  static let stallSteps = 50_000
  /// Items probed per iteration.
  static let sample = 12
  /// Of the sampled items, how many also probe their Kempe chains (the costliest probe).
  static let kempeSample = 2
  /// Iterations without a new lowest hard cost (repair) or best cost (polish) before a burst
  /// ends.
  static let repairPatience = 5000
  static let polishPatience = 1000

  /// The iteration until which the value a move left stays tabu: 0–9 iterations plus 0.6 ×
  /// the number of items in conflict.
  @inline(__always)
  static func tenure(iteration: Int, conflicts: Int, rng: inout SplitMix64) -> Int {
    iteration + rng.below(10) + conflicts * 6 / 10
  }
}

/// The best move probed so far in one tabu iteration, by (primary, soft): random among equals
/// (reservoir sampling, one draw per tie).
struct TabuChoice<Move> {
  var key = (primary: Int64.max, soft: Int64.max)
  var move: Move?
  var ties = 0

  @inline(__always)
  mutating func offer(_ m: Move, primary: Int64, soft: Int64, rng: inout SplitMix64) {
    let k = (primary: primary, soft: soft)
    if k < key {
      key = k
      move = m
      ties = 1
    } else if k == key {
      ties += 1
      if rng.below(ties) == 0 { move = m }
    }
  }
}
