import CadreModel

extension Draft {
  /// Non-teaching administrators lead `teamIndices`: the principal and one AP, or (Green Dot)
  /// the principal and two APs. Teams go largest first to the administrator leading the
  /// fewest teachers so far (LPT), so spans come out as even as the team sizes allow. An AP
  /// who would lead nobody is left out. With `evaluatorCap`, a team that would take every
  /// administrator past the cap goes to an instructional coach instead.
  mutating func assignAdministrators(teams teamIndices: [Int]) {
    guard !teamIndices.isEmpty else { return }
    let apCount: Int
    if case .greenDot = spec.leadership { apCount = 2 } else { apCount = 1 }
    let principalRole = roles.count
    roles.append(
      Role(
        id: "principal", name: "Principal", kind: .principal, release: 1,
        spanLimit: spec.adminSpan))
    roles.append(
      Role(
        id: "assistant-principal", name: "Assistant Principal", kind: .assistantPrincipal,
        release: 1, spanLimit: spec.adminSpan))
    var titles = ["Principal"] + (1...apCount).map { apCount == 1 ? "AP" : "AP \($0)" }
    var ids = ["L-PRINCIPAL"] + (1...apCount).map { "L-AP\($0)" }
    var names = Array(Draft.adminNames.prefix(titles.count))
    var roleOf = titles.indices.map { $0 == 0 ? principalRole : principalRole + 1 }
    let admins = titles.count
    if spec.evaluatorCap != nil {
      roles.append(
        Role(
          id: "instructional-coach", name: "Instructional Coach", kind: .instructionalCoach,
          release: 1, spanLimit: spec.adminSpan))
      titles.append("Instructional Coach")
      ids.append("L-COACH")
      names.append(Draft.coachName)
      roleOf.append(principalRole + 2)
    }
    let cap = spec.evaluatorCap ?? Int.max
    var span = [Int](repeating: 0, count: titles.count)
    var owner = [Int](repeating: 0, count: teams.count)
    let order = teamIndices.sorted {
      (-teams[$0].teachers.count, $0) < (-teams[$1].teachers.count, $1)
    }
    for t in order {
      let size = teams[t].teachers.count
      let fitting = (0..<admins).filter { span[$0] + size <= cap }
      let a =
        fitting.min { (span[$0], $0) < (span[$1], $1) }
        ?? (titles.count > admins
          ? admins : (0..<admins).min { (span[$0], $0) < (span[$1], $1) } ?? 0)
      owner[t] = a
      span[a] += size
    }
    var leaderOf = [Int](repeating: -1, count: titles.count)
    for a in titles.indices where a == 0 || span[a] > 0 {
      leaderOf[a] = leaders.count
      leaders.append(
        // The person's name only: reports put the role title in front themselves.
        DraftLeader(id: ids[a], name: names[a], role: roleOf[a]))
    }
    for t in teamIndices { teams[t].leader = leaderOf[owner[t]] }
  }

  static let adminNames = ["Dana Whitfield", "Luis Ortega", "Mei Tanaka"]
  static let coachName = "Rosa Delgado"
}
