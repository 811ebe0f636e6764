import CadreModel

/// The edits the leadership axes are made of: promote a team member to lead the team, give a
/// teaching leader a coverage position, hand a leader's teams to others, add a role. Every
/// choice is deterministic (file order, then ids), never by Set or Dictionary order.
struct LeadershipEdit {
  var school: School

  /// Default policy numbers of the roles a transform creates (docs/SWEEPS.md).
  static let teamLeadRole = Role(
    id: "sweep-team-lead", name: "Team Lead", kind: .teamLead, release: 0.5, spanLimit: 8,
    stipend: 2_000)
  static let mclRole = Role(
    id: "sweep-mcl", name: "Multi-Classroom Leader", kind: .multiClassroomLeader, release: 0.75,
    spanLimit: 16, stipend: 10_000)
  static let principalRole = Role(
    id: "sweep-principal", name: "Principal", kind: .principal, release: 1, spanLimit: 37)
  static let apRole = Role(
    id: "sweep-assistant-principal", name: "Assistant Principal", kind: .assistantPrincipal,
    release: 1, spanLimit: 13)
  static let coachRole = Role(
    id: "sweep-instructional-coach", name: "Instructional Coach", kind: .instructionalCoach,
    release: 1, spanLimit: 30)

  static func defaultRole(_ kind: RoleKind) -> Role {
    switch kind {
    case .principal: principalRole
    case .assistantPrincipal: apRole
    case .teamLead: teamLeadRole
    case .multiClassroomLeader: mclRole
    case .instructionalCoach: coachRole
    }
  }

  var leadership: Leadership {
    get { school.leadership }
    set { school.leadership = newValue }
  }

  func kind(ofLeader i: Int) -> RoleKind? {
    let roleID = leadership.leaders[i].role
    return leadership.roles.first { $0.id == roleID }?.kind
  }

  /// Leader indices whose role is one of `kinds`, in file order.
  func leaders(of kinds: Set<RoleKind>) -> [Int] {
    leadership.leaders.indices.filter { kind(ofLeader: $0).map(kinds.contains) ?? false }
  }

  /// Members led by leader `i` over all their teams.
  func load(_ i: Int) -> Int {
    let id = leadership.leaders[i].id
    return leadership.teams.filter { $0.leader == id }.reduce(0) { $0 + $1.members.count }
  }

  /// The candidate with the fewest members led, ties by file order.
  func leastLoaded(_ candidates: [Int]) -> Int? {
    candidates.min { (load($0), $0) < (load($1), $1) }
  }

  /// The id of a role of `kind`, adding the default role when the school has none.
  mutating func role(of kind: RoleKind) -> RoleID {
    if let r = leadership.roles.first(where: { $0.kind == kind }) { return r.id }
    var role = Self.defaultRole(kind)
    if let id = unique(role.id.raw, among: leadership.roles.map(\.id.raw)) { role.id = RoleID(id) }
    leadership.roles.append(role)
    return role.id
  }

  /// `base`, or `base-2`, `base-3`, ... whichever is not taken.
  func unique(_ base: String, among taken: [String]) -> String? {
    if !taken.contains(base) { return base }
    for n in 2...10_000 where !taken.contains("\(base)-\(n)") { return "\(base)-\(n)" }
    return nil
  }

  /// Periods of lessons fixed on teacher `t` in one cycle.
  func fixedPeriods(_ t: TeacherID) -> Int {
    school.lessons.filter { $0.teacher == t }.reduce(0) { $0 + $1.meetings * $1.duration }
  }

  func isCoverage(_ t: TeacherID) -> Bool {
    school.teachers.first { $0.id == t }?.coverage ?? false
  }

