import CadreCheck
import CadreEngine
import Foundation
import Testing

@testable import CadreIO
@testable import CadreModel

/// One source of truth per rule: the engine's rule codes, the checker's rules, docs/RULES.md's
/// tables, the JSON Schema's weight keys, the file format's keys and the validator's key order
/// all follow `SoftRule` (and the engine's `Rule` for the hard ones). Adding a rule without
/// its checker rule, its docs row or its schema key fails here.
@Suite struct RuleTableTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// The first backquoted cell of each table row of the `## title` section, with the row's
  /// second cell.
  static func rows(_ text: String, section title: String) -> [(code: String, second: String)] {
    guard let start = text.range(of: "\n## " + title) else { return [] }
    let rest = text[start.upperBound...]
    let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
    return rest[..<end].split(separator: "\n").compactMap { line in
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard line.hasPrefix("| `"), cells.count >= 2 else { return nil }
      return (cells[0].trimmingCharacters(in: ["`"]), cells[1].trimmingCharacters(in: ["`"]))
    }
  }

  /// The school's soft rules, then `team-policy` and `personal-preference` (soft, weighted
  /// per team or per limit, not `SoftRule`s: the rules whose count carries its weights).
  @Test func engineSoftRulesAreTheModelsSoftRules() {
    let weighted = Rule.allCases.filter(\.countIsWeighted)
    #expect(weighted == [.teamPolicy, .personalPreference])
    let soft = Rule.allCases.filter { !$0.isHard && !weighted.contains($0) }
    #expect(soft.map(\.code) == SoftRule.allCases.map(\.code))
    #expect(Rule.softCount == SoftRule.allCases.count + weighted.count)
    #expect(Array(Rule.allCases.suffix(weighted.count)) == weighted)
    #expect(Rule.hardCount + Rule.softCount == Rule.count)
    for rule in SoftRule.allCases {
      #expect(Rule(rawValue: Rule.hardCount + rule.rawValue)?.code == rule.code)
    }
  }

  @Test func checkerHasEveryEngineRuleInOrder() {
    let report = Checker.check(school: tinySchool(seed: 1), schedule: Schedule(meetings: []))
    let checker = report.countsByRule.map(\.rule)
    #expect(Array(checker.prefix(Rule.count)) == Rule.allCases.map(\.code))
    // The rules after the engine's are the checker-only rules for malformed schedules.
    let checkerOnly = report.countsByRule.dropFirst(Rule.count).filter { !$0.hard }
    #expect(checkerOnly.isEmpty)
    for (i, row) in report.countsByRule.prefix(Rule.count).enumerated() {
      #expect(row.hard == Rule.allCases[i].isHard, "\(row.rule)")
    }
  }

  @Test func rulesDocumentListsEveryRule() throws {
    let doc = try Self.text("docs/RULES.md")
    let hard = Self.rows(doc, section: "Hard rules")
    let soft = Self.rows(doc, section: "Soft rules")
    #expect(Self.rows(doc, section: "Team policy").map(\.code) == ["team-policy"])
    #expect(Self.rows(doc, section: "Personal limits").map(\.code) == ["personal-preference"])
    #expect(hard.map(\.code) == Rule.allCases.filter(\.isHard).map(\.code))
    #expect(soft.map(\.code) == SoftRule.allCases.map(\.code))
    #expect(soft.map(\.second) == SoftRule.allCases.map(\.key))
  }

  @Test func schemaWeightsAreTheSoftRules() throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("docs/cadre.schema.json"))
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let defs = try #require(schema["$defs"] as? [String: Any])
    let weights = try #require(defs["weights"] as? [String: Any])
    let properties = try #require(weights["properties"] as? [String: Any])
    #expect(Set(properties.keys) == Set(SoftRule.allCases.map(\.key)))
    for rule in SoftRule.allCases {
      let entry = try #require(properties[rule.key] as? [String: Any])
      #expect(entry["default"] as? Int == Weights()[rule], "\(rule.key)")
      #expect(entry["$ref"] as? String == "#/$defs/weight", "\(rule.key)")
    }
    // The key order in the schema's text is the rule order.
    let text = try Self.text("docs/cadre.schema.json")
    let offsets = SoftRule.allCases.compactMap { text.range(of: "\"\($0.key)\": {")?.lowerBound }
    #expect(offsets.count == SoftRule.allCases.count && offsets == offsets.sorted())
  }

  @Test func formatKeysAndValidatorOrderFollowTheRules() {
    #expect(SchoolJSON.weightKeys == SoftRule.allCases.map(\.key))
    let ranks = SoftRule.allCases.map { Validator.keyRank[$0.key] ?? -1 }
    #expect(!ranks.contains(-1) && ranks == ranks.sorted())
    #expect(Bounds.weights.map(\.path) == SoftRule.allCases.map { "/weights/" + $0.key })
  }
}
