import Cadre
import CadreCheck
import CadreCompiler
import CadreEngine
import CadreIO
import CadreModel
import Foundation
import Testing

/// The two public instances bundled in `Tests/xhstt-fixtures` (their README names the
/// source), so that every clone tests the XHSTT path, `../shared/data` or not: the attached
/// solutions score as the archive's own evaluator scored them, the search's cost equals the
/// independent evaluator's, and the delta-versus-recount test runs on them.
@Suite struct BundledXHSTTTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("xhstt-fixtures")

  static func archive(_ file: String) throws -> XArchive {
    let data = try Data(contentsOf: folder.appendingPathComponent(file))
    return try #require(XHSTTReader.read(data).0)
  }

  /// (file, solution group, infeasibility, objective): rows of `solution-costs.csv` for the
  /// bundled files, kept here so that they are checked without the shared data.
  static let attached: [(file: String, group: String, infeasibility: Int, objective: Int)] = [
    ("BrazilInstance1.xml", "Haroldo_Dec_2011", 0, 42),
    ("BrazilInstance1.xml", "LectioIntegerProgramming", 0, 41),
    ("DenmarkSmallSchool.xml", "MathijsTerBraak_2012-03-14", 0, 0),
  ]

  @Test(arguments: 0..<3)
  func attachedSolutionsScoreAsPublished(row: Int) throws {
    let (file, group, infeasibility, objective) = Self.attached[row]
    let archive = try Self.archive(file)
    let instance = try #require(archive.instances.first)
    let solution = try #require(
      archive.solutionGroups.first { $0.id == group }?.solutions.first)
    let timetable = try #require(solution.timetable(in: instance).0)
    let report = XEvaluator.evaluate(instance, timetable)
    #expect(report.infeasibility == infeasibility && report.objective == objective)
    let engine = scoreHSTT(
      HSTTCompiler.compile(instance),
      subEvents: HSTTCompiler.subEvents(timetable, eventCount: instance.events.count))
    #expect(engine.hard == Int64(infeasibility) && engine.soft == Int64(objective))
  }

  @Test(arguments: ["BrazilInstance1.xml", "DenmarkSmallSchool.xml"])
  func searchAgreesWithTheEvaluator(file: String) throws {
    let instance = try #require(try Self.archive(file).instances.first)
    let result = Cadre.solveXHSTT(
      instance, options: SolveOptions(seed: 5, threads: 1, timeLimit: nil, stepLimit: 30_000))
    let report = XEvaluator.evaluate(instance, result.timetable)
    #expect(report.infeasibility == result.cost.hard && report.objective == result.cost.soft)
    HSTTDeltaTests.exercise(HSTTCompiler.compile(instance), seed: 3, moves: 200)
  }
}
