import CadreModel

/// A strict RFC 8259 JSON parser over UTF-8 bytes that records where every value starts.
///
/// Strict means: no comments, no trailing commas, no single quotes, no leading zeros, no
/// NaN, only one value per document, only valid UTF-8, and no unpaired UTF-16 surrogates in
/// `\u` escapes. A leading byte order mark is skipped (RFC 8259 §8.1 allows ignoring it).
///
/// A syntax error stops the parse (there is no sensible recovery in JSON) and yields one
/// `malformed-json` (or `too-deep`) diagnostic with the line, the column and the JSON Pointer
/// of the enclosing container. Duplicate keys do not stop it: each yields `duplicate-key`, the
/// first occurrence is kept, and parsing goes on so every duplicate is reported at once.
public enum JSONParser {
  /// Deepest nesting of arrays and objects accepted. Recursion depth is bounded by it, so a
  /// hostile file cannot overflow the stack.
  public static let maxDepth = 512

  /// Most values (objects, arrays, strings, numbers, literals) a document of `bytes` bytes may
  /// hold: one per 10 bytes, and at least 10,000. Real files hold one per 13 or more (minified)
  /// and are never refused; a file of `1,1,1,...` is refused part way instead of building a
  /// tree twenty times its size.
  public static func maxValues(bytes: Int) -> Int { max(10_000, bytes / 10) }

  /// Parses a whole document.
  /// - Complexity: O(n) in the length of the text.
  public static func parse(_ text: String) -> (value: JSONValue?, diagnostics: [Diagnostic]) {
    parse(bytes: Array(text.utf8))
  }

  /// Parses a whole document given as raw bytes (which need not be valid UTF-8: invalid bytes
  /// are reported, never trapped on).
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(bytes: [UInt8]) -> (value: JSONValue?, diagnostics: [Diagnostic]) {
    var parser = JSONByteParser(bytes: bytes)
    do {
      let value = try parser.parseDocument()
      return (value, parser.diagnostics)
    } catch {
      return (nil, parser.diagnostics + [error.diagnostic])
    }
  }
}

/// A fatal syntax error, carried out of the recursive descent by typed throws.
struct JSONSyntaxError: Error {
  var diagnostic: Diagnostic
}

/// The recursive-descent state: the bytes, the read position and its line and column, and the
/// path of containers entered so far (for pointers in diagnostics).
struct JSONByteParser {
  private enum PathToken {
    case key(String)
    case index(Int)
  }

  // MARK: Constant
  private let bytes: [UInt8]

  // MARK: Moving
  private var pos = 0
  private var line = 1
  private var column = 1
  private var depth = 0
  private var values = 0
  private let maxValues: Int
  private var path: [PathToken] = []

  // MARK: Output
  private var list = DiagnosticList()
  var diagnostics: [Diagnostic] { list.all }

  init(bytes: [UInt8]) {
    self.bytes = bytes
    maxValues = JSONParser.maxValues(bytes: bytes.count)
  }

