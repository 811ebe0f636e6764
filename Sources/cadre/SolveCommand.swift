import Cadre
import CadreIO
import CadreModel
import Dispatch
import Foundation

/// `cadre solve FILE --out DIR`: search, write every output atomically, re-check independently.
enum SolveCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, command: "solve")
    guard parsed.positionals.count == 1 else {
      throw UsageError("solve takes one school file, got \(parsed.positionals.count)")
    }
    guard let out = parsed.values["out"] else {
      throw UsageError("solve needs --out DIR", hint: "e.g. cadre solve school.json --out out/")
    }
    guard !out.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw UsageError(
        "--out is an empty path", hint: "name a folder; an unset shell variable gives \"\"")
    }
    var options = SolveOptions()
    options.seed = UInt64(try parsed.int("seed", in: 0...Int.max) ?? 1)
    options.threads = try parsed.int("threads", in: 1...256) ?? 1
    // A step limit alone is the reproducible budget: no default time limit cuts it short. With
    // both, whichever comes first stops the run.
    let steps = try parsed.int("step-limit", in: 1...Int.max)
    options.stepLimit = steps
    options.timeLimit = try parsed.seconds("time-limit") ?? (steps == nil ? 10 : nil)
    // The search stops once its best cost is at or below the target: hard 0, any soft cost.
    if parsed.switches.contains("stop-at-feasible") {
      options.target = HardSoft(hard: 0, soft: .max)
    }
    let quiet = parsed.switches.contains("quiet")
    let json = parsed.switches.contains("json")

    // From here on SIGINT and SIGTERM stop the run, never kill it half-written.
    let interrupt = Interrupt(message: "keeping the best result so far")
    defer { interrupt.stop() }
    let path = parsed.positionals[0]
    if FETCommands.isFET(path) {
      try parsed.check(applies: .fet)
      return FETCommands.solve(parsed, options: options, out: out, interrupt: interrupt)
    }
    if XHSTTCommands.isXHSTT(path) {
      try parsed.check(applies: .xhstt)
      return try XHSTTCommands.solve(parsed, options: options, out: out, interrupt: interrupt)
    }
    try parsed.check(applies: .school)
    if let name = parsed.values["engine"] {
      guard let engine = SearchEngine(rawValue: name) else {
        throw UsageError(
          "--engine takes school or general, got \"\(name)\"",
          hint: "general (the default; school, kept for older scripts, runs it too: docs/ENGINE.md)"
        )
      }
      options.engine = engine
      if engine == .school && !quiet {
        Console.err(
          "cadre: note: --engine school runs the general engine: the school engine's search is "
            + "retired (docs/ENGINE.md)")
      }
    }
    // A well-formed school that counting proves infeasible is exit 3, not invalid input.
    guard let prepared = Inputs.prepared(at: path, allowCapacity: true, digest: true) else {
      return .invalidInput
    }
    let proven = prepared.capacityFacts.map(\.message)
    if !proven.isEmpty {
      if json { Console.out(Outputs.provenJSON(proven)) }
      Console.err("cadre: proven infeasible; run `cadre explain \(path)` for why and what fixes it")
      return .provenInfeasible
    }
    let school = prepared.school
    // Re-solve: a previous output folder (schedule and calendar) or a previous schedule.json;
    // one made for another school is refused (65).
    if let from = parsed.values["from"] {
      guard let previous = PreviousRun.read(from, school: school) else { return .invalidInput }
      options.previous = previous.schedule
      options.previousCalendar = previous.calendar
    }
    let (ready, failure) = Outputs.runFolder(out, interrupt: interrupt)
    guard let folder = ready else { return failure }

    Inputs.live(&options, quiet: quiet, label: ("hard", "soft"), interrupt: interrupt)
    if !quiet {
      options.stage = { stage in
        guard stage == .calendar else { return }
        Console.endStatus()
        Console.status("planning the coaching calendar")
      }
    }
    // The one pipeline (`Cadre.solveSchool`): schedule, check, calendar, check, budget, verdict.
    let solution = Cadre.solveSchool(prepared, options: options)
    Console.endStatus()
    guard let solved = solution.solved else {
      Console.err("cadre: internal error: the pipeline ended without a schedule")
      return .internalError
    }
    let (result, report, calendar) = (solved.result, solved.report, solved.calendar)
    let scheduleDisagrees = result.searchedCost(report) != result.cost
    let calendarDisagrees = calendar.map { $0.check.cost != $0.plan.cost } ?? false
    var code = ExitCode(solution.verdict)
    // What moved against the previous run, in both the schedule and the calendar.
    let changes = options.previous.map {
      ResolveChanges(
        previous: $0, schedule: result.schedule, previousCalendar: options.previousCalendar,
        calendar: calendar?.plan.calendar)
    }

    // Every file of the run, then the manifest, then the folder takes the old one's place.
    do {
      let scheduleText = ScheduleJSON.encode(result.schedule, school: school, cost: result.cost)
      try Outputs.write(scheduleText: scheduleText, solved, school: school, to: folder)
      if let calendar {
        try CalendarStep.write(
          calendar, school: school, schedule: SHA256.hex(scheduleText.utf8),
          scheduleValue: result.schedule,
          stamp: CalendarStep.stamp(input: path, stepLimited: options.timeLimit == nil),
          to: folder)
      }
      try folder.write(solved.budget.text, to: "budget.txt")
      if let changes { try folder.write(changes.text, to: "changes.txt") }
      // A signal while the files were written still makes this an interrupted run, and the
      // manifest says so; one after the manifest leaves a finished run.
      code = Outputs.settle(code, interrupted: interrupt.happened)
      try Outputs.commit(
        folder, command: "solve", input: path, options: options,
        stop: result.stopReason.rawValue, exit: code)
    } catch {
      folder.discard()
      Console.err("cadre: could not write to \(out): \(error.diagnostic.rendered)")
      Console.err("cadre: nothing was replaced in \(out)")
      return .cannotWrite
    }

    if scheduleDisagrees {
      Console.err(
        "cadre: internal error: the engine scored \(result.cost) but the checker scored "
          + "\(result.searchedCost(report)); outputs are kept in \(out) for a bug report")
      Console.err(Outputs.disagreement(solved))
    }
    if let calendar, calendarDisagrees {
      Console.err(
        "cadre: internal error: the planner scored the calendar \(calendar.plan.cost) but the "
          + "checker scored it \(calendar.check.cost); outputs are kept in \(out) for a bug report")
      Console.err(CalendarStep.disagreement(calendar))
    }
    if code == .internalError { return code }
    let unsearched = report.countsByRule.filter {
      result.notSearched.contains($0.rule) && $0.count > 0
    }
    if !unsearched.isEmpty && !quiet {
      Console.err(
        "cadre: note: the general engine's model holds only in part "
          + unsearched.map { "\($0.rule) (\($0.count))" }.joined(separator: ", ")
          + "; the checker counts them as shown (docs/ENGINE.md)")
    }

    if json {
      Console.out(
        Outputs.summaryJSON(solved, exit: code, out: out, changes: changes, school: school))
    } else if !quiet {
      Console.out(Outputs.summaryText(solved, school: school, out: out))
      Console.out(Outputs.budgetLine(solved))
      if let calendar {
        Console.out(CalendarStep.summary(calendar))
        Console.out(CalendarStep.leaderTime(calendar, school: school))
        Console.out(
          "Wrote \(Outputs.path(out, "calendar.json")) and \(Outputs.path(out, "ics/")) "
            + "(school, leaders, teachers)")
      }
      if let report = Cadre.againstReport(school, calendar: calendar) { Console.out(report) }
    }
    if let changes, !quiet, !json {
      Console.out(Outputs.diff(changes))
      Console.out(changes.summary)
    }
    if code == .noFeasibleFound || code == .provenInfeasible {
      Console.err("cadre: run `cadre explain \(path)` for why it does not fit and what fixes it")
    }
    Outputs.sayInterrupted(code, out: out, json: json)
    return code
  }
}
