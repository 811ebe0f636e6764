import CadreModel
import Testing

@testable import CadreIO

@Suite struct JSONParserTests {
  @Test func parsesEveryKindWithPositions() throws {
    let text = """
      {
        "a": [1, -2.5e3, true],
        "b": {"c": null, "d": "x"}
      }
      """
    let (value, diagnostics) = JSONParser.parse(text)
    #expect(diagnostics.isEmpty)
    let v = try #require(value)
    #expect(v.line == 1 && v.column == 1)
    let a = try #require(v["a"]?.asArray)
    #expect(a.count == 3)
    #expect(a[0].asInt == 1)
    #expect(a[1].numberLiteral == "-2.5e3")
    #expect(a[1].asDouble == -2500)
    #expect(a[2].asBool == true)
    #expect(a[1].line == 2 && a[1].column == 12)
    let d = try #require(v["b"]?["d"])
    #expect(d.asString == "x")
    #expect(d.line == 3 && d.column == 25)
    #expect(v["b"]?["c"]?.isNull == true)
    let keys = v.asObject?.map(\.key)
    #expect(keys == ["a", "b"])
    #expect(v.asObject?[1].keyLine == 3 && v.asObject?[1].keyColumn == 3)
  }

  @Test func keepsKeyOrder() throws {
    let v = try #require(JSONParser.parse(#"{"z": 1, "a": 2, "m": 3}"#).value)
    #expect(v.asObject?.map(\.key) == ["z", "a", "m"])
  }

  @Test func largeIntegersStayExact() throws {
    let v = try #require(JSONParser.parse("[9007199254740993, 123456789012345678901234]").value)
    let items = try #require(v.asArray)
    #expect(items[0].asInt == 9_007_199_254_740_993)
    #expect(items[1].asInt == nil)
    #expect(items[1].numberLiteral == "123456789012345678901234")
  }

  @Test(
    arguments: [
      ("2.0", 2), ("1e3", 1000), ("-0", 0), ("17", 17), ("2.5", nil), ("1e400", nil),
    ] as [(String, Int?)])
  func integerInterpretation(literal: String, expected: Int?) throws {
    let v = try #require(JSONParser.parse(literal).value)
    #expect(v.asInt == expected)
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let text = #""a\"b\\c\/d\b\f\n\r\t\u00e9\uD83D\uDE00 ü""#
    let v = try #require(JSONParser.parse(text).value)
    #expect(v.asString == "a\"b\\c/d\u{8}\u{C}\n\r\té😀 ü")
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let v = try #require(JSONParser.parse(#"{"é😀": [1, "ü", 2]}"#).value)
    let items = try #require(v["é😀"]?.asArray)
    #expect(items[2].column == 17)
  }

