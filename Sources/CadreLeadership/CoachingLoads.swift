import CadreModel

/// Every leader's weekly coaching need and free periods, computed from a school alone (no
/// schedule): the numbers `Explainer` reports and re-computes on every changed school.
///
/// - Need: observations ⌈Σ q / weeks⌉ over the members (q = the spot and formal quotas per
///   teacher per year of the member's team, `School.policy(for:)`), as many debriefs, each
///   team's `huddlesPerWeek` per team with members, and one-on-ones ⌈Σ oneOnOnesPerMonth ×
///   months / weeks⌉ over the members. Every event takes a period. A number marked soft may
///   be missed, so it is left out of the need (what the leader must do).
/// - Free periods per cycle: teachable slots minus the slots the leader is away, minus their
///   teaching load. A teaching leader's load is their fixed lessons, raised by the lessons
///   they may be given (they are a candidate) up to the role's teaching limit: the solver may
///   fill the release up to its limit, so that is all the release promises. A leader who does
///   not teach has no load. Per week: the cycle's free periods / the cycle's weeks, rounded
///   down.
/// - Overload: fixed periods beyond the teaching limit; then the release cannot be kept and
///   no schedule exists (the validator's `over-capacity`).
struct CoachingLoads {
  let facts: SchoolFacts
  let year: InstructionalYear
  let loads: [Explanation.LeaderLoad]

  /// `assumedLoad` gives the teaching load of leaders without a teacher record who stand for
  /// a teacher yet to be released (a remedy's new leader).
  init(_ school: School, assumedLoad: [LeaderID: Int] = [:]) {
    let facts = SchoolFacts(school)
    let year = InstructionalYear(school)
    self.facts = facts
    self.year = year
    let weekCount = max(1, school.cycle.weekCount)
    loads = school.leadership.leaders.map { leader in
      let led = school.leadership.teams.filter { $0.leader == leader.id }
      var seen = Set<TeacherID>()
      var quotas = 0
      var ones = 0
      var huddles = 0
      for team in led {
        let p = school.policy(for: team)
        // Hard numbers only: a soft one may be missed.
        let quota = ObservationKind.allCases.filter { p.weight($0) == nil }
          .map { p.perYear($0) }.clampedSum
        let o = p.oneOnOnesPerMonth.isSoft ? 0 : max(0, p.oneOnOnesPerMonth.count)
        var any = false
        for m in team.members where m != leader.teacher && facts.teacherIndex[m] != nil {
          any = true
          guard seen.insert(m).inserted else { continue }
          quotas = quotas.addingClamped(quota)
          ones = ones.addingClamped(o)
        }
        if any && !p.huddlesPerWeek.isSoft {
          huddles = huddles.addingClamped(max(0, p.huddlesPerWeek.count))
        }
      }
      let members = seen.count
      let observations = quotas.divided(roundingUpBy: year.weeks)
      let oneOnOnes = ones.multipliedClamped(by: year.months).divided(roundingUpBy: year.weeks)
      let needed = [observations, observations, huddles, oneOnOnes].clampedSum
      let role = facts.role(leader.role)
      let label = facts.leaderLabel(leader)
      var fixed: Int?
      var limit: Int?
      var load = assumedLoad[leader.id] ?? 0
      var away: Set<Slot>
      if let ti = facts.teacherIndex(of: leader) {
        let lim = role.map { facts.teachingLimit($0) } ?? facts.teachableSlots
        let f = facts.fixedLoad[ti]
        fixed = f
        limit = lim
        load = max(f, min(lim, f.addingClamped(facts.flexibleLoad[ti])))
        away = facts.resolved(school.teachers[ti].unavailable)
      } else {
        away = facts.resolved(leader.unavailable)
        if let a = assumedLoad[leader.id] { limit = a }
      }
      let free = max(0, facts.teachableSlots - away.count - load)
      let available = free / weekCount
      let overload = max(0, (fixed ?? 0) - (limit ?? .max))
      let short = max(0, needed - available).addingClamped(overload)
      let verdict = Self.verdict(
        label: label, role: role, needed: needed, available: available,
        parts: (observations, huddles, oneOnOnes), fixed: fixed, limit: limit,
        overload: overload, teachable: facts.teachableSlots)
      return Explanation.LeaderLoad(
        leader: leader.id, label: label, role: leader.role, members: members,
        observationsPerWeek: observations, debriefsPerWeek: observations,
        huddlesPerWeek: huddles, oneOnOnesPerWeek: oneOnOnes, neededPerWeek: needed,
        availablePerWeek: available, fixedLoad: fixed, teachingLimit: limit, teachingLoad: load,
        overload: overload, shortfall: short, fits: short == 0, verdict: verdict)
    }
  }

  func load(_ id: LeaderID) -> Explanation.LeaderLoad? { loads.first { $0.leader == id } }

  /// "Team Lead Ana (T01) needs 11 coaching periods a week (...) and has 6".
  static func verdict(
    label: String, role: Role?, needed: Int, available: Int,
    parts: (observations: Int, huddles: Int, oneOnOnes: Int), fixed: Int?, limit: Int?,
    overload: Int, teachable: Int
  ) -> String {
    var detail: [String] = []
    if parts.observations > 0 {
      detail.append("\(Text.count(parts.observations, "observation")) and as many debriefs")
    }
    if parts.huddles > 0 { detail.append(Text.count(parts.huddles, "huddle")) }
    if parts.oneOnOnes > 0 { detail.append(Text.count(parts.oneOnOnes, "one-on-one")) }
    let what = detail.isEmpty ? "" : " (" + detail.joined(separator: ", ") + ")"
    let coaching =
      "needs \(Text.count(needed, "coaching period")) a week\(what) and has \(available)"
    if overload > 0, let f = fixed, let l = limit {
      let release =
        role?.releasePeriodsPerDay.map { "a release of \($0) period(s) a day" }
        ?? "release \(Text.decimal(role?.release ?? 0))"
      return
        "\(label) must teach \(f) periods of fixed lessons a cycle but \(release) lets them "
        + "teach \(l) of \(teachable): \(overload) too many, so no schedule can keep the "
        + "release (coaching: \(coaching))"
    }
    let out = "\(label) \(coaching)"
    return out + (needed > available ? ": short by \(needed - available)" : ": fits")
  }
}
