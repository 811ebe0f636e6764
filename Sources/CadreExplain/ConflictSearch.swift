import CadreModel

/// A minimal conflicting set of constraint groups when no counting proof applies: QuickXplain
/// (Junker, "QuickXplain: preferred explanations and relaxations for over-constrained
/// problems", AAAI 2004) over the groups of `ConstraintGroup.all`, each consistency test a
/// budgeted solve (`Oracle.feasible`).
///
/// Guarantee, given the oracle: the set admits no plan found within the step limit, and
/// relaxing any one of its groups lets the search find one (each member's removal was tested).
/// With a search as the oracle, "admits no plan" is "none found within N steps", and says so.
/// Earlier groups in the list are preferred as explanations (pins and availability before a
/// class's whole curriculum).
///
/// - Complexity: O(k log(n / k)) solves for a set of k out of n groups.
enum ConflictSearch {
  static func minimalSet(_ school: School, groups: [ConstraintGroup], oracle: Oracle)
    -> [ConstraintGroup]?
  {
    // Enforcing only `kept` means relaxing every other group.
    func consistent(_ kept: [ConstraintGroup]) -> Bool {
      let keep = Set(kept)
      return oracle.feasible(school, relaxing: groups.filter { !keep.contains($0) })
    }
    guard !consistent(groups) else { return nil }
    guard consistent([]) else { return [] }
    func qx(_ background: [ConstraintGroup], _ delta: Bool, _ c: [ConstraintGroup])
      -> [ConstraintGroup]
    {
      if delta && !consistent(background) { return [] }
      if c.count == 1 { return c }
      let half = c.count / 2
      let c1 = Array(c[..<half])
      let c2 = Array(c[half...])
      let d2 = qx(background + c1, !c1.isEmpty, c2)
      let d1 = qx(background + d2, !d2.isEmpty, c1)
      return d1 + d2
    }
    return qx([], false, groups).sorted()
  }
}
