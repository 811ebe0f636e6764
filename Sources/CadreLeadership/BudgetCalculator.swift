import CadreModel

/// Computes a `BudgetReport` from a school and its master schedule.
///
/// - Stipends: each leader's role `stipend` (negative values count as 0).
/// - A meeting is *released* from a teaching leader when the leader is among its lesson's
///   candidates (docs/RULES.md) and someone else teaches it; the first such leader in
///   candidate order is the one it is released from.
/// - Coverage: only released meetings that coverage positions (`Teacher.coverage`) teach are
///   charged: placed meetings × lesson duration, over the cycle's weeks, times the position's
///   `costPerPeriod` (else `budget.coveragePerPeriod`), times the weeks of the year
///   (`InstructionalYear`: the school year's instructional weeks, else
///   `budget.weeksPerYear`). A position's own lessons (no leader among the candidates) are
///   listed but cost nothing: they are its job, not a leader's release. Yearly amounts are
///   computed per cycle and divided by the cycle's weeks at the end, rounded half up, per
///   position. A leader's coverage is what positions cost for the meetings released from
///   them.
/// - The search counts the same money as rules (`coverage-cost`, `over-budget`: the engine's
///   `Kernel+Budget` and the checker's `Rules+Budget`, each computed on its own).
/// - Over the cap: an `over-budget` error at `/budget/cap` with the amount.
///
/// - Complexity: O(meetings × candidates + teams × members).
public enum BudgetCalculator {
  public static func report(school: School, schedule: Schedule) -> BudgetReport {
    let facts = SchoolFacts(school)
    let year = InstructionalYear(school)
    let weeks = year.weeks
    let weekCount = max(1, school.cycle.weekCount)
    let currency = school.budget?.currency ?? "USD"
    let l = school.leadership
    var leaderOfTeacher: [Int: Int] = [:]
    for (i, leader) in l.leaders.enumerated() {
      if let t = facts.teacherIndex(of: leader), leaderOfTeacher[t] == nil {
        leaderOfTeacher[t] = i
      }
    }
    let rates = school.teachers.map {
      max(0, $0.costPerPeriod ?? school.budget?.coveragePerPeriod ?? 0)
    }
    func yearly(_ periodsPerCycle: Int, _ rate: Int) -> Int {
      periodsPerCycle.multipliedClamped(by: rate).multipliedClamped(by: weeks)
        .divided(roundingBy: weekCount)
    }

    // Charged coverage teaching, per coverage teacher and per (teacher, lesson).
    var coveragePeriods = [Int](repeating: 0, count: school.teachers.count)
    struct Group {
      var teacher: Int
      var lesson: Int
      var meetings = 0
      var periods = 0
      var leader: Int?
    }
    var groups: [Int: Group] = [:]
    for m in schedule.meetings {
      guard m.start != nil, let tid = m.teacher, let ti = facts.teacherIndex[tid],
        school.teachers[ti].coverage, let li = facts.lessonIndex[m.lesson]
      else { continue }
      let lesson = school.lessons[li]
      let d = max(0, lesson.duration)
      let key = ti * max(1, school.lessons.count) + li
      var g = groups[key] ?? Group(teacher: ti, lesson: li)
      if g.meetings == 0 {
        g.leader = facts.candidates(lesson).first { $0 != ti && leaderOfTeacher[$0] != nil }
          .flatMap { leaderOfTeacher[$0] }
      }
      g.meetings += 1
      g.periods = g.periods.addingClamped(d)
      groups[key] = g
    }

    let sortedGroups = groups.values.sorted {
      (school.teachers[$0.teacher].id, $0.lesson) < (school.teachers[$1.teacher].id, $1.lesson)
    }
    var leaderCoverage = [Int](repeating: 0, count: l.leaders.count)
    var leaderCovered = [Int](repeating: 0, count: l.leaders.count)
    let assignments = sortedGroups.map { g -> BudgetReport.CoverageAssignment in
      let t = school.teachers[g.teacher]
      let lesson = school.lessons[g.lesson]
      let what = "\(lesson.classID.raw) \(lesson.subject) x\(g.meetings)"
      var cost = 0
      var text =
        "\(t.id.raw) teaches \(what) (its own lesson, not released from a leader: no "
        + "coverage cost)"
      if let li = g.leader {
        cost = yearly(g.periods, rates[g.teacher])
        coveragePeriods[g.teacher] = coveragePeriods[g.teacher].addingClamped(g.periods)
        leaderCoverage[li] = leaderCoverage[li].addingClamped(cost)
        leaderCovered[li] = leaderCovered[li].addingClamped(g.periods)
        text = "\(t.id.raw) covers \(what) for \(facts.leaderLabel(l.leaders[li]))"
      }
      return .init(
        teacher: t.id, lesson: lesson.id, meetings: g.meetings,
        leader: g.leader.map { l.leaders[$0].id }, yearly: cost, text: text)
    }

    let positions = school.teachers.indices.filter { school.teachers[$0].coverage }
      .sorted { school.teachers[$0].id < school.teachers[$1].id }
      .map { i in
        BudgetReport.CoverageCost(
          teacher: school.teachers[i].id, label: SchoolFacts.teacherLabel(school.teachers[i]),
          periodsPerWeek: coveragePeriods[i].divided(roundingBy: weekCount), rate: rates[i],
          yearly: yearly(coveragePeriods[i], rates[i]))
      }
    let leaders = l.leaders.enumerated().map { i, leader in
      let stipend = max(0, facts.role(leader.role)?.stipend ?? 0)
      return BudgetReport.LeaderCost(
        leader: leader.id, label: facts.leaderLabel(leader), role: leader.role, stipend: stipend,
        coveredPeriodsPerWeek: leaderCovered[i].divided(roundingBy: weekCount),
        coverage: leaderCoverage[i], total: stipend.addingClamped(leaderCoverage[i]))
    }
    let roles = l.roles.map { role in
      let holders = leaders.filter { $0.role == role.id }
      let stipends = holders.map(\.stipend).clampedSum
      let coverage = holders.map(\.coverage).clampedSum
      return BudgetReport.RoleCost(
        role: role.id, title: SchoolFacts.roleTitle(role), leaders: holders.count,
        stipends: stipends, coverage: coverage, total: stipends.addingClamped(coverage))
    }
    let teams = teamCosts(l, facts, leaders)
    let stipends = leaders.map(\.stipend).clampedSum
    let coverage = positions.map(\.yearly).clampedSum
    let total = stipends.addingClamped(coverage)
    let cap = school.budget?.cap
    let overCap = cap.map { max(0, total.addingClamped(-$0)) } ?? 0
    var supported = Set<TeacherID>()
    for team in l.teams { supported.formUnion(team.members) }
    var diagnostics: [Diagnostic] = []
    if overCap > 0, let c = cap {
      let m = { (amount: Int) in Text.money(amount, currency) }
      diagnostics.append(
        .error(
          "over-budget", at: Pointer.of("budget", "cap"),
          "The plan costs \(m(total)) a year (stipends \(m(stipends)), coverage "
            + "\(m(coverage))) but the cap is \(m(c)): \(m(overCap)) over",
          hint: "lower release or stipends, use cheaper coverage, or raise the cap"))
    }
    return BudgetReport(
      currency: currency, weeks: weeks, weeksSource: year.text, stipends: stipends,
      coverage: coverage, total: total, cap: cap, overCap: overCap,
      teachersSupported: supported.count,
      perTeacherSupported: supported.isEmpty ? nil : total.divided(roundingBy: supported.count),
      leaders: leaders, coveragePositions: positions, assignments: assignments, roles: roles,
      teams: teams, diagnostics: diagnostics)
  }

  /// Each team's share of its leader's cost: split evenly over the leader's teams in file
  /// order, the remainder to the first.
  static func teamCosts(
    _ l: Leadership, _ facts: SchoolFacts, _ leaders: [BudgetReport.LeaderCost]
  ) -> [BudgetReport.TeamCost] {
    l.teams.enumerated().map { j, team in
      let members = Set(team.members).count
      guard let li = facts.leaderIndex[team.leader] else {
        return .init(
          team: team.id, leader: team.leader, members: members, stipend: 0, coverage: 0,
          total: 0)
      }
      let led = l.teams.indices.filter { l.teams[$0].leader == team.leader }
      let k = max(1, led.count)
      let first = led.first == j
      func share(_ amount: Int) -> Int { amount / k + (first ? amount % k : 0) }
      let stipend = share(leaders[li].stipend)
      let coverage = share(leaders[li].coverage)
      return .init(
        team: team.id, leader: team.leader, members: members, stipend: stipend,
        coverage: coverage, total: stipend.addingClamped(coverage))
    }
  }
}
