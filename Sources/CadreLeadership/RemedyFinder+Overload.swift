import CadreModel

extension RemedyFinder {
  /// Hands the fewest periods of the leader's fixed lessons that cover the overload to
  /// coverage: each chosen lesson names the leader and the qualified coverage positions as
  /// candidates (or, without such positions, every qualified teacher). The validator's
  /// `over-capacity` errors on the changed school are compared with the original's, so a
  /// coverage position that cannot absorb the lessons shows up.
  ///
  /// - Complexity: O(2^k × k) over the leader's k fixed lessons when k ≤ 16, else greedy.
  func moveLessons() -> Explanation.Remedy? {
    guard let tid = leader.teacher else { return nil }
    let fixed = school.lessons.indices.filter {
      school.lessons[$0].teacher == tid && SchoolFacts.periods(school.lessons[$0]) > 0
    }
    guard !fixed.isEmpty else { return nil }
    let chosen = Self.smallestCover(
      fixed.map { SchoolFacts.periods(school.lessons[$0]) }, atLeast: target.overload
    ).map { fixed[$0] }
    var changed = school
    var coverers = Set<Int>()
    var periods = 0
    for li in chosen {
      let lesson = school.lessons[li]
      let grade = facts.classIndex[lesson.classID].flatMap { school.classes[$0].grade }
      let covers = school.teachers.indices.filter {
        school.teachers[$0].coverage
          && school.teachers[$0].qualifies(subject: lesson.subject, grade: grade)
      }
      coverers.formUnion(covers)
      periods = periods.addingClamped(SchoolFacts.periods(lesson))
      changed.lessons[li].teacher = nil
      changed.lessons[li].candidates =
        covers.isEmpty
        ? []
        : [tid]
          + covers.sorted { school.teachers[$0].id < school.teachers[$1].id }.map {
            school.teachers[$0].id
          }
    }
    let names = coverers.map { school.teachers[$0].id.raw }.sorted()
    let rates = coverers.compactMap { school.teachers[$0].costPerPeriod }.filter { $0 >= 0 }
    let rate = rates.min() ?? defaultRate
    let lessons = chosen.map { school.lessons[$0] }.map { "\($0.classID.raw) \($0.subject)" }
    let by = names.isEmpty ? "another qualified teacher" : names.joined(separator: " or ")
    let change =
      "let \(by) teach \(lessons.joined(separator: ", ")) (\(periods) periods a cycle) "
      + "instead of \(target.label), who stays a candidate"
    let before = Validator.validate(school).filter { $0.code == "over-capacity" }
    let after = Validator.validate(changed).filter { $0.code == "over-capacity" }
    let fresh = after.filter { a in !before.contains { $0.message == a.message } }
    return evaluate(
      .moveLessons, change: change, cost: yearly(periods, rate),
      costDetail: coverageDetail(periods, rate), changed: changed,
      extraCheck: fresh.first.map { "the validator finds: \($0.message)" })
  }

  /// Indices of the fewest total periods ≥ `need` (ties: fewer lessons, then earlier ones);
  /// every index when even all of them fall short.
  static func smallestCover(_ periods: [Int], atLeast need: Int) -> [Int] {
    let n = periods.count
    if n > 16 {
      // Largest first until covered: not always the smallest, but bounded work.
      var out: [Int] = []
      var sum = 0
      for i in periods.indices.sorted(by: { (periods[$1], $0) < (periods[$0], $1) })
      where sum < need {
        out.append(i)
        sum = sum.addingClamped(periods[i])
      }
      return out.sorted()
    }
    var best: (key: (Int, Int, Int), mask: Int)?
    for mask in 1..<(1 << n) {
      var sum = 0
      for i in 0..<n where mask & (1 << i) != 0 { sum = sum.addingClamped(periods[i]) }
      guard sum >= need else { continue }
      let key = (sum, mask.nonzeroBitCount, Self.order(mask, n))
      if let b = best, b.key <= key { continue }
      best = (key, mask)
    }
    guard let b = best else { return Array(0..<n) }
    return (0..<n).filter { b.mask & (1 << $0) != 0 }
  }

  /// A key that prefers masks whose lessons come earlier in the file.
  private static func order(_ mask: Int, _ n: Int) -> Int {
    var key = 0
    for i in 0..<n where mask & (1 << i) != 0 { key |= 1 << (n - 1 - i) }
    return -key
  }

  /// Lowers the role's release to the largest step that lets the fixed lessons fit: one
  /// period a day less at a time for `releasePeriodsPerDay`, else 0.5, 0.25 or 0 below the
  /// current share. Every leader of the role teaches more; that is the price, not money.
  func lowerRelease() -> Explanation.Remedy? {
    guard let role, let ri = roleIndex, let fixed = target.fixedLoad else { return nil }
    var changed = school
    let from: String
    let to: String
    if let r = role.releasePeriodsPerDay, r > 0 {
      // An out-of-range value (reported by the validator) starts from the day's periods.
      var next = min(r, school.cycle.periodCount) - 1
      while next > 0 {
        var trial = role
        trial.releasePeriodsPerDay = next
        if facts.teachingLimit(trial) >= fixed { break }
        next -= 1
      }
      changed.leadership.roles[ri].releasePeriodsPerDay = next
      from = "\(r) period(s) a day"
      to = "\(next) period(s) a day"
    } else {
      let steps = [0.5, 0.25, 0].filter { $0 < role.release - 1e-9 }
      guard !steps.isEmpty else { return nil }
      var next = steps[steps.count - 1]
      for s in steps {
        var trial = role
        trial.release = s
        if facts.teachingLimit(trial) >= fixed {
          next = s
          break
        }
      }
      changed.leadership.roles[ri].release = next
      from = Text.decimal(role.release)
      to = Text.decimal(next)
    }
    let title = SchoolFacts.roleTitle(role)
    let limit = facts.teachingLimit(changed.leadership.roles[ri])
    return evaluate(
      .lowerRelease,
      change:
        "lower the release of \(title) (\(role.id.raw)) from \(from) to \(to), so they teach "
        + "at most \(limit) of \(facts.teachableSlots)",
      cost: 0, costDetail: "no cost; every \(title) has less release time", changed: changed)
  }
}
