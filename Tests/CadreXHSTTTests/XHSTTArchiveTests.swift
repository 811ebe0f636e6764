import CadreCheck
import CadreCompiler
import CadreEngine
import CadreIO
import CadreModel
import Foundation
import Testing

/// The attached solutions of the public XHSTT instances, scored exactly as
/// `solution-costs.csv` (an independent evaluator) scores them, by the checker's evaluator and
/// by the engine's own incremental scoring.
@Suite("XHSTT archive", .enabled(if: XHSTTData.available))
struct XHSTTArchiveTests {
  @Test("solution-costs.csv row reproduced", arguments: XHSTTData.rows)
  func reproducesRow(_ row: XHSTTData.CostRow) throws {
    let (archive, diagnostics) = XHSTTReader.read(try XHSTTData.data(row.file))
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors)")
    try Self.expectReproduced(row, in: try #require(archive))
  }

  /// The row's attached solution scores as the row says, by the evaluator and by the engine's
  /// own scoring (written apart from the evaluator).
  static func expectReproduced(_ row: XHSTTData.CostRow, in archive: XArchive) throws {
    let instance = try #require(archive.instance(id: row.instanceId))
    let group = try #require(archive.solutionGroups.first { $0.id == row.solutionGroup })
    let solution = try #require(group.solutions.first { $0.instanceId == row.instanceId })
    let (timetable, problems) = solution.timetable(in: instance)
    #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems.prefix(5))")
    let report = XEvaluator.evaluate(instance, try #require(timetable))
    #expect(report.infeasibility == row.infeasibility)
    #expect(report.objective == row.objective)
    #expect(report.breakdown == row.breakdown)
    #expect(report.unsupported.isEmpty)
    let engine = scoreHSTT(
      HSTTCompiler.compile(instance),
      subEvents: HSTTCompiler.subEvents(try #require(timetable), eventCount: instance.events.count))
    #expect(engine.hard == Int64(row.infeasibility) && engine.soft == Int64(row.objective))
  }
}