  // MARK: Document

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
    skipWhitespace()
    if pos >= bytes.count {
      throw fail(
        "the document is empty; expected a JSON value",
        hint: "a school file is one JSON object: {\"format\": \"cadre/1\", ...}")
    }
    let value = try parseValue()
    skipWhitespace()
    if pos < bytes.count {
      throw fail(
        "unexpected \(describeHere()) after the end of the JSON value",
        hint: "a document holds exactly one JSON value; remove what follows it")
    }
    return value
  }

  // MARK: Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard pos < bytes.count else {
      throw fail("expected a value, found end of input", hint: "the document is cut short")
    }
    values += 1
    if values > maxValues {
      throw fail(
        code: "too-many-values",
        "the document holds more than \(maxValues) values in \(bytes.count) bytes",
        hint: "a school file holds one value per 13 bytes or more; check what made this one")
    }
    let startLine = line
    let startColumn = column
    let kind: JSONValue.Kind
    switch bytes[pos] {
    case UInt8(ascii: "{"): kind = try parseObject()
    case UInt8(ascii: "["): kind = try parseArray()
    case UInt8(ascii: "\""): kind = .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = try parseNumber()
    case UInt8(ascii: "t"): kind = try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): kind = try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): kind = try parseLiteral("null", .null)
    default:
      throw fail(
        "expected a value (object, array, string, number, true, false or null), found "
          + describeHere(), hint: hintForUnexpected())
    }
    return JSONValue(kind, line: startLine, column: startColumn)
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue.Kind {
    try enterContainer()
    advance()  // {
    var members: [JSONMember] = []
    var seen = Set<String>()
    skipWhitespace()
    if closes(UInt8(ascii: "}")) { return .object(members) }
    while true {
      guard peek(UInt8(ascii: "\"")) else {
        if peek(UInt8(ascii: "}")) {
          throw fail(
            "expected a string key after ',', found '}'",
            hint: "JSON does not allow a trailing comma; remove the last ','")
        }
        throw fail(
          "expected a string key in object, found \(describeHere())",
          hint: "object keys are double-quoted strings: {\"name\": ...}")
      }
      let keyLine = line
      let keyColumn = column
      let key = try parseString()
      skipWhitespace()
      guard peek(UInt8(ascii: ":")) else {
        throw fail("expected ':' after object key \"\(key)\", found \(describeHere())")
      }
      advance()
      skipWhitespace()
      path.append(.key(key))
      let value = try parseValue()
      if seen.insert(key).inserted {
        members.append(JSONMember(key: key, value: value, keyLine: keyLine, keyColumn: keyColumn))
      } else {
        list.append(
          Diagnostic(
            .error, code: "duplicate-key", pointer: pointer(),
            message: "duplicate key \"\(key)\" in object; the first occurrence is used",
            hint: "remove or rename one of the two \"\(key)\" members", line: keyLine,
            column: keyColumn))
      }
      path.removeLast()
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        advance()
        skipWhitespace()
        continue
      }
      if closes(UInt8(ascii: "}")) { return .object(members) }
      throw fail(
        "expected ',' or '}' after object member, found \(describeHere())",
        hint: pos >= bytes.count ? "the object is not closed" : "members are separated by ','")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue.Kind {
    try enterContainer()
    advance()  // [
    var items: [JSONValue] = []
    skipWhitespace()
    if closes(UInt8(ascii: "]")) { return .array(items) }
    while true {
      if peek(UInt8(ascii: "]")) {
        throw fail(
          "expected a value after ',', found ']'",
          hint: "JSON does not allow a trailing comma; remove the last ','")
      }
      path.append(.index(items.count))
      items.append(try parseValue())
      path.removeLast()
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        advance()
        skipWhitespace()
        continue
      }
      if closes(UInt8(ascii: "]")) { return .array(items) }
      throw fail(
        "expected ',' or ']' after array element, found \(describeHere())",
        hint: pos >= bytes.count ? "the array is not closed" : "elements are separated by ','")
    }
  }

  /// Consumes `close` and leaves the container when it is next; false otherwise.
  private mutating func closes(_ close: UInt8) -> Bool {
    guard peek(close) else { return false }
    advance()
    depth -= 1
    return true
  }

  private mutating func enterContainer() throws(JSONSyntaxError) {
    if depth >= JSONParser.maxDepth {
      throw fail(
        code: "too-deep",
        "arrays and objects are nested deeper than \(JSONParser.maxDepth) levels",
        hint: "a school file needs only a few levels of nesting")
    }
    depth += 1
  }

  private mutating func parseLiteral(_ word: StaticString, _ kind: JSONValue.Kind)
    throws(JSONSyntaxError) -> JSONValue.Kind
  {
    let startLine = line
    let startColumn = column
    let expected = word.withUTF8Buffer { Array($0) }
    for b in expected {
      guard pos < bytes.count, bytes[pos] == b else {
        throw fail(
          "invalid literal; expected '\(word)'", hint: "true, false and null are lowercase",
          line: startLine, column: startColumn)
      }
      advance()
    }
    if pos < bytes.count, isIdentifierByte(bytes[pos]) {
      throw fail(
        "invalid literal; expected '\(word)'", line: startLine, column: startColumn)
    }
    return kind
  }

  // MARK: Numbers

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue.Kind {
    let start = pos
    if peek(UInt8(ascii: "-")) {
      advance()
      guard pos < bytes.count, isDigit(bytes[pos]) else {
        throw fail("expected a digit after '-', found \(describeHere())")
      }
    }
    if peek(UInt8(ascii: "0")) {
      advance()
      if pos < bytes.count, isDigit(bytes[pos]) {
        throw fail(
          "numbers may not have leading zeros", hint: "write 7, not 07; quote codes as strings")
      }
    } else {
      while pos < bytes.count, isDigit(bytes[pos]) { advance() }
    }
    if peek(UInt8(ascii: ".")) {
      advance()
      guard pos < bytes.count, isDigit(bytes[pos]) else {
        throw fail("expected a digit after '.', found \(describeHere())", hint: "write 1.0 or 1")
      }
      while pos < bytes.count, isDigit(bytes[pos]) { advance() }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      advance()
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { advance() }
      guard pos < bytes.count, isDigit(bytes[pos]) else {
        throw fail("expected a digit in the exponent, found \(describeHere())")
      }
      while pos < bytes.count, isDigit(bytes[pos]) { advance() }
    }
    if pos < bytes.count, isIdentifierByte(bytes[pos]) {
      throw fail("unexpected \(describeHere()) in number")
    }
    return .number(String(decoding: bytes[start..<pos], as: UTF8.self))
  }

  // MARK: Strings

  /// Parses a string starting at its opening quote, validating UTF-8 and decoding escapes.
  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let startLine = line
    let startColumn = column
    advance()  // "
    var out: [UInt8] = []
    while true {
      guard pos < bytes.count else {
        throw fail(
          "unterminated string: no closing '\"' before the end of input",
          hint: "close the string that starts here", line: startLine, column: startColumn)
      }
      let b = bytes[pos]
      switch b {
      case UInt8(ascii: "\""):
        advance()
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &out)
      case 0..<0x20:
        throw fail(
          "control character \(scalarName(UInt32(b))) in string",
          hint: b == 0x0A
            ? "a string cannot span lines; write \\n or close the string"
            : "write control characters as escapes such as \\t or \\u0001")
      case 0x20..<0x80:
        out.append(b)
        pos += 1
        column += 1
      default:
        let length = try validUTF8Length()
        out.append(contentsOf: bytes[pos..<pos + length])
        pos += length
        column += 1
      }
    }
  }

  private mutating func parseEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
    let escLine = line
    let escColumn = column
    advance()  // backslash
    guard pos < bytes.count else {
      throw fail("unterminated string: input ends after '\\'")
    }
    let c = bytes[pos]
    let simple: UInt8? =
      switch c {
      case UInt8(ascii: "\""): 0x22
      case UInt8(ascii: "\\"): 0x5C
      case UInt8(ascii: "/"): 0x2F
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let s = simple {
      out.append(s)
      advance()
      return
    }
    guard c == UInt8(ascii: "u") else {
      throw fail(
        "invalid escape '\\\(describeByte(c))' in string",
        hint: "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
        line: escLine, column: escColumn)
    }
    advance()
    let unit = try hex4(escLine, escColumn)
    var scalarValue = UInt32(unit)
    if (0xD800..<0xDC00).contains(unit) {
      // A high surrogate must be followed by an escaped low surrogate.
      guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"),
        bytes[pos + 1] == UInt8(ascii: "u")
      else {
        throw fail(
          "unpaired UTF-16 surrogate \\u\(hexText(unit)) in string",
          hint: "a high surrogate must be followed by a low one, e.g. \\uD83D\\uDE00",
          line: escLine, column: escColumn)
      }
      advance()
      advance()
      let low = try hex4(escLine, escColumn)
      guard (0xDC00..<0xE000).contains(low) else {
        throw fail(
          "unpaired UTF-16 surrogate \\u\(hexText(unit)) in string",
          hint: "a high surrogate must be followed by a low one, e.g. \\uD83D\\uDE00",
          line: escLine, column: escColumn)
      }
      scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
    } else if (0xDC00..<0xE000).contains(unit) {
      throw fail(
        "unpaired UTF-16 surrogate \\u\(hexText(unit)) in string",
        hint: "a low surrogate must follow a high one", line: escLine, column: escColumn)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw fail("invalid \\u escape", line: escLine, column: escColumn)
    }
    out.append(contentsOf: Array(String(Character(scalar)).utf8))
  }

  private mutating func hex4(_ escLine: Int, _ escColumn: Int) throws(JSONSyntaxError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard pos < bytes.count, let digit = hexValue(bytes[pos]) else {
        throw fail(
          "expected 4 hexadecimal digits after \\u, found \(describeHere())",
          hint: "write \\u followed by exactly four hex digits, e.g. \\u00E9", line: escLine,
          column: escColumn)
      }
      value = value << 4 | UInt16(digit)
      advance()
    }
    return value
  }

  /// The length of the valid UTF-8 sequence of a non-ASCII character at `pos`, rejecting
  /// overlong forms, encoded surrogates and values above U+10FFFF (RFC 3629).
  private func validUTF8Length() throws(JSONSyntaxError) -> Int {
    let b0 = bytes[pos]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch b0 {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: throw invalidUTF8()
    }
    guard pos + length <= bytes.count, secondRange.contains(bytes[pos + 1]) else {
      throw invalidUTF8()
    }
    for i in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[pos + i]) {
      throw invalidUTF8()
    }
    return length
  }

  private func invalidUTF8() -> JSONSyntaxError {
    fail(
      "invalid UTF-8 byte sequence (starting with byte 0x\(hexText(UInt16(bytes[pos]), width: 2)))",
      hint: "save the file as UTF-8")
  }

  // MARK: Moving through the bytes

  private func peek(_ b: UInt8) -> Bool { pos < bytes.count && bytes[pos] == b }

  /// Moves past one byte, keeping the line and the column (counted in Unicode scalars: UTF-8
  /// continuation bytes do not move the column). CR LF, LF and a lone CR each end a line.
  private mutating func advance() {
    let b = bytes[pos]
    pos += 1
    if b == 0x0A {
      line += 1
      column = 1
    } else if b == 0x0D {
      if pos < bytes.count, bytes[pos] == 0x0A { return }
      line += 1
      column = 1
    } else if b & 0xC0 != 0x80 {
      column += 1
    }
  }

  private mutating func skipWhitespace() {
    while pos < bytes.count {
      switch bytes[pos] {
      case 0x20, 0x09, 0x0A, 0x0D: advance()
      default: return
      }
    }
  }

  // MARK: Diagnostics

  private func pointer() -> String {
    var out = ""
    for token in path {
      out += "/"
      switch token {
      case .key(let k): out += Pointer.escape(k)
      case .index(let i): out += String(i)
      }
    }
    return out
  }

  private func fail(
    code: String = "malformed-json", _ message: String, hint: String? = nil, line: Int? = nil,
    column: Int? = nil
  ) -> JSONSyntaxError {
    JSONSyntaxError(
      diagnostic: Diagnostic(
        .error, code: code, pointer: pointer(), message: message, hint: hint,
        line: line ?? self.line, column: column ?? self.column))
  }

  /// What stands at the read position, for "found ..." in messages.
  private func describeHere() -> String {
    guard pos < bytes.count else { return "end of input" }
    let b = bytes[pos]
    if b < 0x20 || b == 0x7F { return "control character " + scalarName(UInt32(b)) }
    if b < 0x80 { return "'\(describeByte(b))'" }
    var decoder = UTF8()
    var iterator = bytes[pos..<min(bytes.count, pos + 4)].makeIterator()
    if case .scalarValue(let s) = decoder.decode(&iterator) { return "'\(Character(s))'" }
    return "invalid UTF-8 byte 0x\(hexText(UInt16(b), width: 2))"
  }

  private func hintForUnexpected() -> String? {
    guard pos < bytes.count else { return nil }
    switch bytes[pos] {
    case UInt8(ascii: "'"): return "JSON strings use double quotes"
    case UInt8(ascii: "/"), UInt8(ascii: "#"): return "JSON has no comments"
    case UInt8(ascii: "}"), UInt8(ascii: "]"): return "remove the trailing ',' before it"
    case UInt8(ascii: "T"), UInt8(ascii: "F"), UInt8(ascii: "N"):
      return "true, false and null are lowercase"
    case UInt8(ascii: "+"), UInt8(ascii: "."): return "write numbers like 0.5 or 3, without '+'"
    default:
      return isIdentifierByte(bytes[pos]) ? "strings must be in double quotes" : nil
    }
  }

  private func describeByte(_ b: UInt8) -> String {
    b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "0x" + hexText(UInt16(b), width: 2)
  }

  private func scalarName(_ v: UInt32) -> String { "U+" + hexText(UInt16(truncatingIfNeeded: v)) }

  private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  private func isIdentifierByte(_ b: UInt8) -> Bool {
    isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
      || b == UInt8(ascii: ".") || b >= 0x80
  }

  private func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: b - 0x30
    case 0x41...0x46: b - 0x41 + 10
    case 0x61...0x66: b - 0x61 + 10
    default: nil
    }
  }

  private func hexText(_ v: UInt16, width: Int = 4) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }
}
