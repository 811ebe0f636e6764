import CadreCheck
import CadreCompiler
import CadreEngine
import CadreModel

/// A school timetabled by the general engine (issue 12's one engine, not yet the default):
/// the school compiled into the general model (`SchoolGeneralCompiler`: its XHSTT export plus
/// the observation-window and debrief-time patterns), searched, mapped back to a schedule
/// and judged by the school's own checker on every rule, those the model leaves out
/// included. With `assignments`, its teachers and rooms are preassigned; otherwise the search
/// chooses them (open roles). For `CadreBench general` and the tests that compare the
/// engines.
package struct GeneralSchoolSolve: Sendable {
  package var schedule: Schedule
  package var check: CheckReport
  package var stats: SolveStats
  /// What the general engine's own scoring says of its best timetable.
  package var engineCost: HardSoft
}

package func solveSchoolOnGeneralEngine(
  _ school: School, assignments: Schedule? = nil, options: SolveOptions = SolveOptions()
) -> GeneralSchoolSolve {
  let export = SchoolXHSTTExporter.export(school, assignments: assignments)
  let problem = SchoolGeneralCompiler.compile(school, export: export)
  let outcome = searchHSTT(
    problem, budget: options.searchBudget, seed: options.seed, threads: max(1, options.threads),
    isCancelled: options.searchCancelled, progress: options.searchProgress)
  let schedule = export.schedule(from: HSTTCompiler.timetable(outcome.subEvents), school: school)
  return GeneralSchoolSolve(
    schedule: schedule, check: Checker.check(school: school, schedule: schedule),
    stats: SolveStats(
      steps: outcome.steps, elapsed: outcome.elapsed,
      firstFeasibleSteps: outcome.firstFeasibleSteps,
      firstFeasibleSeconds: outcome.firstFeasibleSeconds,
      movesPerSecond: outcome.elapsed > 0 ? Double(outcome.steps) / outcome.elapsed : 0,
      winningSeed: outcome.seed, constructionComplete: true),
    engineCost: HardSoft(outcome.cost))
}
