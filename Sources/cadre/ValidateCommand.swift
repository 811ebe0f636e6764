import CadreModel

/// `cadre validate FILE`: every problem at once, or a summary of a valid school.
enum ValidateCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, command: "validate")
    guard parsed.positionals.count == 1 else {
      throw UsageError("validate takes one school file, got \(parsed.positionals.count)")
    }
    let path = parsed.positionals[0]
    let json = parsed.switches.contains("json")
    let quiet = parsed.switches.contains("quiet") || json
    if FETCommands.isFET(path) {
      try parsed.check(applies: .fet)
      return FETCommands.validate(path, parsed: parsed)
    }
    if XHSTTCommands.isXHSTT(path) {
      try parsed.check(applies: .xhstt)
      return try XHSTTCommands.validate(path, parsed: parsed)
    }
    try parsed.check(applies: .school)
    let school = Inputs.school(at: path)
    let code: ExitCode = school == nil ? .invalidInput : .ok
    if json {
      let summary = school.map { SchoolSummary($0) }
      Console.out(
        Summary.document(
          file: path, input: .school, exit: code,
          [
            ("valid", .bool(school != nil)),
            (
              "school",
              summary.map { s in
                .object([
                  ("name", .string(s.name)), ("teachers", .integer(s.teachers)),
                  ("slots", .integer(s.slots)), ("teachableSlots", .integer(s.teachableSlots)),
                ])
              } ?? .null
            ),
          ]))
    } else if let school, !quiet {
      Console.out("\(path): valid (\(School.currentFormat))")
      Console.out(SchoolSummary(school).text)
    }
    return code
  }
}
