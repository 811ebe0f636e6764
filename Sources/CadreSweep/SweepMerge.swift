import CadreIO
import CadreModel

/// `cadre sweep merge DIR... --out DIR`: joins the output folders of the shards of one sweep.
/// Every folder's manifest must carry the same fingerprint (the same sweep file, schools and
/// settings). The merged folder holds every record (copied byte for byte), a manifest and
/// results.csv, results.md and report.html made the way a single run makes them, so they equal
/// a single run's.
public enum SweepMerge {
  public struct Summary: Sendable {
    public var total: Int
    public var records: [ScenarioRecord]
    /// Scenario ids no folder has a finished record for.
    public var missing: [String]
  }

  /// Problems that make the folders impossible to merge, as diagnostics (exit 65).
  public static func merge(_ dirs: [String], out: String) throws(FileError) -> (
    summary: Summary?, diagnostics: [Diagnostic]
  ) {
    var manifest: SweepManifest?
    var diagnostics: [Diagnostic] = []
    for dir in dirs {
      let file = SweepRunner.path(dir, "manifest.json")
      guard let text = try? AtomicFile.readText(file), let m = SweepManifest.decode(text) else {
        diagnostics.append(
          .error(
            "not-a-sweep", at: "", "\(file) is missing or not a sweep manifest",
            hint: "merge the --out folders of 'cadre sweep' runs"))
        continue
      }
      if let first = manifest, first != m {
        diagnostics.append(
          .error(
            "different-sweeps", at: "",
            "\(dir) holds the sweep \"\(m.name)\" (\(m.fingerprint)), not \"\(first.name)\" "
              + "(\(first.fingerprint))",
            hint: "every shard must run the same sweep file with the same schools and settings"))
      } else if manifest == nil {
        manifest = m
      }
    }
    guard let manifest, diagnostics.isEmpty else { return (nil, diagnostics) }
    var texts: [String: String] = [:]
    var records: [String: ScenarioRecord] = [:]
    for (id, hash) in manifest.scenarios {
      for dir in dirs {
        let file = SweepRunner.path(dir, "scenarios/\(id).json")
        guard let text = try? AtomicFile.readText(file), let r = ScenarioRecordJSON.decode(text),
          r.inputHash == hash
        else { continue }
        texts[id] = text
        records[id] = r
        break
      }
    }
    try AtomicFile.write(manifest.encode(), to: SweepRunner.path(out, "manifest.json"))
    var found: [ScenarioRecord] = []
    var missing: [String] = []
    for (id, _) in manifest.scenarios {
      guard let r = records[id], let text = texts[id] else {
        missing.append(id)
        continue
      }
      let target = SweepRunner.path(out, "scenarios/\(id).json")
      if (try? AtomicFile.readText(target)) != text { try AtomicFile.write(text, to: target) }
      found.append(r)
    }
    try SweepOutputs.write(
      records: found, manifest: manifest, total: manifest.scenarios.count, to: out)
    return (Summary(total: manifest.scenarios.count, records: found, missing: missing), [])
  }
}
