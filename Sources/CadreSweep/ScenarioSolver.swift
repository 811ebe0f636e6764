import Cadre
import CadreCalendar
import CadreCheck
import CadreIO
import CadreLeadership
import CadreModel

/// Solves one scenario through the pipeline `cadre solve` runs (`Cadre.solveSchool`), deterministically (one search thread, a
/// step limit), and records the verdict of the independent checkers: the schedule by
/// `Checker`, the calendar by `CalendarChecker`, the budget by `BudgetCalculator`. The
/// solver's own costs are only compared with the checkers', never trusted for the verdict.
public enum ScenarioSolver {
  /// The record of `scenario`, or nil when `cancel` stopped it before the end (a cancelled
  /// search is not the deterministic answer, so it is not recorded).
  public static func run(
    _ scenario: Scenario, plan: SweepPlan, cancel: CancelFlag? = nil
  ) -> ScenarioRecord? {
    let spec = plan.spec
    let clock = ContinuousClock()
    let started = clock.now
    let base = spec.schools[scenario.school]
    let variant = plan.school(of: scenario)
    var r = ScenarioRecord(
      index: scenario.index, id: scenario.id, school: base.id, schoolName: variant.name,
      labels: scenario.labels.map(\.label))
    r.inputHash = plan.hashes[scenario.index]
    r.schoolType = SchoolType.of(variant)
    describeStaff(variant, into: &r)

    let prepared = Cadre.prepare(variant)
    let errors = prepared.blocking
    if let first = errors.first {
      r.status = .invalid
      r.reason =
        "[\(first.code)] \(first.message)"
        + (errors.count > 1 ? " (and \(errors.count - 1) more problems)" : "")
      r.details = errors.prefix(10).map(\.rendered)
      r.seconds = seconds(started.duration(to: clock.now))
      return r
    }
    let school = prepared.school
    describeStaff(school, into: &r)

    // The one pipeline (`Cadre.solveSchool`), deterministic: one thread, step limits.
    var options = SolveOptions(
      seed: spec.seed, threads: 1, timeLimit: spec.timeLimit, stepLimit: spec.stepLimit)
    options.cancel = cancel
    options.calendarStepLimit = spec.calendarStepLimit
    let solution = Cadre.solveSchool(prepared, options: options)
    if solution.verdict == .interrupted { return nil }
    var problems = solution.problems
    if let result = solution.solved?.result, let report = solution.solved?.report {
      r.steps = result.stats.steps
      r.stopReason = result.stopReason.rawValue
      r.scheduleHard = report.cost.hard
      r.scheduleSoft = report.cost.soft
      r.teacherGaps = report.count("teacher-gap")
      r.teacherGrid = Grids.teacherText(school, result.schedule)
    }
    if let c = solution.solved?.calendar {
      let (plan, check) = (c.plan, c.check)
      r.calendarHard = check.cost.hard
      r.calendarSoft = check.cost.soft
      if plan.stats.stopReason == .timeLimit { r.stopReason = "timeLimit" }
      describeCalendar(check, school: school, into: &r)
      r.details.append(
        "Coaching calendar: \(plan.stats.events) events over \(plan.stats.schoolDays) school "
          + "days; observations \(plan.stats.placedObservations) of "
          + "\(plan.stats.requiredObservations) required; cost \(check.cost)")
      r.details += plan.unmet.prefix(8).map { "  - " + $0 }
      if plan.unmet.count > 8 { r.details.append("  ... and \(plan.unmet.count - 8) more") }
    }
    if let budget = solution.solved?.budget {
      r.currency = budget.currency
      r.totalCost = budget.total
      r.stipends = budget.stipends
      r.coverageCost = budget.coverage
      r.costPerTeacher = budget.perTeacherSupported
      r.budgetCap = budget.cap
      r.coveragePeriods = budget.coveragePositions.reduce(0) { $0 + $1.periodsPerWeek }
      // The whole budget: the drill-down shows it as the budget calculator wrote it.
      r.details += budget.text.split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
    }

    // A sweep is deterministic: a run the time cap stopped is not an answer.
    if r.stopReason == "timeLimit" {
      problems.append("stopped by the \(NumberText.trimmed(spec.timeLimit, digits: 1)) s time cap")
    }
    if solution.verdict == .internalError {
      r.status = .error
      r.reason = "internal error: " + solution.disagreements.joined(separator: "; ")
    } else {
      r.status = problems.isEmpty ? .feasible : .infeasible
      r.reason = problems.joined(separator: "; ")
    }
    r.seconds = seconds(started.duration(to: clock.now))
    return r
  }

