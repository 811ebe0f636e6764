import CadreModel

/// The span axis re-forms teams: "span 6 or 8?" asks how many leaders a limit needs, so
/// neighbouring teacher-led teams that fit together under the new limit are merged (one
/// leader steps down, as in the MCL model) and a teacher-led team larger than it is split, each
/// new part getting a leader promoted from its own members as in the Team Lead model
/// (docs/SWEEPS.md, `span`).
enum SpanReform {
  /// Near-equal part sizes for `n` members under `limit`: ceil(n / limit) parts, the larger
  /// ones first; `[n]` when the team fits or the limit is below 1.
  static func sizes(_ n: Int, limit: Int) -> [Int] {
    guard limit >= 1, n > limit else { return [n] }
    let parts = n / limit + (n % limit == 0 ? 0 : 1)
    return (0..<parts).map { n / parts + ($0 < n % parts ? 1 : 0) }
  }

  /// Merges, then splits, the teams led by leaders in `roles` (the teacher-leader roles).
  static func apply(limit: Int, roles: Set<RoleID>, _ school: School) -> School {
    var e = LeadershipEdit(school: school)
    merge(limit: limit, roles: roles, &e)
    split(limit: limit, roles: roles, &e)
    return e.school
  }

  /// Greedy in file order: the first pair of teams A before B that `canMerge` allows is merged
  /// (B into A, B's leader stepping down into A), and the scan starts again until no pair
  /// applies. A merge that turns a valid school invalid is skipped (tried, validated, kept only
  /// when valid); a school already invalid keeps every merge that fits.
  /// - Complexity: O(t^3 + t x v) for t teams and v the cost of one validation (at most t
  ///   merges, and a skipped pair is not tried again).
  static func merge(limit: Int, roles: Set<RoleID>, _ e: inout LeadershipEdit) {
    var valid = Validator.isValid(e.school)
    // Pairs (team ids) whose merge broke a valid school; only asked for membership.
    var skipped: Set<[TeamID]> = []
    var merged = true
    while merged {
      merged = false
      search: for a in e.leadership.teams.indices {
        for b in e.leadership.teams.indices.dropFirst(a + 1)
        where canMerge(a, b, limit: limit, roles: roles, e) {
          let pair = [e.leadership.teams[a].id, e.leadership.teams[b].id]
          guard !skipped.contains(pair) else { continue }
          var trial = e
          trial.merge(team: b, into: a)
          let ok = Validator.isValid(trial.school)
          if valid && !ok {
            skipped.insert(pair)
            continue
          }
          (e, valid, merged) = (trial, ok, true)
          break search
        }
      }
    }
  }

  /// Team `b` may merge into team `a` when both are led by different leaders in the same role
  /// of `roles`, `b`'s leader teaches (they become a member) and leads only `b`, the teams are
  /// `neighbours`, and `a`'s leader's members plus `b`'s plus `b`'s leader fit the limit.
  static func canMerge(
    _ a: Int, _ b: Int, limit: Int, roles: Set<RoleID>, _ e: LeadershipEdit
  ) -> Bool {
    let l = e.leadership
    guard let la = l.leaders.firstIndex(where: { $0.id == l.teams[a].leader }),
      let lb = l.leaders.firstIndex(where: { $0.id == l.teams[b].leader }),
      la != lb, roles.contains(l.leaders[la].role), l.leaders[la].role == l.leaders[lb].role,
      l.leaders[lb].teacher != nil, l.teams.filter({ $0.leader == l.leaders[lb].id }).count == 1,
      neighbours(l.teams[a], l.teams[b])
    else { return false }
    return e.load(la) + l.teams[b].members.count + 1 <= limit
  }

  /// Teams of one subject, or of equal or adjacent grades (K next to 1, pre-K next to K), are
  /// neighbours; a team with neither grade nor subject neighbours only another with neither.
  static func neighbours(_ a: Team, _ b: Team) -> Bool {
    if let s = a.subject, s == b.subject { return true }
    if let g = a.grade.map(normalized), let h = b.grade.map(normalized) {
      if g == h { return true }
      guard let x = gradeNumber(g), let y = gradeNumber(h) else { return false }
      return abs(x - y) <= 1
    }
    return a.grade == nil && a.subject == nil && b.grade == nil && b.subject == nil
  }

  static func normalized(_ grade: String) -> String {
    var g = grade.lowercased().filter { !$0.isWhitespace }
    if g.hasPrefix("grade") { g.removeFirst(5) }
    return g
  }

  /// A normalized grade's place: pre-K -1, K 0, else the number; nil for other names.
  static func gradeNumber(_ g: String) -> Int? {
    switch g {
    case "pk", "prek", "pre-k", "pre-kindergarten", "prekindergarten": -1
    case "k", "kg", "kindergarten": 0
    default: Int(g)
    }
  }

  /// Splits every team whose leader is in one of `roles` and has more members than `limit`,
  /// in file order: the team keeps its first part and leader; each further part is a new team
  /// `<team>-k` led by the member the Team Lead model would promote, in the leader's role.
  /// A team no part of which can be split off with a leader (a part of coverage positions
  /// only) is left whole, for the validator to report as `span-exceeded`. A leader's teams are
  /// split one by one: a leader of several teams that fit alone but not together stays
  /// `span-exceeded`.
  /// - Complexity: O(t x (m + l + s)) for t teams, m members, l leaders and s lessons.
  static func split(limit: Int, roles: Set<RoleID>, _ e: inout LeadershipEdit) {
    let original = e.leadership.teams.count
    for j in 0..<original {
      let team = e.leadership.teams[j]
      guard let leader = e.leadership.leaders.first(where: { $0.id == team.leader }),
        roles.contains(leader.role)
      else { continue }
      let parts = sizes(team.members.count, limit: limit)
      guard parts.count >= 2 else { continue }
      var trial = e
      let added = trial.split(team: j, sizes: parts)
      guard added.count == parts.count - 1 else { continue }
      var promoted = true
      for k in added where trial.promote(team: k, role: leader.role) == nil {
        promoted = false
        break
      }
      if promoted { e = trial }
    }
  }
}
