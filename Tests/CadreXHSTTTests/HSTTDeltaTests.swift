import CadreCompiler
import CadreIO
import CadreModel
import Foundation
import Testing

@testable import CadreEngine

/// Delta versus recount for the XHSTT search state: seeded random moves (relocate, unassign,
/// split, merge; kept or rolled back, and probes retracted) on every shared instance, and
/// after each one every incremental table — attendance, busy masks, clash deviations, each
/// point's cost and the two totals — equals a state built from scratch on the same timetable.
@Suite struct HSTTDeltaTests {
  /// A state rebuilt from the sub-events alone.
  static func fresh(_ st: HSTTState) -> HSTTState {
    var f = HSTTState(model: st.md)
    for e in 0..<st.md.E { f.occupy(e, -1) }
    f.subCount = st.subCount
    f.subDur = st.subDur
    f.subStart = st.subStart
    f.subRes = st.subRes
    for e in 0..<st.md.E { f.occupy(e, 1) }
    f.recount()
    return f
  }

  static func expectSame(_ st: HSTTState, _ what: String) {
    let f = fresh(st)
    #expect(st.busy == f.busy, "attendance after \(what)")
    #expect(st.bits == f.bits, "busy masks after \(what)")
    #expect(st.clashes == f.clashes, "clash deviations after \(what)")
    #expect(st.load == f.load, "workloads after \(what)")
    #expect(st.charged == f.charged, "budget charges after \(what)")
    #expect(st.coverageYearly == f.coverageYearly, "yearly coverage after \(what)")
    #expect(st.demandNeed == f.demandNeed, "demand needs after \(what)")
    #expect(st.demandUsed == f.demandUsed, "demand resources busy after \(what)")
    #expect(st.pointCost == f.pointCost, "point costs after \(what)")
    #expect(st.hard == f.hard && st.soft == f.soft, "totals after \(what)")
  }

  /// One random edit of a touched event: a new start (or none) for one sub-event, a split of
  /// one in two, a merge of the last into another, or (with open roles) a resource change in
  /// one sub-event or all of them, or none.
  static func edit(_ st: inout HSTTState, _ e: Int, _ rng: inout SplitMix64) -> String {
    let md = st.md
    let base = Int(md.subBase[e])
    let n = Int(st.subCount[e])
    let k = base + rng.below(n)
    let roles = md.roleCount(e)
    if roles > 0 && rng.chance(40) {
      let g = Int(md.roleFirst[e]) + rng.below(roles)
      let size = md.roleDomain.count(g)
      let r =
        size == 0 || rng.chance(10) ? -1 : md.roleDomain[md.roleDomain.lower(g) + rng.below(size)]
      let j = g - Int(md.roleFirst[e])
      if rng.chance(50) {
        st.subRes[md.assignIndex(e, k, j)] = Int32(r)
        return "resource"
      }
      for s in base..<base + n { st.subRes[md.assignIndex(e, s, j)] = Int32(r) }
      return "resources"
    }
    let roll = rng.below(10)
    if roll < 2 && st.subDur[k] >= 2 && n < Int(md.duration[e]) {
      let part = 1 + rng.below(Int(st.subDur[k]) - 1)
      st.subDur[k] -= Int32(part)
      st.subDur[base + n] = Int32(part)
      st.subStart[base + n] = Int32(rng.below(md.T))
      for j in 0..<roles {
        st.subRes[md.assignIndex(e, base + n, j)] = st.subRes[md.assignIndex(e, k, j)]
      }
      st.subCount[e] += 1
      return "split"
    }
    if roll < 4 && n >= 2 && k != base + n - 1 {
      st.subDur[k] += st.subDur[base + n - 1]
      st.subCount[e] -= 1
      return "merge"
    }
    st.subStart[k] = rng.chance(10) ? -1 : Int32(rng.below(md.T))
    return "relocate"
  }

  static func exercise(_ problem: HSTTProblem, seed: UInt64, moves: Int) {
    let model = HSTTModel(problem)
    guard !model.movable.isEmpty else { return }
    var st = HSTTState(model: model)
    var rng = SplitMix64(seed: seed)
    expectSame(st, "start")
    for i in 0..<moves {
      st.begin()
      var what = ""
      for _ in 0..<(1 + rng.below(3)) {
        let e = Int(model.movable[rng.below(model.movable.count)])
        st.touch(e)
        what += edit(&st, e, &rng) + " "
      }
      _ = st.evaluate()
      if rng.chance(30) {
        // A probe: retract, edit again, evaluate again (what the repair phase does).
        st.retract()
        _ = st.evaluate()
      }
      if rng.chance(50) { st.commit() } else { st.rollback() }
      if i % 7 == 0 { expectSame(st, "move \(i): \(what)") }
    }
    expectSame(st, "the last move")
  }

  @Test(.enabled(if: XHSTTData.available), arguments: XHSTTData.files)
  func everyIncrementalTableEqualsItsRecount(file: String) throws {
    let instance = try #require(XHSTTReader.read(try XHSTTData.data(file)).0?.instances.first)
    Self.exercise(HSTTCompiler.compile(instance), seed: 11, moves: 140)
  }

  /// The instances that leave resources open: resource edits too, and the workload and role
  /// tables.
  @Test(.enabled(if: XHSTTData.resourcesAvailable), arguments: XHSTTData.resourceFiles)
  func resourceInstancesToo(file: String) throws {
    let instance = try #require(XHSTTReader.read(try XHSTTData.data(file)).0?.instances.first)
    Self.exercise(HSTTCompiler.compile(instance), seed: 13, moves: 140)
  }

  /// Their times-only problems (`demandRelaxation`; all but ArtificialSudoku4x4, whose roles
  /// have no choice to relax): the demand points' counts too.
  @Test(.enabled(if: XHSTTData.resourcesAvailable), arguments: XHSTTData.resourceFiles)
  func timesOnlyProblemsToo(file: String) throws {
    let instance = try #require(XHSTTReader.read(try XHSTTData.data(file)).0?.instances.first)
    guard let relaxed = HSTTCompiler.compile(instance).demandRelaxation() else {
      #expect(file.contains("Sudoku"))
      return
    }
    #expect(!relaxed.demands.isEmpty)
    Self.exercise(relaxed, seed: 17, moves: 140)
  }

  /// Without the shared data: the packed and handmade instances of `EngineAgreementTests`.
  @Test(arguments: [5, 7])
  func packedInstancesToo(n: Int) {
    let instance = EngineAgreementTests.packedInstance(n: n, withSoftRule: true)
    Self.exercise(HSTTCompiler.compile(instance), seed: UInt64(n), moves: 400)
  }
}