  /// Makes the member of team `j` with the fewest fixed periods (ties by member order, never a
  /// coverage position) the team's leader in `roleID`, with a coverage position for the
  /// lessons their release frees. Nil when the team has no such member.
  @discardableResult
  mutating func promote(team j: Int, role roleID: RoleID) -> Int? {
    let members = leadership.teams[j].members
    let eligible = members.enumerated().filter { !isCoverage($0.element) }
    guard
      let pick = eligible.min(by: {
        (fixedPeriods($0.element), $0.offset) < (fixedPeriods($1.element), $1.offset)
      })
    else { return nil }
    let t = pick.element
    let name = school.teachers.first { $0.id == t }?.name ?? t.raw
    guard let id = unique("L-" + t.raw, among: leadership.leaders.map(\.id.raw)) else { return nil }
    leadership.leaders.append(Leader(id: LeaderID(id), name: name, role: roleID, teacher: t))
    leadership.teams[j].members.removeAll { $0 == t }
    leadership.teams[j].leader = LeaderID(id)
    // A leader is in no team: a `team` naming the one they now lead would be a team-conflict.
    for k in school.teachers.indices
    where school.teachers[k].id == t && school.teachers[k].team == leadership.teams[j].id {
      school.teachers[k].team = nil
    }
    ensureCoverage(for: t, team: j)
    return leadership.leaders.count - 1
  }

  /// Splits team `j` in member order into parts of `sizes` (which add up to its member count):
  /// the team keeps the first part and its leader; part k (k = 2, 3, ...) becomes a new team
  /// `<team>-k` (or the next free id), named `<name> (k)`, led for now by the same leader,
  /// appended in order. Teachers whose `team` names the old team follow their members.
  /// Returns the new teams' indices; nothing changes when `sizes` does not fit.
  @discardableResult
  mutating func split(team j: Int, sizes: [Int]) -> [Int] {
    let old = leadership.teams[j]
    guard sizes.count >= 2, sizes.allSatisfy({ $0 >= 1 }),
      sizes.reduce(0, +) == old.members.count
    else { return [] }
    var taken = leadership.teams.map(\.id.raw)
    var start = sizes[0]
    var added: [Int] = []
    leadership.teams[j].members = Array(old.members[..<start])
    for (k, size) in sizes.enumerated().dropFirst() {
      let part = Array(old.members[start..<(start + size)])
      start += size
      let newID = unique("\(old.id.raw)-\(k + 1)", among: taken) ?? "\(old.id.raw)-x\(k + 1)"
      taken.append(newID)
      leadership.teams.append(
        Team(
          id: TeamID(newID), name: old.name.isEmpty ? "" : "\(old.name) (\(k + 1))",
          leader: old.leader, members: part, grade: old.grade, subject: old.subject))
      added.append(leadership.teams.count - 1)
      for i in school.teachers.indices
      where school.teachers[i].team == old.id && part.contains(school.teachers[i].id) {
        school.teachers[i].team = TeamID(newID)
      }
    }
    return added
  }

  /// Lets a coverage position teach every lesson fixed on teaching leader `t`: each becomes a
  /// choice between `t` and the position, which may share it (`allowSplit`), so the solver can
  /// honour the release. The position
  /// is one already among the candidates of `t`'s lessons, else a new one (`COV-<t>`, costing
  /// `budget.coveragePerPeriod`, qualified like `t`) who joins team `j`.
  mutating func ensureCoverage(for t: TeacherID, team j: Int?) {
    let fixed = school.lessons.indices.filter { school.lessons[$0].teacher == t }
    guard !fixed.isEmpty else { return }
    let existing = school.lessons.lazy.filter { $0.candidates.contains(t) }
      .flatMap(\.candidates).first { isCoverage($0) }
    let cov: TeacherID
    if let existing {
      cov = existing
    } else {
      guard let me = school.teachers.first(where: { $0.id == t }),
        let id = unique("COV-" + t.raw, among: school.teachers.map(\.id.raw))
      else { return }
      cov = TeacherID(id)
      school.teachers.append(
        Teacher(
          id: cov, name: "Coverage for \(me.name.isEmpty ? t.raw : me.name)",
          subjects: me.subjects, grades: me.grades, coverage: true))
      if let j { leadership.teams[j].members.append(cov) }
      if school.budget == nil { school.budget = Budget(coveragePerPeriod: 30) }
    }
    for i in fixed {
      school.lessons[i].teacher = nil
      school.lessons[i].candidates = [t, cov]
      // The leader teaches it on some days and the position on the others.
      school.lessons[i].allowSplit = true
    }
  }

