import CadreIO

/// The Markdown comparison table printed on the terminal and written as `results.md`: one row
/// per scenario, the axes, the verdict and the figures a pilot designer compares first.
public enum ResultsTable {
  public static func markdown(_ records: [ScenarioRecord], axes: [SweepAxis], name: String)
    -> String
  {
    let head =
      ["#", "school"] + axes.map(\.title) + [
        "verdict", "cost/yr", "per teacher", "span max/mean", "observations", "gaps",
        "coverage/wk", "why not",
      ]
    var lines = [
      "## \(escape(name))", "",
      "| " + head.joined(separator: " | ") + " |",
      "|"
        + head.map { h in h == "school" || h == "verdict" || h == "why not" ? " --- |" : " ---: |" }
        .joined(),
    ]
    for r in records {
      let labels = axes.indices.map { r.labels.indices.contains($0) ? r.labels[$0] : "" }
      let obs =
        r.observationsRequired.map { req in
          "\(r.observationsScheduled ?? 0)/\(req)"
        } ?? "-"
      let cells =
        [String(r.index + 1), r.school] + labels + [
          verdict(r.status), r.totalCost.map(NumberText.grouped) ?? "-",
          r.costPerTeacher.map(NumberText.grouped) ?? "-",
          "\(r.maxSpan)/\(NumberText.fixed(r.meanSpan, digits: 1))", obs,
          r.teacherGaps.map(String.init) ?? "-", r.coveragePeriods.map(String.init) ?? "-",
          short(r.reason),
        ]
      lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
    }
    let feasible = records.filter { $0.status == .feasible }.count
    lines.append("")
    lines.append("\(feasible) of \(records.count) scenarios feasible.")
    return lines.joined(separator: "\n") + "\n"
  }

  static func verdict(_ s: ScenarioRecord.Status) -> String {
    switch s {
    case .feasible: "feasible"
    case .infeasible: "INFEASIBLE"
    case .invalid: "INVALID"
    case .error: "ERROR"
    }
  }

  static func short(_ s: String) -> String {
    s.count <= 70 ? s : String(s.prefix(67)) + "..."
  }

  static func escape(_ s: String) -> String {
    s.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
      .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
  }
}
