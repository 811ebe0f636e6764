import CadreIO

/// The summary files of an output folder, regenerated from the finished records each time:
/// `results.csv`, `results.md` (the Markdown table) and `report.html`, each atomic.
public enum SweepOutputs {
  public static func write(
    records: [ScenarioRecord], manifest: SweepManifest, total: Int, to dir: String
  ) throws(FileError) {
    let sorted = records.sorted { $0.index < $1.index }
    try AtomicFile.write(
      ResultsCSV.encode(sorted, axes: manifest.axes), to: SweepRunner.path(dir, "results.csv"))
    try AtomicFile.write(
      ResultsTable.markdown(sorted, axes: manifest.axes, name: manifest.name),
      to: SweepRunner.path(dir, "results.md"))
    try AtomicFile.write(
      ReportHTML.render(sorted, manifest: manifest, total: total),
      to: SweepRunner.path(dir, "report.html"))
  }
}