  /// Staff, leaders, spans, release and span limit of the scenario's school.
  static func describeStaff(_ school: School, into r: inout ScenarioRecord) {
    let l = school.leadership
    r.teachers = school.teachers.filter { !$0.coverage }.count
    r.leaders = l.leaders.count
    let spans = l.leaders.compactMap { leader -> Int? in
      let teams = l.teams.filter { $0.leader == leader.id }
      guard !teams.isEmpty else { return nil }
      return Set(teams.flatMap(\.members)).count
    }
    r.maxSpan = spans.max() ?? 0
    r.meanSpan = spans.isEmpty ? 0 : Double(spans.reduce(0, +)) / Double(spans.count)
    let leading = Set(l.teams.map(\.leader))
    let leadingRoles = Set(l.leaders.filter { leading.contains($0.id) }.map(\.role))
    r.spanLimit = l.roles.filter { leadingRoles.contains($0.id) }.map(\.spanLimit).max()
    let teachable = max(1, school.cycle.slotCount - school.cycle.blockedSlots.count)
    let teachingRoles = Set(l.leaders.filter { $0.teacher != nil }.map(\.role))
    if let role = l.roles.first(where: {
      AxisTransforms.teacherLeaderKinds.contains($0.kind) && teachingRoles.contains($0.id)
    }) {
      let limit = role.teachingLimit(
        teachableSlots: teachable, cycleDays: school.cycle.cycleDayCount)
      r.release = 1 - Double(limit) / Double(teachable)
    } else {
      r.release = nil
    }
  }

  /// Observations and the mean hours per leader per school week by activity, from the
  /// calendar checker's figures (a period is the school's mean period length).
  static func describeCalendar(
    _ check: CalendarReport, school: School, into r: inout ScenarioRecord
  ) {
    let load = check.leaderLoad
    r.observationsRequired = load.reduce(0) { $0 + $1.observationsRequired }
    r.observationsScheduled = load.reduce(0) { $0 + $1.observationsScheduled }
    let periods = school.cycle.periods
    let minutes =
      periods.isEmpty
      ? 0.0
      : Double(periods.reduce(0) { $0 + max(0, $1.end.minutes - $1.start.minutes) })
        / Double(periods.count)
    let leaderWeeks = load.reduce(0) { $0 + $1.weeks.filter { $0.schoolDays > 0 }.count }
    func hours(_ f: (WeekLoad) -> Int) -> Double? {
      guard leaderWeeks > 0 else { return nil }
      let total = load.reduce(0) { $0 + $1.weeks.reduce(0) { $0 + f($1) } }
      return (Double(total) * minutes / 60 / Double(leaderWeeks) * 100).rounded() / 100
    }
    r.hoursObserving = hours(\.observations)
    r.hoursDebriefing = hours(\.debriefs)
    r.hoursHuddles = hours(\.huddles)
    r.hoursOneOnOnes = hours(\.oneOnOnes)
    for l in load {
      r.details.append(
        "\(l.name) (\(l.leader.raw)), \(l.members) teachers: \(l.observationsScheduled) of "
          + "\(l.observationsRequired) observations, \(l.totalPeriods) coaching periods, "
          + "busiest week \(l.peakPeriodsPerWeek)")
    }
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }
}
