/// Where a worker died, read from what the Swift runtime printed on its stderr: the
/// `Fatal error:` message, and the first backtrace frame in the project's own code (the
/// runtime's backtracer prints `... in FUNCTION ... at /path/File.swift:LINE:COL`).
struct CrashSite {
  /// `Sources/CadreIO/JSONParser.swift:120`, or the message when no frame is in the project.
  var site: String
  /// The file and function without the line: stable while others edit the file, so that a
  /// known pending crash still matches after its line moved.
  var key: String
  /// The fatal-error message, when there is one.
  var message: String

  init(log: String, fallback: String) {
    var message = ""
    var site = ""
    var key = ""
    for raw in log.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = String(raw)
      if message.isEmpty, let r = line.range(of: "Fatal error: ") {
        message = String(line[r.upperBound...]).trimmed
      }
      if message.isEmpty, let r = line.range(of: "*** Program crashed: ") {
        message = String(line[r.upperBound...]).replacingOccurrences(of: " ***", with: "")
        message = message.replacingOccurrences(
          of: #"0x[0-9a-f]+"#, with: "ADDR", options: .regularExpression)
      }
      if message.isEmpty, let r = line.range(of: "Swift runtime failure: ") {
        let rest = line[r.upperBound...]
        message = String(rest[..<(rest.range(of: " in ")?.lowerBound ?? rest.endIndex)])
      }
      // Frames end `at /abs/File.swift:L:C` or, for inlined code, `at Sources/File.swift:L:C`.
      guard site.isEmpty, let at = line.range(of: " at ", options: .backwards) else { continue }
      let location = String(line[at.upperBound...]).trimmed
      let path = location.hasPrefix("/") ? location : "/" + location
      guard let project = Self.projectPath(path) else { continue }
      // A frame without a line (a specialisation's entry) is passed over for the next one.
      let parts = project.split(separator: ":")
      guard parts.count > 1, let file = parts.first.map(String.init) else { continue }
      site = "\(file):\(parts[1])"
      var function = Self.function(in: line)
      if function.hasPrefix("specialized ") { function.removeFirst("specialized ".count) }
      key = "\(file) " + function
    }
    if site.isEmpty {
      site = message.isEmpty ? fallback : message
      key = site
    }
    self.site = site
    self.key = key
    self.message = message
  }

  /// The part of `path` from `Sources/` or `Tests/` on, when it is the project's code.
  static func projectPath(_ path: String) -> String? {
    for marker in ["/Sources/", "/Tests/", "/Benchmarks/"] {
      if let r = path.range(of: marker, options: .backwards) {
        return String(path[path.index(after: r.lowerBound)...])
      }
    }
    return nil
  }

  /// The function of a backtrace frame: the text after the address, up to ` + offset` or
  /// ` in image`.
  static func function(in frame: String) -> String {
    guard let hex = frame.range(of: "0x") else { return "" }
    var rest = frame[hex.upperBound...].drop(while: { $0.isHexDigit })
    rest = rest.drop(while: { $0 == " " })
    if rest.hasPrefix("[ra]") { rest = rest.dropFirst(4).drop(while: { $0 == " " }) }
    for stop in [" + ", " in ", " at /"] {
      if let r = rest.range(of: stop) { rest = rest[..<r.lowerBound] }
    }
    return String(rest).trimmed
  }
}
