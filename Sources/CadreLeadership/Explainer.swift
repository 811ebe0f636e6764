import CadreModel

/// `cadre explain`: does the leadership plan fit, and if not, what is the smallest change
/// that makes it fit. Works from the school alone (no schedule): the numbers are the cheap
/// bounds of `CoachingLoads` and `CommonPlanning`, so a leader reported short can never be
/// scheduled as the policy asks, while one reported fitting still needs a solve to be sure.
///
/// Remedies are listed for every failing leader (file order): first those that make the
/// leader fit without breaking another, then the ones that only help; each group ranked by
/// yearly cost, then by the shortfall they leave, then by kind (`Explanation.Remedy.Kind`
/// order). Each one has been applied to a copy of the school and re-checked.
///
/// - Complexity: O(leaders × remedies × the cost of `CoachingLoads`), which is
///   O(lessons × teachers + leaders × teams × members) per re-check.
public enum Explainer {
  public static func explain(_ school: School) -> Explanation {
    let base = CoachingLoads(school)
    let teams = CommonPlanning.teams(school, base.facts)
    var remedies: [Explanation.Remedy] = []
    let kinds = Explanation.Remedy.Kind.allCases
    for (i, load) in base.loads.enumerated() where !load.fits {
      let found = RemedyFinder(school: school, base: base, target: load, leaderIndex: i).all()
      remedies += found.sorted {
        let a = kinds.firstIndex(of: $0.kind) ?? 0
        let b = kinds.firstIndex(of: $1.kind) ?? 0
        return ($0.fixes ? 0 : 1, $0.yearlyCost, $0.shortfallAfter, a, $0.change)
          < ($1.fixes ? 0 : 1, $1.yearlyCost, $1.shortfallAfter, b, $1.change)
      }
    }
    return Explanation(
      school: school.name, currency: school.budget?.currency ?? "USD", weeks: base.year.weeks,
      weeksSource: base.year.text, leaders: base.loads, teams: teams, remedies: remedies)
  }
}
