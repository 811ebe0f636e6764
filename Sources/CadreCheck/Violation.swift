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
  /// The teachers whose day this violation is about (the idle teacher, the teacher of a late
  /// or unevenly spread lesson), sorted, without repeats; empty when it concerns no teacher
  /// in particular. The per-teacher summary counts a violation once for each of them.
  public var teachers: [TeacherID]

  public init(
    rule: String, hard: Bool, count: Int, message: String, teachers: [TeacherID] = []
  ) {
    self.rule = rule
    self.hard = hard
    self.count = count
    self.message = message
    self.teachers = Array(Set(teachers)).sorted { $0.raw < $1.raw }
  }
}
