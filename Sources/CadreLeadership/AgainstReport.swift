import CadreModel

/// The "against the report" section of `cadre solve` and `cadre explain` for a school whose
/// file names its `source`: each quoted figure next to the one Cadre computes from the school
/// (teams formed), e.g. `report: "nearly 220 observations each"; Cadre: Principal: 297 for 27
/// teachers`. docs/FORMAT.md lists the measures (`SourceMeasure`).
///
/// Every figure is computed from the school alone, as `explain`'s coaching loads are, so both
/// commands print the same section; `solve` adds what the calendar placed where it has one.
public enum AgainstReport {
  /// The section's lines (heading first), or nil when the school names no source.
  ///
  /// - Parameter placed: observations the coaching calendar placed and required, over all
  ///   leaders (from the calendar checker), when a calendar was planned.
  /// - Complexity: O(teams × members + leaders) per figure.
  public static func lines(_ school: School, placed: (placed: Int, required: Int)? = nil)
    -> [String]?
  {
    guard let source = school.source else { return nil }
    var out = ["Against the report (\(source.title)):"]
    for (f, cadre) in figures(school, placed: placed) {
      out.append("  report: \"\(f.quote)\"")
      out.append("  Cadre:  " + cadre)
    }
    return out
  }

  /// Each quoted figure of the school's source with Cadre's own, in file order (empty without
  /// a source): what `lines` prints and `--json` writes.
  public static func figures(_ school: School, placed: (placed: Int, required: Int)? = nil)
    -> [(figure: SourceFigure, cadre: String)]
  {
    guard let source = school.source else { return [] }
    let facts = SchoolFacts(school)
    let led = Led(school, facts)
    return source.figures.map { f in
      let one = f.leader.flatMap { id in led.leaders.first { $0.leader.id == id } }
      let cadre =
        one.map { single(f.measure, $0, school, facts) }
        ?? computed(f.measure, school, facts, led, placed: placed)
      return (f, cadre)
    }
  }

  /// Per leader (file order): their role and the distinct teachers they develop.
  struct Led {
    var leaders: [(leader: Leader, role: Role?, members: Int)] = []

    init(_ school: School, _ facts: SchoolFacts) {
      for leader in school.leadership.leaders {
        var seen = Set<TeacherID>()
        for team in school.leadership.teams where team.leader == leader.id {
          for m in team.members where m != leader.teacher { seen.insert(m) }
        }
        leaders.append((leader, facts.role(leader.role), seen.count))
      }
    }

    /// Role titles in order of first appearance, with their leaders' member counts.
    var byRole: [(title: String, role: Role?, members: [Int])] {
      var out: [(title: String, role: Role?, members: [Int])] = []
      for l in leaders {
        let title = SchoolFacts.roleTitle(l.role)
        if let i = out.firstIndex(where: { $0.title == title }) {
          out[i].members.append(l.members)
        } else {
          out.append((title, l.role, [l.members]))
        }
      }
      return out
    }
  }

