import CadreModel
import Foundation

/// Entry point: dispatches to a command and exits with its documented code.
let arguments = CommandLine.arguments.dropFirst()
let commands = [
  "validate", "solve", "check", "explain", "sweep", "export", "import", "help", "version",
]

func run() -> ExitCode {
  guard let command = arguments.first else {
    Console.err(Help.overview)
    return .usage
  }
  let rest = arguments.dropFirst()
  if command == "--help" || command == "-h" {
    Console.out(Help.overview)
    return .ok
  }
  if command == "--version" || command == "version" {
    guard rest.isEmpty else {
      Console.err("cadre: \(command) takes no arguments")
      return .usage
    }
    Console.out(Help.version)
    return .ok
  }
  if rest.contains("--help") || rest.contains("-h"), let text = Help.text(for: command) {
    Console.out(text)
    return .ok
  }
  do throws(UsageError) {
    switch command {
    case "validate": return try ValidateCommand.run(rest)
    case "solve": return try SolveCommand.run(rest)
    case "check": return try CheckCommand.run(rest)
    case "explain": return try ExplainCommand.run(rest)
    case "sweep": return try SweepCommand.run(rest)
    case "export": return try ExportCommand.run(rest)
    case "import": return try ImportCommand.run(rest)
    case "help":
      if let topic = rest.first {
        guard let text = Help.text(for: topic) else {
          throw UsageError(
            "no help for '\(topic)'", hint: "commands: \(commands.joined(separator: ", "))")
        }
        Console.out(text)
      } else {
        Console.out(Help.overview)
      }
      return .ok
    default:
      let hint = closestMatch(to: command, in: commands).map { "did you mean '\($0)'?" }
      throw UsageError("unknown command '\(command)'", hint: hint ?? "run 'cadre help'")
    }
  } catch {
    Console.err("cadre: \(error.message)")
    if let h = error.hint { Console.err("  hint: \(h)") }
    Console.err("  run 'cadre help \(commands.contains(command) ? command : "")' for usage")
    return .usage
  }
}

exit(run().rawValue)
