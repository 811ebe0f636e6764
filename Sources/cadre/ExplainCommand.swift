import CadreLeadership
import CadreModel

/// `cadre explain FILE`: whether the leadership plan can fit, per leader and per team, in the
/// school's own words, and the cheapest changes that would make it fit.
enum ExplainCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, command: "explain")
    guard parsed.positionals.count == 1 else {
      throw UsageError("explain takes one school file, got \(parsed.positionals.count)")
    }
    let path = parsed.positionals[0]
    try parsed.check(applies: XHSTTCommands.isXHSTT(path) ? .xhstt : .school)
    let json = parsed.switches.contains("json")
    guard let school = Inputs.school(at: path, allowCapacity: true) else {
      if json {
        Console.out(
          Summary.document(file: path, input: .school, exit: .invalidInput, [("fits", .null)]))
      }
      return .invalidInput
    }
    let explanation = Explainer.explain(school)
    let code: ExitCode = explanation.fits ? .ok : .provenInfeasible
    if json {
      Console.out(
        Summary.document(
          file: path, input: .school, exit: code,
          [("fits", .bool(explanation.fits)), ("text", .string(explanation.text))]))
    } else if !parsed.switches.contains("quiet") {
      Console.out(explanation.text)
    }
    return code
  }
}
