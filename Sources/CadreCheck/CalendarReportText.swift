import CadreModel

/// Renders a calendar report for people: verdict and cost, a table of every rule, the
/// violations grouped by rule (hard first, each group capped), then each leader's load.
enum CalendarReportText {
  static func render(
    cost: HardSoft, counts: [(rule: String, hard: Bool, count: Int, weighted: Int)],
    groups: [[Violation]], load: [LeaderLoad]
  ) -> String {
    var lines: [String] = []
    let broken = counts.filter { $0.hard && $0.count > 0 }.count
    lines.append(
      cost.hard == 0
        ? "Calendar is feasible \(cost)" : "Calendar breaks \(plural(broken, "hard rule")) \(cost)")
    lines.append("")
    let width = counts.map(\.rule.count).max() ?? 4
    let countWidth = max(5, counts.map { String($0.count).count }.max() ?? 0)
    let weightedWidth = max(8, counts.map { String($0.weighted).count }.max() ?? 0)
    lines.append(
      ReportText.pad("rule", width) + "  kind  " + ReportText.padLeft("count", countWidth) + "  "
        + ReportText.padLeft("weighted", weightedWidth))
    for row in counts {
      lines.append(
        ReportText.pad(row.rule, width) + "  " + (row.hard ? "hard" : "soft") + "  "
          + ReportText.padLeft(String(row.count), countWidth) + "  "
          + ReportText.padLeft(String(row.weighted), weightedWidth))
    }
    // Hard groups first; `groups` is in document order, where hard rules already come first.
    for group in groups {
      guard let first = group.first else { continue }
      let total = group.reduce(0) { saturatingAdd($0, $1.count) }
      lines.append("")
      lines.append("\(first.rule) (\(first.hard ? "hard" : "soft"), count \(total)):")
      for v in group.prefix(ReportText.linesPerRule) {
        lines.append("  " + v.message + (v.count > 1 ? " [\(v.count)]" : ""))
      }
      if group.count > ReportText.linesPerRule {
        lines.append("  ... and \(group.count - ReportText.linesPerRule) more")
      }
    }
    if !load.isEmpty {
      lines.append("")
      lines.append("Leader load:")
      for l in load {
        let name = l.name.isEmpty ? l.leader.raw : "\(l.name) (\(l.leader.raw))"
        let sum = { (f: (WeekLoad) -> Int) in l.weeks.reduce(0) { $0 + f($1) } }
        let peak = l.weeks.max { ($0.periods, $1.monday) < ($1.periods, $0.monday) }
        let peakText = peak.map { " in the week of \($0.monday)" } ?? ""
        lines.append(
          "  \(name): \(plural(l.members, "member")), observations \(l.observationsScheduled) "
            + "of \(l.observationsRequired) scheduled; peak \(l.peakPeriodsPerWeek) periods a "
            + "week\(peakText); year: \(sum(\.observations)) observations, "
            + "\(sum(\.debriefs)) debriefs, \(sum(\.huddles)) huddles, "
            + "\(sum(\.oneOnOnes)) one-on-ones")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
