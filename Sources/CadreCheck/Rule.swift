import CadreModel

/// One rule of docs/RULES.md: its code, whether it is always hard or the school's soft rule
/// (weighed, or required), and how to find its violations from scratch.
struct Rule: Sendable {
  var code: String
  /// The soft rule this is (nil for a rule that is always hard).
  var soft: SoftRule?
  /// Soft whatever the school's weights, with weight 1: its violations carry their own
  /// weights in their counts (`team-policy`).
  var weighted = false
  var check: @Sendable (CheckContext) -> [Violation]

  static func hard(_ code: String, _ check: @escaping @Sendable (CheckContext) -> [Violation])
    -> Rule
  {
    Rule(code: code, soft: nil, check: check)
  }

  static func soft(
    _ rule: SoftRule, _ check: @escaping @Sendable (CheckContext) -> [Violation]
  ) -> Rule {
    Rule(code: rule.code, soft: rule, check: check)
  }

  /// Whether the rule counts in `hard` for a school with these weights.
  func isHard(_ w: Weights) -> Bool { !weighted && (soft.map { w.isRequired($0) } ?? true) }

  /// The weight of a unit of count: 1 for a hard or required rule.
  func weight(_ w: Weights) -> Int { soft.map { w.isRequired($0) ? 1 : w[$0] } ?? 1 }

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
    .hard("debrief-time", Rules.debriefTime),
    .hard("split-lesson", Rules.splitLesson),
    .hard("over-budget", Rules.overBudget),
    .hard("debrief-window", Rules.debriefWindow),
    .hard("student-clash", Rules.studentClash),
    .hard("personal-limit", Rules.personalLimits(soft: false)),
    .soft(.teacherGap, Rules.teacherGap),
    .soft(.sameSubjectTwice, Rules.sameSubjectTwice),
    .soft(.unevenSpread, Rules.unevenSpread),
    .soft(.consecutive, Rules.consecutive),
    .soft(.lateDay, Rules.lateDay),
    .soft(.preferredSlot, Rules.preferredSlot),
    .soft(.moved, Rules.moved),
    .soft(.roomStability, Rules.roomStability),
    .soft(.coverageCost, Rules.coverageCost),
    Rule(code: "team-policy", soft: nil, weighted: true, check: Rules.teamPolicy),
    Rule(
      code: "personal-preference", soft: nil, weighted: true,
      check: Rules.personalLimits(soft: true)),
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
