/// The lexical layer of RFC 5545: TEXT escaping, parameter values, and content lines folded
/// at 75 octets with CRLF line ends.
///
/// Everything else in the iCalendar writer builds content lines through `ICalendarLines`, so
/// no unfolded or unterminated line can reach a file.
enum ICalendarText {
  /// Most octets in one physical line, not counting its CRLF (RFC 5545 section 3.1).
  static let lineOctets = 75

  /// A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and comma are escaped with a
  /// backslash and every line break (CRLF, CR or LF) becomes `\n`. Other control characters,
  /// which TEXT may not hold, become spaces; HTAB is kept.
  static func escape(_ text: String) -> String {
    let plain = text.utf8.allSatisfy { b in
      b >= 0x20 && b != 0x7F && b != UInt8(ascii: "\\") && b != UInt8(ascii: ";")
        && b != UInt8(ascii: ",") && b != 0xC2  // 0xC2 leads the C1 controls U+0080...U+009F
    }
    if plain { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var previousCR = false
    for u in text.unicodeScalars {
      defer { previousCR = u == "\r" }
      switch u {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\r": out += "\\n"
      case "\n": if !previousCR { out += "\\n" }
      case "\t": out.unicodeScalars.append(u)
      default: out.unicodeScalars.append(isControl(u) ? " " : u)
      }
    }
    return out
  }

  /// A parameter value (RFC 5545 section 3.2): quoted when it holds `:`, `;` or `,`, or always
  /// when `quoted`. A parameter value cannot hold a double quote or a control character at
  /// all, so a double quote becomes an apostrophe and a control character a space.
  static func parameter(_ value: String, quoted: Bool = false) -> String {
    var clean = ""
    var needsQuotes = quoted
    for u in value.unicodeScalars {
      switch u {
      case "\"": clean += "'"
      case ":", ";", ",":
        needsQuotes = true
        clean.unicodeScalars.append(u)
      default: clean.unicodeScalars.append(isControl(u) ? " " : u)
      }
    }
    return needsQuotes ? "\"" + clean + "\"" : clean
  }

  /// `line` folded into physical lines of at most 75 octets, each ended by CRLF. A
  /// continuation line starts with one space, which counts towards its 75 octets. Lines are
  /// split only between Unicode scalars, so a multi-byte UTF-8 sequence is never cut.
  /// - Complexity: O(n) in the octets of `line`.
  static func fold(_ line: String) -> String {
    let utf8 = line.utf8
    if utf8.count <= lineOctets { return line + "\r\n" }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + utf8.count / 24 + 4)
    var used = 0
    var index = utf8.startIndex
    while index < utf8.endIndex {
      // One scalar: a lead octet and its continuation octets (10xxxxxx).
      var end = utf8.index(after: index)
      while end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
      let octets = utf8.distance(from: index, to: end)
      if used + octets > lineOctets {
        out += [13, 10, 32]
        used = 1
      }
      out += utf8[index..<end]
      used += octets
      index = end
    }
    out += [13, 10]
    return String(decoding: out, as: UTF8.self)
  }

  /// C0 controls and DEL (RFC 5545's CONTROL), plus C1 controls.
  static func isControl(_ u: Unicode.Scalar) -> Bool {
    u.value < 0x20 || (0x7F...0x9F).contains(u.value)
  }
}

/// A growing iCalendar document: one call per content line.
struct ICalendarLines {
  private(set) var text = ""

  /// Appends `NAME;PARAM=value...:value`, folded. `value` must already be in its property's
  /// value syntax (escape TEXT with `ICalendarText.escape` first); `parameters` are written in
  /// the order given, their values through `ICalendarText.parameter`.
  mutating func add(_ name: String, _ parameters: [(String, String)], _ value: String) {
    var line = name
    for (key, v) in parameters { line += ";" + key + "=" + ICalendarText.parameter(v) }
    line += ":" + value
    text += ICalendarText.fold(line)
  }

  /// Appends `NAME:value`, folded; `value` in its property's syntax.
  mutating func add(_ name: String, _ value: String) { add(name, [], value) }

  /// Appends a TEXT property, escaping `value`.
  mutating func addText(_ name: String, _ value: String) {
    add(name, [], ICalendarText.escape(value))
  }

  /// Appends already rendered lines (a sub-component built elsewhere).
  mutating func append(_ other: ICalendarLines) { text += other.text }
}
