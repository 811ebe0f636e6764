import CadreLeadership
import CadreModel

/// `cadre explain`: why a school cannot fit, in its own terms, and which changes make it fit.
///
/// 1. Counting proofs (`CountingProofs`): cheap and exact; when any applies the school is
///    proven infeasible and the conflicting set is the union of the groups they name.
/// 2. Otherwise a budgeted solve: a schedule the checker passes means the school fits.
/// 3. Otherwise QuickXplain (`ConflictSearch`) over the constraint groups finds a minimal set
///    whose conjunction no budgeted solve satisfies; if a counting proof applies to that set
///    alone it is proven, else it is "no plan found within N steps".
/// 4. Each candidate fix (from the proofs, or relaxing a member of the set a little) is applied
///    to a copy of the school and re-checked in full (`Oracle.fits`); only those that fit are
///    reported, cheapest first in dollars, then in disruption.
///
/// Deterministic: a fixed seed and step limit per solve, groups and candidates in file order.
public enum Explain {
  public static func diagnose(_ school: School, options: ExplainOptions = ExplainOptions())
    -> Diagnosis
  {
    let oracle = Oracle(options)
    let leadership = Explainer.explain(school)
    var findings = CountingProofs.findings(school, leadership: leadership)
    var verdict = Diagnosis.Verdict.provenInfeasible
    var conflict: [ConstraintGroup] = []
    var certainty = "proven by counting"
    var candidates: [Diagnosis.Candidate] = []
    let counts = SchoolCounts(school)
    if findings.isEmpty {
      let first = oracle.solve(school)
      if first.feasible {
        verdict = .fits
        certainty = "a plan was found in one solve"
      } else if !first.reasons.isEmpty {
        findings = first.reasons.map { .init(rule: "compiler", message: $0, groups: []) }
        certainty = "proven by the compiler's checks"
      } else {
        let groups = ConstraintGroup.all(in: school)
        let set = ConflictSearch.minimalSet(school, groups: groups, oracle: oracle) ?? []
        conflict = set
        verdict = .notFound
        certainty =
          "no plan found within \(options.stepLimit) steps per solve; relaxing any one group "
          + "lets a plan be found"
        // Proven after all when counting sees the set alone fail.
        var alone = school
        let keep = Set(set)
        for g in groups.sorted() where !keep.contains(g) { alone = g.relax(alone) }
        let proofs = CountingProofs.findings(alone)
        if !proofs.isEmpty && !set.isEmpty {
          verdict = .provenInfeasible
          certainty = "proven by counting on the set alone"
        }
        for g in set {
          candidates +=
            g.kind == .budgetCap
            ? GroupFixes.raiseCap(counts, total: oracle.cheapestTotal(g.relax(school)))
            : GroupFixes.candidates(g, counts)
        }
      }
    }
    if !findings.isEmpty {
      for f in findings { candidates += f.candidates.prefix(options.fixesPerReason) }
      var union: [ConstraintGroup] = []
      for f in findings { for g in f.groups where !union.contains(g) { union.append(g) } }
      conflict = union.sorted()
    }
    // Re-check every distinct candidate on the whole school.
    var fixes: [Diagnosis.Fix] = []
    var tried = Set<String>()
    var rejected = 0
    for cand in candidates where tried.insert(cand.change).inserted && tried.count <= 24 {
      let (ok, recheck) = oracle.fits(cand.school)
      guard ok else {
        rejected += 1
        continue
      }
      fixes.append(
        .init(
          change: cand.change, dollars: cand.dollars, costDetail: cand.costDetail,
          disruption: cand.disruption, recheck: recheck, school: cand.school))
    }
    fixes.sort { ($0.dollars, $0.disruption, $0.change) < ($1.dollars, $1.disruption, $1.change) }
    return Diagnosis(
      school: school.name, currency: school.budget?.currency ?? "USD", verdict: verdict,
      leadership: leadership, findings: findings, conflict: conflict,
      conflictText: conflict.map { $0.label(in: school) }, certainty: certainty, fixes: fixes,
      rejected: rejected, solves: oracle.solves, steps: oracle.steps,
      stepLimit: options.stepLimit)
  }
}
