import CadreEngine
import CadreIO
import CadreModel
import Foundation
import Testing

@testable import CadreIO

/// Cadre's own XML parser: what it reads, and every kind of input it refuses, with the code
/// and the line of the diagnostic.
@Suite("XML parser")
struct XMLParserTests {
  /// The parsed document, or the diagnostic.
  static func parse(_ text: String, maxDepth: Int = XHSTTReader.maxDepth)
    -> (XMLDocument?, Diagnostic?)
  {
    parse(bytes: Array(text.utf8), maxDepth: maxDepth)
  }

  static func parse(bytes: [UInt8], maxDepth: Int = XHSTTReader.maxDepth)
    -> (XMLDocument?, Diagnostic?)
  {
    bytes.withUnsafeBufferPointer { XMLDocument.parse($0, maxDepth: maxDepth) }
  }

  /// The diagnostic `text` gets (nil when it parses).
  static func refusal(_ text: String) -> Diagnostic? { parse(text).1 }

  @Test func readsElementsAttributesTextAndReferences() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment -->
      <?pi skipped?>
      <r a="1" b='two &amp; &#x33;'>
        <c>  x &lt; y &gt; z &quot;&apos; &#233;&#x1F600;  </c>
        <c><![CDATA[<not> & markup]]></c>
        <d/>
        <c>one<!-- in between -->two<d/>three</c>
        <e v="tab\there&#10;line
      next"/>
      </r>
      """
    let (document, error) = Self.parse(text)
    #expect(error == nil)
    let root = try #require(document?.root)
    #expect(root.name == "r")
    #expect(root.attributes["a"] == "1" && root.attributes["b"] == "two & 3")
    #expect(root.attributes["missing"] == nil)
    #expect(root.children.map(\.name) == ["c", "c", "d", "c", "e"])
    #expect(
      root.children("c").map(\.text) == ["x < y > z \"' é😀", "<not> & markup", "onetwothree"])
    #expect(root.child("d")?.line == 7)
    #expect(root.child("d")?.column == 3)
    #expect(root.child("c")?.children("d").isEmpty == true)
    // Literal tab and line end in an attribute become spaces; a character reference stays.
    #expect(root.child("e")?.attributes["v"] == "tab here\nline next")
    #expect(root.text.isEmpty)
  }

  @Test func everyElementsLineAndColumnAreCountedInScalars() throws {
    // Elements after LF, CR LF and lone CR line ends, after multi-byte text, and many on one
    // long line: each element's place against a literal count from the start of the file.
    var rng = SplitMix64(seed: 5)
    var text = "<r>"
    let pieces = ["\n", "\r\n", "\r", "é", "😀", " ", "ab", "<e/>", "<e>x</e>", "<e/><e/>"]
    for _ in 0..<400 { text += pieces[rng.below(pieces.count)] }
    text += String(repeating: "<e/>", count: 200) + "</r>"
    let bytes = Array(text.utf8)
    let (document, error) = Self.parse(bytes: bytes)
    #expect(error == nil)
    let root = try #require(document?.root)
    // Element starts in order, and the literal place of each.
    var expected: [(line: Int, column: Int)] = []
    var line = 1
    var column = 1
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      if c == 0x3C && i + 1 < bytes.count && bytes[i + 1] != 0x2F {
        expected.append((line, column))
      }
      if c == 0x0A || (c == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
        line += 1
        column = 1
      } else if c & 0xC0 != 0x80 {
        column += 1
      }
      i += 1
    }
    let places = [(root.line, root.column)] + root.children.map { ($0.line, $0.column) }
    #expect(places.count == expected.count)
    for (got, want) in zip(places, expected) {
      #expect(got.0 == want.line && got.1 == want.column)
    }
  }

  @Test func lineEndsAreNormalised() throws {
    let (document, _) = Self.parse("<r>\r\n<c>a\r\nb\rc</c>\r\n<d/></r>")
    let root = try #require(document?.root)
    #expect(root.child("c")?.text == "a\nb\nc")
    #expect(root.child("d")?.line == 5)
  }

  /// A UTF-8 byte order mark used to give "the document is empty".
  @Test func aByteOrderMarkIsSkipped() throws {
    let (document, error) = Self.parse("\u{FEFF}<?xml version=\"1.0\"?>\n<r><c>é</c></r>")
    #expect(error == nil)
    #expect(document?.root?.child("c")?.text == "é")
    let archive = "\u{FEFF}" + SyntheticXHSTT.archive(events: "", constraints: "")
    let (read, diagnostics) = XHSTTReader.read(text: archive)
    #expect(diagnostics.isEmpty)
    #expect(read?.instances.first?.id == "I")
  }

  @Test func internalEntitiesAreExpandedInTextAndAttributes() throws {
    let text = """
      <!DOCTYPE r [
        <!-- declarations -->
        <!ELEMENT r ANY>
        <!ATTLIST r a CDATA "default ignored">
        <!ENTITY school "St Mary's &amp; Co">
        <!ENTITY full "&school; (&#233;cole)">
        <!ENTITY school "the second declaration is ignored">
        <!ENTITY % parameter "unused">
      ]>
      <r a="&full;"><c>&full;</c></r>
      """
    let (document, error) = Self.parse(text)
    #expect(error == nil)
    let root = try #require(document?.root)
    #expect(root.attributes["a"] == "St Mary's & Co (école)")
    #expect(root.child("c")?.text == "St Mary's & Co (école)")
    #expect(document?.doctypeRange?.lowerBound == 0)
  }

  @Test func billionLaughsIsRefused() {
    var text = "<!DOCTYPE r [\n<!ENTITY l0 \"lol\">\n"
    for k in 1...9 {
      text += "<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">\n"
    }
    text += "]>\n<r>&l9;</r>"
    let d = Self.refusal(text)
    #expect(d?.code == "xhstt-entity-expansion")
    #expect(d?.line == 13)
    // Empty entities multiply work, not text: refused the same way.
    var empty = "<!DOCTYPE r [\n<!ENTITY e0 \"\">\n"
    for k in 1...9 {
      empty += "<!ENTITY e\(k) \"" + String(repeating: "&e\(k - 1);", count: 10) + "\">\n"
    }
    empty += "]>\n<r a=\"&e9;\"/>"
    #expect(Self.refusal(empty)?.code == "xhstt-entity-expansion")
  }

  @Test func entityLoopsAndDeepNestingAreRefused() {
    let loop = "<!DOCTYPE r [<!ENTITY a \"x&b;\"><!ENTITY b \"&a;\">]><r>&a;</r>"
    #expect(Self.refusal(loop)?.code == "xhstt-entity-expansion")
    var deep = "<!DOCTYPE r [<!ENTITY e0 \"x\">"
    for k in 1...20 { deep += "<!ENTITY e\(k) \"&e\(k - 1);\">" }
    deep += "]><r>&e20;</r>"
    #expect(Self.refusal(deep)?.code == "xhstt-entity-expansion")
  }

  @Test func externalEntitiesAreNeverRead() {
    let system = """
      <!DOCTYPE r SYSTEM "r.dtd" [<!ENTITY leak SYSTEM "file:///etc/hostname">]>
      <r>&leak;</r>
      """
    let d = Self.refusal(system)
    #expect(d?.code == "xhstt-external-entity")
    #expect(d?.line == 2)
    let pub = "<!DOCTYPE r [<!ENTITY p PUBLIC \"-//x\" \"http://example.com/x\">]><r a=\"&p;\"/>"
    #expect(Self.refusal(pub)?.code == "xhstt-external-entity")
    // Declared but never used: harmless.
    #expect(Self.refusal("<!DOCTYPE r [<!ENTITY u SYSTEM \"u.txt\">]><r/>") == nil)
  }

  @Test func parameterEntitiesAndMarkupInEntitiesAreRefused() {
    let pe = "<!DOCTYPE r [<!ENTITY % p \"<!ENTITY x 'y'>\"> %p;]><r/>"
    #expect(Self.refusal(pe)?.code == "xhstt-unsupported-dtd")
    let markup = "<!DOCTYPE r [<!ENTITY m \"<c/>\">]><r>&m;</r>"
    #expect(Self.refusal(markup)?.code == "xhstt-unsupported-dtd")
  }

  /// 48,000 nested elements used to crash the reader (a recursive tree overflowed the stack
  /// when it was freed): refused at the first element past the limit, with its line.
  @Test func deepNestingIsRefusedWithTheLine() {
    let depth = 48_000
    let text =
      "<r>\n" + String(repeating: "<a>\n", count: depth) + String(repeating: "</a>", count: depth)
      + "</r>"
    let d = Self.refusal(text)
    #expect(d?.code == "xhstt-too-deep")
    #expect(d?.line == XHSTTReader.maxDepth + 1)
    #expect(d?.message.contains("line \(XHSTTReader.maxDepth + 1)") == true)
    let (archive, diagnostics) = XHSTTReader.read(text: text)
    #expect(archive == nil && diagnostics.map(\.code) == ["xhstt-too-deep"])
    // Exactly the limit is fine.
    let limit = XHSTTReader.maxDepth
    let ok = String(repeating: "<a>", count: limit) + String(repeating: "</a>", count: limit)
    #expect(Self.refusal(ok) == nil)
  }

  @Test func tooLargeInputIsRefusedBeforeParsing() {
    let (archive, diagnostics) = XHSTTReader.read(Data(count: XHSTTReader.maxBytes + 1))
    #expect(archive == nil)
    #expect(diagnostics.map(\.code) == ["xhstt-too-large"])
    #expect(XHSTTReader.sizeDiagnostic(XHSTTReader.maxBytes) == nil)
  }

  /// Foundation's XMLParser (libxml2) refused anything over 10,000,000 bytes.
  @Test func archivesOverTenMegabytesAreRead() throws {
    var events = ""
    var n = 0
    while events.utf8.count < 10_500_000 {
      events += SyntheticXHSTT.event("E\(n)", duration: 1, groups: ["gAll", "gLink"])
      n += 1
    }
    let text = SyntheticXHSTT.archive(events: events, constraints: "")
    #expect(text.utf8.count > 10_500_000)
    let (archive, diagnostics) = XHSTTReader.read(text: text)
    #expect(diagnostics.isEmpty)
    #expect(archive?.instances.first?.events.count == n)
    #expect(archive?.instances.first?.events.last?.id == "E\(n - 1)")
  }

  @Test(arguments: [
    ("<r>\n<a>\n</b>\n</r>", 3, "does not match <a>"),
    ("<r>\n<a>", 2, "the file ends before <a>"),
    ("<r>\n a & b</r>", 2, "starts no entity"),
    ("<r>&nope;</r>", 1, "'&nope;' is not declared"),
    ("<r>\n<a b=\"<\"/></r>", 2, "a '<' inside an attribute value"),
    ("<r>\n<a b=\"1\" b=\"2\"/></r>", 2, "appears twice"),
    ("<r/>\n<s/>", 2, "a second root element"),
    ("<r/>\ntext", 2, "text after the root element"),
    ("  \n ", 2, "the document is empty"),
    ("<r>&#0;</r>", 1, "names no character"),
    ("<r>&#x110000;</r>", 1, "names no character"),
    ("<r>\n\u{01}</r>", 2, "control character"),
    ("<r a=b/>", 1, "in quotes"),
    ("<r><!-- open", 1, "comment is not closed"),
    ("<r><![CDATA[ open", 1, "CDATA section is not closed"),
    ("<r><1a/></r>", 1, "element name"),
  ])
  func malformedInputIsRefusedWithTheLine(_ text: String, line: Int, words: String) {
    let d = Self.refusal(text)
    #expect(d?.code == "xhstt-malformed-xml")
    #expect(d?.line == line)
    #expect(d?.message.contains(words) == true, "\(d?.message ?? "parsed")")
    #expect(d?.message.contains("line \(line)") == true)
  }

  @Test func encodingsOtherThanUTF8AreRefused() {
    let d = Self.parse(bytes: [0x3C, 0x72, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x72, 0x3E]).1
    #expect(d?.code == "xhstt-malformed-xml")
    #expect(d?.message.contains("not UTF-8") == true)
    #expect(Self.parse(bytes: [0xFF, 0xFE, 0x3C, 0x00]).1?.code == "xhstt-unsupported-encoding")
    let latin1 =
      Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>".utf8) + [0xE9]
      + Array("</r>".utf8)
    #expect(Self.parse(bytes: latin1).1?.code == "xhstt-unsupported-encoding")
    // Declared Latin-1 but plain ASCII: read.
    #expect(Self.refusal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>e</r>") == nil)
  }

  @Test func theInnermostOpenElementIsNamed() {
    let d = Self.refusal("<r>\n<Events>\n<Event>\n</Evnt>\n</Events></r>")
    #expect(d?.message.contains("(inside <Event>, opened at line 3)") == true)
  }

  @Test func firstChildrenOfTheRootKeepTheirSourceRanges() throws {
    let text = "<r>\n  <a x=\"1\"><b/></a>\n  <c/><a/>\n</r>"
    let document = try #require(Self.parse(text).0)
    let bytes = Array(text.utf8)
    func piece(_ name: String) -> String? {
      guard let id = document.nameIndex[name], let range = document.topLevelRanges[id] else {
        return nil
      }
      return String(decoding: bytes[range], as: UTF8.self)
    }
    #expect(piece("a") == "<a x=\"1\"><b/></a>")
    #expect(piece("c") == "<c/>")
    #expect(piece("b") == nil)
  }
}
