import CadreModel

/// A command line split into positionals and flags, checked against the option table
/// (`Options`).
///
/// Our own small parser (no dependencies by decision): `--name value`, `--name=value`, boolean
/// `--name`, and `--` to end flags. Unknown flags, single-dash long flags (`-seed`), a flag
/// given twice and a value given to a switch are usage errors, with a did-you-mean hint.
struct Arguments {
  var positionals: [String] = []
  var values: [String: String] = [:]
  var switches: Set<String> = []
  /// The flags given, in order (for the "does not apply" check).
  private(set) var given: [String] = []
  /// The command the line is for (an option's entry is the command's: `--out` of `import`
  /// is a file, of `solve` a folder).
  private(set) var command = ""

  init(_ args: ArraySlice<String>, command: String) throws(UsageError) {
    self.command = command
    let options = Options.of(command)
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
      let known = options.map { "--" + $0.name }
      guard a.hasPrefix("--") else {
        let near = closestMatch(to: "-" + a, in: known)
        throw UsageError(
          "unknown option '\(a)': options start with two dashes",
          hint: near.map { "did you mean '\($0)'?" } ?? "run 'cadre help \(command)'")
      }
      var name = String(a.dropFirst(2))
      var inline: String?
      if let eq = name.firstIndex(of: "=") {
        inline = String(name[name.index(after: eq)...])
        name = String(name[..<eq])
      }
      guard let option = options.first(where: { $0.name == name }) else {
        let hint = closestMatch(to: "--" + name, in: known).map { "did you mean '\($0)'?" }
        throw UsageError("unknown option '\(a)'", hint: hint)
      }
      if given.contains(name) {
        throw UsageError("--\(name) is given twice", hint: "give each option once")
      }
      given.append(name)
      if option.isSwitch {
        if inline != nil { throw UsageError("--\(name) takes no value") }
        switches.insert(name)
      } else if let v = inline {
        values[name] = v
      } else if i < args.endIndex {
        values[name] = args[i]
        i += 1
      } else {
        throw UsageError("--\(name) needs a value", hint: "e.g. " + option.usage)
      }
    }
  }

  /// Refuses a flag that does not apply to what the command reads (`--from` with an XHSTT
  /// archive, `--instance` with a school), instead of ignoring it.
  func check(applies input: Option.Input) throws(UsageError) {
    for name in given {
      guard let option = Options.of(command).first(where: { $0.name == name }),
        !option.inputs.contains(input)
      else { continue }
      let what: (Option.Input) -> String = {
        switch $0 {
        case .school: "school files (.json)"
        case .xhstt: "XHSTT archives (.xml)"
        case .fet: "FET files (.fet)"
        case .sweep: "sweep files"
        case .roster: "OneRoster exports"
        }
      }
      let applies = [Option.Input.school, .xhstt, .fet, .sweep, .roster].filter {
        option.inputs.contains($0)
      }
      .map(what).joined(separator: " and ")
      throw UsageError("--\(name) applies to \(applies), not to \(what(input))")
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
