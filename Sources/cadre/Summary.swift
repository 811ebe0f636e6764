import Cadre
import CadreIO
import CadreModel

/// The `--json` summaries of `validate`, `check` and `explain`, with the same keys for school
/// files and XHSTT archives: `file`, `input` ("school" or "xhstt"), `exitCode`, the verdict
/// (`valid`, `feasible` or `fits`), `hard` and `soft` where a cost is known, and `diagnostics`
/// (every problem reported, capped as on the terminal). One writer: `JSONWriter`.
enum Summary {
  static func document(
    file: String, input: Option.Input, inputName: String? = nil, exit: ExitCode,
    _ members: [(String, JSONValue)]
  ) -> String {
    let head: [(String, JSONValue)] = [
      ("file", .string(file)),
      (
        "input",
        .string(inputName ?? (input == .xhstt ? "xhstt" : input == .sweep ? "sweep" : "school"))
      ),
      ("exitCode", .integer(Int(exit.rawValue))),
    ]
    let diagnostics: JSONValue = .array(Console.reported.all.map(diagnostic))
    return JSONWriter.write(.object(head + members + [("diagnostics", diagnostics)]))
  }

  static func diagnostic(_ d: Diagnostic) -> JSONValue {
    .object([
      ("severity", .string(d.severity.rawValue)),
      ("code", .string(d.code)),
      ("pointer", .string(d.pointer)),
      ("line", d.line.map { .integer($0) } ?? .null),
      ("column", d.column.map { .integer($0) } ?? .null),
      ("message", .string(d.message)),
      ("hint", d.hint.map { .string($0) } ?? .null),
      ("omitted", .integer(d.omitted)),
    ])
  }

  /// `"againstReport"` of `solve --json` and `explain --json`: the source's title and each
  /// quoted figure with Cadre's own; null for a school without a `source`.
  static func againstReport(_ school: School, calendar: CalendarOutcome? = nil) -> JSONValue {
    guard let source = school.source else { return .null }
    let figures = Cadre.againstReportFigures(school, calendar: calendar).map { f, cadre in
      JSONValue.object([
        ("quote", .string(f.quote)), ("measure", .string(f.measure.rawValue)),
        ("leader", f.leader.map { .string($0.raw) } ?? .null), ("cadre", .string(cadre)),
      ])
    }
    return .object([("source", .string(source.title)), ("figures", .array(figures))])
  }

  /// `{"rule": count, ...}` for the rules with a count, in the report's order.
  static func counts(_ rows: [(rule: String, hard: Bool, count: Int, weighted: Int)]) -> JSONValue {
    .object(rows.filter { $0.count > 0 }.map { ($0.rule, .integer($0.count)) })
  }
}
