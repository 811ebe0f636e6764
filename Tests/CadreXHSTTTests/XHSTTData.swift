import Foundation
import Testing

/// Where the XHSTT evaluation data lives: `$CADRE_XHSTT_DATA`, else `../shared/data/xhstt`
/// next to the repository. Tests that need it are skipped when it is absent.
enum XHSTTData {
  static let folder: URL = {
    if let env = ProcessInfo.processInfo.environment["CADRE_XHSTT_DATA"], !env.isEmpty {
      return URL(fileURLWithPath: env)
    }
    let repo = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return repo.deletingLastPathComponent().appendingPathComponent("shared/data/xhstt")
  }()

  static let costsFile = folder.appendingPathComponent("solution-costs.csv")

  static var available: Bool { FileManager.default.fileExists(atPath: costsFile.path) }

  /// One row of `solution-costs.csv`.
  struct CostRow: Sendable, CustomTestStringConvertible {
    var file: String
    var instanceId: String
    var solutionGroup: String
    var infeasibility: Int
    var objective: Int
    var breakdown: String
    var testDescription: String { "\(file) \(solutionGroup)" }
  }

  /// Every row of `solution-costs.csv` (empty when the data is absent).
  static let rows: [CostRow] = {
    guard let text = try? String(contentsOf: costsFile, encoding: .utf8) else { return [] }
    var out: [CostRow] = []
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
      let f = line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false)
        .map(String.init)
      guard f.count >= 5, let inf = Int(f[3]), let obj = Int(f[4]) else { continue }
      out.append(
        CostRow(
          file: f[0], instanceId: f[1], solutionGroup: f[2], infeasibility: inf,
          objective: obj, breakdown: f.count > 5 ? f[5] : ""))
    }
    return out
  }()

  /// The instance files named in the csv, sorted, unique.
  static var files: [String] { Array(Set(rows.map(\.file))).sorted() }

  static func data(_ file: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent(file))
  }
}
