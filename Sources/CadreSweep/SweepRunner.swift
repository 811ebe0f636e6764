import Cadre
import CadreIO
import Dispatch
import Foundation
import Synchronization

/// The flag that stops a sweep (Cadre's `CancelFlag`, named here so that callers need not
/// import Cadre).
public typealias SweepCancelFlag = CancelFlag

/// How a sweep runs on this machine.
public struct SweepRunOptions: Sendable {
  /// Scenarios solved at once (each solve is single-threaded); the cores by default.
  public var workers: Int
  public var shard: Shard?
  /// Set from another thread (Ctrl-C) to stop: running scenarios are abandoned unrecorded,
  /// finished ones stay on disk for the resume.
  public var cancel: CancelFlag?
  /// Called after each finished scenario (from the worker that finished it).
  public var progress: (@Sendable (SweepProgress) -> Void)?
  /// Called before each solve (tests count solves with it).
  public var willSolve: (@Sendable (Scenario) -> Void)?

  public init(
    workers: Int = ProcessInfo.processInfo.activeProcessorCount, shard: Shard? = nil,
    cancel: CancelFlag? = nil, progress: (@Sendable (SweepProgress) -> Void)? = nil,
    willSolve: (@Sendable (Scenario) -> Void)? = nil
  ) {
    self.workers = workers
    self.shard = shard
    self.cancel = cancel
    self.progress = progress
    self.willSolve = willSolve
  }
}

/// Where a running sweep is: scenarios done (skipped ones included) of the total of this
/// shard, the findings so far, and the wall time.
public struct SweepProgress: Sendable, Equatable {
  public var done: Int
  public var total: Int
  public var skipped: Int
  public var infeasible: Int
  public var errors: Int
  public var elapsed: Double
  /// Seconds left at the pace of the scenarios solved in this run; nil before the first.
  public var eta: Double?
}

/// What a run did.
public struct SweepRunSummary: Sendable {
  /// Scenarios of this shard (all of them without a shard).
  public var total: Int
  /// Found finished on disk with a matching input hash, and not solved again.
  public var skipped: Int
  /// Solved in this run.
  public var solved: Int
  /// Every finished record of this shard, in scenario order; past `ReportHTML.gridLimit`
  /// (200) records without their `teacherGrid`, which stays in the record files.
  public var records: [ScenarioRecord]
  /// Whether the run was stopped before every scenario finished.
  public var interrupted: Bool
}

/// Runs a sweep into an output folder: the scenarios of the shard that are not already
/// finished there, in parallel, each written as `scenarios/<id>.json` (atomically) the moment
/// it finishes; then the outputs, regenerated from every finished record on disk.
public enum SweepRunner {
  public static func run(
    _ plan: SweepPlan, out: String, options: SweepRunOptions = SweepRunOptions()
  )
    throws(FileError) -> SweepRunSummary
  {
    let selected = options.shard.map { $0.select(plan.scenarios) } ?? plan.scenarios
    try AtomicFile.write(SweepManifest(plan).encode(), to: path(out, "manifest.json"))
    let pending = selected.filter { s in
      finished(s, plan: plan, out: out)?.inputHash != plan.hashes[s.index]
    }
    let skipped = selected.count - pending.count

    struct Shared {
      var next = 0
      var done = 0
      var solved = 0
      var infeasible = 0
      var errors = 0
      var failure: FileError?
    }
    let shared = Mutex(Shared(done: skipped))
    let clock = ContinuousClock()
    let started = clock.now
    let work = pending
    let total = selected.count
    let workers = max(1, min(options.workers, work.count))
    if !work.isEmpty {
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
          if options.cancel?.isCancelled == true { return }
          let i: Int? = shared.withLock { s in
            guard s.next < work.count, s.failure == nil else { return nil }
            s.next += 1
            return s.next - 1
          }
          guard let i else { return }
          options.willSolve?(work[i])
          guard let record = ScenarioSolver.run(work[i], plan: plan, cancel: options.cancel)
          else { return }
          var writeError: FileError?
          do throws(FileError) {
            try AtomicFile.write(
              ScenarioRecordJSON.encode(record), to: path(out, "scenarios/\(record.id).json"))
          } catch {
            writeError = error
          }
          let elapsed = ScenarioSolver.seconds(started.duration(to: clock.now))
          let progress: SweepProgress = shared.withLock { s in
            if let e = writeError, s.failure == nil { s.failure = e }
            s.done += 1
            s.solved += 1
            if record.status == .infeasible || record.status == .invalid { s.infeasible += 1 }
            if record.status == .error { s.errors += 1 }
            let left = total - s.done
            return SweepProgress(
              done: s.done, total: total, skipped: skipped, infeasible: s.infeasible,
              errors: s.errors, elapsed: elapsed,
              eta: elapsed / Double(s.solved) * Double(left) / Double(workers))
          }
          options.progress?(progress)
        }
      }
    }
    let final = shared.withLock { $0 }
    if let failure = final.failure { throw failure }
    var kept = Kept()
    for s in selected {
      guard let r = finished(s, plan: plan, out: out), r.inputHash == plan.hashes[s.index]
      else { continue }
      kept.append(r)
    }
    let records = kept.records
    try SweepOutputs.write(
      records: records, manifest: SweepManifest(plan), total: plan.scenarios.count, to: out)
    return SweepRunSummary(
      total: selected.count, skipped: skipped, solved: final.solved, records: records,
      interrupted: records.count < selected.count)
  }

  /// The record of `s` in `out`, when there is a readable one.
  static func finished(_ s: Scenario, plan: SweepPlan, out: String) -> ScenarioRecord? {
    guard let text = try? AtomicFile.readText(path(out, "scenarios/\(s.id).json")) else {
      return nil
    }
    return ScenarioRecordJSON.decode(text)
  }

  static func path(_ dir: String, _ name: String) -> String {
    dir.hasSuffix("/") ? dir + name : dir + "/" + name
  }
}
