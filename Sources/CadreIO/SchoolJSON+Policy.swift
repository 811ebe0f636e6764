import CadreModel

/// The coaching policy, the budget and the soft-rule weights: the numbers a scenario varies.
extension SchoolJSON {
  static let policyKeys = [
    "observations", "debriefWindowDays", "minDaysBetweenObservations",
    "maxObservationsPerLeaderPerDay", "huddlesPerWeek", "huddleMinutes", "oneOnOnesPerMonth",
    "observableSlotsPerMember", "maxConsecutivePeriods", "noObservationDaysAtStart",
    "noObservationDaysAtEnd", "announceSpotObservations",
  ]
  static let observationKeys = ["kind", "perYear", "minutes", "weight"]
  static let budgetKeys = ["cap", "coveragePerPeriod", "weeksPerYear", "currency"]
  static let weightKeys = SoftRule.allCases.map(\.key)

  // MARK: Decoding

  static func policyValue(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Policy? {
    guard let o = r.object(v, at: p, "policy", keys: policyKeys) else { return nil }
    let d = Policy()
    return Policy(
      observations: r.optionalList(o, "observations") { r, v, p in observation(&r, v, p) },
      debriefWindowDays: r.optionalInt(o, "debriefWindowDays") ?? d.debriefWindowDays,
      minDaysBetweenObservations: r.optionalInt(o, "minDaysBetweenObservations")
        ?? d.minDaysBetweenObservations,
      maxObservationsPerLeaderPerDay: r.optionalInt(o, "maxObservationsPerLeaderPerDay")
        ?? d.maxObservationsPerLeaderPerDay,
      huddlesPerWeek: r.optionalInt(o, "huddlesPerWeek") ?? d.huddlesPerWeek,
      huddleMinutes: r.optionalInt(o, "huddleMinutes"),
      oneOnOnesPerMonth: r.optionalInt(o, "oneOnOnesPerMonth") ?? d.oneOnOnesPerMonth,
      observableSlotsPerMember: r.optionalInt(o, "observableSlotsPerMember")
        ?? d.observableSlotsPerMember,
      maxConsecutivePeriods: r.optionalInt(o, "maxConsecutivePeriods") ?? d.maxConsecutivePeriods,
      noObservationDaysAtStart: r.optionalInt(o, "noObservationDaysAtStart")
        ?? d.noObservationDaysAtStart,
      noObservationDaysAtEnd: r.optionalInt(o, "noObservationDaysAtEnd")
        ?? d.noObservationDaysAtEnd,
      announceSpotObservations: r.optionalBool(o, "announceSpotObservations")
        ?? d.announceSpotObservations)
  }

  static func observation(_ r: inout JSONReader, _ v: JSONValue, _ p: String)
    -> ObservationQuota?
  {
    guard let o = r.object(v, at: p, "observation quota", keys: observationKeys) else {
      return nil
    }
    let kind: ObservationKind? = r.required(o, "kind") { r, v, p in
      r.enumeration(v, p, "observation kind")
    }
    let perYear = r.requiredInt(o, "perYear")
    let minutes = r.optionalInt(o, "minutes")
    let weight = r.optionalInt(o, "weight")
    guard let kind, let perYear else { return nil }
    return ObservationQuota(kind: kind, perYear: perYear, minutes: minutes, weight: weight)
  }

  static func budgetValue(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Budget? {
    guard let o = r.object(v, at: p, "budget", keys: budgetKeys) else { return nil }
    let d = Budget()
    return Budget(
      cap: r.optionalInt(o, "cap"),
      coveragePerPeriod: r.optionalInt(o, "coveragePerPeriod") ?? d.coveragePerPeriod,
      weeksPerYear: r.optionalInt(o, "weeksPerYear"),
      currency: r.optionalString(o, "currency") ?? d.currency)
  }

  /// Each soft rule's weight: an integer, or `"hard"` when the school requires the rule.
  static func weightsValue(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Weights? {
    guard let o = r.object(v, at: p, "weights", keys: weightKeys) else { return nil }
    var w = Weights()
    for rule in SoftRule.allCases {
      let value = r.optional(o, rule.key) { r, v, p -> WeightValue? in
        guard let text = v.asString else { return r.int(v, p).map(WeightValue.weight) }
        if text.trimmed == "hard" { return .hard }
        r.wrongType(v, at: p, expected: "an integer weight or \"hard\"")
        return nil
      }
      switch value {
      case .hard: w.required.insert(rule)
      case .weight(let n): w[rule] = n
      case nil: break
      }
    }
    return w
  }

  /// A `weights` entry as written.
  enum WeightValue { case weight(Int), hard }

  // MARK: Encoding

  /// One observation quota, the school's or a team's or role's own.
  static func encodeQuota(_ q: ObservationQuota) -> JSONValue {
    var qb = JSONObjectBuilder()
    qb.string("kind", q.kind.rawValue)
    qb.int("perYear", q.perYear)
    qb.int("minutes", q.minutes)
    qb.int("weight", q.weight)
    return qb.value
  }

  static func encodePolicy(_ p: Policy) -> JSONValue {
    let d = Policy()
    var b = JSONObjectBuilder()
    b.list("observations", p.observations, encodeQuota)
    b.int("debriefWindowDays", p.debriefWindowDays, omitting: d.debriefWindowDays)
    b.int(
      "minDaysBetweenObservations", p.minDaysBetweenObservations,
      omitting: d.minDaysBetweenObservations)
    b.int(
      "maxObservationsPerLeaderPerDay", p.maxObservationsPerLeaderPerDay,
      omitting: d.maxObservationsPerLeaderPerDay)
    b.int("huddlesPerWeek", p.huddlesPerWeek, omitting: d.huddlesPerWeek)
    b.int("huddleMinutes", p.huddleMinutes)
    b.int("oneOnOnesPerMonth", p.oneOnOnesPerMonth, omitting: d.oneOnOnesPerMonth)
    b.int(
      "observableSlotsPerMember", p.observableSlotsPerMember,
      omitting: d.observableSlotsPerMember)
    b.int("maxConsecutivePeriods", p.maxConsecutivePeriods, omitting: d.maxConsecutivePeriods)
    b.int(
      "noObservationDaysAtStart", p.noObservationDaysAtStart,
      omitting: d.noObservationDaysAtStart)
    b.int("noObservationDaysAtEnd", p.noObservationDaysAtEnd, omitting: d.noObservationDaysAtEnd)
    if !p.announceSpotObservations { b.set("announceSpotObservations", .bool(false)) }
    return b.value
  }

  /// Always an object, even when every field is the default: a present budget differs from
  /// an absent one.
  static func encodeBudget(_ budget: Budget) -> JSONValue {
    let d = Budget()
    var b = JSONObjectBuilder()
    b.int("cap", budget.cap)
    b.int("coveragePerPeriod", budget.coveragePerPeriod, omitting: d.coveragePerPeriod)
    b.int("weeksPerYear", budget.weeksPerYear)
    b.string("currency", budget.currency, omitting: d.currency)
    return b.value
  }

  static func encodeWeights(_ w: Weights) -> JSONValue {
    let d = Weights()
    var b = JSONObjectBuilder()
    for rule in SoftRule.allCases {
      if w.isRequired(rule) {
        b.string(rule.key, "hard")
      } else {
        b.int(rule.key, w[rule], omitting: d[rule])
      }
    }
    return b.value
  }
}