  @Test func skipsByteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
    let (value, diagnostics) = JSONParser.parse(bytes: bytes)
    #expect(diagnostics.isEmpty)
    #expect(value?["a"]?.asInt == 1)
    #expect(value?.column == 1)
  }

  @Test func crlfCountsAsOneLine() throws {
    let (value, _) = JSONParser.parse("{\r\n\"a\":\r\n  1}")
    #expect(value?["a"]?.line == 3)
    #expect(value?["a"]?.column == 3)
  }

  struct Malformed: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var line: Int
    var column: Int
    var pointer: String
    var messageContains: String
    var code = "malformed-json"
    var testDescription: String { name }
  }

  static let malformed: [Malformed] = [
    Malformed(
      name: "empty", text: "", line: 1, column: 1, pointer: "", messageContains: "empty"),
    Malformed(
      name: "only whitespace", text: "  \n  ", line: 2, column: 3, pointer: "",
      messageContains: "empty"),
    Malformed(
      name: "missing comma in object", text: "{\"a\": 1\n \"b\": 2}", line: 2, column: 2,
      pointer: "", messageContains: "expected ',' or '}' after object member"),
    Malformed(
      name: "missing comma in array", text: "{\"list\": [1 2]}", line: 1, column: 13,
      pointer: "/list", messageContains: "expected ',' or ']' after array element"),
    Malformed(
      name: "trailing comma in object", text: "{\"a\": 1,}", line: 1, column: 9, pointer: "",
      messageContains: "found '}'"),
    Malformed(
      name: "trailing comma in array", text: "[1, 2, ]", line: 1, column: 8, pointer: "",
      messageContains: "expected a value after ','"),
    Malformed(
      name: "unquoted key", text: "{a: 1}", line: 1, column: 2, pointer: "",
      messageContains: "expected a string key"),
    Malformed(
      name: "missing colon", text: "{\"a\" 1}", line: 1, column: 6, pointer: "",
      messageContains: "expected ':'"),
    Malformed(
      name: "single quotes", text: "{\"a\": 'x'}", line: 1, column: 7, pointer: "/a",
      messageContains: "expected a value"),
    Malformed(
      name: "unterminated string", text: "{\"a\": \"abc", line: 1, column: 7, pointer: "/a",
      messageContains: "unterminated string"),
    Malformed(
      name: "newline in string", text: "[\"ab\ncd\"]", line: 1, column: 5, pointer: "/0",
      messageContains: "control character U+000A"),
    Malformed(
      name: "bad escape", text: #"["a\x"]"#, line: 1, column: 4, pointer: "/0",
      messageContains: "invalid escape"),
    Malformed(
      name: "short unicode escape", text: #"["\u12"]"#, line: 1, column: 3, pointer: "/0",
      messageContains: "4 hexadecimal digits"),
    Malformed(
      name: "lone high surrogate", text: #"["\uD83D x"]"#, line: 1, column: 3, pointer: "/0",
      messageContains: "unpaired UTF-16 surrogate"),
    Malformed(
      name: "lone low surrogate", text: #"["\uDE00"]"#, line: 1, column: 3, pointer: "/0",
      messageContains: "unpaired UTF-16 surrogate"),
    Malformed(
      name: "leading zero", text: "[01]", line: 1, column: 3, pointer: "/0",
      messageContains: "leading zeros"),
    Malformed(
      name: "bare minus", text: "[-]", line: 1, column: 3, pointer: "/0",
      messageContains: "expected a digit after '-'"),
    Malformed(
      name: "dot without digits", text: "[1.]", line: 1, column: 4, pointer: "/0",
      messageContains: "expected a digit after '.'"),
    Malformed(
      name: "empty exponent", text: "[1e]", line: 1, column: 4, pointer: "/0",
      messageContains: "exponent"),
    Malformed(
      name: "capitalised literal", text: "[True]", line: 1, column: 2, pointer: "/0",
      messageContains: "expected a value"),
    Malformed(
      name: "truncated literal", text: "[nul]", line: 1, column: 2, pointer: "/0",
      messageContains: "expected 'null'"),
    Malformed(
      name: "trailing garbage", text: "{}\n x", line: 2, column: 2, pointer: "",
      messageContains: "after the end of the JSON value"),
    Malformed(
      name: "two documents", text: "{} {}", line: 1, column: 4, pointer: "",
      messageContains: "after the end of the JSON value"),
    Malformed(
      name: "unclosed object", text: "{\"a\": {\"b\": 1}", line: 1, column: 15, pointer: "",
      messageContains: "end of input"),
    Malformed(
      name: "unclosed array in member", text: "{\"t\": [1,\n2", line: 2, column: 2,
      pointer: "/t", messageContains: "expected ',' or ']'"),
    Malformed(
      name: "comment", text: "{\"a\": 1 // no\n}", line: 1, column: 9, pointer: "",
      messageContains: "expected ',' or '}'"),
    Malformed(
      name: "nested pointer", text: #"{"lessons": [{"id": "x"}, {"id": }]}"#, line: 1,
      column: 34, pointer: "/lessons/1/id", messageContains: "expected a value"),
    Malformed(
      name: "pointer escapes", text: #"{"a/b~c": [}"#, line: 1, column: 12, pointer: "/a~1b~0c/0",
      messageContains: "expected a value"),
  ]

  @Test(arguments: malformed)
  func malformedInputGivesPositionAndPointer(_ c: Malformed) throws {
    let (value, diagnostics) = JSONParser.parse(c.text)
    #expect(value == nil)
    let d = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(d.code == c.code)
    #expect(d.line == c.line)
    #expect(d.column == c.column)
    #expect(d.pointer == c.pointer)
    #expect(d.message.contains(c.messageContains), "\(d.message)")
  }

  @Test func invalidUTF8IsReportedNotTrapped() throws {
    let cases: [[UInt8]] = [
      [0x22, 0xFF, 0x22],  // never valid
      [0x22, 0xC0, 0xAF, 0x22],  // overlong '/'
      [0x22, 0xED, 0xA0, 0x80, 0x22],  // encoded surrogate
      [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
      [0x22, 0xE2, 0x82, 0x22],  // truncated sequence
      [0x22, 0x61, 0xE2],  // truncated at end of input
    ]
    for bytes in cases {
      let (value, diagnostics) = JSONParser.parse(bytes: bytes)
      #expect(value == nil)
      #expect(diagnostics.first?.code == "malformed-json")
      #expect(diagnostics.first?.message.contains("UTF-8") == true, "\(bytes)")
    }
    let outside = JSONParser.parse(bytes: [0x5B, 0xFE, 0x5D])
    #expect(outside.diagnostics.first?.message.contains("invalid UTF-8 byte 0xFE") == true)
  }

  @Test func duplicateKeysAreAllReportedAndTheFirstKept() throws {
    let text = """
      {"a": 1, "b": {"x": 1, "x": 2}, "a": 3}
      """
    let (value, diagnostics) = JSONParser.parse(text)
    #expect(value?["a"]?.asInt == 1)
    #expect(value?["b"]?["x"]?.asInt == 1)
    #expect(diagnostics.map(\.code) == ["duplicate-key", "duplicate-key"])
    #expect(diagnostics.map(\.pointer) == ["/b/x", "/a"])
    #expect(diagnostics[0].column == 24)
    #expect(diagnostics[1].column == 33)
  }

  @Test func nestingIsLimited() throws {
    let ok =
      String(repeating: "[", count: JSONParser.maxDepth)
      + String(repeating: "]", count: JSONParser.maxDepth)
    #expect(JSONParser.parse(ok).value != nil)
    let deep = String(repeating: "[", count: 100_000)
    let (value, diagnostics) = JSONParser.parse(deep)
    #expect(value == nil)
    #expect(diagnostics.first?.code == "too-deep")
    #expect(diagnostics.first?.column == JSONParser.maxDepth + 1)
  }
}
