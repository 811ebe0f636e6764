/// Writes JSON deterministically for every file Cadre produces: two-space indentation, members
/// in the order given, numbers as their literal text (so integers stay exact and doubles use
/// the shortest round-tripping form), strings escaped per RFC 8259, and a final newline.
///
/// An array or object whose elements are all scalars is written on one line when that line
/// fits in `width` columns (`["Mon", "Tue"]`, `{"day": "Mon", "period": "P1"}`); everything
/// else is one element per line. The same value always gives the same bytes.
public enum JSONWriter {
  /// Pretty-printed text of `value`, ending with a newline.
  /// - Parameter width: the column limit for one-line containers; 0 puts every element of
  ///   every container on its own line.
  /// - Complexity: O(size of the output).
  public static func write(_ value: JSONValue, width: Int = 100) -> String {
    var out = ""
    write(value, indent: 0, firstLineUsed: 0, width: width, into: &out)
    out += "\n"
    return out
  }

  /// The value on one line, no spaces beyond ", " and ": ".
  public static func writeCompact(_ value: JSONValue) -> String {
    var out = ""
    inline(value, into: &out)
    return out
  }

  /// `s` as a JSON string literal with its quotes. Escapes `"`, `\` and control characters
  /// (short forms where JSON has them, `\u00XX` otherwise); everything else is written as is.
  public static func quoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
    return out
  }

  // MARK: Private

  private static func write(
    _ value: JSONValue, indent: Int, firstLineUsed: Int, width: Int, into out: inout String
  ) {
    switch value.kind {
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      if let one = oneLine(value, budget: width - firstLineUsed) {
        out += one
        return
      }
      let pad = String(repeating: " ", count: indent + 2)
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        write(item, indent: indent + 2, firstLineUsed: indent + 2, width: width, into: &out)
        out += i + 1 < items.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      if let one = oneLine(value, budget: width - firstLineUsed) {
        out += one
        return
      }
      let pad = String(repeating: " ", count: indent + 2)
      out += "{\n"
      for (i, member) in members.enumerated() {
        let key = quoted(member.key) + ": "
        out += pad + key
        write(
          member.value, indent: indent + 2, firstLineUsed: indent + 2 + key.count, width: width,
          into: &out)
        out += i + 1 < members.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    default:
      inline(value, into: &out)
    }
  }

  /// The one-line form of a container of scalars when it fits in `budget` columns (leaving
  /// room for a following comma); nil otherwise.
  private static func oneLine(_ value: JSONValue, budget: Int) -> String? {
    let children: [JSONValue]
    switch value.kind {
    case .array(let items): children = items
    case .object(let members): children = members.map(\.value)
    default: return nil
    }
    for child in children {
      switch child.kind {
      case .array(let a) where !a.isEmpty: return nil
      case .object(let m) where !m.isEmpty: return nil
      default: continue
      }
    }
    var out = ""
    inline(value, into: &out)
    return out.count + 1 <= budget ? out : nil
  }

  private static func inline(_ value: JSONValue, into out: inout String) {
    switch value.kind {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n
    case .string(let s): out += quoted(s)
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += ", " }
        inline(item, into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (i, member) in members.enumerated() {
        if i > 0 { out += ", " }
        out += quoted(member.key) + ": "
        inline(member.value, into: &out)
      }
      out += "}"
    }
  }
}
