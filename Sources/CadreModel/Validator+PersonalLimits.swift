extension Validator {
  /// Teachers' and classes' personal limits (docs/FORMAT.md "Personal limits"): counts at or
  /// above their least value, weights not negative, a teacher's preferred slots that resolve,
  /// and hard limits that do not contradict each other. The upper ends are in
  /// `Bounds.personal`.
  static func checkPersonalLimits(_ c: Context, into out: inout [Diagnostic]) {
    let s = c.school
    for (i, t) in s.teachers.enumerated() {
      let who = "Teacher \(label(t.name, t.id.raw))"
      checkLimits(t.limits, list: "teachers", i, who, into: &out)
      checkRefs(
        t.preferred, at: Pointer.of("teachers", i, "preferred"),
        in: "The preferred slots of \(who.lowercasedFirst)", c, into: &out)
      if let least = t.limits.minPerDay, !least.isSoft, let most = t.maxPerDay, least.count > most {
        out.append(
          .error(
            "limits-disagree", at: Pointer.of("teachers", i, "minPerDay"),
            "\(who) must teach at least \(least.count) periods on a day they teach, but at most "
              + "\(most) (maxPerDay)",
            hint: "lower minPerDay, raise maxPerDay, or make minPerDay soft: "
              + "{\"count\": \(least.count), \"weight\": 5}"))
      }
    }
    for (i, k) in s.classes.enumerated() {
      checkLimits(k.limits, list: "classes", i, "Class \(label(k.name, k.id.raw))", into: &out)
    }
  }

  private static func checkLimits(
    _ limits: PersonalLimits, list: String, _ i: Int, _ who: String,
    into out: inout [Diagnostic]
  ) {
    for kind in PersonalLimits.Kind.allCases {
      guard let n = limits[kind] else { continue }
      let least = kind == .minPerDay || kind == .maxInARow ? 1 : 0
      if n.count < least {
        out.append(
          outOfRange(
            Pointer.of(list, i, kind.key) + (n.isSoft ? "/count" : ""),
            "\(who) has \(kind.key) \(n.count); it must be at least \(least)",
            hint: "leave \(kind.key) out for no limit"))
      }
      if let w = n.weight, w < 0 {
        out.append(
          outOfRange(
            Pointer.of(list, i, kind.key, "weight"), "\(who) weighs \(kind.key) at \(w)",
            hint: "a weight is an integer of 0 or more; a plain number makes the limit hard"))
      }
    }
  }
}
