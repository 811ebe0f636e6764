import CadreExplain
import CadreIO
import CadreModel

/// `cadre explain FILE`: whether the school can fit, in its own words: counting proofs, a
/// minimal conflicting set, and fixes re-checked to fit (docs/EXPLAIN.md).
enum ExplainCommand {
  static func run(_ args: ArraySlice<String>) throws(UsageError) -> ExitCode {
    let parsed = try Arguments(
      args, spec: .init(valued: ["step-limit", "seed"], switches: ["json"]))
    guard parsed.positionals.count == 1 else {
      throw UsageError("explain takes one school file, got \(parsed.positionals.count)")
    }
    var options = ExplainOptions()
    if let steps = try parsed.int("step-limit", in: 1...Int.max) { options.stepLimit = steps }
    if let seed = try parsed.int("seed", in: 0...Int.max) { options.seed = UInt64(seed) }
    guard let school = Inputs.school(at: parsed.positionals[0], allowCapacity: true) else {
      return .invalidInput
    }
    let diagnosis = Explain.diagnose(school, options: options)
    let code: ExitCode =
      switch diagnosis.verdict {
      case .fits: .ok
      case .provenInfeasible: .provenInfeasible
      case .notFound: .noFeasibleFound
      }
    Console.out(parsed.switches.contains("json") ? json(diagnosis, code) : diagnosis.text)
    return code
  }

  /// The reasons, the set and the fixes, for scripts.
  static func json(_ d: Diagnosis, _ code: ExitCode) -> String {
    let doc: JSONValue = .object([
      ("verdict", .string(d.verdict.rawValue)),
      ("exitCode", .integer(Int(code.rawValue))),
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
    ])
    return JSONWriter.write(doc)
  }
}
