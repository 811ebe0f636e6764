import CadreLeadership
import CadreModel

/// `cadre explain FILE`: whether the leadership plan can fit, per leader and per team, in the
/// school's own words, and the cheapest changes that would make it fit.
enum ExplainCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, spec: .init(valued: [], switches: []))
    guard parsed.positionals.count == 1 else {
      throw UsageError("explain takes one school file, got \(parsed.positionals.count)")
    }
    guard let school = Inputs.school(at: parsed.positionals[0], allowCapacity: true) else {
      return .invalidInput
    }
    let explanation = Explainer.explain(school)
    Console.out(explanation.text)
    return explanation.fits ? .ok : .provenInfeasible
  }
}
