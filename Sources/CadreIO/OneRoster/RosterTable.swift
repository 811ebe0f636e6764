import CadreModel

/// One OneRoster CSV file being read: its table, where each column is, and the diagnostics
/// found, each placed at `/<file>/<column>` with the line and the column's 1-based number.
struct RosterTable {
  let file: String
  let table: CSVTable
  private var index: [String: Int] = [:]

  /// Nil (with `csv-*` or `oneroster-missing-column` errors) when the file cannot be read.
  init?(file: String, bytes: [UInt8], required: [String], into out: inout DiagnosticList) {
    self.file = file
    let (parsed, errors) = CSVReader.parse(bytes: bytes, pointer: "/" + file)
    out.append(contentsOf: errors)
    guard let parsed else { return nil }
    table = parsed
    for (k, name) in parsed.header.enumerated() where index[name.trimmingSpaces] == nil {
      index[name.trimmingSpaces] = k
    }
    var ok = true
    for name in required where index[name] == nil {
      ok = false
      let near = closestMatch(to: name, in: Array(index.keys).sorted())
      out.append(
        Diagnostic(
          .error, code: "oneroster-missing-column", pointer: "/\(file)/\(name)",
          message: "\(file) has no column '\(name)' (its header, line 1, names "
            + "\(parsed.header.count) columns)",
          hint: near.map { "is '\($0)' meant to be '\(name)'? The names are case-sensitive" }
            ?? "add the column '\(name)' to the header (OneRoster 1.1 requires it)",
          line: 1, column: parsed.header.count + 1))
    }
    guard ok else { return nil }
  }

  /// The field of column `name` in `row`, trimmed; "" when the column is absent.
  func value(_ row: CSVRow, _ name: String) -> String {
    guard let k = index[name] else { return "" }
    return row[k].trimmingSpaces
  }

  /// A diagnostic at `row`'s field of column `name`.
  func diagnostic(
    _ severity: Diagnostic.Severity = .error, _ code: String, _ row: CSVRow, _ name: String,
    _ message: String, hint: String? = nil
  ) -> Diagnostic {
    let k = index[name]
    let line = k.map { row.lines.indices.contains($0) ? row.lines[$0] : row.line } ?? row.line
    return Diagnostic(
      severity, code: code, pointer: "/\(file)/\(name)", message: message, hint: hint,
      line: line, column: k.map { $0 + 1 })
  }

  /// A comma-separated list field ("09,10"), its items trimmed, blanks dropped.
  func list(_ row: CSVRow, _ name: String) -> [String] {
    value(row, name).split(separator: ",").map { String($0).trimmingSpaces }.filter {
      !$0.isEmpty
    }
  }
}
