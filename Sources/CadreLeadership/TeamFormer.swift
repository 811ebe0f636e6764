import CadreModel

/// Fills the teams of a school whose `leadership.formation` is set: every teacher who is not a
/// leader and not already listed in a team joins exactly one team (a coverage position may be
/// left out by rule 5, with a warning).
///
/// The rules, in order:
/// 1. Teams that list members keep them as given and receive nobody (docs/FORMAT.md: "teams
///    without members are filled by the solver"); the empty teams are the *open* teams.
/// 2. A teacher whose `team` names an open team joins it, whatever the span (a span it breaks
///    is reported). Coverage positions and teaching leaders join only this way.
/// 3. The other teachers (not coverage positions) go to an open team whose `grade` (formation
///    `grade`) or `subject` (formation `subject`) is one of what the teacher teaches
///    (`FormationKeys`: their own `grades` / `subjects`, else their lessons' classes' grades
///    or subjects, most periods first): most constrained teachers first (fewest matching
///    teams, then id), each to the matching team with room that has the smallest schedule
///    shortfall (`FormationSignals`: observation windows and common free time with its
///    leader), then the teacher's strongest key, then the fewest members (ties by team id). "Room" is the leader's span limit minus
///    everyone they already lead, over all their teams. When every matching leader is full,
///    an augmenting path moves already placed teachers between matching teams to make room,
///    so the number placed in a matching team is the largest possible.
/// 4. Teachers who match no open team (an empty `grades` list matches no grade team), and
///    matched teachers for whom no matching team has room, go to the open team with room that
///    has the fewest members, with a diagnostic saying so.
///
/// 5. Coverage positions, last (`FormationState.placeCoverage`): with the leader whose lessons
///    they cover, else by what they teach, else left out with `formation-coverage-left-out`.
/// 6. Before rule 5, moves and swaps between teams of different leaders lower the schedule
///    shortfall within the span limits (`FormationState.improve`). With `schedule` (a
///    re-solve's previous master schedule) the signals are the schedule's; without one only
///    unavailability, blocked slots and pinned meetings count.
///
/// Diagnostics: `formation-coverage-left-out` (a warning), `spans-cannot-fit` (an error when a teacher is left without a team or a fixed
/// `team` overfills a leader; a warning when the overflow found room in another team) and
/// `formation-no-match` (a warning). Members of open teams come out in the file's teacher order.
///
/// - Complexity: O(p × (t + l × m)) for p teachers to place, t teams, l leaders and m members
///   per leader (the augmenting search), after O(n log n) sorting.
public enum TeamFormer {
  public static func form(_ school: School, schedule: Schedule? = nil) -> (
    school: School, diagnostics: [Diagnostic]
  ) {
    guard let formation = school.leadership.formation else { return (school, []) }
    var state = FormationState(school, formation, schedule: schedule)
    var diagnostics: [Diagnostic] = []
    state.placeFixed(into: &diagnostics)
    let overflow = state.placeMatched()
    let unmatched = state.pool.filter { state.matches[$0].isEmpty }
    var homeless: [Int] = []
    var movedOverflow: [(teacher: Int, team: Int)] = []
    for t in overflow {
      if let j = state.leastLoadedOpenTeam() {
        state.place(t, in: j)
        movedOverflow.append((t, j))
      } else {
        homeless.append(t)
      }
    }
    for t in unmatched {
      if let j = state.leastLoadedOpenTeam() {
        state.place(t, in: j)
        diagnostics.append(state.noMatch(t, placedIn: j))
      } else {
        homeless.append(t)
      }
    }
    state.improve()
    state.placeCoverage(into: &diagnostics)
    diagnostics += state.overflowDiagnostics(overflow, moved: movedOverflow, homeless: homeless)
    if !homeless.isEmpty {
      diagnostics.append(state.homelessDiagnostic(homeless))
    }
    var out = school
    for j in state.openTeams {
      out.leadership.teams[j].members = state.members[j].sorted().map {
        school.teachers[$0].id
      }
    }
    return (out, diagnostics)
  }
}
