import CadreLeadership
import CadreModel

/// Cheap, exact necessary conditions for a plan without hard violations, each naming its
/// culprit in school terms and the groups it rests on: teacher load and availability, class
/// load, room demand by room and by kind of room, pinned clashes of every resource, observation
/// windows blocked by pins or absence, and the leaders' coaching capacity (`Explainer`). Each
/// finding proves the school infeasible; no finding proves nothing.
///
/// The validator's capacity facts that have no structured twin here (a subject's lessons
/// against its teachers, spans) are kept as findings too, so nothing the validator proves is
/// ever called a fit.
///
/// - Complexity: O((lessons + teachers + classes + rooms) × slots + team members × slots),
///   plus the validator and `Explainer` (each re-check repeats it).
enum CountingProofs {
  static func findings(_ school: School, leadership: Explanation? = nil) -> [Diagnosis.Finding] {
    let c = SchoolCounts(school)
    var out: [Diagnosis.Finding] = []
    out += teacherLoads(c)
    out += classLoads(c)
    out += roomDemand(c)
    out += pinnedClashes(c)
    out += observationWindows(c)
    out += leaders(c, leadership ?? Explainer.explain(school))
    out += validatorFacts(c, covered: out)
    return out
  }

  /// Validator capacity errors this file has no structured proof for.
  static func validatorFacts(_ c: SchoolCounts, covered: [Diagnosis.Finding])
    -> [Diagnosis.Finding]
  {
    let codes: Set<String> = [
      "over-capacity", "spans-cannot-fit", "span-exceeded", "pinned-clash", "pinned-unavailable",
      "pinned-blocked", "pinned-overflow",
    ]
    var out: [Diagnosis.Finding] = []
    for d in Validator.validate(c.school) where d.severity == .error && codes.contains(d.code) {
      let parts = d.pointer.split(separator: "/").map(String.init)
      // Teacher, class and leader loads and pinned clashes are proven above, with fixes.
      if d.code == "over-capacity" && ["teachers", "classes", "leadership"].contains(parts.first) {
        continue
      }
      if d.code == "pinned-clash" && covered.contains(where: { $0.rule == "pinned-clash" }) {
        continue
      }
      var groups: [ConstraintGroup] = []
      var candidates: [Diagnosis.Candidate] = []
      if parts.count >= 3, parts[0] == "lessons", parts[2] == "pinned", let l = Int(parts[1]),
        l < c.school.lessons.count
      {
        groups.append(.init(.pin, l))
        var s = c.school
        s.lessons[l].pinned = []
        candidates.append(
          .init(
            change: "unpin lesson \(s.lessons[l].id.raw)", dollars: 0,
            costDetail: "no cost", disruption: c.school.lessons[l].pinned.count, school: s))
      }
      out.append(
        .init(rule: d.code, message: d.message, groups: groups, candidates: candidates))
    }
    return out
  }

  /// Leaders short of coaching periods and teams short of common planning slots.
  static func leaders(_ c: SchoolCounts, _ e: Explanation) -> [Diagnosis.Finding] {
    let s = c.school
    var out: [Diagnosis.Finding] = []
    let kinds = Explanation.Remedy.Kind.allCases
    for load in e.leaders where !load.fits {
      guard let li = s.leadership.leaders.firstIndex(where: { $0.id == load.leader }) else {
        continue
      }
      let leader = s.leadership.leaders[li]
      var groups: [ConstraintGroup] = []
      if let t = leader.teacher.flatMap({ c.teacherIndex[$0] }) {
        if !s.teachers[t].unavailable.isEmpty { groups.append(.init(.teacherAvailability, t)) }
        if let r = s.leadership.roles.firstIndex(where: { $0.id == leader.role }) {
          groups.append(.init(.release, r))
        }
      } else if !leader.unavailable.isEmpty {
        groups.append(.init(.leaderAvailability, li))
      }
      // A leader short of coaching time is short because of their teams; an overloaded one
      // because of their lessons and release alone.
      if load.overload == 0 {
        for (g, team) in s.leadership.teams.enumerated()
        where team.leader == leader.id && !team.members.isEmpty {
          groups.append(.init(.team, g))
        }
        if s.anyTeamNeeds(\.huddlesPerWeek) { groups.append(.init(.huddles)) }
      }
      var candidates = e.remedies.filter { $0.leader == load.leader }.compactMap {
        r -> Diagnosis.Candidate? in
        guard let changed = r.changed else { return nil }
        return .init(
          change: r.change, dollars: r.yearlyCost, costDetail: r.costDetail,
          disruption: kinds.firstIndex(of: r.kind) ?? 0, school: changed)
      }
      if load.overload == 0 { candidates = fewerHuddles(s) + candidates }
      out.append(
        .init(
          rule: load.overload > 0 ? "leader-overload" : "leader-capacity", message: load.verdict,
          groups: groups, candidates: candidates))
    }
    for plan in e.teams where !plan.fits {
      guard let g = s.leadership.teams.firstIndex(where: { $0.id == plan.team }) else { continue }
      out.append(
        .init(
          rule: "common-planning", message: plan.verdict,
          groups: [.init(.team, g), .init(.huddles)],
          candidates: fewerHuddles(s)))
    }
    return out
  }

  /// Fewer huddles a week: the most (below today's) with which every leader and team fits by
  /// the leadership arithmetic, then half that, then 1; the re-check keeps those a schedule
  /// can really hold.
  static func fewerHuddles(_ s: School) -> [Diagnosis.Candidate] {
    let now = s.policy.huddlesPerWeek
    guard now > 0 else { return [] }
    guard
      let top = stride(from: now - 1, through: 0, by: -1).first(where: { h in
        var changed = s
        changed.policy.huddlesPerWeek = h
        return Explainer.explain(changed).fits
      })
    else { return [] }
    var values: [Int] = []
    for h in [top, top / 2, min(top, 1)] where !values.contains(h) { values.append(h) }
    return values.map { h in
      var changed = s
      changed.policy.huddlesPerWeek = h
      return .init(
        change: "hold \(h) huddles a week instead of \(now) (policy huddlesPerWeek, school-wide)",
        dollars: 0, costDetail: "no cost; teams meet less often", disruption: now - h,
        school: changed)
    }
  }
}
