import CadreModel

/// A teacher's or a class's personal limits (docs/FORMAT.md "Personal limits"): flat keys on
/// the teacher or class, each a number (hard) or `{"count", "weight"}` (soft).
extension SchoolJSON {
  static let teacherLimitKeys = PersonalLimits.Kind.allCases.map(\.key)
  static let classLimitKeys = PersonalLimits.Kind.allCases.filter(\.appliesToClasses).map(\.key)

  static func personalLimits(
    _ r: inout JSONReader, _ o: JSONReader.Object, classes: Bool
  ) -> PersonalLimits {
    var limits = PersonalLimits()
    for kind in PersonalLimits.Kind.allCases where !classes || kind.appliesToClasses {
      limits[kind] = r.optional(o, kind.key) { r, v, p in policyNumber(&r, v, p) }
    }
    return limits
  }

  static func encodeLimits(_ limits: PersonalLimits, into b: inout JSONObjectBuilder) {
    for kind in PersonalLimits.Kind.allCases {
      if let n = limits[kind] { b.set(kind.key, encodePolicyNumber(n)) }
    }
  }
}
