import CadreModel

extension Draft {
  /// Non-teaching administrators lead `teamIndices`: the principal and one AP, or (Green Dot)
  /// the principal and two APs. Teams go largest first to the administrator leading the
  /// fewest teachers so far (LPT), so spans come out as even as the team sizes allow. An AP
  /// who would lead nobody is left out.
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
    let titles = ["Principal"] + (1...apCount).map { apCount == 1 ? "AP" : "AP \($0)" }
    let ids = ["L-PRINCIPAL"] + (1...apCount).map { "L-AP\($0)" }
    var span = [Int](repeating: 0, count: titles.count)
    var owner = [Int](repeating: 0, count: teams.count)
    let order = teamIndices.sorted {
      (-teams[$0].teachers.count, $0) < (-teams[$1].teachers.count, $1)
    }
    for t in order {
      let a = span.indices.min { (span[$0], $0) < (span[$1], $1) } ?? 0
      owner[t] = a
      span[a] += teams[t].teachers.count
    }
    var leaderOf = [Int](repeating: -1, count: titles.count)
    for a in titles.indices where a == 0 || span[a] > 0 {
      leaderOf[a] = leaders.count
      leaders.append(
        DraftLeader(
          id: ids[a], name: titles[a] + " " + Draft.adminNames[a],
          role: a == 0 ? principalRole : principalRole + 1))
    }
    for t in teamIndices { teams[t].leader = leaderOf[owner[t]] }
  }

  static let adminNames = ["Dana Whitfield", "Luis Ortega", "Mei Tanaka"]
}
