import CadreModel

/// The leadership-model axis and the leaders axis as pure functions School -> School
/// (docs/SWEEPS.md, "What each axis does to a school").
public enum ModelTransforms {
  static let adminKinds: Set<RoleKind> = [.principal, .assistantPrincipal]

  public static func apply(_ model: LeadershipModel, _ school: School) -> School {
    switch model {
    case .apCentred: apCentred(school)
    case .teamLead: teamLead(school)
    case .multiClassroomLeader: multiClassroomLeader(school)
    }
  }

  /// AP-centred: teacher-leaders step down and the principal and APs lead every team (largest
  /// team first, to whoever leads fewest); a school without either gets a principal (span
  /// limit 37, the report's average). Former teacher-leaders join their first team, take back
  /// the lessons a coverage position could teach for them, and coverage positions left with
  /// nothing to teach leave the staff.
  public static func apCentred(_ school: School) -> School {
    var e = LeadershipEdit(school: school)
    let teaching = e.leaders(of: AxisTransforms.teacherLeaderKinds)
    guard !teaching.isEmpty else { return school }
    if e.leaders(of: adminKinds).isEmpty {
      let role = e.role(of: .principal)
      let taken = e.leadership.leaders.map(\.id.raw)
      let id = e.unique("L-PRINCIPAL", among: taken) ?? "L-PRINCIPAL-SWEEP"
      e.leadership.leaders.append(Leader(id: LeaderID(id), name: "Principal", role: role))
    }
    let formerTeachers = Set(teaching.compactMap { e.leadership.leaders[$0].teacher })
    for i in teaching.reversed() { e.remove(leader: i, heirs: e.leaders(of: adminKinds)) }
    e.leadership.roles.removeAll { AxisTransforms.teacherLeaderKinds.contains($0.kind) }
    e.takeBack(formerTeachers)
    return e.school
  }

  /// Team Lead: teacher-leaders in a Team Lead role. Existing teacher-leaders (Team Leads or
  /// Multi-Classroom Leaders) keep their release, span and stipend, under kind `teamLead`. A
  /// school without any gets a Team Lead role (release 0.5, span limit 8, stipend 2,000) and
  /// each team is led by its member with the fewest fixed periods, who gets a coverage
  /// position for the lessons the release frees; administrators keep no team.
  public static func teamLead(_ school: School) -> School {
    var e = LeadershipEdit(school: school)
    if !e.leaders(of: AxisTransforms.teacherLeaderKinds).isEmpty {
      for i in e.leadership.roles.indices
      where AxisTransforms.teacherLeaderKinds.contains(e.leadership.roles[i].kind) {
        e.leadership.roles[i].kind = .teamLead
        e.leadership.roles[i].name = "Team Lead"
      }
      return e.school
    }
    let role = e.role(of: .teamLead)
    for j in e.leadership.teams.indices { e.promote(team: j, role: role) }
    return e.school
  }

  /// Multi-Classroom Leader: starting from the Team Lead model, teams are paired in file order
  /// and each pair is led by the first team's leader, in an MCL role (release 0.75, span limit
  /// 16, stipend 10,000: a larger span and a higher release); the second leader steps down
  /// into their team and takes back the lessons coverage taught for them
  /// (`LeadershipEdit.stepDown`). Every MCL gets a coverage position for their fixed lessons.
  public static func multiClassroomLeader(_ school: School) -> School {
    var e = LeadershipEdit(school: teamLead(school))
    let teaching = Set(e.leaders(of: AxisTransforms.teacherLeaderKinds))
    let led = e.leadership.teams.indices.filter { j in
      e.leadership.leaders.firstIndex { $0.id == e.leadership.teams[j].leader }
        .map(teaching.contains) ?? false
    }
    // Second leaders and the team each steps down into (their own, now the first's).
    var stepDown: [(leader: LeaderID, team: Int)] = []
    var keep: [LeaderID] = []
    for pair in stride(from: 0, to: led.count, by: 2) {
      let first = e.leadership.teams[led[pair]].leader
      if !keep.contains(first) { keep.append(first) }
      guard pair + 1 < led.count else { continue }
      let second = e.leadership.teams[led[pair + 1]].leader
      if second != first && !stepDown.contains(where: { $0.leader == second }) {
        stepDown.append((second, led[pair + 1]))
      }
      e.leadership.teams[led[pair + 1]].leader = first
    }
    for (id, j) in stepDown where !keep.contains(id) { e.stepDown(id, into: j) }
    e.leadership.roles.removeAll { AxisTransforms.teacherLeaderKinds.contains($0.kind) }
    let mcl = e.role(of: .multiClassroomLeader)
    for i in e.leadership.leaders.indices where keep.contains(e.leadership.leaders[i].id) {
      e.leadership.leaders[i].role = mcl
      if let t = e.leadership.leaders[i].teacher {
        let team = e.leadership.teams.firstIndex { $0.leader == e.leadership.leaders[i].id }
        e.ensureCoverage(for: t, team: team)
      }
    }
    return e.school
  }

