import CadreModel

/// One rule of docs/CALENDAR.md: its code, whether it is hard, its weight and how to find its
/// violations from scratch.
struct CalendarRuleEntry: Sendable {
  var code: String
  var hard: Bool
  /// The soft weight (the document's fixed defaults); 1 for hard rules.
  var weight: Int
  var check: @Sendable (CalendarContext) -> [Violation]

  static func hard(
    _ code: String, _ check: @escaping @Sendable (CalendarContext) -> [Violation]
  ) -> CalendarRuleEntry {
    CalendarRuleEntry(code: code, hard: true, weight: 1, check: check)
  }

  static func soft(
    _ code: String, _ weight: Int, _ check: @escaping @Sendable (CalendarContext) -> [Violation]
  ) -> CalendarRuleEntry {
    CalendarRuleEntry(code: code, hard: false, weight: weight, check: check)
  }

  /// Every rule, in docs/CALENDAR.md order (hard rules, then soft rules with their weights).
  static let all: [CalendarRuleEntry] = [
    .hard("not-school-day", CalendarRules.notSchoolDay),
    .hard("unknown-period", CalendarRules.unknownPeriod),
    .hard("event-people", CalendarRules.eventPeople),
    .hard("event-times", CalendarRules.eventTimes),
    .hard("observation-quota", CalendarRules.observationQuota),
    .hard("observation-not-teaching", CalendarRules.observationNotTeaching),
    .hard("observation-blackout", CalendarRules.observationBlackout),
    .hard("observation-spacing", CalendarRules.observationSpacing),
    .hard("observation-term", CalendarRules.observationTerm),
    .hard("leader-day-max", CalendarRules.leaderDayMax),
    .hard("debrief-missing", CalendarRules.debriefMissing),
    .hard("debrief-orphan", CalendarRules.debriefOrphan),
    .hard("huddle-count", CalendarRules.huddleCount),
    .hard("huddle-same-day", CalendarRules.huddleSameDay),
    .hard("person-busy", CalendarRules.personBusy),
    .hard("person-clash", CalendarRules.personClash),
    .soft("uneven-observations", 1, CalendarRules.unevenObservations),
    .soft("repeated-slot", 3, CalendarRules.repeatedSlot),
    .soft("leader-load", 2, CalendarRules.leaderLoad),
    .soft("debrief-delay", 2, CalendarRules.debriefDelay),
    .soft("huddle-pattern", 4, CalendarRules.huddlePattern),
    .soft("one-on-one-count", 10, CalendarRules.oneOnOneCount),
    .soft("team-policy", 1, CalendarRules.teamPolicy),
  ]
}

/// The calendar rules' checks, one rule or a close group per file
/// (`CalendarRules+<Rule>.swift`), each a plain recount over domain values.
enum CalendarRules {
  static func hard(_ code: String, _ count: Int, _ message: String) -> Violation {
    Violation(rule: code, hard: true, count: count, message: message)
  }

  static func soft(_ code: String, _ count: Int, _ message: String) -> Violation {
    Violation(rule: code, hard: false, count: count, message: message)
  }
}

/// |a − b|, saturating at Int.max.
func absDifference(_ a: Int, _ b: Int) -> Int {
  let (d, overflow) = a.subtractingReportingOverflow(b)
  if overflow || d == Int.min { return Int.max }
  return abs(d)
}

extension CalendarContext {
  /// Whether event `i` is a spot or formal observation.
  func isObservation(_ i: Int) -> Bool {
    let kind = calendar.events[i].kind
    return kind == .spotObservation || kind == .formalObservation
  }

  /// Counted observations: placed spot/formal events whose people fit, by event index.
  var countedObservations: [Int] {
    calendar.events.indices.filter {
      isObservation($0) && events[$0].isPlaced && events[$0].peopleFit
    }
  }

  /// Counted observations of each member (event indices in calendar order), both kinds.
  func countedByMember() -> [TeacherID: [Int]] {
    var out: [TeacherID: [Int]] = [:]
    for i in countedObservations { out[calendar.events[i].teachers[0], default: []].append(i) }
    return out
  }

  /// Placed event indices, in list order.
  var placedEvents: [Int] { calendar.events.indices.filter { events[$0].isPlaced } }
}
