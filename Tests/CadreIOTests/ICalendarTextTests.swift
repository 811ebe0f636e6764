import Testing

@testable import CadreIO

@Suite struct ICalendarTextTests {
  /// The physical lines of folded text as octets, without their CRLFs. Works on octets
  /// because a fold may fall before a combining mark, which Swift would merge with the space.
  static func physicalLines(_ text: String) -> [[UInt8]] {
    var lines: [[UInt8]] = [[]]
    var bytes = Array(text.utf8)[...]
    while let b = bytes.first {
      if b == 13, bytes.dropFirst().first == 10 {
        lines.append([])
        bytes = bytes.dropFirst(2)
      } else {
        lines[lines.count - 1].append(b)
        bytes = bytes.dropFirst()
      }
    }
    if lines.last == [] { lines.removeLast() }
    return lines
  }

  /// RFC 5545 unfolding: drop every CRLF followed by one space, then decode.
  static func unfold(_ text: String) -> String {
    var out: [UInt8] = []
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      if i + 2 < bytes.count, bytes[i] == 13, bytes[i + 1] == 10, bytes[i + 2] == 32 {
        i += 3
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a\\b", "a\\\\b"),
    ("a;b,c", "a\\;b\\,c"),
    ("line 1\nline 2", "line 1\\nline 2"),
    ("crlf\r\nlf\ncr\rend", "crlf\\nlf\\ncr\\nend"),
    ("colon: \"quoted\"", "colon: \"quoted\""),
    ("bell\u{7}tab\t", "bell tab\t"),
    ("ü, 数学; 🎓", "ü\\, 数学\\; 🎓"),
  ])
  func escapesText(input: String, expected: String) {
    #expect(ICalendarText.escape(input) == expected)
  }

  @Test func quotesParameterValuesOnlyWhenNeeded() {
    #expect(ICalendarText.parameter("America/Denver") == "America/Denver")
    #expect(ICalendarText.parameter("Stone, Bob") == "\"Stone, Bob\"")
    #expect(ICalendarText.parameter("Bo \"the\" coach") == "Bo 'the' coach")
    #expect(ICalendarText.parameter("a:b;c\nd") == "\"a:b;c d\"")
  }

  @Test func shortLineIsOnePhysicalLine() {
    let line = String(repeating: "x", count: 75)
    #expect(ICalendarText.fold(line) == line + "\r\n")
  }

  @Test func asciiFoldsAtExactly75Octets() {
    let line = "DESCRIPTION:" + String(repeating: "abcdefghij", count: 20)
    let folded = ICalendarText.fold(line)
    let lines = Self.physicalLines(folded)
    #expect(lines.map(\.count) == [75, 75, 64])
    #expect(lines.dropFirst().allSatisfy { $0.first == 32 })
    #expect(Self.unfold(folded) == line + "\r\n")
  }

  @Test(arguments: ["é", "数", "🎓", "e\u{301}"])
  func multibyteCharactersAreNeverSplit(piece: String) {
    let line = "SUMMARY:" + String(repeating: piece, count: 90)
    let folded = ICalendarText.fold(line)
    let lines = Self.physicalLines(folded)
    #expect(lines.count > 1)
    for l in lines {
      #expect(l.count <= 75)
      // Each physical line is valid UTF-8 on its own: no sequence was cut.
      #expect(String(validating: l, as: UTF8.self) != nil)
    }
    // A line is only broken when the next scalar would not fit.
    let width = piece.unicodeScalars.map { UTF8.width($0) }.max() ?? 1
    for l in lines.dropLast() { #expect(l.count > 75 - width) }
    #expect(Self.unfold(folded) == line + "\r\n")
  }

  @Test func linesBuilderEscapesTextAndQuotesParameters() {
    var lines = ICalendarLines()
    lines.addText("SUMMARY", "Debrief; Bo, Ana")
    lines.add("ATTENDEE", [("CN", "Stone, Bob")], "mailto:T-BOB@x.invalid")
    #expect(
      lines.text
        == "SUMMARY:Debrief\\; Bo\\, Ana\r\nATTENDEE;CN=\"Stone, Bob\":mailto:T-BOB@x.invalid\r\n")
  }
}
