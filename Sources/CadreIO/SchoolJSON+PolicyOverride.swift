import CadreModel

/// A team's or a role's own coaching numbers (`policy` on a team or a role): each a plain
/// integer (hard) or `{"count": n, "weight": w}` (soft), and observation quotas that may carry
/// a `weight`.
extension SchoolJSON {
  static let policyOverrideKeys = [
    "observations", "observableSlotsPerMember", "huddlesPerWeek", "oneOnOnesPerMonth",
  ]
  static let policyNumberKeys = ["count", "weight"]

  // MARK: Decoding

  static func policyOverride(_ r: inout JSONReader, _ v: JSONValue, _ p: String)
    -> PolicyOverride?
  {
    guard let o = r.object(v, at: p, "team policy", keys: policyOverrideKeys) else { return nil }
    let observations: [ObservationQuota]? =
      r.has(o, "observations")
      ? r.optionalList(o, "observations") { r, v, p in observation(&r, v, p) } : nil
    return PolicyOverride(
      observations: observations,
      observableSlotsPerMember: r.optional(o, "observableSlotsPerMember") { r, v, p in
        policyNumber(&r, v, p)
      },
      huddlesPerWeek: r.optional(o, "huddlesPerWeek") { r, v, p in policyNumber(&r, v, p) },
      oneOnOnesPerMonth: r.optional(o, "oneOnOnesPerMonth") { r, v, p in
        policyNumber(&r, v, p)
      })
  }

  /// `3` (hard) or `{"count": 3, "weight": 5}` (soft).
  static func policyNumber(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> PolicyNumber? {
    if v.asObject == nil { return r.int(v, p).map { PolicyNumber($0) } }
    guard let o = r.object(v, at: p, "policy number", keys: policyNumberKeys) else { return nil }
    let count = r.requiredInt(o, "count")
    let weight = r.requiredInt(o, "weight")
    guard let count, let weight else { return nil }
    return PolicyNumber(count, weight: weight)
  }

  // MARK: Encoding

  static func encodePolicyOverride(_ o: PolicyOverride) -> JSONValue {
    var b = JSONObjectBuilder()
    if let list = o.observations {
      b.set("observations", .array(list.map(encodeQuota)))
    }
    for (key, n) in [
      ("observableSlotsPerMember", o.observableSlotsPerMember),
      ("huddlesPerWeek", o.huddlesPerWeek), ("oneOnOnesPerMonth", o.oneOnOnesPerMonth),
    ] {
      guard let n else { continue }
      b.set(key, encodePolicyNumber(n))
    }
    return b.value
  }

  static func encodePolicyNumber(_ n: PolicyNumber) -> JSONValue {
    guard let w = n.weight else { return .integer(n.count) }
    return .object([("count", .integer(n.count)), ("weight", .integer(w))])
  }
}
