import CadreModel

extension FormationState {
  /// "grade-3" or "math": how the school names the group a formation key stands for.
  func groupName(_ key: String) -> String { formation == .byGrade ? "grade-\(key)" : key }

  var keyNoun: String { formation == .byGrade ? "grade" : "subject" }

  func key(of team: Int) -> String? {
    formation == .byGrade ? teams[team].grade : teams[team].subject
  }

  func teacherLabel(_ t: Int) -> String { SchoolFacts.teacherLabel(school.teachers[t]) }

  func count(_ n: Int, _ noun: String) -> String {
    n == 1 ? "one \(noun)" : "\(n) \(noun)s"
  }

  /// Rule 4's warning for a teacher who matches no open team.
  func noMatch(_ t: Int, placedIn j: Int) -> Diagnostic {
    let keys = Array(Set(openTeams.compactMap { key(of: $0) })).sorted()
    let offered =
      keys.isEmpty
      ? "no open team names a \(keyNoun)"
      : "the open teams are for \(keyNoun)\(keys.count == 1 ? "" : "s") "
        + keys.joined(separator: ", ")
    let own = self.keys.keys[t]
    let spread = self.keys.taught[t]
    let theirs =
      !own.isEmpty
      ? "teaches \(keyNoun) " + own.joined(separator: ", ")
      : spread.isEmpty
        ? "lists no \(keyNoun)s and teaches no lesson with one"
        : "teaches \(keyNoun)s " + spread.joined(separator: ", ")
          + " (none with a third of their periods)"
    return .warning(
      "formation-no-match", at: Pointer.of("teachers", t),
      "Teacher \(teacherLabel(t)) \(theirs) and \(offered); placed in team "
        + "\(teams[j].id.raw), the smallest team with room",
      hint: "set the teacher's team to choose another team")
  }

  /// `spans-cannot-fit` for every group whose matching leaders could not take all its
  /// teachers: "9 grade-3 teachers, one grade-3 leader, span limit 8".
  func overflowDiagnostics(
    _ overflow: [Int], moved: [(teacher: Int, team: Int)], homeless: [Int]
  ) -> [Diagnostic] {
    guard !overflow.isEmpty else { return [] }
    var keys = Set<String>()
    for t in overflow {
      for j in matches[t] { if let k = key(of: j) { keys.insert(k) } }
    }
    var out: [Diagnostic] = []
    for k in keys.sorted() {
      let groupTeams = openTeams.filter { key(of: $0) == k }
      let inGroup = overflow.filter { t in matches[t].contains { key(of: $0) == k } }
      let teachers = school.teachers.indices.filter { t in
        matches[t].contains { key(of: $0) == k } && (pool.contains(t) || fixed.contains(t))
      }
      var leaders: [Int] = []
      for j in groupTeams {
        if let li = leaderOfTeam[j], !leaders.contains(li) { leaders.append(li) }
      }
      let limits = leaders.map { spanLimit[$0] }
      let spans =
        limits.count == 1
        ? "span limit \(limits[0])"
        : "span limits " + limits.map(String.init).joined(separator: ", ")
          + " (room for \(limits.reduce(0) { $0.addingClamped($1) }))"
      let fates = inGroup.map { t -> String in
        if let m = moved.first(where: { $0.teacher == t }) {
          return "\(teacherLabel(t)) goes to team \(teams[m.team].id.raw) instead"
        }
        return "\(teacherLabel(t)) has no team"
      }
      let lost = inGroup.contains { homeless.contains($0) }
      let pointer =
        groupTeams.count == 1
        ? Pointer.of("leadership", "teams", groupTeams[0]) : Pointer.of("leadership", "teams")
      let message =
        "\(count(teachers.count, "\(groupName(k)) teacher")), "
        + "\(count(leaders.count, "\(groupName(k)) leader")), \(spans): "
        + fates.joined(separator: "; ")
      let hint =
        "add a \(groupName(k)) team, raise the role's spanLimit, or set teachers' team"
      out.append(
        lost
          ? .error("spans-cannot-fit", at: pointer, message, hint: hint)
          : .warning("spans-cannot-fit", at: pointer, message, hint: hint))
    }
    return out
  }

  /// The error for teachers left with no team at all.
  func homelessDiagnostic(_ homeless: [Int]) -> Diagnostic {
    let names = homeless.sorted { school.teachers[$0].id < school.teachers[$1].id }
      .map(teacherLabel)
    let open = openTeams.count
    return .error(
      "spans-cannot-fit", at: Pointer.of("leadership", "teams"),
      "\(count(homeless.count, "teacher")) \(homeless.count == 1 ? "has" : "have") no team: "
        + (open == 0
          ? "every team already lists its members"
          : "the leaders of the \(count(open, "open team")) are at their span limits")
        + " (\(names.joined(separator: ", ")))",
      hint: "add teams (leaders), raise the roles' span limits, or list members explicitly")
  }
}
