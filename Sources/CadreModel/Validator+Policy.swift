extension Validator {
  /// Policy, budget and weights: counts are not negative, and observation quotas make sense.
  ///
  /// Observation minutes: a spot visit without `minutes` lasts 15 minutes (the report's
  /// "cursory, 15-minute stop-by visits"), so leaving it out is fine. A spot visit must fit in
  /// the shortest period. A formal observation takes the whole period, so `minutes` on it is
  /// ignored: a warning (`formal-minutes-ignored`).
  static func checkPolicy(_ c: Context, into out: inout [Diagnostic]) {
    let p = c.school.policy
    let numbers: [(String, Int, Int)] = [
      ("debriefWindowDays", p.debriefWindowDays, 0),
      ("minDaysBetweenObservations", p.minDaysBetweenObservations, 0),
      ("maxObservationsPerLeaderPerDay", p.maxObservationsPerLeaderPerDay, 0),
      ("huddlesPerWeek", p.huddlesPerWeek, 0),
      ("huddleMinutes", p.huddleMinutes ?? 1, 1),
      ("oneOnOnesPerMonth", p.oneOnOnesPerMonth, 0),
      ("observableSlotsPerMember", p.observableSlotsPerMember, 0),
      ("maxConsecutivePeriods", p.maxConsecutivePeriods, 0),
      ("noObservationDaysAtStart", p.noObservationDaysAtStart, 0),
      ("noObservationDaysAtEnd", p.noObservationDaysAtEnd, 0),
    ]
    for (key, value, least) in numbers where value < least {
      out.append(
        outOfRange(
          Pointer.of("policy", key), "Policy \(key) is \(value); it must be at least \(least)",
          hint: "see docs/FORMAT.md for the default"))
    }
    checkWeeklyNeeds(c, into: &out)
    checkQuotas(p.observations, c, owner: nil, into: &out) { i, key in
      Pointer.of("policy", "observations", i, key)
    }
    if let b = c.school.budget {
      for (key, value, least) in [
        ("cap", b.cap ?? 0, 0), ("coveragePerPeriod", b.coveragePerPeriod, 0),
        ("weeksPerYear", b.weeksPerYear ?? 1, 1),
      ] where value < least {
        out.append(
          outOfRange(
            Pointer.of("budget", key), "Budget \(key) is \(value); it must be at least \(least)",
            hint: "money is in whole currency units"))
      }
      checkWeeks(c.school, b, into: &out)
    }
    let w = c.school.weights
    for rule in SoftRule.allCases where !w.isRequired(rule) && w[rule] < 0 {
      out.append(
        outOfRange(
          Pointer.of("weights", rule.key), "Weight \(rule.key) is \(w[rule])",
          hint: "weights are integers of 0 or more, or \"hard\"; 0 turns the soft rule off"))
    }
  }

  /// Huddles and observable slots are weekly needs of every team: each asks for that many
  /// slots in every week of the cycle, so a number above the teachable slots of the emptiest
  /// week can never be met (`common-planning` / `observation-window` in docs/RULES.md).
  static func checkWeeklyNeeds(_ c: Context, into out: inout [Diagnostic]) {
    let l = c.school.leadership
    let hasTeams =
      l.teams.contains { !$0.members.isEmpty } || (l.formation != nil && !l.teams.isEmpty)
    guard hasTeams, c.cycle.slotCount > 0 else { return }
    let perWeek = c.cycle.weeks.indices.map { w in
      c.cycle.allSlots.filter { $0.week == w && !c.blocked.contains($0) }.count
    }
    let least = perWeek.min() ?? 0
    let p = c.school.policy
    for (key, value, what) in [
      ("huddlesPerWeek", p.huddlesPerWeek, "huddles"),
      ("observableSlotsPerMember", p.observableSlotsPerMember, "observable slots per member"),
    ] where value > least {
      out.append(
        .error(
          "over-capacity", at: Pointer.of("policy", key),
          "Policy asks for \(value) \(what) a week but a week of the cycle has only \(least) "
            + "teachable slots",
          hint: "lower \(key), or unblock slots"))
    }
  }

  /// One count of weeks: with a school year, its instructional weeks price coverage
  /// (`InstructionalYear`), so an explicit `budget.weeksPerYear` that disagrees is named
  /// (`weeks-disagree`, a warning) rather than silently ignored.
  static func checkWeeks(_ school: School, _ b: Budget, into out: inout [Diagnostic]) {
    guard let explicit = b.weeksPerYear, explicit >= 1, school.year != nil else { return }
    let year = InstructionalYear(school)
    guard let days = year.schoolDays, year.weeks != explicit else { return }
    out.append(
      .warning(
        "weeks-disagree", at: Pointer.of("budget", "weeksPerYear"),
        "budget.weeksPerYear is \(explicit) but the school year has \(year.weeks) instructional "
          + "weeks (\(days) school days); Cadre prices coverage with the year's \(year.weeks)",
        hint: "remove weeksPerYear (the year's count is used), or make the two agree"))
  }

  /// Observation quotas, the school's or a team's or role's own (`owner`, which then names
  /// the messages): perYear and weight not negative; a formal observation's minutes ignored
  /// (a warning); a spot visit at least a minute and within the shortest period.
  static func checkQuotas(
    _ quotas: [ObservationQuota], _ c: Context, owner: String?, into out: inout [Diagnostic],
    pointer: (Int, String) -> String
  ) {
    let quota = owner.map { "\($0)'s" } ?? "The"
    let spot = owner.map { "\($0)'s spot" } ?? "Spot"
    let shortest = c.cycle.periods.map { $0.end.minutes - $0.start.minutes }.filter { $0 > 0 }
      .min()
    for (i, q) in quotas.enumerated() {
      if q.perYear < 0 {
        out.append(
          outOfRange(
            pointer(i, "perYear"),
            "\(quota) \(q.kind.rawValue) observation quota is \(q.perYear) a year",
            hint: "perYear counts observations per teacher per year, 0 or more"))
      }
      if let w = q.weight, w < 0 {
        out.append(
          outOfRange(
            pointer(i, "weight"), "\(quota) \(q.kind.rawValue) observation quota weighs \(w)",
            hint: "a weight is an integer of 0 or more; leave it out for a hard quota"))
      }
      guard let minutes = q.minutes else { continue }
      switch q.kind {
      case .formal:
        out.append(
          .warning(
            "formal-minutes-ignored", at: pointer(i, "minutes"),
            "A formal observation takes a whole period, so minutes \(minutes) is ignored",
            hint: "remove minutes, or make it a spot observation"))
      case .spot:
        if minutes < 1 {
          out.append(
            outOfRange(
              pointer(i, "minutes"), "\(spot) observations last \(minutes) minutes",
              hint: "a spot visit lasts at least a minute; leave minutes out for 15"))
        } else if let s = shortest, minutes > s {
          out.append(
            outOfRange(
              pointer(i, "minutes"),
              "\(spot) observations last \(minutes) minutes but the shortest period is \(s)",
              hint: "a spot visit happens inside one lesson; use a formal observation instead"))
        }
      }
    }
  }
}
