extension Validator {
  /// Teams: the leader and members exist; nobody is in two teams or in the team they lead; a
  /// leader's teams stay within the role's span limit; teachers' `team` agrees with the member
  /// lists; and, when the solver forms teams, the leaders' spans can hold every teacher.
  ///
  /// Decisions where the format leaves room:
  /// - Without `formation`, a team with no members leads nobody: a warning (`empty-team`).
  /// - With `formation`, teams that list members keep them as given and the solver fills the
  ///   empty ones; every teacher who is not a leader then needs a team, so the leaders' spans
  ///   must add up to at least that many teachers (`spans-cannot-fit`, an error).
  /// - One leader may lead several teams; the span limit applies to all their members together.
  static func checkTeams(_ c: Context, into out: inout [Diagnostic]) {
    let l = c.school.leadership
    let teacherIDs = c.school.teachers.map(\.id.raw)
    // Teacher id -> the team index they first appear in as a member.
    var teamOfTeacher: [String: Int] = [:]
    // Leader index -> (member ids in order, team indices).
    var led: [Int: (members: [String], teams: [Int])] = [:]
    for (i, team) in l.teams.enumerated() {
      let what = "Team \(label(team.name, team.id.raw))"
      let leaderIndex = c.leaderIndex[team.leader.raw]
      if leaderIndex == nil {
        out.append(
          unknown(
            "unknown-leader", kind: "leader", id: team.leader.raw,
            at: Pointer.of("leadership", "teams", i, "leader"), in: what,
            among: l.leaders.map(\.id.raw), list: "/leadership/leaders"))
      }
      let leaderTeacher = leaderIndex.flatMap { l.leaders[$0].teacher?.raw }
      var seen = Set<String>()
      for (j, m) in team.members.enumerated() {
        let pointer = Pointer.of("leadership", "teams", i, "members", j)
        if c.teacherIndex[m.raw] == nil {
          out.append(
            unknown(
              "unknown-teacher", kind: "member", id: m.raw, at: pointer, in: what,
              among: teacherIDs, list: "/teachers"))
          continue
        }
        if !seen.insert(m.raw).inserted {
          out.append(
            .error(
              "duplicate-member", at: pointer, "\(what) lists member \(m.raw) twice",
              hint: "list each member once"))
          continue
        }
        if m.raw == leaderTeacher {
          out.append(
            .error(
              "leader-in-own-team", at: pointer,
              "\(what) lists its own leader \(team.leader.raw) (teacher \(m.raw)) as a member",
              hint: "a leader develops the other members; remove them from the list"))
          continue
        }
        if let f = teamOfTeacher[m.raw] {
          out.append(
            .error(
              "teacher-in-two-teams", at: pointer,
              "Teacher \(m.raw) is a member of team \(l.teams[f].id.raw) and of "
                + "\(what.lowercasedFirst)",
              hint: "each teacher has one leader; remove them from one team"))
          continue
        }
        teamOfTeacher[m.raw] = i
        if let li = leaderIndex { led[li, default: ([], [])].members.append(m.raw) }
      }
      if let li = leaderIndex { led[li, default: ([], [])].teams.append(i) }
      if team.members.isEmpty && l.formation == nil {
        out.append(
          .warning(
            "empty-team", at: Pointer.of("leadership", "teams", i, "members"),
            "\(what) has no members and /leadership/formation is not set, so it leads nobody",
            hint: "list its members, or set formation to \"grade\" or \"subject\""))
      }
    }
    checkSpans(c, led: led, into: &out)
    checkTeacherTeams(c, teamOfTeacher: teamOfTeacher, into: &out)
    checkFormation(c, into: &out)
  }

  /// The members a leader leads, across all their teams, stay within the role's span limit.
  static func checkSpans(
    _ c: Context, led: [Int: (members: [String], teams: [Int])], into out: inout [Diagnostic]
  ) {
    let l = c.school.leadership
    for li in led.keys.sorted() {
      guard let entry = led[li], let role = c.role(l.leaders[li].role), role.spanLimit >= 1,
        entry.members.count > role.spanLimit, let last = entry.teams.last
      else { continue }
      let pointer = Pointer.of("leadership", "teams", last, "members")
      let message: String
      if entry.teams.count == 1 {
        message =
          "Team \(l.teams[last].id.raw) has \(entry.members.count) members; role "
          + "\(role.id.raw) allows \(role.spanLimit)"
      } else {
        let names = entry.teams.map { l.teams[$0].id.raw }.joined(separator: ", ")
        message =
          "Leader \(l.leaders[li].id.raw) leads \(entry.members.count) teachers across teams "
          + "\(names); role \(role.id.raw) allows \(role.spanLimit)"
      }
      out.append(
        .error(
          "span-exceeded", at: pointer, message,
          hint: "move members to another team, or raise the role's spanLimit"))
    }
  }

  /// A teacher's `team` must agree with the explicit member lists.
  static func checkTeacherTeams(
    _ c: Context, teamOfTeacher: [String: Int], into out: inout [Diagnostic]
  ) {
    let teams = c.school.leadership.teams
    for (i, t) in c.school.teachers.enumerated() {
      guard let want = t.team, let wi = c.teamIndex[want.raw] else { continue }
      let pointer = Pointer.of("teachers", i, "team")
      if let member = teamOfTeacher[t.id.raw], member != wi {
        out.append(
          .error(
            "team-conflict", at: pointer,
            "Teacher \(t.id.raw) asks for team \(want.raw) but is listed as a member of team "
              + "\(teams[member].id.raw)",
            hint: "make the teacher's team and the teams' member lists agree"))
      } else if teamOfTeacher[t.id.raw] == nil && !teams[wi].members.isEmpty {
        out.append(
          .error(
            "team-conflict", at: pointer,
            "Teacher \(t.id.raw) asks for team \(want.raw), whose member list does not "
              + "include them",
            hint: "add the teacher to the team's members, or clear the list to let the solver "
              + "form it"))
      }
    }
  }

  /// With `formation`, every teacher who is not a leader needs a place within some leader's
  /// span.
  static func checkFormation(_ c: Context, into out: inout [Diagnostic]) {
    let l = c.school.leadership
    guard l.formation != nil else { return }
    let leaderTeachers = Set(l.leaders.compactMap(\.teacher?.raw))
    let need = Set(c.school.teachers.map(\.id.raw)).subtracting(leaderTeachers).count
    var spans: [Int] = []
    var counted = Set<String>()
    for team in l.teams {
      guard let leader = c.leader(team.leader), counted.insert(leader.id.raw).inserted,
        let role = c.role(leader.role)
      else { continue }
      spans.append(max(0, role.spanLimit))
    }
    let can = spans.saturatingSum
    guard need > can else { return }
    let distinct = Array(Set(spans)).sorted(by: >)
    let with: String
    switch distinct.count {
    case 0: with = ""
    case 1: with = " with span \(distinct[0])"
    default: with = " with spans " + spans.sorted(by: >).map(String.init).joined(separator: ", ")
    }
    out.append(
      .error(
        "spans-cannot-fit", at: Pointer.of("leadership", "formation"),
        "\(need) teachers need a leader but \(spans.count) leader\(spans.count == 1 ? "" : "s")"
          + "\(with) can lead \(can)",
        hint: "add teams (leaders), raise the roles' span limits, or list members explicitly "
          + "and drop formation"))
  }
}
