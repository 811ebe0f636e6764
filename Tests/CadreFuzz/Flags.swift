/// The fuzzer's own small flag parser: `--name value` pairs and positionals.
struct Flags {
  var values: [String: String] = [:]
  var positionals: [String] = []

  init(_ args: ArraySlice<String>, valued: Set<String>) throws(FuzzError) {
    var rest = args
    while let a = rest.popFirst() {
      if a.hasPrefix("--") {
        let name = String(a.dropFirst(2))
        guard valued.contains(name) else { throw FuzzError("unknown option \(a)") }
        guard let v = rest.popFirst() else { throw FuzzError("\(a) needs a value") }
        values[name] = v
      } else {
        positionals.append(a)
      }
    }
  }

  func int(_ name: String, default d: Int) throws(FuzzError) -> Int {
    guard let v = values[name] else { return d }
    guard let i = Int(v), i >= 0 else {
      throw FuzzError("--\(name) takes a whole number, got \(v)")
    }
    return i
  }

  func kind(_ name: String = "kind") throws(FuzzError) -> FuzzKind? {
    guard let v = values[name] else { return nil }
    guard let k = FuzzKind(rawValue: v) else {
      throw FuzzError(
        "unknown kind \(v); kinds: \(FuzzKind.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return k
  }
}

struct FuzzError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
