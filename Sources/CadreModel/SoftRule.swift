/// The soft rules of a master schedule (docs/RULES.md), in the order every layer uses: the
/// engine's rule codes after its hard rules, the checker's table, `weights` in the file
/// format and the JSON Schema. The one place a soft rule is named; a test proves every layer
/// agrees with it.
public enum SoftRule: Int, CaseIterable, Sendable, Hashable {
  case teacherGap, sameSubjectTwice, unevenSpread, consecutive, lateDay, preferredSlot, moved
  case roomStability, coverageCost, roomPreference

  /// The rule's code in reports and docs/RULES.md ("teacher-gap").
  public var code: String {
    switch self {
    case .teacherGap: "teacher-gap"
    case .sameSubjectTwice: "same-subject-twice"
    case .unevenSpread: "uneven-spread"
    case .consecutive: "consecutive"
    case .lateDay: "late-day"
    case .preferredSlot: "preferred-slot"
    case .moved: "moved"
    case .roomStability: "room-stability"
    case .coverageCost: "coverage-cost"
    case .roomPreference: "room-preference"
    }
  }

  /// The rule's key in a school file's `weights` ("teacherGap").
  public var key: String {
    switch self {
    case .teacherGap: "teacherGap"
    case .sameSubjectTwice: "sameSubjectTwice"
    case .unevenSpread: "unevenSpread"
    case .consecutive: "consecutive"
    case .lateDay: "lateDay"
    case .preferredSlot: "preferredSlot"
    case .moved: "moved"
    case .roomStability: "roomStability"
    case .coverageCost: "coverageCost"
    case .roomPreference: "roomPreference"
    }
  }

  /// Where `Weights` keeps the rule's weight.
  public var weight: WritableKeyPath<Weights, Int> {
    switch self {
    case .teacherGap: \.teacherGap
    case .sameSubjectTwice: \.sameSubjectTwice
    case .unevenSpread: \.unevenSpread
    case .consecutive: \.consecutive
    case .lateDay: \.lateDay
    case .preferredSlot: \.preferredSlot
    case .moved: \.moved
    case .roomStability: \.roomStability
    case .coverageCost: \.coverageCost
    case .roomPreference: \.roomPreference
    }
  }
}

extension Weights {
  /// The weight of `rule` (ignored while the rule is required).
  public subscript(rule: SoftRule) -> Int {
    get { self[keyPath: rule.weight] }
    set { self[keyPath: rule.weight] = newValue }
  }

  /// Whether the school requires `rule`: `"hard"` in place of its weight. A required rule
  /// counts in `hard`, one unit per unit of its count, like every hard rule.
  public func isRequired(_ rule: SoftRule) -> Bool { required.contains(rule) }
}
