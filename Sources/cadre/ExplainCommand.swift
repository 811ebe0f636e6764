import Cadre
import CadreExplain
import CadreIO
import CadreModel

/// `cadre explain FILE`: whether the school can fit, in its own words: counting proofs, a
/// minimal conflicting set, and fixes re-checked to fit (docs/EXPLAIN.md).
enum ExplainCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(args, command: "explain")
    guard parsed.positionals.count == 1 else {
      throw UsageError("explain takes one school file, got \(parsed.positionals.count)")
    }
    let path = parsed.positionals[0]
    try parsed.check(applies: XHSTTCommands.isXHSTT(path) ? .xhstt : .school)
    let json = parsed.switches.contains("json")
    var options = ExplainOptions()
    if let steps = try parsed.int("step-limit", in: 1...Int.max) { options.stepLimit = steps }
    if let seed = try parsed.int("seed", in: 0...Int.max) { options.seed = UInt64(seed) }
    guard let school = Inputs.school(at: path, allowCapacity: true) else {
      if json {
        Console.out(
          Summary.document(file: path, input: .school, exit: .invalidInput, [("fits", .null)]))
      }
      return .invalidInput
    }
    let diagnosis = Explain.diagnose(school, options: options)
    let code: ExitCode =
      switch diagnosis.verdict {
      case .fits: .ok
      case .provenInfeasible: .provenInfeasible
      case .notFound: .noFeasibleFound
      }
    if json {
      Console.out(
        Summary.document(
          file: path, input: .school, exit: code,
          members(diagnosis) + [("againstReport", Summary.againstReport(school))]))
    } else if !parsed.switches.contains("quiet") {
      Console.out(diagnosis.text)
      if let report = Cadre.againstReport(school) { Console.out(report) }
    }
    return code
  }

  /// The verdict, the reasons, the set and the fixes, for scripts.
  static func members(_ d: Diagnosis) -> [(String, JSONValue)] {
    [
      ("fits", .bool(d.verdict == .fits)),
      ("verdict", .string(d.verdict.rawValue)),
      (
        "reasons",
        .array(
          d.findings.map {
            .object([("rule", .string($0.rule)), ("message", .string($0.message))])
          })
      ),
      (
        "conflict",
        .object([
          ("certainty", .string(d.certainty)),
          (
            "groups",
            .array(
              zip(d.conflict, d.conflictText).map { g, text in
                .object([
                  ("kind", .string(g.kind.rawValue)), ("index", .integer(g.index)),
                  ("text", .string(text)),
                ])
              })
          ),
        ])
      ),
      (
        "fixes",
        .array(
          d.fixes.map {
            .object([
              ("change", .string($0.change)), ("dollars", .integer($0.dollars)),
              ("costDetail", .string($0.costDetail)), ("disruption", .integer($0.disruption)),
              ("recheck", .string($0.recheck)),
            ])
          })
      ),
      ("solves", .integer(d.solves)),
      ("steps", .integer(d.steps)),
      ("stepLimit", .integer(d.stepLimit)),
    ]
  }
}
