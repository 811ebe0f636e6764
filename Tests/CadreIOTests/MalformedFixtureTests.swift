import CadreIO
import CadreModel
import Foundation
import Testing

/// One fixture per defect (the CaDiCaL habit): every file in `Fixtures/malformed/` is a small
/// school with exactly one thing wrong, and `expected.json` names the diagnostic (code and JSON
/// Pointer) that must report it. Structural defects are caught by `SchoolJSON.decode`, the rest
/// by `Validator.validate`, which only runs on a school that decoded without errors, as
/// `cadre validate` does.
@Suite struct MalformedFixtureTests {
  struct Expected: Decodable, Sendable {
    var code: String
    var pointer: String
  }

  static var folder: URL? {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
      .appendingPathComponent("malformed")
  }

  /// Every fixture file name, sorted (the manifest excluded).
  static func fixtureNames() -> [String] {
    guard let folder,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".json") && $0 != "expected.json" }.sorted()
  }

  static func manifest() throws -> [String: Expected] {
    let folder = try #require(folder)
    let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
    return try JSONDecoder().decode([String: Expected].self, from: data)
  }

  /// What `cadre validate` would report: the importer's diagnostics, then (when it produced a
  /// school without errors) the validator's.
  static func diagnose(_ name: String) throws -> [Diagnostic] {
    let folder = try #require(folder)
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    let (school, decoded) = SchoolJSON.decode(bytes: Array(data))
    guard let school, !decoded.contains(where: { $0.severity == .error }) else { return decoded }
    return decoded + Validator.validate(school)
  }

  @Test(arguments: fixtureNames())
  func fixtureReportsItsDefect(name: String) throws {
    let expected = try #require(try Self.manifest()[name], "no entry for \(name) in expected.json")
    let found = try Self.diagnose(name)
    let all = found.map(\.rendered).joined(separator: "\n")
    #expect(
      found.contains { $0.code == expected.code && $0.pointer == expected.pointer },
      "\(name): expected \(expected.code) at \(expected.pointer), got:\n\(all)")
    // One defect: every error is of the expected kind (a defect may repeat, as a
    // missing comma can only be reported once but a wrong id could be met twice).
    let errors = found.filter { $0.severity == .error }
    #expect(errors.allSatisfy { $0.code == expected.code }, "\(name) has other errors:\n\(all)")
    #expect(found.allSatisfy { !$0.message.isEmpty })
  }

  @Test func enoughFixturesAndEveryOneInTheManifest() throws {
    let names = Self.fixtureNames()
    let manifest = try Self.manifest()
    #expect(names.count >= 25)
    #expect(Set(names) == Set(manifest.keys), "files and expected.json disagree")
  }

  @Test func aboutAThirdAreStructural() throws {
    let structural: Set = [
      "malformed-json", "wrong-type", "missing-field", "unknown-key", "unsupported-format",
      "bad-time", "bad-date", "bad-enum", "not-integer",
    ]
    let codes = try Self.manifest().values.map(\.code)
    let count = codes.filter(structural.contains).count
    #expect(count * 4 >= codes.count && count * 2 <= codes.count)
  }

  @Test func theFixturesBaseSchoolIsValid() throws {
    // Every semantic fixture changes one thing in the same school; with the defect undone
    // (here: the closure fixture's dates put back) it must be clean.
    let folder = try #require(Self.folder)
    let data = try Data(contentsOf: folder.appendingPathComponent("closure-outside-year.json"))
    let text = try #require(String(data: data, encoding: .utf8))
      .replacingOccurrences(of: "2025-12-21", with: "2026-12-21")
      .replacingOccurrences(of: "2025-12-31", with: "2027-01-01")
    let (school, decoded) = SchoolJSON.decode(text)
    #expect(decoded.isEmpty)
    let s = try #require(school)
    #expect(Validator.validate(s).map(\.rendered) == [])
  }
}
