import Cadre
import CadreIO
import Foundation
import Synchronization
import Testing

@testable import CadreSweep

struct RunnerTests {
  static let axes = #"{"release": [0.25, 0.5], "span": [5, 8]}"#

  @Test func mergedShardsEqualASingleRun() throws {
    let (dir, plan) = try Fixture.plan(axes: Self.axes)
    let single = try SweepRunner.run(plan, out: dir + "/single", options: .init(workers: 2))
    #expect(single.records.count == 4)
    for i in 1...2 {
      _ = try SweepRunner.run(
        plan, out: dir + "/shard\(i)", options: .init(workers: 1, shard: Shard(index: i, count: 2)))
    }
    let (merged, diagnostics) = try SweepMerge.merge(
      [dir + "/shard1", dir + "/shard2"], out: dir + "/merged")
    #expect(diagnostics.isEmpty)
    #expect(merged?.missing == [])
    for file in ["results.csv", "results.md", "report.html", "manifest.json"] {
      let a = try AtomicFile.readText(dir + "/single/" + file)
      let b = try AtomicFile.readText(dir + "/merged/" + file)
      #expect(a == b, "\(file) differs")
    }
  }

  @Test func mergeRefusesDifferentSweepsAndReportsMissing() throws {
    let (dir, plan) = try Fixture.plan(axes: Self.axes)
    let (other, otherPlan) = try Fixture.plan(axes: #"{"span": [5]}"#)
    _ = try SweepRunner.run(plan, out: dir + "/a", options: .init(shard: Shard(index: 1, count: 2)))
    _ = try SweepRunner.run(otherPlan, out: other + "/b", options: .init())
    let (none, diagnostics) = try SweepMerge.merge([dir + "/a", other + "/b"], out: dir + "/m")
    #expect(none == nil && diagnostics.contains { $0.code == "different-sweeps" })
    let (partial, _) = try SweepMerge.merge([dir + "/a"], out: dir + "/m")
    #expect(partial?.missing.count == 2)
  }

  @Test func resumeSkipsFinishedScenarios() throws {
    let (dir, plan) = try Fixture.plan(axes: Self.axes)
    let solves = Mutex(0)
    let options = SweepRunOptions(workers: 2, willSolve: { _ in solves.withLock { $0 += 1 } })
    let first = try SweepRunner.run(plan, out: dir, options: options)
    #expect(first.solved == 4 && first.skipped == 0)
    #expect(solves.withLock { $0 } == 4)
    let csv = try AtomicFile.readText(dir + "/results.csv")
    // One record lost (as if the run had been killed before it finished): only it is redone.
    try FileManager.default.removeItem(atPath: dir + "/scenarios/\(plan.scenarios[2].id).json")
    let second = try SweepRunner.run(plan, out: dir, options: options)
    #expect(second.solved == 1 && second.skipped == 3)
    #expect(solves.withLock { $0 } == 5)
    #expect(try AtomicFile.readText(dir + "/results.csv") == csv)
    // A changed setting changes every input hash: nothing is skipped.
    var spec = plan.spec
    spec.stepLimit += 1
    let third = try SweepRunner.run(SweepPlan(spec: spec, schools: plan.schools), out: dir)
    #expect(third.skipped == 0 && third.solved == 4)
  }

  @Test func cancelledRunKeepsFinishedRecords() throws {
    let (dir, plan) = try Fixture.plan(axes: Self.axes)
    let cancel = SweepCancelFlag()
    let summary = try SweepRunner.run(
      plan, out: dir,
      options: .init(workers: 1, cancel: cancel, progress: { _ in cancel.cancel() }))
    #expect(summary.solved == 1 && summary.interrupted)
    let resumed = try SweepRunner.run(plan, out: dir, options: .init(workers: 1))
    #expect(resumed.skipped == 1 && resumed.solved == 3 && !resumed.interrupted)
  }

  @Test func invalidVariantIsAFindingNotACrash() throws {
    // Teacher-led teams are re-formed to fit a span; an administrator's are not.
    let (dir, plan) = try Fixture.plan(axes: #"{"model": ["apCentred"], "span": [2]}"#)
    let summary = try SweepRunner.run(plan, out: dir)
    let r = try #require(summary.records.first)
    // A span the role cannot hold is a counting proof, not a broken file: proven infeasible.
    #expect(r.status == .infeasible)
    #expect(r.reason.hasPrefix("proven infeasible: "))
    #expect(r.reason.contains("allows 2"))
  }

  @Test func recordRoundTrips() throws {
    let (dir, plan) = try Fixture.plan(axes: #"{"span": [6]}"#)
    let summary = try SweepRunner.run(plan, out: dir)
    let r = try #require(summary.records.first)
    #expect(ScenarioRecordJSON.decode(ScenarioRecordJSON.encode(r)) == r)
    #expect(r.teacherGrid.isEmpty == false)
    #expect(r.totalCost != nil && r.scheduleHard != nil)
  }
}