  /// The leaders axis: for each role kind named, adds or removes leaders until the school has
  /// that many. A removed leader is the last in file order; their teams go to the remaining
  /// leaders of the kind (else to the principal and APs, else to anyone). An added leader
  /// takes a team from whoever leads the most teams (when someone leads two or more), else
  /// splits the largest team in two (the second half of its members); a teaching kind's new
  /// leader is promoted from that team as in the Team Lead model.
  public static func leaders(_ counts: LeaderCounts, _ school: School) -> School {
    var e = LeadershipEdit(school: school)
    for (kind, count) in counts.counts {
      var mine = e.leaders(of: [kind])
      while mine.count > count, let last = mine.last {
        var heirs = mine.dropLast().map { $0 }
        if heirs.isEmpty { heirs = e.leaders(of: adminKinds).filter { $0 != last } }
        if heirs.isEmpty { heirs = e.leadership.leaders.indices.filter { $0 != last } }
        e.remove(leader: last, heirs: heirs)
        mine = e.leaders(of: [kind])
      }
      var guardCount = 0
      while mine.count < count && guardCount < 100 {
        guardCount += 1
        guard add(kind, &e) else { break }
        mine = e.leaders(of: [kind])
      }
    }
    return e.school
  }

  /// One more leader of `kind`; false when there is no team to give them.
  static func add(_ kind: RoleKind, _ e: inout LeadershipEdit) -> Bool {
    let role = e.role(of: kind)
    let l = e.leadership
    let teamsPerLeader = l.leaders.map { leader in l.teams.filter { $0.leader == leader.id }.count }
    var team: Int?
    if let busiest = l.leaders.indices.max(by: {
      (teamsPerLeader[$0], -$0) < (teamsPerLeader[$1], -$1)
    }), teamsPerLeader[busiest] >= 2 {
      let id = l.leaders[busiest].id
      team = l.teams.indices.filter { l.teams[$0].leader == id }
        .max { (l.teams[$0].members.count, -$0) < (l.teams[$1].members.count, -$1) }
    } else if let largest = l.teams.indices.max(by: {
      (l.teams[$0].members.count, -$0) < (l.teams[$1].members.count, -$1)
    }), l.teams[largest].members.count >= 2 {
      let n = l.teams[largest].members.count
      team = e.split(team: largest, sizes: [n / 2, n - n / 2]).first
    }
    guard let j = team else { return false }
    if AxisTransforms.teacherLeaderKinds.contains(kind) {
      return e.promote(team: j, role: role) != nil
    }
    let taken = e.leadership.leaders.map(\.id.raw)
    let count = e.leaders(of: [kind]).count + 1
    let label = AxisLabel.kindLabel(kind).uppercased()
    guard let id = e.unique("L-\(label)\(count)", among: taken) else { return false }
    let name = "\(LeadershipEdit.defaultRole(kind).name) \(count)"
    e.leadership.leaders.append(Leader(id: LeaderID(id), name: name, role: role))
    e.leadership.teams[j].leader = LeaderID(id)
    return true
  }
}
