import Cadre
import CadreCalendar
import CadreCheck
import CadreIO
import CadreLeadership
import CadreModel
import CadreSweep
import Foundation

/// How far an input got: most mutants stop at decoding or validation; the share that reaches
/// `solved` shows whether the gentle edits keep enough inputs valid.
enum Stage: Int, CaseIterable {
  case unreadable, malformed, invalid, valid, solved

  var label: String {
    switch self {
    case .unreadable: "not UTF-8"
    case .malformed: "refused by the reader"
    case .invalid: "refused by validation"
    case .valid: "valid"
    case .solved: "solved and checked"
    }
  }
}

/// The result of one input: the stage reached, and findings that are not crashes but are
/// still bugs (the engine and a checker disagreeing, an output that does not read back).
struct Outcome {
  var stage: Stage
  var findings: [String] = []
}

/// One input through the library calls the CLI makes for its kind (Sources/cadre), in
/// process, with tiny step limits and without writing files. Every text the CLI would print
/// or write is rendered, since rendering is code that can trap too.
enum Pipelines {
  /// Search steps of each short solve: enough to build a schedule on the small samples and
  /// take a few local-search steps; a wall-time cap as the safety net.
  static let solveSteps = 500
  static let calendarSteps = 100
  static let timeLimit = 5.0
  /// A fixed DTSTAMP, as SOURCE_DATE_EPOCH would give.
  static let stamp = "20260101T000000Z"

