import Cadre
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
    try XHSTTArchiveTests.expectReproduced(row, in: try Self.archive(row.subfolder + row.file))
  }

  /// The search on each instance of `resources/` (a short step budget): its own cost equals
  /// the evaluator's, every role it fills holds a resource of the role's type, and the
  /// solution it writes carries the resources and reads back with the same cost.
  @Test(arguments: XHSTTData.resourceFiles)
  func searchFillsRolesAndItsSolutionReadsBack(file: String) throws {
    let text = try #require(String(data: try XHSTTData.data(file), encoding: .utf8))
    let instance = try #require(XHSTTReader.read(text: text).0?.instances.first)
    let result = Cadre.solveXHSTT(
      instance, options: SolveOptions(seed: 7, threads: 1, timeLimit: nil, stepLimit: 3_000))
    let report = XEvaluator.evaluate(instance, result.timetable)
    #expect(report.infeasibility == result.cost.hard)
    #expect(report.objective == result.cost.soft)
    var filled = 0
    for s in result.timetable.subEvents {
      let event = instance.events[s.event]
      for (j, k) in event.openRoles.enumerated() {
        guard let r = s.resource(role: j) else { continue }
        filled += 1
        #expect(instance.resources[r].type == event.resources[k].type)
      }
    }
    #expect(filled > 0)
    let written = try #require(
      XHSTTWriter.archive(
        originalXML: text, instance: instance, timetable: result.timetable, groupId: "Cadre",
        description: "test", report: report))
    #expect(written.contains("<Role>"))
    let reread = try #require(XHSTTReader.read(text: written).0)
    let solution = try #require(reread.solutionGroups.last?.solutions.first)
    let timetable = try #require(solution.timetable(in: instance).0)
    #expect(timetable == result.timetable)
    let again = XEvaluator.evaluate(instance, timetable)
    #expect(again.infeasibility == report.infeasibility && again.objective == report.objective)
  }

  /// A fixed seed and step limit repeat, resources included.
  @Test func fixedSeedAndStepLimitRepeatWithRoles() throws {
    let instance = try #require(
      XHSTTReader.read(try XHSTTData.data("resources/SpainSchool.xml")).0?.instances.first)
    let options = SolveOptions(seed: 3, threads: 1, timeLimit: nil, stepLimit: 20_000)
    let a = Cadre.solveXHSTT(instance, options: options)
    let b = Cadre.solveXHSTT(instance, options: options)
    #expect(a.timetable == b.timetable)
    #expect(a.cost == b.cost)
  }
}
