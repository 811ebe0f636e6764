/// An exact cost: hard violations first, then weighted soft penalties, compared hard first.
///
/// Integers only, so that incremental sums never drift from a from-scratch recount.
package struct Cost: Sendable, Hashable, Comparable, CustomStringConvertible {
  package var hard: Int64
  package var soft: Int64

  package init(hard: Int64, soft: Int64) {
    self.hard = hard
    self.soft = soft
  }

  package static let zero = Cost(hard: 0, soft: 0)
  /// Worse than any reachable cost.
  package static let worst = Cost(hard: .max, soft: .max)

  package static func < (a: Cost, b: Cost) -> Bool {
    a.hard != b.hard ? a.hard < b.hard : a.soft < b.soft
  }

  package var description: String { "(hard \(hard), soft \(soft))" }
}
