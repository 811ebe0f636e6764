/// A cost as the school sees it: hard violations first, then weighted soft penalties.
/// Compared lexicographically (hard first).
public struct HardSoft: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var hard: Int
  public var soft: Int
  public init(hard: Int, soft: Int) {
    self.hard = hard
    self.soft = soft
  }
  public static let zero = HardSoft(hard: 0, soft: 0)
  public static func < (a: HardSoft, b: HardSoft) -> Bool { (a.hard, a.soft) < (b.hard, b.soft) }
  public var description: String { "(hard \(hard), soft \(soft))" }
}
