/// Escaping for XML and HTML text and attribute values (XHSTT solutions, the sweep report).
public enum Markup {
  /// Escapes `& < > " '` (the apostrophe as `&#39;`, valid in XML and in HTML); a character
  /// XML does not allow (a control character, U+FFFE, U+FFFF) becomes U+FFFD. With
  /// `whitespace`, tab, LF and CR become character references too: an XML attribute value would
  /// otherwise read them back as spaces, and text would read CR back as LF.
  public static func escape(_ s: String, whitespace: Bool = false) -> String {
    // Most names and ids need nothing: return them as they are (a 1 MB XHSTT instance spent
    // a third of its writing time rebuilding such strings scalar by scalar). 0xEF leads the
    // UTF-8 of U+FFFE and U+FFFF.
    if !s.utf8.contains(where: { b in
      b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF
    }) {
      return s
    }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r":
        if whitespace { out += "&#\(u.value);" } else { out.unicodeScalars.append(u) }
      default:
        let v = u.value
        if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
          out.unicodeScalars.append("\u{FFFD}")
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }
}