  static func computed(
    _ measure: SourceMeasure, _ school: School, _ facts: SchoolFacts, _ led: Led,
    placed: (placed: Int, required: Int)?
  ) -> String {
    let policy = school.policy
    let spot = policy.observations.filter { $0.kind == .spot }.map { max(0, $0.perYear) }.clampedSum
    let formal = policy.observations.filter { $0.kind == .formal }.map { max(0, $0.perYear) }
      .clampedSum
    let quota = spot.addingClamped(formal)
    switch measure {
    case .observationsPerLeader:
      let parts = led.byRole.compactMap { r -> String? in
        let with = r.members.filter { $0 > 0 }
        guard !with.isEmpty else { return nil }
        let obs = with.map { $0.multipliedClamped(by: quota) }
        let each = r.members.count == 1 ? "" : " each"
        let noun = with.max() == 1 ? "teacher" : "teachers"
        return "\(r.title): \(range(obs))\(each) for \(range(with)) \(noun)"
      }
      var text =
        parts.isEmpty
        ? "no leader has team members"
        : parts.joined(separator: "; ")
          + " (\(Text.count(quota, "observation")) per teacher a year)"
      if let placed {
        text += "; the calendar placed \(placed.placed.grouped) of \(placed.required.grouped)"
      }
      return text
    case .teachersPerLeader:
      return led.byRole.map { r in
        "\(r.title): \(range(r.members))\(r.members.count == 1 ? "" : " each") "
          + "(\(Text.count(r.members.count, "leader")))"
      }.joined(separator: "; ")
    case .observationsPerTeacher:
      return "\(quota) a year (\(spot) spot, \(formal) formal) from their own leader"
    case .release:
      let periods = max(1, school.cycle.periods.count)
      return led.byRole.map { r in
        guard let role = r.role else { return "\(r.title): unknown role" }
        if let perDay = role.releasePeriodsPerDay {
          return "\(r.title): \(Text.count(perDay, "period")) a day of \(periods) "
            + "(\(percent(Double(perDay) / Double(periods))))"
        }
        return "\(r.title): \(percent(role.release)) of the week free of teaching"
      }.joined(separator: "; ")
    case .huddlesPerWeek:
      let teams = school.leadership.teams.filter { !$0.members.isEmpty }.count
      return "\(Text.count(max(0, policy.huddlesPerWeek), "huddle")) a week for each of "
        + Text.count(teams, "team")
    case .coachingTime:
      let loads = CoachingLoads(school).loads.filter { $0.members > 0 }
      guard !loads.isEmpty else { return "no leader has team members" }
      let fit = loads.filter(\.fits).count
      // The tightest leader: the largest shortfall, else the least to spare (then file order).
      let worst = loads.enumerated().max { a, b in
        let x = (a.element.shortfall, a.element.neededPerWeek - a.element.availablePerWeek)
        let y = (b.element.shortfall, b.element.neededPerWeek - b.element.availablePerWeek)
        return (x.0, x.1, b.offset) < (y.0, y.1, a.offset)
      }
      var text =
        "\(fit) of \(Text.count(loads.count, "leader")) \(fit == 1 ? "has" : "have") the time"
      if let w = worst?.element { text += "; " + w.verdict }
      return text
    case .stipends:
      let currency = school.budget?.currency ?? "USD"
      var total = 0
      let parts = led.byRole.map { r -> String in
        let stipend = max(0, r.role?.stipend ?? 0)
        let sum = stipend.multipliedClamped(by: r.members.count)
        total = total.addingClamped(sum)
        return "\(r.title) \(r.members.count) × \(Text.money(stipend, currency))"
      }
      return parts.joined(separator: ", ") + " = \(Text.money(total, currency)) a year"
    case .teacherLeaders:
      let teaching = led.leaders.filter { facts.teacherIndex(of: $0.leader) != nil }.count
      let all = school.teachers.count
      return "\(teaching) of \(Text.count(all, "teacher")) hold a leader role "
        + "(\(percent(all == 0 ? 0 : Double(teaching) / Double(all))))"
    }
  }

  /// A figure about one leader (`SourceFigure.leader`): their observations, team or coaching
  /// time; the school-wide figure for the other measures.
  static func single(
    _ measure: SourceMeasure, _ one: (leader: Leader, role: Role?, members: Int), _ school: School,
    _ facts: SchoolFacts
  ) -> String {
    let label = facts.leaderLabel(one.leader)
    let quota = school.policy.observations.map { max(0, $0.perYear) }.clampedSum
    switch measure {
    case .observationsPerLeader:
      return "\(label): \(one.members.multipliedClamped(by: quota).grouped) a year for "
        + Text.count(one.members, "teacher")
    case .teachersPerLeader:
      return "\(label): \(Text.count(one.members, "teacher"))"
    case .coachingTime:
      return CoachingLoads(school).load(one.leader.id)?.verdict ?? label
    default:
      return computed(measure, school, facts, Led(school, facts), placed: nil)
    }
  }

  /// "8", or "1 to 2".
  static func range(_ values: [Int]) -> String {
    guard let lo = values.min(), let hi = values.max() else { return "0" }
    return lo == hi ? lo.grouped : "\(lo.grouped) to \(hi.grouped)"
  }

  /// 0.5 -> "50%", 1/7 -> "14%".
  static func percent(_ x: Double) -> String {
    "\(Int((x * 100).rounded()))%"
  }
}
