import CadreModel
import Testing

@testable import CadreIO

@Suite struct JSONWriterTests {
  @Test func prettyPrintsWithTwoSpacesAndInlineLeaves() {
    let v: JSONValue = .object([
      ("name", .string("x")),
      ("days", .array([.string("Mon"), .string("Tue")])),
      ("empty", .array([])),
      ("nested", .object([("list", .array([.object([("a", .integer(1))])]))])),
      ("none", .object([])),
    ])
    let expected = """
      {
        "name": "x",
        "days": ["Mon", "Tue"],
        "empty": [],
        "nested": {
          "list": [
            {"a": 1}
          ]
        },
        "none": {}
      }

      """
    #expect(JSONWriter.write(v) == expected)
  }

  @Test func widthZeroPutsEveryElementOnItsOwnLine() {
    let v: JSONValue = .array([.integer(1), .integer(2)])
    #expect(JSONWriter.write(v, width: 0) == "[\n  1,\n  2\n]\n")
  }

  @Test func longLeafContainersBreak() {
    let words = (0..<30).map { JSONValue.string("word\($0)") }
    let text = JSONWriter.write(.object([("w", .array(words))]))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
    #expect(text.contains("\n    \"word0\",\n"))
  }

  @Test func escapesStrings() {
    #expect(JSONWriter.quoted("a\"b\\c\nd\u{1}é/") == #""a\"b\\c\nd\u0001é/""#)
    #expect(JSONWriter.quoted("\t\r\u{8}\u{C}\u{7F}") == #""\t\r\b\f\u007F""#)
  }

  @Test(arguments: [
    (0.5, "0.5"), (1.0, "1"), (-3.0, "-3"), (0.14285714285714285, "0.14285714285714285"),
    (1e300, "1e+300"), (Double.nan, "null"), (Double.infinity, "null"),
  ])
  func formatsDoublesStably(value: Double, text: String) {
    #expect(JSONWriter.writeCompact(.double(value)) == text)
  }

  @Test func writtenTextParsesBackToTheSameValue() throws {
    let v: JSONValue = .object([
      ("s", .string("line\nbreak \"quoted\" \u{0} 😀")),
      ("n", .array([.integer(Int.max), .integer(Int.min), .double(2.5), .null, .bool(false)])),
      ("o", .object([("k", .object([("deep", .array([.array([])]))]))])),
    ])
    let parsed = try #require(JSONParser.parse(JSONWriter.write(v)).value)
    #expect(parsed == v)
    #expect(JSONParser.parse(JSONWriter.writeCompact(v)).value == v)
  }

  @Test func describesTypesForMessages() {
    #expect(JSONValue.string("five").typeDescription == #"string "five""#)
    #expect(JSONValue.integer(2).typeDescription == "number 2")
    #expect(JSONValue.bool(true).typeDescription == "boolean true")
    #expect(JSONValue.array([]).typeDescription == "array")
    #expect(JSONValue.null.typeDescription == "null")
  }
}
