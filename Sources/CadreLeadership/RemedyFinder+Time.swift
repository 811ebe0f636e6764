import CadreModel

extension RemedyFinder {
  /// The members a leader leads, over all their teams, sorted by id.
  func members(of id: LeaderID, in school: School) -> [TeacherID] {
    let own = facts.leader(id)?.teacher
    var seen = Set<TeacherID>()
    for team in school.leadership.teams where team.leader == id {
      for m in team.members where m != own { seen.insert(m) }
    }
    return seen.sorted()
  }

  /// Fewer observations per teacher per year: the largest spot quota that lets the leader
  /// fit, else spot 0 and the largest formal quota that fits (or both 0). The policy is school-wide, so every
  /// leader gains; no cost.
  func fewerObservations() -> Explanation.Remedy? {
    let obs = school.policy.observations
    guard obs.contains(where: { $0.perYear > 0 }) else { return nil }
    var changed = school
    let order =
      obs.indices.filter { obs[$0].kind == .spot } + obs.indices.filter { obs[$0].kind == .formal }
    func fits(_ school: School) -> Bool {
      CoachingLoads(school).load(target.leader).map { $0.neededPerWeek } ?? 0
        <= target.availablePerWeek
    }
    for i in order where changed.policy.observations[i].perYear > 0 {
      // Fewer observations never need more periods, so the largest quota that fits is found
      // by bisection (a nonsense quota of a billion takes 30 steps, not a billion).
      var trial = changed
      trial.policy.observations[i].perYear = 0
      guard fits(trial) else {
        changed = trial
        continue
      }
      var lo = 0
      var hi = changed.policy.observations[i].perYear - 1
      while lo < hi {
        let mid = lo + (hi - lo + 1) / 2
        trial.policy.observations[i].perYear = mid
        if fits(trial) { lo = mid } else { hi = mid - 1 }
      }
      changed.policy.observations[i].perYear = lo
      break
    }
    let parts = obs.indices.compactMap { i -> String? in
      let from = obs[i].perYear
      let to = changed.policy.observations[i].perYear
      return from == to ? nil : "\(obs[i].kind.rawValue) from \(from) to \(to)"
    }
    return evaluate(
      .fewerObservations,
      change: "observe each teacher less often: \(parts.joined(separator: ", ")) a year "
        + "(school-wide policy)",
      cost: 0, costDetail: "no cost; teachers get less feedback", changed: changed)
  }

  /// Another leader with spare periods takes one or two of the members; their role's span
  /// limit grows by up to 2 when they would lead more than it allows. No cost.
  func widenSpan() -> Explanation.Remedy? {
    let mine = members(of: target.leader, in: school)
    guard !mine.isEmpty else { return nil }
    let others = base.loads.filter { o in
      o.leader != target.leader && o.fits && o.availablePerWeek > o.neededPerWeek
        && school.leadership.teams.contains { $0.leader == o.leader }
    }.sorted {
      let a = ($0.role == target.role ? 0 : 1, -($0.availablePerWeek - $0.neededPerWeek))
      let b = ($1.role == target.role ? 0 : 1, -($1.availablePerWeek - $1.neededPerWeek))
      return (a.0, a.1, $0.leader) < (b.0, b.1, $1.leader)
    }
    guard let receiver = others.first, let recvLeader = facts.leader(receiver.leader),
      let recvRole = facts.role(recvLeader.role), let rri = facts.roleIndex[recvLeader.role],
      let teamIndex = school.leadership.teams.firstIndex(where: { $0.leader == receiver.leader })
    else { return nil }
    let led = members(of: receiver.leader, in: school).count
    var best: (School, [TeacherID])?
    for k in 1...min(2, mine.count) {
      let moving = Array(mine.suffix(k))
      var changed = school
      for j in changed.leadership.teams.indices
      where changed.leadership.teams[j].leader
        == target.leader
      {
        changed.leadership.teams[j].members.removeAll { moving.contains($0) }
      }
      changed.leadership.teams[teamIndex].members += moving
      if led + k > recvRole.spanLimit {
        guard led + k <= recvRole.spanLimit.addingClamped(2) else { break }
        changed.leadership.roles[rri].spanLimit = led + k
      }
      best = (changed, moving)
      if CoachingLoads(changed).load(target.leader)?.fits == true { break }
    }
    guard let (changed, moving) = best else { return nil }
    let names = moving.compactMap { facts.teacher($0) }.map(SchoolFacts.teacherLabel)
    let newLimit = changed.leadership.roles[rri].spanLimit
    let span =
      newLimit == recvRole.spanLimit
      ? ""
      : "; the span limit of \(recvRole.id.raw) grows from \(recvRole.spanLimit) to "
        + "\(newLimit)"
    return evaluate(
      .widenSpan,
      change:
        "move \(names.joined(separator: " and ")) to \(receiver.label)'s team "
        + "\(school.leadership.teams[teamIndex].id.raw)\(span)",
      cost: 0, costDetail: "no cost; \(receiver.label) leads \(led + moving.count) teachers",
      changed: changed)
  }

