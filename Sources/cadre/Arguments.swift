import CadreModel

/// A command line split into positionals and flags, checked against what the command accepts.
///
/// Our own small parser (no dependencies by decision): `--name value`, `--name=value`, boolean
/// `--name`, and `--` to end flags. Unknown flags are usage errors with a did-you-mean hint.
struct Arguments {
  var positionals: [String] = []
  var values: [String: String] = [:]
  var switches: Set<String> = []

  /// What a command accepts: flags that take a value, and boolean switches.
  struct Spec {
    var valued: [String]
    var switches: [String]
  }

  init(_ args: ArraySlice<String>, spec: Spec) throws(UsageError) {
    var i = args.startIndex
    var flagsEnded = false
    while i < args.endIndex {
      let a = args[i]
      i += 1
      if flagsEnded || !a.hasPrefix("-") || a == "-" {
        positionals.append(a)
        continue
      }
      if a == "--" {
        flagsEnded = true
        continue
      }
      var name = String(a.drop(while: { $0 == "-" }))
      var inline: String?
      if let eq = name.firstIndex(of: "=") {
        inline = String(name[name.index(after: eq)...])
        name = String(name[..<eq])
      }
      if spec.switches.contains(name) {
        if inline != nil { throw UsageError("--\(name) takes no value") }
        switches.insert(name)
      } else if spec.valued.contains(name) {
        if let v = inline {
          values[name] = v
        } else if i < args.endIndex {
          values[name] = args[i]
          i += 1
        } else {
          throw UsageError("--\(name) needs a value")
        }
      } else {
        let known = (spec.valued + spec.switches).map { "--" + $0 }
        let hint = closestMatch(to: "--" + name, in: known).map { "did you mean '\($0)'?" }
        throw UsageError("unknown option '\(a)'", hint: hint)
      }
    }
  }

  func int(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
    guard let text = values[name] else { return nil }
    guard let v = Int(text), range.contains(v) else {
      throw UsageError(
        "--\(name) must be a whole number in \(range.lowerBound)...\(range.upperBound), got '\(text)'"
      )
    }
    return v
  }

  func seconds(_ name: String) throws(UsageError) -> Double? {
    guard let text = values[name] else { return nil }
    guard let v = Double(text), v > 0, v.isFinite else {
      throw UsageError("--\(name) must be a positive number of seconds, got '\(text)'")
    }
    return v
  }
}

/// A mistake in how the command was called (exit 64).
struct UsageError: Error {
  var message: String
  var hint: String?
  init(_ message: String, hint: String? = nil) {
    self.message = message
    self.hint = hint
  }
}

extension Arguments {
  /// The XHSTT-only flags make no sense for a school file: say so instead of ignoring them.
  func rejectXHSTTFlags() throws(UsageError) {
    for name in XHSTTCommands.valued where values[name] != nil {
      throw UsageError("--\(name) applies to XHSTT files (.xml) only")
    }
    for name in XHSTTCommands.switches where switches.contains(name) {
      throw UsageError("--\(name) applies to XHSTT files (.xml) only")
    }
  }
}
