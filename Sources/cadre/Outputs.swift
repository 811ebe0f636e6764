import Cadre
import CadreIO
import CadreModel
import Foundation

/// What `cadre solve` writes and prints.
enum Outputs {
  /// The schedule's files of a run, into its output folder (replaced as a whole at commit):
  /// the schedule, text and CSV grids per teacher, class and room, the checker's report (capped
  /// per rule, and whole in check-all.txt), and the printable timetables in html/.
  static func write(
    scheduleText: String, _ solved: SolvedSchool, school: School, to folder: OutputFolder
  ) throws(FileError) {
    let (result, report) = (solved.result, solved.report)
    let files: [(String, String)] = [
      ("schedule.json", scheduleText),
      ("teachers.txt", Grids.teacherText(school, result.schedule)),
      ("classes.txt", Grids.classText(school, result.schedule)),
      ("teachers.csv", Grids.teacherCSV(school, result.schedule)),
      ("classes.csv", Grids.classCSV(school, result.schedule)),
      ("rooms.txt", Grids.roomText(school, result.schedule)),
      ("rooms.csv", Grids.roomCSV(school, result.schedule)),
      ("check.txt", report.text),
      ("check-all.txt", report.fullText),
    ]
    for (name, text) in files { try folder.write(text, to: name) }
    let facts = report.timetableFacts(school: school, schedule: result.schedule)
    for page in TimetableHTML.files(school: school, schedule: result.schedule, facts: facts) {
      try folder.write(page.content, to: "html/" + page.path)
    }
  }

  /// The output folder of a run, checked before any work: nil (after saying why) when it
  /// cannot be used (`failure` 73) or a signal came first (4; the folder is left as it was).
  static func runFolder(_ out: String, interrupt: Interrupt) -> (
    folder: OutputFolder?, failure: ExitCode
  ) {
    guard let folder = Inputs.outputFolder(out) else { return (nil, .cannotWrite) }
    if interrupt.happened {
      folder.discard()
      Console.err("cadre: interrupted before the search began; \(out) is unchanged")
      return (nil, .interrupted)
    }
    return (folder, .ok)
  }

  /// An interrupted run says so on stderr (unless the summary is JSON, which says it).
  static func sayInterrupted(_ code: ExitCode, out: String, json: Bool) {
    guard code == .interrupted && !json else { return }
    Console.err(
      "cadre: the run was interrupted: \(out) holds the best result found so far "
        + "(exit \(code.rawValue))")
  }

  /// The exit code once the files are written: a run that a signal reached (and that did not
  /// end in an internal error or a proof) is interrupted.
  static func settle(_ code: ExitCode, interrupted: Bool) -> ExitCode {
    interrupted && code != .internalError && code != .provenInfeasible ? .interrupted : code
  }

  /// Writes `manifest.json` (what ran, on what, how it ended, and every file's SHA-256) last,
  /// then puts the folder in place. No clock time is written, so a step-limited run with a
  /// fixed seed gives the same manifest byte for byte.
  static func commit(
    _ folder: OutputFolder, command: String, input: String, options: SolveOptions,
    stop: String, exit: ExitCode
  ) throws(FileError) {
    let inputHash =
      Inputs.digests.digest(of: input)?.sha256
      ?? (try? AtomicFile.readBytes(input)).map { SHA256.hex($0) }
    let files: [JSONValue] = folder.files().map { f in
      .object([
        ("name", .string(f.name)), ("bytes", .integer(f.bytes)), ("sha256", .string(f.sha256)),
      ])
    }
    let doc: JSONValue = .object([
      ("format", .string("cadre-run/1")),
      ("command", .string(command)),
      ("input", .string((input as NSString).lastPathComponent)),
      ("inputSha256", inputHash.map { .string($0) } ?? .null),
      ("seed", .integer(Int(truncatingIfNeeded: options.seed))),
      ("threads", .integer(options.threads)),
      ("timeLimit", options.timeLimit.map { .double($0) } ?? .null),
      ("stepLimit", options.stepLimit.map { .integer($0) } ?? .null),
      ("stopReason", .string(stop)),
      ("interrupted", .bool(exit == .interrupted)),
      ("exitCode", .integer(Int(exit.rawValue))),
      ("files", .array(files)),
    ])
    try folder.write(JSONWriter.write(doc), to: "manifest.json")
    try folder.commit()
  }

