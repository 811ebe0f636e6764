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
    /// The merged records in scenario order; past `ReportHTML.gridLimit` (200) without
    /// their `teacherGrid`, which stays in the record files.
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
    // One record at a time: read, checked, copied, and kept only as the figures the outputs
    // need (`Kept`), so the merge's memory does not hold every record's text.
    try AtomicFile.write(manifest.encode(), to: SweepRunner.path(out, "manifest.json"))
    var found = Kept()
    var missing: [String] = []
    for (id, hash) in manifest.scenarios {
      var copied = false
      for dir in dirs {
        let file = SweepRunner.path(dir, "scenarios/\(id).json")
        guard let text = try? AtomicFile.readText(file), let r = ScenarioRecordJSON.decode(text),
          r.inputHash == hash
        else { continue }
        let target = SweepRunner.path(out, "scenarios/\(id).json")
        if (try? AtomicFile.readText(target)) != text { try AtomicFile.write(text, to: target) }
        found.append(r)
        copied = true
        break
      }
      if !copied { missing.append(id) }
    }
    let records = found.records
    try SweepOutputs.write(
      records: records, manifest: manifest, total: manifest.scenarios.count, to: out)
    return (Summary(total: manifest.scenarios.count, records: records, missing: missing), [])
  }
}

/// Records kept in memory for the outputs. Past `ReportHTML.gridLimit` records the report
/// leaves the master schedules out, and nothing else uses them, so they are dropped from the
/// records in memory (they stay in the record files): the outputs are the same, and a
/// 1,000-scenario sweep holds a few megabytes of figures instead of every timetable.
struct Kept {
  private(set) var records: [ScenarioRecord] = []

  mutating func append(_ record: ScenarioRecord) {
    var r = record
    if records.count >= ReportHTML.gridLimit {
      if records.count == ReportHTML.gridLimit {
        for i in records.indices { records[i].teacherGrid = "" }
      }
      r.teacherGrid = ""
    }
    records.append(r)
  }
}
