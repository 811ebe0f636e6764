import CadreModel

/// Renders a check report for people: verdict and cost, a table of every rule, the violations
/// grouped by rule (hard first), each group capped at `limit` lines (`check.txt`) or whole
/// (`check-all.txt`), then one summary line per teacher.
enum ReportText {
  /// Lines shown per rule before "... and N more".
  static let linesPerRule = 20

  static func render(
    cost: HardSoft, counts: [(rule: String, hard: Bool, count: Int, weighted: Int)],
    groups: [[Violation]], teachers: [TeacherSummary] = [], students: StudentSummary? = nil,
    limit: Int? = linesPerRule
  ) -> String {
    var lines: [String] = []
    let broken = counts.filter { $0.hard && $0.count > 0 }.count
    if cost.hard == 0 {
      lines.append("Schedule is feasible \(cost)")
    } else {
      lines.append("Schedule breaks \(plural(broken, "hard rule")) \(cost)")
    }
    lines.append("")

    let width = counts.map(\.rule.count).max() ?? 4
    let countWidth = max(5, counts.map { String($0.count).count }.max() ?? 0)
    let weightedWidth = max(8, counts.map { String($0.weighted).count }.max() ?? 0)
    lines.append(
      pad("rule", width) + "  kind  " + padLeft("count", countWidth) + "  "
        + padLeft("weighted", weightedWidth))
    for row in counts {
      lines.append(
        pad(row.rule, width) + "  " + (row.hard ? "hard" : "soft") + "  "
          + padLeft(String(row.count), countWidth) + "  "
          + padLeft(String(row.weighted), weightedWidth))
    }

    for group in groups {
      guard let first = group.first else { continue }
      let total = group.reduce(0) { saturatingAdd($0, $1.count) }
      lines.append("")
      lines.append("\(first.rule) (\(first.hard ? "hard" : "soft"), count \(total)):")
      let shown = limit.map { group.prefix($0) } ?? group[...]
      for v in shown {
        lines.append("  " + v.message + (v.count > 1 ? " [\(v.count)]" : ""))
      }
      if shown.count < group.count {
        lines.append("  ... and \(group.count - shown.count) more (every one in check-all.txt)")
      }
    }
    if let students {
      lines.append("")
      lines.append(students.line)
    }
    if !teachers.isEmpty {
      lines.append("")
      lines.append("Per teacher (soft rules):")
      for t in teachers { lines.append("  " + t.line) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - s.count))
  }

  static func padLeft(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.count)) + s
  }
}
