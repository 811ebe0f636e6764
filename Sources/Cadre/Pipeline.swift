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
  /// Every round of the pipeline's calendar feedback, the first solve included, and the one
  /// whose schedule and calendar these are.
  public var rounds: [FeedbackRound] = []
  public var keptRound = 1
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
/// **Calendar feedback.** When the schedule holds but the calendar planned on it breaks a hard
/// rule (or, in a time-limited run, when the schedule does not hold yet), the search runs again from the best schedule so far, asked for more observation
/// chances with a debrief in the window for exactly the members the calendar fell short for
/// (more each round they stay short; `SchoolGeneralCompiler.feedbackWeight`), with the next seed; the
/// calendar is planned again, and the best (schedule, calendar) pair by the checkers is kept
/// (`CalendarFeedback.key`). At most `options.feedbackRounds` re-solves.
///
/// Time: with a time limit T and a calendar to plan, the first search takes 70% of T, the
/// calendar what is left; a re-solve takes what is left but 1.2 × the last calendar's time,
/// and runs only when that is at least 0.5 s, so the whole solve ends within about T.
/// Without a time limit every round has the step limits: reproducible for a fixed seed.
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
  func elapsed() -> Double {
    let spent = began.duration(to: clock.now)
    return Double(spent.components.seconds) + Double(spent.components.attoseconds) / 1e18
  }
  let plans = CoachingPlanner.applies(to: school)
  let cancelled = { options.cancel?.isCancelled ?? false }

  var best: SolvedSchool?
  var bestKey: [Int] = []
  var rounds: [FeedbackRound] = []
  var kept = 1
  var extra: [(team: TeamID, teacher: TeacherID, extra: Int)] = []
  var round = 1
  while true {
    var roundOptions = options
    if let limit = options.timeLimit {
      if !plans {
        roundOptions.timeLimit = limit
      } else if round == 1 {
        roundOptions.timeLimit = limit * 0.7
      } else {
        let last = rounds.last?.calendarSeconds ?? 0
        roundOptions.timeLimit = limit - elapsed() - 1.2 * last
      }
    }
    if round > 1, let best {
      roundOptions.seed = options.seed &+ UInt64(round - 1)
      roundOptions.start = best.result.schedule
      roundOptions.emphasis = extra
    }
    options.stage?(.schedule)
    let searchBegan = elapsed()
    let attempt = solveOnce(
      school, options: roundOptions, calendarLimit: { options.timeLimit.map { $0 - elapsed() } },
      plans: plans)
    let calendarSeconds = attempt.solved.calendar?.plan.stats.seconds ?? 0
    let short =
      attempt.solved.calendar.map {
        CalendarFeedback.shortPairs(school: school, calendar: $0.plan.calendar)
      } ?? []
    rounds.append(
      FeedbackRound(
        round: round, schedule: attempt.solved.report.cost,
        calendar: attempt.solved.calendar?.check.cost,
        shortMembers: attempt.solved.calendar?.check.isFeasible == false
          ? short.map { $0.teacher } : [],
        searchSeconds: elapsed() - searchBegan - calendarSeconds,
        calendarSeconds: calendarSeconds))
    solution.disagreements += attempt.disagreements.map {
      round == 1 ? $0 : "round \(round): " + $0
    }
    let key = CalendarFeedback.key(
      attempt.solved.report, attempt.solved.calendar?.check,
      overBudget: !attempt.solved.budget.withinCap)
    if best == nil || key.lexicographicallyPrecedes(bestKey) {
      best = attempt.solved
      bestKey = key
      kept = round
    }
    // Another round for a calendar that falls short on a schedule that holds, while the round
    // budget and the time allow; with a time limit also for a schedule that does not hold yet
    // (the search goes on from its best schedule in the time the calendar left).
    let calendarShort =
      attempt.solved.calendar.map { !$0.check.isFeasible } ?? false
      && attempt.solved.report.isFeasible
    let scheduleShort = plans && options.timeLimit != nil && !attempt.solved.report.isFeasible
    guard calendarShort || scheduleShort, attempt.solved.result.stopReason != .provenInfeasible,
      !cancelled(), round <= options.feedbackRounds
    else { break }
    if let limit = options.timeLimit, limit - elapsed() - 1.2 * calendarSeconds < 0.5 { break }
    if calendarShort {
      for pair in short {
        if let i = extra.firstIndex(where: { $0.team == pair.team && $0.teacher == pair.teacher }) {
          extra[i].extra += 1
        } else {
          extra.append((pair.team, pair.teacher, 1))
        }
      }
    }
    round += 1
  }
  guard var solved = best else { return solution }
  if solved.calendar != nil {
    solved.calendar?.rounds = rounds
    solved.calendar?.keptRound = kept
  }
  let (result, report, budget) = (solved.result, solved.report, solved.budget)
  if result.stopReason == .provenInfeasible {
    solution.problems.append(
      "proven infeasible: " + result.infeasibilityReasons.prefix(2).joined(separator: "; "))
  } else if !report.isFeasible {
    let rules = report.countsByRule.filter { $0.hard && $0.count > 0 }
      .map { "\($0.rule) \($0.count)" }
    solution.problems.append("schedule breaks hard rules: " + rules.joined(separator: ", "))
  }
  if let calendar = solved.calendar, !calendar.check.isFeasible {
    let rules = calendar.check.countsByRule.filter { $0.hard && $0.count > 0 }
      .map { "\($0.rule) \($0.count)" }
    solution.problems.append(
      "calendar breaks hard rules: " + rules.joined(separator: ", ")
        + (calendar.plan.unmet.first.map { " (\($0))" } ?? "")
        + (rounds.count > 1 ? " after \(rounds.count) rounds of calendar feedback" : ""))
  }
  solution.solved = solved
  if !budget.withinCap, let cap = budget.cap {
    solution.problems.append(
      "over budget by \(budget.overCap.grouped) \(budget.currency) (costs "
        + "\(budget.total.grouped), cap \(cap.grouped))")
  }

  let calendarFeasible = solved.calendar.map { $0.check.isFeasible } ?? true
  solution.verdict =
    if !solution.disagreements.isEmpty {
      .internalError
    } else if result.stopReason == .provenInfeasible {
      .provenInfeasible
    } else if cancelled() {
      .interrupted
    } else if report.isFeasible && calendarFeasible && budget.withinCap {
      .solved
    } else {
      .notFound
    }
  return solution
}

