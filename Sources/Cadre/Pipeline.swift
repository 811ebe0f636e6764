import CadreCalendar
import CadreCheck
import CadreLeadership
import CadreModel

/// The answer to "does everything the school asked for hold?", from the independent checkers
/// only: the schedule by `Checker`, the calendar by `CalendarChecker`, the budget by
/// `BudgetCalculator`. The solver's own costs are compared with theirs, never trusted.
public enum Verdict: String, Sendable, Equatable {
  /// Schedule, calendar and budget all hold (exit 0).
  case solved
  /// The file cannot be solved as written (exit 65).
  case invalid
  /// Not found within the limit: the best plan found breaks something the school asked for
  /// (exit 2). Not a proof that none exists.
  case notFound
  /// Counting proves that no plan can hold every hard rule (exit 3).
  case provenInfeasible
  /// Cancelled (a signal): the best plan so far is kept (exit 4).
  case interrupted
  /// The engine or planner scored its answer differently from the checker: a bug (exit 70).
  case internalError
}

/// The coaching calendar planned on a schedule, and the calendar checker's verdict on it.
public struct CalendarOutcome: Sendable {
  public var plan: PlanResult
  public var check: CalendarReport
}

/// What the search found and what the checkers say of it: the schedule and its check, the
/// calendar and its check (when the school plans one), the budget.
public struct SolvedSchool: Sendable {
  public var result: SolveResult
  public var report: CheckReport
  public var calendar: CalendarOutcome?
  public var budget: BudgetReport
}

/// What a school's whole solve found, and the verdict. `solved` is nil only when the search
/// never ran (an invalid or proven infeasible file).
public struct SchoolSolution: Sendable {
  /// The school as solved (teams formed).
  public var school: School
  public var diagnostics: [Diagnostic]
  public var solved: SolvedSchool?
  public var verdict: Verdict
  /// What does not hold, one line each, in the school's terms ("schedule breaks hard rules:
  /// teacher-clash 2"); empty when solved.
  public var problems: [String]
  /// Where the solver's own cost differs from a checker's (each one a bug; verdict
  /// `.internalError`).
  public var disagreements: [String]
}

/// Where the pipeline is, for a live status line.
public enum PipelineStage: String, Sendable {
  case schedule, calendar
}

/// The whole pipeline on a prepared school, the one copy every front end calls (`cadre
/// solve`, `cadre sweep`, the benchmarks and the fuzzer): schedule, check, calendar, check,
/// budget, verdict.
///
/// The search takes `options.timeLimit`; the calendar gets what is left of it, at least one
/// second (both unlimited when the time limit is nil, so a step-limited run is reproducible).
public func solveSchool(_ prepared: PreparedSchool, options: SolveOptions = SolveOptions())
  -> SchoolSolution
{
  let school = prepared.school
  var solution = SchoolSolution(
    school: school, diagnostics: prepared.diagnostics, verdict: .invalid, problems: [],
    disagreements: [])
  if let first = prepared.blocking.first {
    solution.problems = [first.rendered]
    return solution
  }
  let facts = prepared.capacityFacts
  if !facts.isEmpty {
    solution.verdict = .provenInfeasible
    solution.problems = facts.map { "proven infeasible: " + $0.message }
    return solution
  }
  let clock = ContinuousClock()
  let began = clock.now
  options.stage?(.schedule)
  let result = solve(school, options: options)
  let report = Checker.check(school: school, schedule: result.schedule, previous: options.previous)
  if report.cost != result.cost {
    solution.disagreements.append(
      "the engine scored the schedule \(result.cost), the checker \(report.cost)")
  }
  if result.stopReason == .provenInfeasible {
    solution.problems.append(
      "proven infeasible: " + result.infeasibilityReasons.prefix(2).joined(separator: "; "))
  } else if !report.isFeasible {
    let rules = report.countsByRule.filter { $0.hard && $0.count > 0 }
      .map { "\($0.rule) \($0.count)" }
    solution.problems.append("schedule breaks hard rules: " + rules.joined(separator: ", "))
  }

  var calendar: CalendarOutcome?
  // Planned even after a cancel: the planner then only constructs (a fraction of a second),
  // so an interrupted run still leaves a calendar for the best schedule it kept.
  if CoachingPlanner.applies(to: school) {
    options.stage?(.calendar)
    let spent = began.duration(to: clock.now)
    let seconds = Double(spent.components.seconds) + Double(spent.components.attoseconds) / 1e18
    let flag = options.cancel
    let plan = CoachingPlanner.plan(
      school: school, schedule: result.schedule,
      options: PlanOptions(
        seed: options.seed, timeLimit: options.timeLimit.map { max(1, $0 - seconds) },
        stepLimit: options.calendarStepLimit,
        cancel: flag.map { f in { @Sendable in f.isCancelled } },
        previous: options.previousCalendar))
    let check = CalendarChecker.check(
      school: school, schedule: result.schedule, calendar: plan.calendar)
    calendar = CalendarOutcome(plan: plan, check: check)
    if check.cost != plan.cost {
      solution.disagreements.append(
        "the planner scored the calendar \(plan.cost), the checker \(check.cost)")
    }
    if !check.isFeasible {
      let rules = check.countsByRule.filter { $0.hard && $0.count > 0 }
        .map { "\($0.rule) \($0.count)" }
      solution.problems.append(
        "calendar breaks hard rules: " + rules.joined(separator: ", ")
          + (plan.unmet.first.map { " (\($0))" } ?? ""))
    }
  }

  let budget = BudgetCalculator.report(school: school, schedule: result.schedule)
  solution.solved = SolvedSchool(
    result: result, report: report, calendar: calendar, budget: budget)
  if !budget.withinCap, let cap = budget.cap {
    solution.problems.append(
      "over budget by \(budget.overCap.grouped) \(budget.currency) (costs "
        + "\(budget.total.grouped), cap \(cap.grouped))")
  }

  let calendarFeasible = calendar.map { $0.check.isFeasible } ?? true
  solution.verdict =
    if !solution.disagreements.isEmpty {
      .internalError
    } else if result.stopReason == .provenInfeasible {
      .provenInfeasible
    } else if options.cancel?.isCancelled ?? false {
      .interrupted
    } else if report.isFeasible && calendarFeasible && budget.withinCap {
      .solved
    } else {
      .notFound
    }
  return solution
}
