import CadreModel
import Foundation
import Testing

/// `source.figures[].measure` has one table, `SourceMeasure`: the JSON Schema's enum and
/// docs/FORMAT.md's "Source" table are its copies, proven here.
@Suite struct SourceTableTests {
  @Test func schemaMeasuresAreTheModelsMeasures() throws {
    let data = try Data(
      contentsOf: RuleTableTests.root.appendingPathComponent("docs/cadre.schema.json"))
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let properties = try #require(schema["properties"] as? [String: Any])
    let source = try #require(properties["source"] as? [String: Any])
    let figures = try #require(
      (source["properties"] as? [String: Any])?["figures"] as? [String: Any])
    let items = try #require(figures["items"] as? [String: Any])
    let measure = try #require(
      (items["properties"] as? [String: Any])?["measure"] as? [String: Any])
    #expect(measure["enum"] as? [String] == SourceMeasure.allCases.map(\.rawValue))
  }

  @Test func formatDocumentsEveryMeasure() throws {
    let rows = RuleTableTests.rows(try RuleTableTests.text("docs/FORMAT.md"), section: "Source")
    #expect(rows.map(\.code) == SourceMeasure.allCases.map(\.rawValue))
    #expect(rows.map(\.second) == SourceMeasure.allCases.map(\.meaning))
  }
}
