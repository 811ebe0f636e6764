import CadreModel

/// One offending place in a schedule (a teacher in a slot, a team in a week, a meeting), with
/// the number of units it adds to its rule before the rule's weight is applied.
public struct Violation: Sendable, Equatable {
  /// The rule's code from docs/RULES.md, e.g. `teacher-clash`.
  public var rule: String
  /// Whether the rule is hard (each unit of `count` is one unit of `hard`).
  public var hard: Bool
  /// Units before weight; always at least 1.
  public var count: Int
  /// What is wrong, in the school's terms, with ids and names.
  public var message: String

  public init(rule: String, hard: Bool, count: Int, message: String) {
    self.rule = rule
    self.hard = hard
    self.count = count
    self.message = message
  }
}
