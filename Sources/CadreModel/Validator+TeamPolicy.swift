extension Validator {
  /// A role's or a team's own `policy` (issue 14 item 6): counts and weights are not negative,
  /// observation quotas make sense as the school's do, and a weekly need fits in a week of the
  /// cycle. The upper ends are in `Bounds.overrides`.
  static func checkTeamPolicies(_ c: Context, into out: inout [Diagnostic]) {
    let l = c.school.leadership
    for (i, role) in l.roles.enumerated() {
      guard let o = role.policy else { continue }
      checkOverride(
        o, at: Pointer.of("leadership", "roles", i, "policy"), "Role \(role.id.raw)", c,
        into: &out)
    }
    for (i, team) in l.teams.enumerated() {
      guard let o = team.policy else { continue }
      checkOverride(
        o, at: Pointer.of("leadership", "teams", i, "policy"), "Team \(team.id.raw)", c,
        into: &out)
    }
  }

  static func checkOverride(
    _ o: PolicyOverride, at base: String, _ what: String, _ c: Context,
    into out: inout [Diagnostic]
  ) {
    let least = c.cycle.slotCount > 0 ? leastTeachableWeek(c) : nil
    let numbers: [(String, PolicyNumber?, String, Bool)] = [
      ("observableSlotsPerMember", o.observableSlotsPerMember, "observable slots per member", true),
      ("huddlesPerWeek", o.huddlesPerWeek, "huddles", true),
      ("oneOnOnesPerMonth", o.oneOnOnesPerMonth, "one-on-ones a month", false),
    ]
    for (key, number, words, weekly) in numbers {
      guard let n = number else { continue }
      let at = base + "/" + key + (n.isSoft ? "/count" : "")
      if n.count < 0 {
        out.append(
          outOfRange(
            at, "\(what) asks for \(n.count) \(words); it must be at least 0",
            hint: "leave \(key) out to use the role's or the school's number"))
      } else if weekly, let least, n.count > least {
        out.append(
          .error(
            "over-capacity", at: at,
            "\(what) asks for \(n.count) \(words) a week but a week of the cycle has only "
              + "\(least) teachable slots",
            hint: "lower \(key), or mark it soft: {\"count\": \(n.count), \"weight\": 10}"))
      }
      if let w = n.weight, w < 0 {
        out.append(
          outOfRange(
            base + "/" + key + "/weight", "\(what) weighs a shortfall of \(key) at \(w)",
            hint: "a weight is an integer of 0 or more; a plain number makes the need hard"))
      }
    }
    guard let quotas = o.observations else { return }
    checkQuotas(quotas, c, owner: what, into: &out) { i, key in
      base + "/observations/" + String(i) + "/" + key
    }
  }

  /// Teachable (not blocked) slots of the emptiest cycle week.
  static func leastTeachableWeek(_ c: Context) -> Int {
    c.cycle.weeks.indices.map { w in
      c.cycle.allSlots.filter { $0.week == w && !c.blocked.contains($0) }.count
    }.min() ?? 0
  }
}
