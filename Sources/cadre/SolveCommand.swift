import Cadre
import CadreCalendar
import CadreCheck
import CadreIO
import CadreLeadership
import CadreModel
import Dispatch
import Foundation

/// `cadre solve FILE --out DIR`: search, write every output atomically, re-check independently.
enum SolveCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(
      args,
      spec: .init(
        valued: ["out", "seed", "threads", "time-limit", "step-limit", "from"]
          + XHSTTCommands.valued,
        switches: ["quiet", "json", "ignore-unsupported"]))
    guard parsed.positionals.count == 1 else {
      throw UsageError("solve takes one school file, got \(parsed.positionals.count)")
    }
    guard let out = parsed.values["out"] else {
      throw UsageError("solve needs --out DIR", hint: "e.g. cadre solve school.json --out out/")
    }
    var options = SolveOptions()
    options.seed = UInt64(try parsed.int("seed", in: 0...Int.max) ?? 1)
    options.threads = try parsed.int("threads", in: 1...256) ?? 1
    options.timeLimit = try parsed.seconds("time-limit") ?? 10
    if let steps = try parsed.int("step-limit", in: 1...Int.max) { options.stepLimit = steps }
    let quiet = parsed.switches.contains("quiet")
    let json = parsed.switches.contains("json")

    let path = parsed.positionals[0]
    if XHSTTCommands.isXHSTT(path) {
      return try XHSTTCommands.solve(parsed, options: options, out: out)
    }
    try parsed.rejectXHSTTFlags()
    guard let school = Inputs.school(at: path) else { return .invalidInput }
    if let from = parsed.values["from"] {
      guard let previous = Inputs.schedule(at: from) else { return .invalidInput }
      options.previous = previous
    }

    let interrupt = Inputs.live(&options, quiet: quiet, label: ("hard", "soft"))
    let cancel = options.cancel
    let result = Cadre.solve(school, options: options)
    interrupt.stop()
    Console.endStatus()

    let report = Checker.check(
      school: school, schedule: result.schedule, previous: options.previous)
    do {
      try Outputs.write(result: result, report: report, school: school, to: out)
    } catch {
      Console.err("cadre: could not write to \(out): \(error.diagnostic.rendered)")
      return .internalError
    }

    if report.cost != result.cost {
      Console.err(
        "cadre: internal error: the engine scored \(result.cost) but the checker scored "
          + "\(report.cost); outputs are kept in \(out) for a bug report")
      Console.err(Outputs.disagreement(engine: result.costByRule, checker: report))
      return .internalError
    }

    var plan: PlanResult?
    var leaderTime: String?
    if CoachingPlanner.applies(to: school) {
      if !quiet { Console.status("planning the coaching calendar") }
      let p = CalendarStep.plan(
        school: school, schedule: result.schedule, seed: options.seed,
        timeLimit: options.timeLimit, cancelled: { cancel?.isCancelled ?? false })
      Console.endStatus()
      let calendarCheck = CalendarChecker.check(
        school: school, schedule: result.schedule, calendar: p.calendar)
      do {
        try CalendarStep.write(p, check: calendarCheck, school: school, to: out)
      } catch {
        Console.err("cadre: could not write the calendar: \(error.diagnostic.rendered)")
        return .internalError
      }
      if calendarCheck.cost != p.cost {
        Console.err(
          "cadre: internal error: the planner scored the calendar \(p.cost) but the checker "
            + "scored it \(calendarCheck.cost); outputs are kept in \(out) for a bug report")
        Console.err(CalendarStep.disagreement(p, calendarCheck))
        return .internalError
      }
      plan = p
      leaderTime = CalendarStep.leaderTime(calendarCheck, school: school)
    }

    let budget = BudgetCalculator.report(school: school, schedule: result.schedule)
    do {
      try AtomicFile.write(budget.text, to: Outputs.path(out, "budget.txt"))
    } catch {
      Console.err("cadre: could not write the budget: \(error.diagnostic.rendered)")
      return .internalError
    }

    let calendarFeasible = plan.map { $0.cost.hard == 0 } ?? true
    let code: ExitCode =
      result.stopReason == .provenInfeasible
      ? .provenInfeasible
      : (report.isFeasible && calendarFeasible && budget.withinCap ? .ok : .noFeasibleFound)
    if json {
      Console.out(
        Outputs.summaryJSON(
          result: result, report: report, plan: plan, budget: budget, exit: code, out: out))
    } else if !quiet {
      Console.out(Outputs.summaryText(result: result, report: report, school: school, out: out))
      Console.out(Outputs.budgetLine(budget))
      if let p = plan {
        Console.out(CalendarStep.summary(p))
        if let time = leaderTime { Console.out(time) }
        Console.out(
          "Wrote \(Outputs.path(out, "calendar.json")) and \(Outputs.path(out, "ics/")) "
            + "(school, leaders, teachers)")
      }
    }
    if let previous = options.previous, !quiet, !json {
      Console.out(Outputs.diff(from: previous, to: result.schedule, school: school))
    }
    return code
  }
}

/// Ctrl-C cancels the search (which then returns its best schedule) instead of killing us.
final class Interrupt {
  private let source: DispatchSourceSignal

  init(_ cancel: CancelFlag) {
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
      Console.err("\ncadre: interrupted; keeping the best schedule so far")
      cancel.cancel()
    }
    source.resume()
  }

  func stop() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
}
