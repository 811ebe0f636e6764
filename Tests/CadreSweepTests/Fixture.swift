import CadreGen
import CadreIO
import CadreModel
import Foundation

@testable import CadreSweep

/// Tiny sweeps on generated schools written to a fresh temporary folder.
enum Fixture {
  static let smallAB = SchoolGenerator.generate(.smallABWeek, seed: 1)
  static let greenDot = SchoolGenerator.generate(.greenDotSecondary, seed: 1)
  static let elementaryTeamLeads = SchoolGenerator.generate(.typicalElementaryTeamLeads, seed: 1)

  static func folder() -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("cadre-sweep-tests-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  /// A sweep file over the small A/B school with `axes` (JSON text), in a new folder; returns
  /// the folder and the plan.
  static func plan(axes: String, stepLimit: Int = 1_500) throws -> (String, SweepPlan) {
    let dir = folder()
    try AtomicFile.write(SchoolJSON.encode(smallAB), to: dir + "/ab.json")
    let sweep = """
      {"format": "cadre-sweep/1", "name": "Tiny <sweep> & co", "schools": [{"id": "ab",
       "file": "ab.json"}], "axes": \(axes), "stepLimit": \(stepLimit),
       "calendarStepLimit": 0}
      """
    try AtomicFile.write(sweep, to: dir + "/sweep.json")
    let (plan, diagnostics) = SweepPlan.load(path: dir + "/sweep.json")
    guard let plan else { throw FixtureError(diagnostics.map(\.rendered).joined()) }
    return (dir, plan)
  }

  struct FixtureError: Error {
    var message: String
    init(_ m: String) { message = m }
  }
}
