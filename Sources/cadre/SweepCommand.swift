import Cadre
import CadreIO
import CadreModel
import CadreSweep
import Dispatch
import Foundation

/// `cadre sweep SWEEP.json --out DIR` and `cadre sweep merge DIR... --out DIR`: scenario
/// sweeps for pilot designers (docs/SWEEPS.md). All the work is in CadreSweep; this file
/// parses flags, shows progress and maps outcomes to exit codes.
enum SweepCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    if args.first == "merge" { return try merge(args.dropFirst()) }
    let parsed = try Arguments(args, command: "sweep")
    try parsed.check(applies: .sweep)
    guard parsed.positionals.count == 1 else {
      throw UsageError(
        "sweep takes one sweep file, got \(parsed.positionals.count)",
        hint: "cadre sweep SWEEP.json --out DIR, or cadre sweep merge DIR... --out DIR")
    }
    guard let out = parsed.values["out"] else {
      throw UsageError("sweep needs --out DIR", hint: "e.g. cadre sweep sweep.json --out results/")
    }
    try checkNotEmpty(out)
    var shard: Shard?
    if let text = parsed.values["shard"] {
      guard let s = Shard(text) else {
        throw UsageError(
          "--shard must be I/N with 1 <= I <= N, got '\(text)'", hint: "e.g. --shard 1/4")
      }
      shard = s
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let workers = try parsed.int("threads", in: 1...256) ?? cores
    let seed = try parsed.int("seed", in: 0...Int.max)
    let steps = try parsed.int("step-limit", in: 1...Int.max)
    let calendarSteps = try parsed.int("calendar-step-limit", in: 0...Int.max)
    let quiet = parsed.switches.contains("quiet")

    let path = parsed.positionals[0]
    let (loaded, diagnostics) = SweepPlan.load(path: path)
    Console.report(diagnostics, file: path)
    guard var plan = loaded else { return .invalidInput }
    guard Inputs.sweepFolder(out) else { return .cannotWrite }
    if seed != nil || steps != nil || calendarSteps != nil {
      var spec = plan.spec
      if let seed { spec.seed = UInt64(seed) }
      if let steps { spec.stepLimit = steps }
      if let calendarSteps { spec.calendarStepLimit = calendarSteps }
      plan = SweepPlan(spec: spec, schools: plan.schools)
    }

    let stop = Interrupt(message: "stopping; finished scenarios are kept")
    defer { stop.stop() }
    let cancel = stop.cancel
    let selected = shard.map { $0.select(plan.scenarios).count } ?? plan.scenarios.count
    if !quiet {
      Console.err(
        "cadre sweep: \(selected) scenario\(selected == 1 ? "" : "s")"
          + (shard.map { " (shard \($0) of \(plan.scenarios.count))" } ?? "")
          + ", \(min(workers, max(1, selected))) at a time, \(plan.spec.stepLimit) steps each")
    }
    var progress: (@Sendable (SweepProgress) -> Void)? = nil
    if !quiet { progress = { @Sendable p in Console.status(bar(p)) } }
    let summary: SweepRunSummary
    do {
      summary = try SweepRunner.run(
        plan, out: out,
        options: SweepRunOptions(
          workers: workers, shard: shard, cancel: cancel, progress: progress))
    } catch {
      Console.endStatus()
      Console.err("cadre: could not write to \(out): \(error.diagnostic.rendered)")
      return .internalError
    }
    Console.endStatus()
    if !quiet {
      Console.out(
        ResultsTable.markdown(summary.records, axes: plan.axes, name: plan.spec.name))
    }
    return finish(
      records: summary.records, expected: summary.total, out: out, quiet: quiet,
      line:
        "Solved \(summary.solved), skipped \(summary.skipped) already finished (resume), "
        + "\(summary.records.count) of \(summary.total) done.",
      interrupted: cancel.isCancelled)
  }

  /// An empty `--out` (an unset shell variable) would name the current folder's parent or the
  /// root: a usage error, before any work.
  static func checkNotEmpty(_ out: String) throws(UsageError) {
    guard out.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    throw UsageError(
      "--out is an empty path", hint: "name a folder; an unset shell variable gives \"\"")
  }

  static func merge(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, command: "sweep merge")
    guard !parsed.positionals.isEmpty else {
      throw UsageError(
        "sweep merge needs the shards' folders", hint: "cadre sweep merge a/ b/ --out all/")
    }
    guard let out = parsed.values["out"] else {
      throw UsageError("sweep merge needs --out DIR")
    }
    try checkNotEmpty(out)
    guard Inputs.sweepFolder(out) else { return .cannotWrite }
    let quiet = parsed.switches.contains("quiet")
    let merged: SweepMerge.Summary
    do {
      let (summary, diagnostics) = try SweepMerge.merge(parsed.positionals, out: out)
      Console.report(diagnostics, file: "sweep merge")
      guard let summary else { return .invalidInput }
      merged = summary
    } catch {
      Console.err("cadre: could not write to \(out): \(error.diagnostic.rendered)")
      return .internalError
    }
    let name = (try? AtomicFile.readText(out + "/results.md")) ?? ""
    if !quiet { Console.out(name) }
    if !merged.missing.isEmpty {
      Console.err(
        "cadre: \(merged.missing.count) scenario\(merged.missing.count == 1 ? "" : "s") "
          + "missing from every folder, e.g. \(merged.missing.prefix(3).joined(separator: ", "))")
    }
    return finish(
      records: merged.records, expected: merged.total, out: out, quiet: quiet,
      line: "Merged \(merged.records.count) of \(merged.total) scenarios.", interrupted: false)
  }

  /// The closing lines and the exit code: 70 when a checker disagreed with the solver, 2 when
  /// scenarios are missing (interrupted: run again to resume), else 0, infeasible scenarios
  /// included (they are findings).
  static func finish(
    records: [ScenarioRecord], expected: Int, out: String, quiet: Bool, line: String,
    interrupted: Bool
  ) -> ExitCode {
    let errors = records.filter { $0.status == .error }
    let feasible = records.filter { $0.status == .feasible }.count
    if !quiet {
      Console.out(line + " \(feasible) feasible.")
      Console.out(
        "Wrote \(out.hasSuffix("/") ? out : out + "/")results.csv, results.md, report.html "
          + "and scenarios/")
    }
    if interrupted { Console.err("cadre: interrupted; run the same command again to resume") }
    for e in errors.prefix(5) { Console.err("cadre: \(e.id): \(e.reason)") }
    if !errors.isEmpty { return .internalError }
    return records.count < expected ? .noFeasibleFound : .ok
  }

  /// "[#########...........] 45/100  ETA 0:31  infeasible 3  errors 0"
  static func bar(_ p: SweepProgress) -> String {
    let width = 24
    let filled = p.total > 0 ? width * p.done / p.total : width
    let eta =
      p.eta.map { s -> String in
        let t = Int(s.rounded())
        return "\(t / 60):" + (t % 60 < 10 ? "0" : "") + "\(t % 60)"
      } ?? "-"
    return "[" + String(repeating: "#", count: filled)
      + String(repeating: ".", count: width - filled) + "] \(p.done)/\(p.total)  ETA \(eta)  "
      + "infeasible \(p.infeasible)  errors \(p.errors)"
      + (p.skipped > 0 ? "  (\(p.skipped) resumed)" : "")
  }
}
