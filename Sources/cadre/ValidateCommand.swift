import CadreModel

/// `cadre validate FILE`: every problem at once, or a summary of a valid school.
enum ValidateCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(
      args, spec: .init(valued: XHSTTCommands.valued, switches: ["ignore-unsupported"]))
    guard parsed.positionals.count == 1 else {
      throw UsageError("validate takes one school file, got \(parsed.positionals.count)")
    }
    let path = parsed.positionals[0]
    if XHSTTCommands.isXHSTT(path) { return try XHSTTCommands.validate(path, parsed: parsed) }
    try parsed.rejectXHSTTFlags()
    guard let school = Inputs.school(at: path) else { return .invalidInput }
    Console.out("\(path): valid (\(School.currentFormat))")
    Console.out(SchoolSummary(school).text)
    return .ok
  }
}