  /// Removes leader `i`: their teams go, largest first, to the least-loaded of `heirs` (leader
  /// indices, before removal), and a teaching leader joins their first team as a member.
  mutating func remove(leader i: Int, heirs: [Int]) {
    let gone = leadership.leaders[i]
    let heirIDs = heirs.filter { $0 != i }.map { leadership.leaders[$0].id }
    let teams = leadership.teams.indices.filter { leadership.teams[$0].leader == gone.id }
    if let t = gone.teacher, let first = teams.first,
      !leadership.teams[first].members.contains(t)
    {
      leadership.teams[first].members.append(t)
    }
    let order = teams.sorted {
      (-leadership.teams[$0].members.count, $0) < (-leadership.teams[$1].members.count, $1)
    }
    for j in order {
      let indices = heirIDs.compactMap { id in leadership.leaders.firstIndex { $0.id == id } }
      guard let heir = leastLoaded(indices) else { continue }
      leadership.teams[j].leader = leadership.leaders[heir].id
    }
    leadership.teams.removeAll { $0.leader == gone.id }
    leadership.leaders.remove(at: i)
  }

  /// Merges team `b` into team `a` (`a` before `b` in file order): `a` keeps its id, name,
  /// grade, subject and leader and gains `b`'s members in order; teachers whose `team` names
  /// `b` follow them; `b` goes, and its leader steps down into `a` (`stepDown`). Nothing
  /// changes unless `a < b` are two teams.
  mutating func merge(team b: Int, into a: Int) {
    let teams = leadership.teams
    guard a >= 0, a < b, b < teams.count else { return }
    let (kept, gone) = (teams[a], teams[b])
    leadership.teams[a].members += gone.members.filter { !kept.members.contains($0) }
    for i in school.teachers.indices where school.teachers[i].team == gone.id {
      school.teachers[i].team = kept.id
    }
    leadership.teams.remove(at: b)
    stepDown(gone.leader, into: a)
  }

  /// Leader `id` steps down into team `j`: any team they still lead goes to `j`'s leader,
  /// their record goes, and a teaching leader joins `j` as a member and takes back the lessons
  /// their release had handed to coverage (`takeBack`). The MCL model's second leaders and the
  /// span axis's merged teams' leaders step down so.
  mutating func stepDown(_ id: LeaderID, into j: Int) {
    guard leadership.teams.indices.contains(j), leadership.teams[j].leader != id,
      let i = leadership.leaders.firstIndex(where: { $0.id == id })
    else { return }
    let heir = leadership.teams[j].leader
    for k in leadership.teams.indices where leadership.teams[k].leader == id {
      leadership.teams[k].leader = heir
    }
    let gone = leadership.leaders.remove(at: i)
    guard let t = gone.teacher else { return }
    if !leadership.teams[j].members.contains(t) { leadership.teams[j].members.append(t) }
    for k in school.teachers.indices where school.teachers[k].id == t {
      if school.teachers[k].team != nil { school.teachers[k].team = leadership.teams[j].id }
    }
    takeBack([t])
  }

  /// Former teacher-leaders `teachers` take their classes back: lessons naming one of them and
  /// a coverage position as candidates keep only the non-coverage candidates, and coverage
  /// positions left with nothing to teach leave the staff and their teams.
  mutating func takeBack(_ teachers: Set<TeacherID>) {
    for i in school.lessons.indices {
      let l = school.lessons[i]
      guard l.candidates.contains(where: teachers.contains) else { continue }
      let kept = l.candidates.filter { !isCoverage($0) }
      if !kept.isEmpty { school.lessons[i].candidates = kept }
      if kept.count < 2 { school.lessons[i].allowSplit = false }
    }
    dropIdleCoverage()
  }

  /// Gives coverage positions no lesson they could teach back: drops those that no lesson
  /// fixes on them or lists as a candidate, from the staff and from every team.
  mutating func dropIdleCoverage() {
    let used = Set(school.lessons.flatMap { ($0.teacher.map { [$0] } ?? []) + $0.candidates })
    let idle = Set(school.teachers.filter { $0.coverage && !used.contains($0.id) }.map(\.id))
    guard !idle.isEmpty else { return }
    school.teachers.removeAll { idle.contains($0.id) }
    for j in leadership.teams.indices {
      leadership.teams[j].members.removeAll { idle.contains($0) }
    }
  }
}
