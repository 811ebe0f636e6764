/// A deterministic slice of a sweep for one machine: `--shard I/N` with I in 1...N (1-based,
/// like "shard 1 of 4"). Scenario k (0-based, in expansion order) belongs to shard
/// (k mod N) + 1: round-robin, so every shard gets a similar mix of schools and axis values,
/// and the N shards together hold every scenario exactly once.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
  /// 1-based.
  public var index: Int
  public var count: Int

  public init?(index: Int, count: Int) {
    guard count >= 1, (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Parses "I/N"; nil when it is not two whole numbers with 1 <= I <= N.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
    self.init(index: i, count: n)
  }

  public func contains(_ scenarioIndex: Int) -> Bool {
    scenarioIndex % count == index - 1
  }

  public func select(_ scenarios: [Scenario]) -> [Scenario] {
    scenarios.filter { contains($0.index) }
  }

  public var description: String { "\(index)/\(count)" }
}
