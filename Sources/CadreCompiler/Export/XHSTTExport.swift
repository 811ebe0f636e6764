import CadreEngine
import CadreModel

/// A school written as an XHSTT instance (`cadre export SCHOOL.json --xhstt OUT.xml`), with
/// what became of each rule of docs/RULES.md and which event stands for which meeting.
///
/// One event per meeting (duration = the lesson's `duration`), so that a meeting is one point
/// of application wherever Cadre counts per meeting; see docs/XHSTT.md, "Exporting a school".
public struct XHSTTExport: Sendable {
  public var instance: XInstance
  /// Every rule of docs/RULES.md (hard, then soft), in that order.
  public var rules: [XHSTTRuleExport]
  /// `events[l][i]`: the event of meeting i of lesson l (school order).
  public var events: [[Int]]
  /// The time of each slot, by slot number ((week × days + day) × periods + period); nil for
  /// a blocked slot, which has no time in the archive.
  public var slotTimes: [Int?]
  /// What the archive holds beyond the rules (structural constraints) and what it leaves out
  /// beyond whole rules, in words.
  public var notes: [String]

  public init(
    instance: XInstance, rules: [XHSTTRuleExport], events: [[Int]], slotTimes: [Int?],
    notes: [String]
  ) {
    self.instance = instance
    self.rules = rules
    self.events = events
    self.slotTimes = slotTimes
    self.notes = notes
  }

  /// The rules exported as constraints (wholly or in part).
  public var exported: [XHSTTRuleExport] {
    rules.filter {
      if case .constraints = $0.mapping { return true }
      return false
    }
  }

  /// The rules left out of the archive.
  public var notExported: [XHSTTRuleExport] {
    rules.filter {
      if case .notExported = $0.mapping { return true }
      return false
    }
  }
}

/// What became of one rule.
public struct XHSTTRuleExport: Sendable, Equatable {
  /// The docs/RULES.md code ("teacher-clash").
  public var rule: String
  /// `Required` of its constraints (a hard rule), and their `Weight`.
  public var required: Bool
  public var weight: Int
  public var mapping: XHSTTRuleMapping
  /// When the mapping covers only part of what the rule counts, what is left out, one reason
  /// each; empty when it covers all of it.
  public var partial: [String]
  /// The constraint counts a (resource, time) once however many meetings the resource has
  /// then: on a timetable with clashes it may cost less than the rule (never more).
  public var mayCountLess: Bool

  public init(
    rule: String, required: Bool, weight: Int, mapping: XHSTTRuleMapping, partial: [String] = [],
    mayCountLess: Bool = false
  ) {
    self.rule = rule
    self.required = required
    self.weight = weight
    self.mapping = mapping
    self.partial = partial
    self.mayCountLess = mayCountLess
  }
}

/// How a rule appears in the archive.
public enum XHSTTRuleMapping: Sendable, Equatable {
  /// As these constraints (indices into `XInstance.constraints`; empty when the school gives
  /// the rule nothing to count, e.g. no blocked slot): their cost is the rule's count × weight.
  case constraints([Int])
  /// Held by the archive's structure (preassigned times, teachers, rooms), so no XHSTT
  /// solution can break it; the words say how.
  case structure(String)
  /// Left out; the words say why.
  case notExported(String)
}

extension XHSTTExport {
  /// `Required` and `Weight` of the constraints that export `rule`: hard rules, and the soft
  /// rules the school requires (`"hard"` in `weights`), are required with weight 1 (each unit
  /// of count is one unit of infeasibility, as in `hard`); the other soft rules carry the
  /// school's weight. The one place the export reads a rule's hardness.
  static func xhsttWeight(_ rule: Rule, _ school: School) -> (required: Bool, weight: Int) {
    // Soft, and its count carries the teams' (the limits') weights.
    if rule == .teamPolicy || rule == .personalPreference { return (false, 1) }
    guard !rule.isHard, let soft = SoftRule(rawValue: rule.rawValue - Rule.hardCount) else {
      return (true, 1)
    }
    let w = school.weights
    return w.isRequired(soft) ? (true, 1) : (false, w[soft])
  }

  /// The largest `<Weight>` the XHSTT specification allows (Cadre's reader takes up to
  /// `XLimits.maxWeight`).
  public static let specificationMaxWeight = 1000
}
