import CadreModel

/// A previous coaching calendar (re-solve, `cadre solve --from DIR`) compiled against the
/// current problem: its events on dense school days, periods, members and teams, kept only
/// where the names still resolve (the date is a school day, the period exists, the teacher is
/// still a member of a team led by the same leader). Whether an event is still *valid* (its
/// people still free under the new master schedule) is decided when it is put back
/// (`PlanState.restorePrevious*`).
struct PreviousPlan {
  /// One previous observation with its debrief (day −1 when it had none that resolves).
  struct Observation {
    var kind: Int
    var day: Int
    var period: Int
    var debriefDay: Int
    var debriefPeriod: Int
  }

  /// Per dense member: previous observations, by (day, period).
  var observations: [[Observation]] = []
  /// member × monthCount + month -> previous one-on-ones (day, period), by date.
  var oneOnOnes: [[(day: Int, period: Int)]] = []
  /// Per dense team: previous huddles (day, period), by date.
  var huddles: [[(day: Int, period: Int)]] = []
  /// Events of the previous calendar in all, and those that did not resolve at all.
  var eventCount = 0
  var unresolved = 0

  var isEmpty: Bool { eventCount == 0 }

  init() {}

  /// - Complexity: O(events + school days + members + teams) with dictionaries built once
  ///   (compile time only, never in the search).
  init(_ calendar: CoachingCalendar, problem pb: PlanProblem) {
    let school = pb.school
    var dayOf: [Int: Int] = [:]
    for d in 0..<pb.dayCount { dayOf[pb.date(d).dayNumber] = d }
    var periodOf: [String: Int] = [:]
    for (p, period) in school.cycle.periods.enumerated() where periodOf[period.name] == nil {
      periodOf[period.name] = p
    }
    var memberOf: [String: Int] = [:]
    for m in 0..<pb.memberCount {
      let id = school.teachers[pb.memberTeacher[m]].id.raw
      if memberOf[id] == nil { memberOf[id] = m }
    }
    var teamOf: [String: Int] = [:]
    for t in 0..<pb.teamCount {
      let id = school.leadership.teams[pb.teamRecord[t]].id.raw
      if teamOf[id] == nil { teamOf[id] = t }
    }
    func leaderID(_ l: Int) -> String { school.leadership.leaders[pb.leaderRecord[l]].id.raw }
    observations = [[Observation]](repeating: [], count: pb.memberCount)
    oneOnOnes = [[(day: Int, period: Int)]](
      repeating: [], count: pb.memberCount * pb.monthCount)
    huddles = [[(day: Int, period: Int)]](repeating: [], count: pb.teamCount)
    eventCount = calendar.events.count
    // Debriefs by the id of the observation they follow.
    var debriefOf: [String: (Int, Int)] = [:]
    for e in calendar.events where e.kind == .debrief {
      guard let follows = e.follows, let d = dayOf[e.date.dayNumber], let p = periodOf[e.period]
      else { continue }
      if debriefOf[follows] == nil { debriefOf[follows] = (d, p) }
    }
    for e in calendar.events {
      guard let d = dayOf[e.date.dayNumber], let p = periodOf[e.period] else {
        unresolved += 1
        continue
      }
      switch e.kind {
      case .spotObservation, .formalObservation, .oneOnOne:
        guard e.teachers.count == 1, let m = memberOf[e.teachers[0].raw],
          leaderID(pb.memberLeader[m]) == e.leader.raw
        else {
          unresolved += 1
          continue
        }
        if e.kind == .oneOnOne {
          oneOnOnes[m * pb.monthCount + pb.dayMonth[d]].append((d, p))
        } else {
          let (dd, dp) = debriefOf[e.id] ?? (-1, -1)
          observations[m].append(
            Observation(
              kind: e.kind == .spotObservation ? 0 : 1, day: d, period: p, debriefDay: dd,
              debriefPeriod: dp))
        }
      case .huddle:
        guard let id = e.team?.raw, let t = teamOf[id],
          leaderID(pb.teamLeader[t]) == e.leader.raw
        else {
          unresolved += 1
          continue
        }
        huddles[t].append((d, p))
      case .debrief:
        continue
      }
    }
    for m in observations.indices {
      observations[m].sort { ($0.day, $0.period) < ($1.day, $1.period) }
    }
    for k in oneOnOnes.indices { oneOnOnes[k].sort { ($0.day, $0.period) < ($1.day, $1.period) } }
    for t in huddles.indices { huddles[t].sort { ($0.day, $0.period) < ($1.day, $1.period) } }
  }
}