/// One round: search, check, calendar (when the school plans one), check, budget, and where
/// the solver's costs differ from the checkers'.
private func solveOnce(
  _ school: School, options: SolveOptions, calendarLimit: () -> Double?, plans: Bool
) -> (solved: SolvedSchool, disagreements: [String]) {
  var disagreements: [String] = []
  let result = solve(school, options: options)
  let report = Checker.check(school: school, schedule: result.schedule, previous: options.previous)
  // The general engine's cost leaves out the rules its model does not wholly hold: compare
  // it with the checker's cost of the others.
  let checked = result.searchedCost(report)
  if checked != result.cost {
    disagreements.append(
      "the engine scored the schedule \(result.cost), the checker \(checked)"
        + (result.notSearched.isEmpty
          ? "" : " (without " + result.notSearched.joined(separator: ", ") + ")"))
  }
  var calendar: CalendarOutcome?
  // Planned even after a cancel: the planner then only constructs (a fraction of a second),
  // so an interrupted run still leaves a calendar for the best schedule it kept.
  if plans {
    options.stage?(.calendar)
    let flag = options.cancel
    let plan = CoachingPlanner.plan(
      school: school, schedule: result.schedule,
      options: PlanOptions(
        seed: options.seed, timeLimit: calendarLimit().map { max(0.25, $0) },
        stepLimit: options.calendarStepLimit,
        cancel: flag.map { f in { @Sendable in f.isCancelled } },
        previous: options.previousCalendar))
    let check = CalendarChecker.check(
      school: school, schedule: result.schedule, calendar: plan.calendar)
    calendar = CalendarOutcome(plan: plan, check: check)
    if check.cost != plan.cost {
      disagreements.append(
        "the planner scored the calendar \(plan.cost), the checker \(check.cost)")
    }
  }
  let budget = BudgetCalculator.report(school: school, schedule: result.schedule)
  return (
    SolvedSchool(result: result, report: report, calendar: calendar, budget: budget), disagreements
  )
}