  /// `deep`: go on to the solve after reading and validating. Workers go deep on one input in
  /// four (a solve costs ten to a hundred times a validation); replays always do.
  static func run(_ kind: FuzzKind, _ bytes: [UInt8], _ context: Context, deep: Bool = true)
    -> Outcome
  {
    // Exactly what `AtomicFile.readText` accepts.
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return Outcome(stage: .unreadable)
    }
    switch kind {
    case .school: return school(text, deep: deep)
    case .sweep: return sweep(text, context, deep: deep)
    case .xhstt: return xhstt(text, deep: deep)
    case .schedule: return schedule(text, context, deep: deep)
    case .calendar: return calendar(text, context)
    }
  }

  static func isError(_ d: Diagnostic) -> Bool { d.severity == .error }

  /// `Console.report`'s work without the printing.
  @discardableResult
  static func render(_ diagnostics: [Diagnostic]) -> Int {
    diagnostics.reduce(0) { $0 + $1.rendered.utf8.count }
  }

  static func options(seed: UInt64 = 1, previous: Schedule? = nil) -> SolveOptions {
    SolveOptions(
      seed: seed, threads: 1, timeLimit: timeLimit, stepLimit: solveSteps, previous: previous)
  }

  // MARK: School: validate, explain, solve

  /// `Inputs.prepared` (decode, then `Cadre.prepare`: validate, form teams), then what
  /// `validate`, `explain` and `solve` do with the school.
  static func school(_ text: String, deep: Bool) -> Outcome {
    let (decoded, structural) = SchoolJSON.decode(text)
    render(structural)
    guard let decodedSchool = decoded, !structural.contains(where: isError) else {
      return Outcome(stage: .malformed)
    }
    let prepared = Cadre.prepare(decodedSchool)
    render(prepared.diagnostics)
    let school = prepared.school
    let errors = prepared.diagnostics.filter(isError)
    if !errors.isEmpty {
      // `explain` reads files whose only errors are capacity facts.
      if prepared.blocking.isEmpty { _ = Explainer.explain(school).text }
      return Outcome(stage: .invalid)
    }
    _ = SchoolSummary(school).text
    _ = Explainer.explain(school).text
    var outcome = Outcome(stage: .valid)
    if deep { solveAndCheck(prepared, &outcome) }
    return outcome
  }

  /// `cadre solve` after reading: the facade's pipeline (search, check, calendar, check,
  /// budget, verdict), then the outputs written and read back.
  static func solveAndCheck(_ prepared: PreparedSchool, _ outcome: inout Outcome) {
    let school = prepared.school
    var o = options()
    o.calendarStepLimit = calendarSteps
    let solution = Cadre.solveSchool(prepared, options: o)
    for d in solution.disagreements { outcome.findings.append(d + " (cadre solve exits 70)") }
    guard let solved = solution.solved else {
      outcome.stage = .solved
      return
    }
    let (result, report) = (solved.result, solved.report)
    let json = ScheduleJSON.encode(result.schedule, school: school, cost: result.cost)
    _ = report.text
    _ = Grids.teacherText(school, result.schedule)
    _ = Grids.classText(school, result.schedule)
    _ = Grids.teacherCSV(school, result.schedule)
    _ = Grids.classCSV(school, result.schedule)
    let (back, problems) = ScheduleJSON.decode(json)
    if back == nil || problems.contains(where: isError) {
      outcome.findings.append(
        "the written schedule.json does not read back: \(problems.first?.rendered ?? "nil")")
    }
    if let calendar = solved.calendar {
      let calendarJSON = CalendarJSON.encode(calendar.plan.calendar, school: school)
      _ = calendar.check.text
      _ = ICalendar.files(
        calendar: calendar.plan.calendar, school: school, stamp: stamp,
        schedule: result.schedule,
        days: SchoolDays(school: school).days.map {
          ICalendarSchoolDay(date: $0.date, week: $0.cycleWeek, day: $0.cycleDay)
        })
      let (calendarBack, calendarProblems) = CalendarJSON.decode(calendarJSON)
      if calendarBack == nil || calendarProblems.contains(where: isError) {
        outcome.findings.append(
          "the written calendar.json does not read back: "
            + (calendarProblems.first?.rendered ?? "nil"))
      }
    }
    _ = solved.budget.text
    exportAndReadBack(school, result.schedule, &outcome)
    outcome.stage = .solved
  }

  /// `cadre export --xhstt OUT.xml --schedule`: the archive reads back as XHSTT, its solution
  /// resolves, and every wholly exported rule costs what the checker says.
  static func exportAndReadBack(_ school: School, _ schedule: Schedule, _ outcome: inout Outcome) {
    let exported = Cadre.exportXHSTT(school, schedule: schedule)
    guard let solution = exported.solution else { return }
    let xml = XHSTTWriter.instanceArchive(
      exported.export.instance,
      solution: XHSTTSolutionPart(
        timetable: solution.timetable, groupId: "Cadre", description: "fuzz",
        report: solution.report))
    let (archive, problems) = XHSTTReader.read(text: xml)
    _ = solution.report.text
    let tooLarge = exported.export.notes.contains { $0.contains("will refuse it") }
    guard let instance = archive?.instances.first, !problems.contains(where: isError) else {
      if !tooLarge {
        outcome.findings.append(
          "the exported XHSTT archive does not read back: \(problems.first?.rendered ?? "nil")")
      }
      return
    }
    if let back = archive?.solutionGroups.first?.solutions.first,
      back.timetable(in: instance).0 == nil
    {
      outcome.findings.append("the exported archive's solution does not resolve")
    }
    if solution.structureBroken.isEmpty && (!solution.agrees || solution.structural != 0) {
      outcome.findings.append(
        "an exported rule costs differently in the archive (cadre export exits 70): "
          + solution.rules.filter { $0.checker != $0.archive }.map(\.rule).joined(separator: ", "))
    }
  }

  // MARK: Sweep

  /// `SweepPlan.load` with base schools read from the samples (a sweep naming any other file
  /// is treated as naming a missing one: the fuzzer reads no file a mutant names), then the
  /// last scenario (the one most axes changed) solved by `ScenarioSolver` with tiny limits, and the results'
  /// tables.
  static func sweep(_ text: String, _ context: Context, deep: Bool) -> Outcome {
    let (decoded, diagnostics) = SweepJSON.decode(text)
    render(diagnostics)
    guard var spec = decoded else { return Outcome(stage: .malformed) }
    var schools: [School] = []
    let folder = URL(fileURLWithPath: context.root + "/Samples/sweeps")
    for base in spec.schools {
      let path =
        base.file.hasPrefix("/")
        ? base.file : folder.appendingPathComponent(base.file).standardized.path
      guard path.hasPrefix(context.root + "/Samples/"), path.hasSuffix(".json") else {
        return Outcome(stage: .invalid)
      }
      if context.sweepSchools[path] == nil {
        let school = FileManager.default.contents(atPath: path)
          .flatMap { String(validating: [UInt8]($0), as: UTF8.self) }
          .flatMap { t -> School? in
            let (s, d) = SchoolJSON.decode(t)
            return d.contains(where: isError) ? nil : s
          }
        context.sweepSchools[path] = .some(school)
      }
      guard let school = context.sweepSchools[path] ?? nil else { return Outcome(stage: .invalid) }
      schools.append(school)
    }
    spec.stepLimit = min(spec.stepLimit, solveSteps)
    spec.calendarStepLimit = min(spec.calendarStepLimit ?? calendarSteps, calendarSteps)
    spec.timeLimit = min(spec.timeLimit, timeLimit)
    let plan = SweepPlan(spec: spec, schools: schools)
    var seen = Set<String>()
    for s in plan.scenarios where !seen.insert(s.id).inserted { return Outcome(stage: .invalid) }
    var outcome = Outcome(stage: .valid)
    var records: [ScenarioRecord] = []
    let picked = plan.scenarios.isEmpty || !deep ? [] : [plan.scenarios.count - 1]
    for i in picked {
      guard let record = ScenarioSolver.run(plan.scenarios[i], plan: plan) else { continue }
      let json = ScenarioRecordJSON.encode(record)
      if ScenarioRecordJSON.decode(json) == nil {
        outcome.findings.append("scenario \(record.id)'s record does not read back")
      }
      if record.status == .error {
        outcome.findings.append("scenario \(record.id): \(record.reason) (cadre sweep exits 70)")
      }
      records.append(record)
      outcome.stage = .solved
    }
    _ = ResultsCSV.encode(records, axes: plan.axes)
    _ = ResultsTable.markdown(records, axes: plan.axes, name: plan.spec.name)
    return outcome
  }

  // MARK: XHSTT

  /// `cadre validate`, `check --embedded` and `solve` on an archive (as with
  /// `--ignore-unsupported`), then the written solution read back and scored again.
  static func xhstt(_ text: String, deep: Bool) -> Outcome {
    let (read, diagnostics) = XHSTTReader.read(text: text)
    render(diagnostics)
    guard let archive = read else { return Outcome(stage: .malformed) }
    guard let instance = archive.instances.first else { return Outcome(stage: .invalid) }
    // XHSTTCommands.validate's summary.
    for i in archive.instances {
      _ = i.events.reduce(0) { $0 + $1.duration }
      for c in i.constraints { _ = XEvaluator.shortTypeName(c.kind.typeName) }
      _ = i.unsupportedConstraintCounts
    }
    var outcome = Outcome(stage: .valid)
    // XHSTTCommands.check --embedded.
    for group in archive.solutionGroups {
      for solution in group.solutions {
        guard let target = archive.instance(id: solution.instanceId) else { continue }
        let (timetable, problems) = solution.timetable(in: target)
        render(problems)
        guard let timetable else { continue }
        _ = XEvaluator.evaluate(target, timetable).text
      }
    }
    if !deep { return outcome }
    // XHSTTCommands.solve.
    let result = solveXHSTT(instance, options: options())
    let report = XEvaluator.evaluate(instance, result.timetable)
    if report.infeasibility != result.cost.hard || report.objective != result.cost.soft {
      outcome.findings.append(
        "search cost \(result.cost) but evaluator (\(report.infeasibility), \(report.objective)) "
          + "(cadre solve exits 70)")
    }
    let xml =
      XHSTTWriter.archive(
        originalXML: text, instance: instance, timetable: result.timetable, groupId: "Cadre",
        description: "fuzz", report: report)
      ?? XHSTTWriter.solutionGroups(
        instance: instance, timetable: result.timetable, groupId: "Cadre", description: "fuzz",
        report: report)
    _ = report.text
    // `cadre check FILE solution.xml`: the written solution, read and scored again.
    let (written, writtenProblems) = XHSTTReader.read(text: xml)
    let solution = written?.solutionGroups.last?.solutions.first
    if let solution, let (timetable, _) = Optional(solution.timetable(in: instance)),
      let timetable
    {
      let again = XEvaluator.evaluate(instance, timetable)
      if again.infeasibility != report.infeasibility || again.objective != report.objective {
        outcome.findings.append(
          "solution.xml scores (\(again.infeasibility), \(again.objective)) when read back, "
            + "(\(report.infeasibility), \(report.objective)) when written")
      }
    } else {
      outcome.findings.append(
        "the written solution.xml does not read back: "
          + (writtenProblems.first?.rendered ?? "no solution in it"))
    }
    outcome.stage = .solved
    return outcome
  }

  // MARK: Schedule and calendar, against the base school

  /// `cadre check SCHOOL SCHEDULE`, `check --from SCHEDULE`, and (deep) `solve --from SCHEDULE`.
  static func schedule(_ text: String, _ context: Context, deep: Bool) -> Outcome {
    let (decoded, diagnostics) = ScheduleJSON.decode(text)
    render(diagnostics)
    guard let schedule = decoded, !diagnostics.contains(where: isError) else {
      return Outcome(stage: .malformed)
    }
    let base = context.base
    _ = Checker.check(school: base.school, schedule: schedule).text
    _ = Checker.check(school: base.school, schedule: base.schedule, previous: schedule).text
    _ = BudgetCalculator.report(school: base.school, schedule: schedule).text
    var outcome = Outcome(stage: .valid)
    if deep {
      let result = Cadre.solve(base.school, options: options(previous: schedule))
      let report = Checker.check(school: base.school, schedule: result.schedule, previous: schedule)
      // On the rules the engine searched (`SolveResult.searchedCost`), as `cadre solve` checks:
      // the general engine holds `teacher-gap` and `late-day` only in part on a timetable with
      // a clash.
      if result.searchedCost(report) != result.cost {
        outcome.findings.append(
          "solve --from: engine cost \(result.cost) but checker cost \(result.searchedCost(report))"
        )
      }
      outcome.stage = .solved
    }
    return outcome
  }

  /// `cadre check SCHOOL SCHEDULE --calendar CALENDAR`.
  static func calendar(_ text: String, _ context: Context) -> Outcome {
    let (decoded, diagnostics) = CalendarJSON.decode(text)
    render(diagnostics)
    guard let calendar = decoded, !diagnostics.contains(where: isError) else {
      return Outcome(stage: .malformed)
    }
    let base = context.base
    _ = CalendarChecker.check(school: base.school, schedule: base.schedule, calendar: calendar).text
    return Outcome(stage: .solved)
  }
}
