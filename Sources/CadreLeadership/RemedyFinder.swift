import CadreModel

/// Candidate changes for one failing leader, each applied to a copy of the school and
/// re-checked by recomputing every leader's numbers (`CoachingLoads`) on the copy, so a remedy
/// says what it really does, not what it was hoped to do.
///
/// Costs are yearly: covered periods per cycle × rate × weeks / weeks of the cycle, where the
/// rate is `budget.coveragePerPeriod`, else the cheapest coverage position's `costPerPeriod`
/// (or that of the coverage positions a change names).
struct RemedyFinder {
  let school: School
  let base: CoachingLoads
  let target: Explanation.LeaderLoad
  let leaderIndex: Int

  var facts: SchoolFacts { base.facts }
  var leader: Leader { school.leadership.leaders[leaderIndex] }
  var role: Role? { facts.role(leader.role) }
  var roleIndex: Int? { facts.roleIndex[leader.role] }
  var currency: String { school.budget?.currency ?? "USD" }

  func money(_ amount: Int) -> String { Text.money(amount, currency) }

  /// The rate of one covered period when no position is named.
  var defaultRate: Int {
    if let b = school.budget, b.coveragePerPeriod > 0 { return b.coveragePerPeriod }
    let rates = school.teachers.filter(\.coverage).compactMap(\.costPerPeriod).filter {
      $0 >= 0
    }
    return rates.min() ?? 0
  }

  func yearly(_ periodsPerCycle: Int, _ rate: Int) -> Int {
    periodsPerCycle.multipliedClamped(by: rate).multipliedClamped(by: base.year.weeks)
      .divided(roundingBy: max(1, school.cycle.weekCount))
  }

  func perWeek(_ periodsPerCycle: Int) -> Int {
    periodsPerCycle.divided(roundingBy: max(1, school.cycle.weekCount))
  }

  /// "18 periods a week x $30 x 36 weeks".
  func coverageDetail(_ periodsPerCycle: Int, _ rate: Int) -> String {
    "\(Text.count(perWeek(periodsPerCycle), "covered period")) a week x \(money(rate)) x "
      + "\(base.year.weeks) weeks"
  }

  /// Every remedy that applies to the target leader.
  func all() -> [Explanation.Remedy] {
    var out: [Explanation.Remedy] = []
    if target.overload > 0 {
      out += [moveLessons(), lowerRelease()].compactMap { $0 }
    }
    if target.neededPerWeek > target.availablePerWeek {
      out += [fewerObservations(), widenSpan(), raiseRelease(), addLeader(), addAvailability()]
        .compactMap { $0 }
    }
    return out
  }

  /// Re-checks `changed` and builds the remedy.
  func evaluate(
    _ kind: Explanation.Remedy.Kind, change: String, cost: Int, costDetail: String,
    changed: School, assumedLoad: [LeaderID: Int] = [:], extraCheck: String? = nil
  ) -> Explanation.Remedy {
    let after = CoachingLoads(changed, assumedLoad: assumedLoad)
    let mine = after.load(target.leader)
    let short = mine?.shortfall ?? target.shortfall
    let broken = after.loads.filter { a in
      !a.fits && a.leader != target.leader && (base.load(a.leader)?.fits ?? true)
    }
    var recheck =
      mine.map {
        "\($0.label) would need \($0.neededPerWeek) and have "
          + "\($0.availablePerWeek) a week"
      } ?? ""
    if let m = mine, m.overload > 0 {
      recheck += "; still \(m.overload) fixed periods over the teaching limit"
    }
    if !broken.isEmpty {
      recheck += "; but " + broken.map(\.verdict).joined(separator: "; ")
    }
    if let extra = extraCheck { recheck += "; but " + extra }
    return Explanation.Remedy(
      kind: kind, leader: target.leader, change: change, yearlyCost: cost,
      costDetail: costDetail, shortfallAfter: short, breaks: broken.map(\.leader),
      fixes: short == 0 && broken.isEmpty && extraCheck == nil, recheck: recheck,
      changed: changed)
  }
}
