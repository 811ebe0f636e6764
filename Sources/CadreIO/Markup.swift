/// Escaping for XML and HTML text and attribute values (XHSTT solutions, the sweep report).
public enum Markup {
  /// Escapes `& < > " '` (the apostrophe as `&#39;`, valid in XML and in HTML).
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.count)
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }
}
