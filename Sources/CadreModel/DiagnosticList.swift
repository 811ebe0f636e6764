/// Diagnostics with a cap: the first `limit` are kept whole, the rest only counted by code, so
/// a file with half a million wrong values costs a hundred messages of memory, not half a
/// million. `all` ends with one line per code left out ("... and 524,189 more wrong-type
/// errors").
public struct DiagnosticList: Sendable {
  /// How many diagnostics one reading keeps and prints.
  public static let limit = 100

  public private(set) var kept: [Diagnostic] = []
  /// Counts of those left out, by severity and code, in the order first met.
  private var dropped: [(severity: Diagnostic.Severity, code: String, count: Int)] = []

  public init(_ diagnostics: [Diagnostic] = []) { append(contentsOf: diagnostics) }

  /// Whether any error was met, kept or not.
  public var hasErrors: Bool {
    kept.contains { $0.severity == .error } || dropped.contains { $0.severity == .error }
  }

  /// How many were met in all.
  public var count: Int { kept.count + dropped.reduce(0) { $0 + $1.count } }

  /// - Complexity: O(1) while under the limit, then O(codes left out).
  public mutating func append(_ d: Diagnostic) {
    if kept.count < Self.limit {
      kept.append(d)
    } else if let i = dropped.firstIndex(where: { $0.severity == d.severity && $0.code == d.code })
    {
      dropped[i].count += max(1, d.omitted)
    } else {
      dropped.append((d.severity, d.code, max(1, d.omitted)))
    }
  }

  public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
    for d in diagnostics { append(d) }
  }

  /// The kept diagnostics, then a line per code of those left out.
  public var all: [Diagnostic] {
    kept
      + dropped.map { d in
        var line = Diagnostic(
          d.severity, code: d.code, pointer: "",
          message:
            "... and \(d.count) more \(d.code) \(d.severity.rawValue)\(d.count == 1 ? "" : "s"), "
            + "not listed",
          hint: "only the first \(Self.limit) problems are listed; fix those and run again")
        line.omitted = d.count
        return line
      }
  }

  /// How many problems `diagnostics` stands for, counting each summary line's omitted ones.
  public static func total(_ diagnostics: [Diagnostic]) -> Int {
    diagnostics.reduce(0) { $0 + ($1.omitted > 0 ? $1.omitted : 1) }
  }

  /// `diagnostics` cut to the limit the same way.
  public static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.count <= limit ? diagnostics : DiagnosticList(diagnostics).all
  }
}
