import CadreCalendar
import CadreCheck
import CadreModel

/// One pass of `solveSchool`'s schedule-then-calendar loop, as the checkers judged it.
public struct FeedbackRound: Sendable, Equatable {
  /// 1 for the first solve; 2, 3, … for the re-solves the calendar's shortfalls asked for.
  public var round: Int
  /// The schedule checker's cost of this round's schedule.
  public var schedule: HardSoft
  /// The calendar checker's cost of the calendar planned on it (nil without a calendar).
  public var calendar: HardSoft?
  /// The members whose observations or debriefs this round's calendar fell short for, in
  /// school order: what the next round asks the schedule search to favour.
  public var shortMembers: [TeacherID]
  /// Wall-clock seconds of the search and of the calendar (informative only).
  public var searchSeconds: Double
  public var calendarSeconds: Double

  /// "round 2: schedule (hard 0, soft 350), calendar (hard 0, soft 1,204)".
  public var line: String {
    var text = "round \(round): schedule (hard \(schedule.hard), soft \(schedule.soft))"
    if let calendar {
      text += ", calendar (hard \(calendar.hard), soft \(calendar.soft))"
    }
    if !shortMembers.isEmpty {
      let names = shortMembers.prefix(5).map(\.raw).joined(separator: ", ")
      let more = shortMembers.count > 5 ? " and \(shortMembers.count - 5) more" : ""
      text += "; short for \(names)\(more)"
    }
    return text
  }
}

/// How the pipeline turns a calendar's shortfall into the next schedule search's demand.
enum CalendarFeedback {
  /// Per member of a team (their first team, as the planner reads teams): whether the
  /// calendar gives them fewer observations than the policy's quota, or fewer debriefs than
  /// observations. In school order (teams, then members), without repeats.
  static func shortPairs(school: School, calendar: CoachingCalendar) -> [(
    team: TeamID, teacher: TeacherID
  )] {
    let quota = school.policy.observations.reduce(0) { $0 + max(0, $1.perYear) }
    var observed: [TeacherID: Int] = [:]
    var debriefed: [TeacherID: Int] = [:]
    for event in calendar.events {
      guard let teacher = event.teachers.first else { continue }
      switch event.kind {
      case .spotObservation, .formalObservation: observed[teacher, default: 0] += 1
      case .debrief: debriefed[teacher, default: 0] += 1
      default: break
      }
    }
    let leaders = school.leadership.leaders
    var seen: Set<TeacherID> = []
    var out: [(team: TeamID, teacher: TeacherID)] = []
    for team in school.leadership.teams {
      guard let leader = leaders.first(where: { $0.id == team.leader }) else { continue }
      for member in team.members where member != leader.teacher && !seen.contains(member) {
        seen.insert(member)
        let n = observed[member] ?? 0
        if n < quota || (debriefed[member] ?? 0) < n { out.append((team.id, member)) }
      }
    }
    return out
  }

  /// The order in which two attempts are kept: schedule hard, calendar hard, over budget,
  /// schedule soft, calendar soft (all from the checkers); the earlier round on a tie.
  static func key(_ report: CheckReport, _ calendar: CalendarReport?, overBudget: Bool) -> [Int] {
    [
      report.cost.hard, calendar?.cost.hard ?? 0, overBudget ? 1 : 0, report.cost.soft,
      calendar?.cost.soft ?? 0,
    ]
  }
}
