import CadreModel

/// One rule of docs/RULES.md: its code, whether it is hard, its weight and how to find its
/// violations from scratch.
struct Rule: Sendable {
  var code: String
  var hard: Bool
  /// The soft weight from the school's weights; 1 for hard rules.
  var weight: @Sendable (Weights) -> Int
  var check: @Sendable (CheckContext) -> [Violation]

  static func hard(_ code: String, _ check: @escaping @Sendable (CheckContext) -> [Violation])
    -> Rule
  {
    Rule(code: code, hard: true, weight: { _ in 1 }, check: check)
  }

  static func soft(
    _ code: String, _ weight: @escaping @Sendable (Weights) -> Int,
    _ check: @escaping @Sendable (CheckContext) -> [Violation]
  ) -> Rule {
    Rule(code: code, hard: false, weight: weight, check: check)
  }

  /// Every rule, in docs/RULES.md order: hard rules, soft rules, then the checker-only rules
  /// for malformed schedules.
  static let all: [Rule] = [
    .hard("unplaced", Rules.unplaced),
    .hard("no-teacher", Rules.noTeacher),
    .hard("teacher-clash", Rules.teacherClash),
    .hard("class-clash", Rules.classClash),
    .hard("room-clash", Rules.roomClash),
    .hard("blocked-slot", Rules.blockedSlot),
    .hard("teacher-unavailable", Rules.teacherUnavailable),
    .hard("class-unavailable", Rules.classUnavailable),
    .hard("room-unavailable", Rules.roomUnavailable),
    .hard("double-lesson-overflow", Rules.doubleLessonOverflow),
    .hard("pinned-moved", Rules.pinnedMoved),
    .hard("unqualified-teacher", Rules.unqualifiedTeacher),
    .hard("room-unsuitable", Rules.roomUnsuitable),
    .hard("leader-overload", Rules.leaderOverload),
    .hard("teacher-day-max", Rules.teacherDayMax),
    .hard("teacher-week-max", Rules.teacherWeekMax),
    .hard("common-planning", Rules.commonPlanning),
    .hard("observation-window", Rules.observationWindow),
    .soft("teacher-gap", \.teacherGap, Rules.teacherGap),
    .soft("same-subject-twice", \.sameSubjectTwice, Rules.sameSubjectTwice),
    .soft("uneven-spread", \.unevenSpread, Rules.unevenSpread),
    .soft("consecutive", \.consecutive, Rules.consecutive),
    .soft("late-day", \.lateDay, Rules.lateDay),
    .soft("preferred-slot", \.preferredSlot, Rules.preferredSlot),
    .soft("moved", \.moved, Rules.moved),
    .hard("unknown-lesson", Rules.malformed("unknown-lesson")),
    .hard("unknown-slot", Rules.malformed("unknown-slot")),
    .hard("unknown-teacher", Rules.malformed("unknown-teacher")),
    .hard("unknown-room", Rules.malformed("unknown-room")),
    .hard("duplicate-meeting", Rules.malformed("duplicate-meeting")),
  ]
}

/// The rules' checks, one per file (`Rules+<Rule>.swift`), each a plain recount over domain
/// values.
enum Rules {
  static func violation(_ code: String, _ count: Int, _ message: String) -> Violation {
    Violation(rule: code, hard: true, count: count, message: message)
  }

  static func softViolation(
    _ code: String, _ count: Int, _ message: String, teachers: [TeacherID] = []
  ) -> Violation {
    Violation(rule: code, hard: false, count: count, message: message, teachers: teachers)
  }

  static func malformed(_ code: String) -> @Sendable (CheckContext) -> [Violation] {
    { c in c.malformed.filter { $0.rule == code } }
  }
}

/// max(0, have − limit) without overflow (saturating at Int.max).
func excess(_ have: Int, over limit: Int) -> Int {
  let (d, overflow) = have.subtractingReportingOverflow(limit)
  if overflow { return limit < 0 ? Int.max : 0 }
  return max(0, d)
}

/// a + b, saturating.
func saturatingAdd(_ a: Int, _ b: Int) -> Int {
  let (r, overflow) = a.addingReportingOverflow(b)
  return overflow ? (b > 0 ? Int.max : Int.min) : r
}

/// a × b, saturating.
func saturatingMultiply(_ a: Int, _ b: Int) -> Int {
  let (r, overflow) = a.multipliedReportingOverflow(by: b)
  return overflow ? ((a < 0) != (b < 0) ? Int.min : Int.max) : r
}

/// "1 lesson", "2 lessons".
func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