  static func path(_ dir: String, _ name: String) -> String {
    dir.hasSuffix("/") ? dir + name : dir + "/" + name
  }

  static func summaryText(_ solved: SolvedSchool, school: School, out: String) -> String {
    let (result, report) = (solved.result, solved.report)
    let s = result.stats
    var lines: [String] = []
    let verdict =
      switch result.stopReason {
      case .provenInfeasible: "No schedule exists (proven)"
      default: report.isFeasible ? "Solved" : "No feasible schedule found"
      }
    lines.append(
      "\(verdict): cost \(report.cost), \(Format.grouped(s.steps)) steps in "
        + "\(Format.seconds(s.elapsed)) (\(Format.grouped(Int(s.movesPerSecond))) moves/s), "
        + "stopped by \(result.stopReason.rawValue), seed \(s.winningSeed)")
    if let t = s.firstFeasibleSeconds {
      lines.append("First feasible schedule after \(Format.seconds(t)).")
    }
    for reason in result.infeasibilityReasons { lines.append("  - \(reason)") }
    if !report.isFeasible {
      lines.append("Hard rules still broken:")
      for row in report.countsByRule where row.hard && row.count > 0 {
        let places = report.violations.filter { $0.rule == row.rule }
        lines.append("  \(row.rule): \(row.count) in \(places.count) places")
        for v in places.prefix(5) { lines.append("    \(v.message)") }
        if places.count > 5 { lines.append("    ... and \(places.count - 5) more") }
      }
    }
    lines.append(
      "Wrote \(path(out, "schedule.json")), teachers/classes/rooms .txt and .csv, check.txt, "
        + "check-all.txt, budget.txt, and the printable timetables in \(path(out, "html/index.html"))"
    )
    return lines.joined(separator: "\n")
  }

  /// `solve --json` for a school the validator's counting facts prove infeasible: nothing is
  /// searched or written, the reasons say why.
  static func provenJSON(_ reasons: [String]) -> String {
    JSONWriter.write(
      .object([
        ("feasible", .bool(false)), ("exitCode", .integer(Int(ExitCode.provenInfeasible.rawValue))),
        ("stopReason", .string("provenInfeasible")),
        ("infeasibilityReasons", .array(reasons.map { .string($0) })),
        ("explain", .string("cadre explain")),
      ]))
  }

  static func summaryJSON(
    _ solved: SolvedSchool, exit: ExitCode, out: String, changes: ResolveChanges? = nil,
    school: School? = nil
  ) -> String {
    let (result, report, budget) = (solved.result, solved.report, solved.budget)
    let s = result.stats
    var rules: [(String, JSONValue)] = []
    for row in report.countsByRule where row.count > 0 {
      rules.append((row.rule, .integer(row.count)))
    }
    let doc: JSONValue = .object([
      ("feasible", .bool(report.isFeasible)),
      ("exitCode", .integer(Int(exit.rawValue))),
      ("interrupted", .bool(exit == .interrupted)),
      ("stopReason", .string(result.stopReason.rawValue)),
      ("hard", .integer(report.cost.hard)),
      ("soft", .integer(report.cost.soft)),
      ("steps", .integer(s.steps)),
      ("seconds", .double(s.elapsed)),
      ("movesPerSecond", .double(s.movesPerSecond)),
      ("firstFeasibleSeconds", s.firstFeasibleSeconds.map { .double($0) } ?? .null),
      ("firstFeasibleSteps", s.firstFeasibleSteps.map { .integer($0) } ?? .null),
      ("seed", .integer(Int(truncatingIfNeeded: s.winningSeed))),
      ("violationsByRule", .object(rules)),
      ("infeasibilityReasons", .array(result.infeasibilityReasons.map { .string($0) })),
      ("calendar", solved.calendar.map(calendarJSON) ?? .null),
      (
        "budget",
        .object([
          ("total", .integer(budget.total)), ("stipends", .integer(budget.stipends)),
          ("coverage", .integer(budget.coverage)),
          ("cap", budget.cap.map { .integer($0) } ?? .null),
          ("overCap", .integer(budget.overCap)), ("currency", .string(budget.currency)),
        ])
      ),
      (
        "students",
        report.students.map { s in
          .object([
            ("groups", .integer(s.groups)), ("students", .integer(s.students)),
            ("sharedPairs", .integer(s.sharedPairs)), ("clashingPairs", .integer(s.clashingPairs)),
            ("clashingShare", .double(s.clashingShare)),
            ("studentsWithClash", .integer(s.studentsWithClash)),
          ])
        } ?? .null
      ),
      ("resolve", changes.map(resolveJSON) ?? .null),
      (
        "againstReport",
        school.map { Summary.againstReport($0, calendar: solved.calendar) } ?? .null
      ),
      ("out", .string(out)),
    ])
    return JSONWriter.write(doc)
  }

