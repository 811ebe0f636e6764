import CadreCheck
import CadreCompiler
import CadreEngine
import CadreModel

/// A school timetabled by the general engine (issue 12's one engine; `SolveOptions.engine`,
/// `cadre solve --engine general`): the school compiled into the general model
/// (`SchoolGeneralCompiler`: its XHSTT export plus the model's own monitors),
/// searched, and mapped back to a schedule. `costByRule` is the engine's own score per rule
/// (from its monitors); `notSearched` names the rules it holds in part, and
/// `cost` is its score of the others (what the checker's `searchedCost` must equal). With
/// `assignments`, the schedule's teachers and rooms are preassigned; otherwise the search
/// chooses them (open roles, starting from the school engine's balanced teachers). The search
/// starts from `options.start` when given (the calendar feedback's best schedule), and asks
/// for the extra debrief-window chances of `options.emphasis`.
func solveOnGeneralEngine(
  _ school: School, assignments: Schedule? = nil, options: SolveOptions
) -> SolveResult {
  let proofs = Compiler.compile(school).infeasibilityReasons
  var budget = options.searchBudget
  if !proofs.isEmpty { budget.timeLimit = min(budget.timeLimit ?? 2, 2) }
  let export = SchoolXHSTTExporter.export(school, assignments: assignments)
  let compiled = SchoolGeneralCompiler.compile(
    school, export: export, start: options.start, previous: options.previous,
    emphasis: options.emphasis)
  let outcome = searchHSTT(
    compiled.problem, budget: budget, seed: options.seed, threads: max(1, options.threads),
    isCancelled: options.searchCancelled, progress: options.searchProgress)
  let schedule = export.schedule(from: HSTTCompiler.timetable(outcome.subEvents), school: school)
  // Counts per rule: a hard monitor's cost is its count (weight 1); a soft one's is weight ×
  // count, except the rules whose count carries their own weights (`team-policy`,
  // `personal-preference`, as the checker's).
  var counts: [String: Int] = [:]
  let weightedCounts = Set(Rule.allCases.filter(\.countIsWeighted).map(\.code))
  let byMonitor = scoreHSTTByMonitor(compiled.problem, subEvents: outcome.subEvents)
  // The calendar feedback's monitors steer the search and are never reported.
  let feedback = SchoolGeneralCompiler.feedbackRule
  for (m, cost) in byMonitor.enumerated() where compiled.monitorRules[m] != feedback {
    let monitor = compiled.problem.monitors[m]
    let rule = compiled.monitorRules[m]
    let divisor = monitor.hard || weightedCounts.contains(rule) ? 1 : max(1, monitor.weight)
    counts[rule, default: 0] += Int(clamping: cost) / divisor
  }
  // `cost` is that of the rules the model wholly holds, the part the checker can confirm;
  // with clashes left, not those whose XHSTT form then counts less; with a double lesson past
  // its day's end, not those counted on busy times.
  var notSearched = compiled.notWhollyHeld
  if ["teacher-clash", "class-clash", "room-clash"].contains(where: { counts[$0, default: 0] > 0 })
  {
    notSearched = Array(Set(notSearched + compiled.countLessOnClashes)).sorted()
  }
  if counts[Rule.doubleLessonOverflow.code, default: 0] > 0 {
    notSearched = Array(Set(notSearched + compiled.countedOnBusyTimes)).sorted()
  }
  var searched = HardSoft(hard: 0, soft: 0)
  for (m, cost) in byMonitor.enumerated()
  where compiled.monitorRules[m] != feedback && !notSearched.contains(compiled.monitorRules[m]) {
    if compiled.problem.monitors[m].hard {
      searched.hard += Int(clamping: cost)
    } else {
      searched.soft += Int(clamping: cost)
    }
  }
  return SolveResult(
    schedule: schedule, cost: searched,
    costByRule: Rule.allCases.map { ($0.code, counts[$0.code] ?? 0) },
    stopReason: proofs.isEmpty ? StopReason(outcome.stop) : .provenInfeasible,
    infeasibilityReasons: proofs,
    stats: SolveStats(outcome),
    notSearched: notSearched)
}

/// `solveOnGeneralEngine` with the checker's report of its schedule, for `CadreBench general`
/// and the tests that compare the engines.
package struct GeneralSchoolSolve: Sendable {
  package var result: SolveResult
  package var check: CheckReport
  package var schedule: Schedule { result.schedule }
  package var stats: SolveStats { result.stats }
  /// What the general engine's own scoring says of its best timetable (the rules it holds
  /// wholly), and what the checker says of the same rules.
  package var engineCost: HardSoft { result.cost }
  package var checkedCost: HardSoft { result.searchedCost(check) }
}

package func solveSchoolOnGeneralEngine(
  _ school: School, assignments: Schedule? = nil, options: SolveOptions = SolveOptions()
) -> GeneralSchoolSolve {
  let result = solveOnGeneralEngine(school, assignments: assignments, options: options)
  return GeneralSchoolSolve(
    result: result,
    check: Checker.check(school: school, schedule: result.schedule, previous: options.previous))
}
