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

  /// `resources/`: the instances that leave resources open, with their own csv files.
  static let resourcesFolder = folder.appendingPathComponent("resources")
  static let resourceCostsFile = resourcesFolder.appendingPathComponent("solution-costs.csv")
  static var resourcesAvailable: Bool {
    FileManager.default.fileExists(atPath: resourceCostsFile.path)
  }

  static var available: Bool { FileManager.default.fileExists(atPath: costsFile.path) }

  /// One row of `solution-costs.csv`.
  struct CostRow: Sendable, CustomTestStringConvertible {
    var file: String
    var instanceId: String
    var solutionGroup: String
    var infeasibility: Int
    var objective: Int
    var breakdown: String
    /// "" for the core folder, "resources/" for the other.
    var subfolder = ""
    var testDescription: String { "\(subfolder)\(file) \(solutionGroup)" }
  }

  /// Every row of `solution-costs.csv` (empty when the data is absent).
  static let rows: [CostRow] = costRows(costsFile, subfolder: "")

  /// Every row of `resources/solution-costs.csv` (empty when the data is absent).
  static let resourceRows: [CostRow] = costRows(resourceCostsFile, subfolder: "resources/")

  /// The instance files of `resources/`, sorted, unique, with their subfolder.
  static var resourceFiles: [String] {
    Array(Set(resourceRows.map { $0.subfolder + $0.file })).sorted()
  }

  static func costRows(_ file: URL, subfolder: String) -> [CostRow] {
    guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
    var out: [CostRow] = []
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
      let f = fields(String(line))
      guard f.count >= 5, let inf = Int(f[3]), let obj = Int(f[4]) else { continue }
      out.append(
        CostRow(
          file: f[0], instanceId: f[1], solutionGroup: f[2], infeasibility: inf,
          objective: obj, breakdown: f.count > 5 ? f[5] : "", subfolder: subfolder))
    }
    return out
  }

  /// The comma-separated fields of one csv line; a field in double quotes may hold commas.
  static func fields(_ line: String) -> [String] {
    var out: [String] = []
    var current = ""
    var quoted = false
    for c in line {
      if c == "\"" {
        quoted.toggle()
      } else if c == "," && !quoted {
        out.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    out.append(current)
    return out
  }

  /// The instance files named in the csv, sorted, unique.
  static var files: [String] { Array(Set(rows.map(\.file))).sorted() }

  static func data(_ file: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent(file))
  }
}