  /// The role's release one step up (0.25 → 0.5 → 1, or one more period a day). Costs the
  /// coverage of the periods every teaching leader of the role stops teaching.
  func raiseRelease() -> Explanation.Remedy? {
    guard let role, let ri = roleIndex, leader.teacher != nil else { return nil }
    var changed = school
    let from: String
    let to: String
    if let r = role.releasePeriodsPerDay {
      guard r < school.cycle.periodCount else { return nil }
      changed.leadership.roles[ri].releasePeriodsPerDay = r + 1
      from = "\(r) period(s) a day"
      to = "\(r + 1) period(s) a day"
    } else {
      guard let next = [0.25, 0.5, 1].first(where: { $0 > role.release + 1e-9 }) else {
        return nil
      }
      changed.leadership.roles[ri].release = next
      from = Text.decimal(role.release)
      to = Text.decimal(next)
    }
    let after = CoachingLoads(changed)
    var freed = 0
    for b in base.loads where b.role == role.id {
      guard let a = after.load(b.leader) else { continue }
      freed = freed.addingClamped(max(0, b.teachingLoad - a.teachingLoad))
    }
    let rate = defaultRate
    let title = SchoolFacts.roleTitle(role)
    return evaluate(
      .raiseRelease,
      change: "raise the release of \(title) (\(role.id.raw)) from \(from) to \(to)",
      cost: yearly(freed, rate),
      costDetail: coverageDetail(freed, rate) + " (over every \(title))", changed: changed)
  }

  /// One more leader in the role, taking the later half (by id) of the members: a teacher
  /// released by the role, so the cost is the stipend plus the coverage of their released
  /// periods; re-checked with the new leader teaching what the release allows.
  func addLeader() -> Explanation.Remedy? {
    let mine = members(of: target.leader, in: school)
    guard let role, mine.count >= 2,
      let first = school.leadership.teams.first(where: { $0.leader == target.leader })
    else { return nil }
    let moving = Array(mine.suffix(mine.count / 2))
    var newID = LeaderID(target.leader.raw + "-NEW")
    while facts.leaderIndex[newID] != nil { newID = LeaderID(newID.raw + "X") }
    var teamID = TeamID(first.id.raw + "-NEW")
    while facts.teamIndex[teamID] != nil { teamID = TeamID(teamID.raw + "X") }
    var changed = school
    for j in changed.leadership.teams.indices
    where changed.leadership.teams[j].leader
      == target.leader
    {
      changed.leadership.teams[j].members.removeAll { moving.contains($0) }
    }
    let title = SchoolFacts.roleTitle(role)
    changed.leadership.leaders.append(Leader(id: newID, name: "new \(title)", role: role.id))
    changed.leadership.teams.append(
      Team(
        id: teamID, name: "", leader: newID, members: moving, grade: first.grade,
        subject: first.subject))
    let limit = facts.teachingLimit(role)
    let released = max(0, facts.teachableSlots - limit)
    let rate = defaultRate
    let stipend = max(0, role.stipend)
    return evaluate(
      .addLeader,
      change:
        "add one more \(title) (\(role.id.raw)) leading \(Text.count(moving.count, "member")) "
        + "of \(target.label)'s \(mine.count) in a new team \(teamID.raw)",
      cost: stipend.addingClamped(yearly(released, rate)),
      costDetail: "stipend \(money(stipend)) + " + coverageDetail(released, rate),
      changed: changed, assumedLoad: [newID: limit])
  }
}

extension RemedyFinder {
  /// Gives back the fewest of the leader's away periods (their own `unavailable`, or their
  /// teacher record's) that let them fit, in file order: when a leader is short because they
  /// are away, being there is the first remedy to weigh, not only more people or less policy.
  /// No cost in money; the price is the other duties those periods were kept for.
  func addAvailability() -> Explanation.Remedy? {
    let ti = facts.teacherIndex(of: leader)
    let refs = ti.map { school.teachers[$0].unavailable } ?? leader.unavailable
    guard !refs.isEmpty else { return nil }
    func with(_ kept: [SlotRef]) -> School {
      var changed = school
      if let ti {
        changed.teachers[ti].unavailable = kept
      } else {
        changed.leadership.leaders[leaderIndex].unavailable = kept
      }
      return changed
    }
    var removed = 0
    var changed = with([])
    for n in 1...refs.count {
      let trial = with(Array(refs.dropFirst(n)))
      if CoachingLoads(trial).load(target.leader)?.shortfall == 0 {
        removed = n
        changed = trial
        break
      }
    }
    if removed == 0 { removed = refs.count }
    let freed = facts.resolved(refs).subtracting(
      facts.resolved(Array(refs.dropFirst(removed)))
    ).count
    let away = facts.resolved(refs).count
    return evaluate(
      .addAvailability,
      change:
        "make \(target.label) available in \(Text.count(freed, "more period")) a cycle "
        + "(\(removed == refs.count ? "all" : "\(freed) of the \(away)") they are marked away)",
      cost: 0, costDetail: "no cost; the duties those periods were kept for move",
      changed: changed)
  }
}
