/// RFC 4180 CSV text: a field is quoted when it holds a comma, a double quote, a line break or
/// leading or trailing spaces, with quotes inside doubled; records end with LF (every reader
/// of RFC 4180 files takes LF as well as CRLF).
public enum CSVWriter {
  /// The whole file: the header, then one line per row.
  public static func table(header: [String], rows: [[String]]) -> String {
    var out = line(header)
    for r in rows { out += line(r) }
    return out
  }

  /// One record with its line break.
  public static func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }

  /// One field, quoted when it must be.
  public static func field(_ text: String) -> String {
    let needs =
      text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || text.first == " " || text.last == " "
    guard needs else { return text }
    return "\"" + text.replacingQuotes + "\""
  }
}

extension String {
  fileprivate var replacingQuotes: String {
    var out = ""
    for ch in self {
      if ch == "\"" { out += "\"\"" } else { out.append(ch) }
    }
    return out
  }
}
