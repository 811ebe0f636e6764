extension Explanation {
  /// The report `cadre explain FILE` prints: leaders, teams, a verdict and the ranked
  /// remedies.
  public var text: String {
    var lines: [String] = []
    lines.append("\(school.isEmpty ? "(unnamed school)" : school): counting \(weeksSource)")
    if !leaders.isEmpty {
      lines.append("Leaders (periods a week):")
      for l in leaders { lines.append("  " + (l.fits ? "ok    " : "SHORT ") + l.verdict) }
    }
    if !teams.isEmpty {
      lines.append("Teams (common planning slots a week):")
      for t in teams { lines.append("  " + (t.fits ? "ok    " : "SHORT ") + t.verdict) }
    }
    let failing = leaders.filter { !$0.fits }
    let failingTeams = teams.filter { !$0.fits }
    if fits {
      lines.append("Verdict: it fits. Every leader has the periods their team needs.")
      return lines.joined(separator: "\n")
    }
    var what: [String] = []
    if !failing.isEmpty { what.append(Text.count(failing.count, "leader")) }
    if !failingTeams.isEmpty { what.append(Text.count(failingTeams.count, "team")) }
    lines.append("Verdict: it does not fit (\(what.joined(separator: " and ")) short).")
    for l in failing {
      let mine = remedies.filter { $0.leader == l.leader }
      lines.append("Smallest changes for \(l.label), cheapest first:")
      if mine.isEmpty { lines.append("  (none found)") }
      for (n, r) in mine.enumerated() {
        let status =
          r.fixes
          ? "fits" : r.shortfallAfter > 0 ? "still short by \(r.shortfallAfter)" : "not enough"
        lines.append(
          "  \(n + 1). \(r.change): \(Text.money(r.yearlyCost, currency)) a year "
            + "(\(r.costDetail)) -> \(status)")
        lines.append("     re-checked: \(r.recheck)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
