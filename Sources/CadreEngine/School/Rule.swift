/// The rules of docs/RULES.md as dense codes: hard rules first, then soft ones. The search
/// keeps one exact count per rule; the reported cost is derived from these counts only.
package enum Rule: Int, CaseIterable, Sendable {
  case unplaced, noTeacher, teacherClash, classClash, roomClash, blockedSlot
  case teacherUnavailable, classUnavailable, roomUnavailable, doubleLessonOverflow
  case pinnedMoved, unqualifiedTeacher, roomUnsuitable, leaderOverload, teacherDayMax
  case teacherWeekMax, commonPlanning, observationWindow, debriefTime, splitLesson, overBudget
  case debriefWindow, studentClash, personalLimit
  case teacherGap, sameSubjectTwice, unevenSpread, consecutive, lateDay, preferredSlot, moved
  case roomStability, coverageCost, roomPreference
  /// A soft-marked team policy number (docs/RULES.md `team-policy`); its count is already
  /// weighted, so its weight is 1. Not one of the school's `SoftRule`s.
  case teamPolicy
  /// Soft-marked personal limits (docs/RULES.md `personal-preference`); weighted already, so
  /// its weight is 1. Not one of the school's `SoftRule`s.
  case personalPreference

  /// Number of rules that are always hard; `rawValue < hardCount` is hard. The soft rules
  /// follow, in the order of the school's `SoftRule`; a school may require any of them.
  package static let hardCount = Rule.teacherGap.rawValue
  package static let count = Rule.allCases.count
  package static let softCount = count - hardCount

  package var isHard: Bool { rawValue < Rule.hardCount }

  /// Whether the rule's count carries its own weights (weight 1): a cost of w × excess counts
  /// as w × excess, not as excess.
  package var countIsWeighted: Bool { self == .teamPolicy || self == .personalPreference }

  /// The code docs/RULES.md uses (for reports; never read in the search loop).
  package var code: String {
    switch self {
    case .unplaced: "unplaced"
    case .noTeacher: "no-teacher"
    case .teacherClash: "teacher-clash"
    case .classClash: "class-clash"
    case .roomClash: "room-clash"
    case .blockedSlot: "blocked-slot"
    case .teacherUnavailable: "teacher-unavailable"
    case .classUnavailable: "class-unavailable"
    case .roomUnavailable: "room-unavailable"
    case .doubleLessonOverflow: "double-lesson-overflow"
    case .pinnedMoved: "pinned-moved"
    case .unqualifiedTeacher: "unqualified-teacher"
    case .roomUnsuitable: "room-unsuitable"
    case .leaderOverload: "leader-overload"
    case .teacherDayMax: "teacher-day-max"
    case .teacherWeekMax: "teacher-week-max"
    case .commonPlanning: "common-planning"
    case .observationWindow: "observation-window"
    case .debriefTime: "debrief-time"
    case .splitLesson: "split-lesson"
    case .overBudget: "over-budget"
    case .debriefWindow: "debrief-window"
    case .studentClash: "student-clash"
    case .personalLimit: "personal-limit"
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
    case .teamPolicy: "team-policy"
    case .personalPreference: "personal-preference"
    }
  }
}