  /// Re-solve counts (`--from`): the lists are in changes.txt.
  static func resolveJSON(_ c: ResolveChanges) -> JSONValue {
    .object([
      ("meetings", .integer(c.meetings)), ("movedMeetings", .integer(c.movedMeetings.count)),
      ("previousEvents", c.hasCalendar ? .integer(c.previousEvents) : .null),
      ("unchangedEvents", c.hasCalendar ? .integer(c.unchangedEvents) : .null),
      ("movedOrDroppedEvents", c.hasCalendar ? .integer(c.removedEvents.count) : .null),
      ("newEvents", c.hasCalendar ? .integer(c.addedEvents.count) : .null),
      ("file", .string("changes.txt")),
    ])
  }

  /// "Budget: 48,360 USD a year (stipends 12,000, coverage 36,360) of a 50,000 cap."
  static func budgetLine(_ solved: SolvedSchool) -> String {
    let b = solved.budget
    var line =
      "Budget: \(Format.grouped(b.total)) \(b.currency) a year (stipends "
      + "\(Format.grouped(b.stipends)), coverage \(Format.grouped(b.coverage)) over \(b.weeks) weeks)"
    if let cap = b.cap {
      line +=
        b.withinCap
        ? " within the \(Format.grouped(cap)) cap"
        : ", OVER the \(Format.grouped(cap)) cap by \(Format.grouped(b.overCap))"
    }
    return line + "; details in budget.txt"
  }

  static func calendarJSON(_ calendar: CalendarOutcome) -> JSONValue {
    let plan = calendar.plan
    return .object([
      ("feasible", .bool(plan.cost.hard == 0)),
      ("hard", .integer(plan.cost.hard)),
      ("soft", .integer(plan.cost.soft)),
      ("events", .integer(plan.stats.events)),
      ("observationsRequired", .integer(plan.stats.requiredObservations)),
      ("observationsPlaced", .integer(plan.stats.placedObservations)),
      ("schoolDays", .integer(plan.stats.schoolDays)),
      ("seconds", .double(plan.stats.seconds)),
      ("unmet", .array(plan.unmet.map { .string($0) })),
      ("keptRound", .integer(calendar.keptRound)),
      (
        "rounds",
        .array(
          calendar.rounds.map { r in
            .object([
              ("round", .integer(r.round)),
              ("scheduleHard", .integer(r.schedule.hard)),
              ("scheduleSoft", .integer(r.schedule.soft)),
              ("calendarHard", r.calendar.map { .integer($0.hard) } ?? .null),
              ("calendarSoft", r.calendar.map { .integer($0.soft) } ?? .null),
              ("shortMembers", .array(r.shortMembers.map { .string($0.raw) })),
              ("searchSeconds", .double(r.searchSeconds)),
              ("calendarSeconds", .double(r.calendarSeconds)),
            ])
          })
      ),
    ])
  }

  /// Re-solve: the meetings that moved (swapping identical meetings of one lesson is not a
  /// move), at most 10 lines; the whole list is in changes.txt.
  static func diff(_ changes: ResolveChanges) -> String {
    let moved = changes.movedMeetings
    if moved.isEmpty { return "Re-solve: no meeting moved." }
    var lines = ["Re-solve: \(moved.count) meeting\(moved.count == 1 ? "" : "s") moved:"]
    for m in moved.prefix(10) { lines.append("  \(m.lesson): \(m.before) -> \(m.after)") }
    if moved.count > 10 { lines.append("  ... and \(moved.count - 10) more in changes.txt") }
    return lines.joined(separator: "\n")
  }

  /// The per-rule table printed when the engine and checker disagree.
  static func disagreement(_ solved: SolvedSchool) -> String {
    let engine = solved.result.costByRule
    var lines = ["rule                      engine  checker"]
    for row in solved.report.countsByRule {
      let e = engine.first(where: { $0.rule == row.rule })?.count ?? 0
      let mark = e == row.count ? "" : "   <- differs"
      lines.append(
        row.rule.padding(26) + String(e).padding(8) + String(row.count) + mark)
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
