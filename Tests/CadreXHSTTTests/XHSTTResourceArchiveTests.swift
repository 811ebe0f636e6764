import CadreCheck
import CadreCompiler
import CadreEngine
import CadreIO
import CadreModel
import Foundation
import Testing

/// The attached solutions of the instances that leave resources open (`resources/`), scored
/// exactly as `resources/solution-costs.csv` scores them: infeasibility, objective and the
/// breakdown by constraint type, one test per row.
@Suite("XHSTT resource archive", .enabled(if: XHSTTData.resourcesAvailable))
struct XHSTTResourceArchiveTests {
  /// Instances read once per file (the larger ones take a second or two).
  static func archive(_ file: String) throws -> XArchive {
    let (archive, diagnostics) = XHSTTReader.read(try XHSTTData.data(file))
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.prefix(5))")
    return try #require(archive)
  }

  @Test("resources/solution-costs.csv row reproduced", arguments: XHSTTData.resourceRows)
  func reproducesRow(_ row: XHSTTData.CostRow) throws {
    let archive = try Self.archive(row.subfolder + row.file)
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
    // The engine's own scoring (written apart from the evaluator) gives the same cost.
    let engine = scoreHSTT(
      HSTTCompiler.compile(instance),
      subEvents: HSTTCompiler.subEvents(try #require(timetable), eventCount: instance.events.count))
    #expect(engine.hard == Int64(row.infeasibility) && engine.soft == Int64(row.objective))
  }
}
