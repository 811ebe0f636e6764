import Cadre
import CadreCheck
import CadreExplain
import CadreIO
import CadreModel
import Foundation
import Testing

/// Issue 15: every infeasible variant of the samples (Tests/cli-fixtures/explain, written by
/// make-variants.py) is explained, never called a fit; the true culprit is named, and at least
/// one printed fix makes the school feasible when re-solved here, independently.
struct VariantTests {
  /// (file, words the culprit must be named with).
  static let variants: [(String, [String])] = [
    ("teacher-max-per-week", ["T12", "maxPerWeek"]),
    ("class-over-cycle", ["6A", "61 periods"]),
    ("shared-home-room", ["R101", "90 periods"]),
    ("one-lab", ["LAB1", "95 periods"]),
    ("pinned-lab-clash", ["6A-science-lab", "7A-science-lab", "A Tue P1", "LAB1"]),
    ("lead-pins-cover-member", ["T03", "T12", "pinned lessons cover"]),
    ("teacher-away", ["T07", "free in 36"]),
    ("lab-unavailable", ["LAB1", "12 periods"]),
    ("too-many-huddles", ["20 huddles"]),
    ("ap-one-period", ["Luis Ortega", "has 1"]),
  ]

  static func school(_ name: String) throws -> School {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../cli-fixtures/explain/\(name).json")
    let text = try String(contentsOf: url, encoding: .utf8)
    let (school, diagnostics) = SchoolJSON.decode(bytes: Array(text.utf8))
    #expect(!diagnostics.contains { $0.severity == .error })
    return try #require(school)
  }

  @Test(arguments: variants.map(\.0))
  func explainedAndFixed(_ name: String) throws {
    let school = try Self.school(name)
    let words = Self.variants.first { $0.0 == name }?.1 ?? []
    let d = Explain.diagnose(school, options: ExplainOptions(stepLimit: 60_000))
    #expect(d.verdict == .provenInfeasible)
    for w in words { #expect(d.text.contains(w), "\(name): '\(w)' not named") }
    #expect(!d.conflict.isEmpty)
    let fix = try #require(d.fixes.first, "\(name): no fix fits")
    // Re-solve the first fix here and judge it with the checker, not explain's word.
    var o = SolveOptions(seed: 1, timeLimit: 30, stepLimit: 200_000)
    o.target = HardSoft(hard: 0, soft: Int.max)
    let result = Cadre.solve(fix.school, options: o)
    #expect(Checker.check(school: fix.school, schedule: result.schedule).isFeasible)
  }

  /// The AP's availability is the cause, so it must be among the fixes.
  @Test func availabilityIsOfferedWhenItIsTheCause() throws {
    let d = Explain.diagnose(try Self.school("ap-one-period"), options: .init(stepLimit: 60_000))
    #expect(
      d.fixes.contains { $0.change.contains("Luis Ortega") && $0.change.contains("available") })
  }

  /// No counting proof applies: QuickXplain finds the two availabilities by search, and says
  /// it is not proven.
  @Test func searchFindsAMinimalSet() throws {
    let school = try Self.school("search-lesson-no-common-slot")
    let d = Explain.diagnose(school, options: .init(stepLimit: 30_000))
    #expect(d.verdict == .notFound)
    #expect(d.findings.isEmpty)
    #expect(d.conflictText.count == 2)
    #expect(d.conflictText.contains { $0.contains("T12") })
    #expect(d.conflictText.contains { $0.contains("8B") })
    #expect(d.certainty.contains("no plan found within 30000 steps"))
    #expect(!d.fixes.isEmpty)
  }

  /// A feasible sample fits, and twice the same answer (fixed seed and step limit).
  @Test func sampleFitsReproducibly() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Samples/small-ab-week.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    let school = try #require(SchoolJSON.decode(bytes: Array(text.utf8)).0)
    let a = Explain.diagnose(school, options: .init(stepLimit: 60_000))
    let b = Explain.diagnose(school, options: .init(stepLimit: 60_000))
    #expect(a.verdict == .fits)
    #expect(a.text == b.text)
  }
}
