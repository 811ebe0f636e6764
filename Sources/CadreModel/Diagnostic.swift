/// A problem found in an input, as a value: a stable code, where it is (a JSON Pointer, and a
/// line and column when the text itself is malformed), what is wrong and how to fix it.
/// Rendered in one place (`rendered`) so every command prints them the same way.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable, Equatable { case error, warning }

  public var severity: Severity
  /// Stable, kebab-case: scripts match on it (`unknown-teacher`).
  public var code: String
  /// RFC 6901 JSON Pointer into the input, "" for the whole document.
  public var pointer: String
  public var message: String
  public var hint: String?
  /// 1-based line and column in the input text, when known.
  public var line: Int?
  public var column: Int?
  /// For a line that stands for others left out of a capped list (`DiagnosticList`), how many;
  /// 0 for an ordinary diagnostic.
  public var omitted = 0

  public init(
    _ severity: Severity = .error, code: String, pointer: String, message: String,
    hint: String? = nil, line: Int? = nil, column: Int? = nil
  ) {
    self.severity = severity
    self.code = code
    self.pointer = pointer
    self.message = message
    self.hint = hint
    self.line = line
    self.column = column
  }

  public static func error(
    _ code: String, at pointer: String, _ message: String, hint: String? = nil
  )
    -> Diagnostic
  {
    Diagnostic(.error, code: code, pointer: pointer, message: message, hint: hint)
  }

  public static func warning(
    _ code: String, at pointer: String, _ message: String, hint: String? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code: code, pointer: pointer, message: message, hint: hint)
  }

  /// "error[unknown-teacher] /lessons/14/teacher: ... \n  hint: did you mean 'T-SMITH'?"
  public var rendered: String {
    if omitted > 0 { return "\(severity.rawValue)[\(code)]: \(message)" }
    // A problem of the whole file (unreadable, too large) has no place to name.
    var place = pointer.isEmpty ? (line == nil ? "" : "/") : pointer
    if let l = line, let c = column { place += " (line \(l), column \(c))" }
    var out = "\(severity.rawValue)[\(code)]\(place.isEmpty ? "" : " " + place): \(message)"
    if let h = hint { out += "\n  hint: \(h)" }
    return out
  }

  public var description: String { rendered }
}

/// Builds RFC 6901 JSON Pointers: `Pointer.of("lessons", 14, "teacher")` is
/// "/lessons/14/teacher".
public enum Pointer {
  public static func of(_ parts: Any...) -> String {
    var out = ""
    for part in parts {
      out += "/"
      out += escape(String(describing: part))
    }
    return out
  }

  public static func escape(_ token: String) -> String {
    var out = ""
    for ch in token {
      switch ch {
      case "~": out += "~0"
      case "/": out += "~1"
      default: out.append(ch)
      }
    }
    return out
  }
}

/// The closest candidate to `word` by edit distance, for did-you-mean hints; nil when nothing is
/// close enough to be a plausible typo.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
  var best: (String, Int)?
  let w = Array(word.lowercased())
  for c in candidates {
    let d = editDistance(w, Array(c.lowercased()))
    if best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
  }
  guard let (name, dist) = best else { return nil }
  return dist <= max(2, word.count / 3) ? name : nil
}

/// Levenshtein distance.
/// - Complexity: O(a.count x b.count).
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var prev = Array(0...b.count)
  var cur = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    cur[0] = i
    for j in 1...b.count {
      cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&prev, &cur)
  }
  return prev[b.count]
}
