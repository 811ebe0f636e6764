import CadreModel

/// The working state of `TeamFormer`: who is in which team (teacher and team indices) and how
/// much room each leader's span has left.
struct FormationState {
  let school: School
  let formation: TeamFormation
  let facts: SchoolFacts
  /// Indices of the teams that list no members in the input, sorted by team id.
  let openTeams: [Int]
  /// Per team: the leader's index, nil when the leader is unknown.
  let leaderOfTeam: [Int?]
  /// Per leader: the role's span limit (0 when the role is unknown or the limit nonsense).
  let spanLimit: [Int]
  /// Per team: members as teacher indices (the input's, then the placed ones).
  var members: [[Int]]
  /// Per leader: teachers led over all their teams.
  var load: [Int]
  /// Teachers placed by rule 2 (their `team`), who never move.
  var fixed: Set<Int> = []
  /// Per teacher: the open teams they match, sorted by team id.
  let matches: [[Int]]
  /// Teachers to place by rules 3 and 4, sorted by id.
  let pool: [Int]
  /// What each teacher teaches (`FormationKeys`).
  let keys: FormationKeys
  /// Per teacher × leader: the schedule's shortfall (`FormationSignals.deficit`), for the
  /// teachers of `pool` and the coverage positions to place; 0 elsewhere.
  let deficit: [Int]
  /// Coverage positions to place (rule 5), sorted by id.
  let coveragePool: [Int]

  init(_ school: School, _ formation: TeamFormation, schedule: Schedule? = nil) {
    self.school = school
    self.formation = formation
    let facts = SchoolFacts(school)
    self.facts = facts
    let l = school.leadership
    let leaderOfTeam = l.teams.map { facts.leaderIndex[$0.leader] }
    self.leaderOfTeam = leaderOfTeam
    spanLimit = l.leaders.map { facts.role($0.role).map { max(0, $0.spanLimit) } ?? 0 }
    var members: [[Int]] = l.teams.map { $0.members.compactMap { facts.teacherIndex[$0] } }
    var load = [Int](repeating: 0, count: l.leaders.count)
    var listed = Set<Int>()
    for (j, m) in members.enumerated() {
      // A teacher listed twice is the validator's concern; here they count once.
      let distinct = Array(Set(m)).sorted()
      members[j] = distinct
      listed.formUnion(distinct)
      if let li = leaderOfTeam[j] { load[li] += distinct.count }
    }
    self.members = members
    self.load = load
    openTeams = l.teams.indices.filter { l.teams[$0].members.isEmpty && leaderOfTeam[$0] != nil }
      .sorted { (l.teams[$0].id, $0) < (l.teams[$1].id, $1) }
    let leaderTeachers = Set(l.leaders.compactMap { facts.teacherIndex(of: $0) })
    let open = openTeams
    let keys = FormationKeys(school, formation, facts)
    self.keys = keys
    matches = school.teachers.indices.map { t in
      open.filter { j in
        let team = l.teams[j]
        guard let key = formation == .byGrade ? team.grade : team.subject else { return false }
        return keys.rank(t, key) != nil
      }
    }
    let unplaced = school.teachers.indices.filter {
      !listed.contains($0) && !leaderTeachers.contains($0)
        && school.teachers[$0].team.flatMap { facts.teamIndex[$0] }.map { open.contains($0) }
          != true
    }.sorted { school.teachers[$0].id < school.teachers[$1].id }
    pool = unplaced.filter { !school.teachers[$0].coverage }
    coveragePool = unplaced.filter { school.teachers[$0].coverage }
    let signals = FormationSignals(school, facts, schedule: schedule)
    var deficit = [Int](repeating: 0, count: school.teachers.count * l.leaders.count)
    let leading = Set(open.compactMap { leaderOfTeam[$0] })
    for li in l.leaders.indices where leading.contains(li) {
      let busy = signals.leaderBusy(l.leaders[li])
      let needs = signals.needs(of: open.filter { leaderOfTeam[$0] == li }.map { l.teams[$0] })
      for t in unplaced {
        deficit[t * l.leaders.count + li] = signals.deficit(t, busy, needs: needs)
      }
    }
    self.deficit = deficit
  }

  /// The schedule's shortfall for teacher t in team j (0 for a team without a leader).
  func shortfall(_ t: Int, in j: Int) -> Int {
    guard let li = leaderOfTeam[j] else { return 0 }
    return deficit[t * school.leadership.leaders.count + li]
  }

  /// How strongly teacher t belongs to team j's key (0 best; `Int.max` when not at all).
  func rank(_ t: Int, _ j: Int) -> Int {
    guard let key = key(of: j) else { return .max }
    return keys.rank(t, key) ?? .max
  }

