/// One teacher's share of the soft rules, as a school office reads it: "T05 (Bo Chen): 4 gaps,
/// 1 late period, 2 same-subject days".
///
/// Counted by the checker (`CadreCheck`) from the violations themselves: a violation adds its `count` to every teacher it
/// names (`Violation.teachers`), so a class's same-subject day counts for each teacher of the
/// meetings that make it. Only rules with a word in `words` are summed (the soft rules about a
/// teacher's timetable); hard rules are listed in full in the report.
public struct TeacherSummary: Sendable, Equatable {
  public var teacher: TeacherID
  public var name: String
  /// (rule code, units) for every summed rule with a count above 0, in `words` order.
  public var counts: [Count]

  public struct Count: Sendable, Equatable {
    public var rule: String
    public var count: Int

    public init(rule: String, count: Int) {
      self.rule = rule
      self.count = count
    }
  }

  public init(teacher: TeacherID, name: String, counts: [Count]) {
    self.teacher = teacher
    self.name = name
    self.counts = counts
  }

  /// "4 gaps, 1 late period", or "no gaps, late periods or repeats" when nothing counts.
  public var phrase: String {
    guard !counts.isEmpty else { return "nothing to note" }
    return counts.map { c in
      let word = Self.words.first { $0.rule == c.rule }
      let (one, many) = (word?.one ?? c.rule, word?.many ?? c.rule)
      return "\(c.count) \(c.count == 1 ? one : many)"
    }.joined(separator: ", ")
  }

  /// "T05 (Bo Chen): 4 gaps, 1 late period".
  public var line: String {
    teacher.raw + (name.isEmpty ? "" : " (\(name))") + ": " + phrase
  }

  /// The rules summed per teacher, in the order they are listed, with the word for one unit
  /// and for several.
  public static let words: [(rule: String, one: String, many: String)] = [
    ("teacher-gap", "gap", "gaps"),
    ("late-day", "late period", "late periods"),
    ("same-subject-twice", "same-subject day", "same-subject days"),
    ("consecutive", "period over the run limit", "periods over the run limit"),
    ("uneven-spread", "day of uneven spread", "days of uneven spread"),
    ("preferred-slot", "lesson off its preferred slot", "lessons off their preferred slot"),
    ("moved", "moved lesson", "moved lessons"),
    ("room-stability", "room change within a lesson", "room changes within lessons"),
  ]
}