  /// Rule 3's choice among matching teams with room: the smallest schedule shortfall, then
  /// the teacher's strongest key, then the fewest members, then team id.
  func best(for t: Int, among candidates: [Int]) -> Int? {
    candidates.min { a, b in
      (shortfall(t, in: a), rank(t, a), members[a].count, teams[a].id)
        < (shortfall(t, in: b), rank(t, b), members[b].count, teams[b].id)
    }
  }

  var teams: [Team] { school.leadership.teams }

  func room(_ team: Int) -> Int {
    guard let li = leaderOfTeam[team] else { return 0 }
    return spanLimit[li] - load[li]
  }

  mutating func place(_ teacher: Int, in team: Int) {
    members[team].append(teacher)
    if let li = leaderOfTeam[team] { load[li] += 1 }
  }

  mutating func remove(_ teacher: Int, from team: Int) {
    members[team].removeAll { $0 == teacher }
    if let li = leaderOfTeam[team] { load[li] -= 1 }
  }

  /// Rule 2: teachers whose `team` names an open team join it; a leader overfilled this way
  /// is an error.
  mutating func placeFixed(into out: inout [Diagnostic]) {
    let l = school.leadership
    for (i, t) in school.teachers.enumerated() {
      guard let want = t.team, let j = facts.teamIndex[want], openTeams.contains(j),
        !members[j].contains(i), let li = leaderOfTeam[j],
        facts.teacherIndex(of: l.leaders[li]) != i
      else { continue }
      place(i, in: j)
      fixed.insert(i)
    }
    for li in l.leaders.indices where load[li] > spanLimit[li] {
      let led = openTeams.filter { leaderOfTeam[$0] == li }
      guard let last = led.last else { continue }
      let asking = led.flatMap { members[$0] }.filter { fixed.contains($0) }.count
      let leader = l.leaders[li]
      out.append(
        .error(
          "spans-cannot-fit", at: Pointer.of("leadership", "teams", last),
          "\(asking) teacher\(asking == 1 ? "" : "s") name team"
            + "\(led.count == 1 ? "" : "s") \(led.map { teams[$0].id.raw }.joined(separator: ", "))"
            + " as their team, so \(facts.leaderLabel(leader)) would lead \(load[li]) teachers; "
            + "span limit \(spanLimit[li])",
          hint: "clear some teachers' team, add a team for them, or raise the role's spanLimit"))
    }
  }

  /// Rule 3. Returns the teachers who match some open team but found no room in one.
  mutating func placeMatched() -> [Int] {
    let order = pool.filter { !matches[$0].isEmpty }.sorted {
      (matches[$0].count, school.teachers[$0].id) < (matches[$1].count, school.teachers[$1].id)
    }
    var overflow: [Int] = []
    for t in order {
      let withRoom = matches[t].filter { room($0) > 0 }
      if let j = best(for: t, among: withRoom) {
        place(t, in: j)
      } else if !augment(t) {
        overflow.append(t)
      }
    }
    return overflow
  }

  /// The team with the fewest members among `candidates`, ties by team id (candidates are in
  /// id order already).
  func smallest(_ candidates: [Int]) -> Int? {
    var best: Int?
    for j in candidates {
      if let b = best, members[b].count <= members[j].count { continue }
      best = j
    }
    return best
  }

  /// The open team with room that has the fewest members (rule 4).
  func leastLoadedOpenTeam() -> Int? { smallest(openTeams.filter { room($0) > 0 }) }

  /// One move of an augmenting path: `teacher` goes from team `from` to team `to`.
  private struct Move {
    var teacher: Int
    var from: Int
    var to: Int
  }

  /// Breadth-first search over leaders for a chain of moves of placed (not fixed) teachers
  /// between their matching teams that ends at a leader with room, then applies it and places
  /// `teacher` in one of their matching teams. Deterministic: teams, members and leaders are
  /// visited in id order.
  mutating func augment(_ teacher: Int) -> Bool {
    // Each queue entry: a team to free one place in, and the moves that lead to it.
    var queue: [(team: Int, path: [Move])] = matches[teacher].map { ($0, []) }
    var seen = Set(matches[teacher].compactMap { leaderOfTeam[$0] })
    var head = 0
    while head < queue.count {
      let (team, path) = queue[head]
      head += 1
      guard let li = leaderOfTeam[team] else { continue }
      for from in openTeams where leaderOfTeam[from] == li {
        let movable = members[from].filter { !fixed.contains($0) }.sorted {
          school.teachers[$0].id < school.teachers[$1].id
        }
        for m in movable {
          for to in matches[m] {
            guard let lj = leaderOfTeam[to], lj != li else { continue }
            let step = path + [Move(teacher: m, from: from, to: to)]
            if room(to) > 0 {
              for move in step.reversed() {
                remove(move.teacher, from: move.from)
                place(move.teacher, in: move.to)
              }
              let target = matches[teacher].first { room($0) > 0 }
              guard let target else { return false }
              place(teacher, in: target)
              return true
            }
            if seen.insert(lj).inserted { queue.append((to, step)) }
          }
        }
      }
    }
    return false
  }
}
