import CadreLeadership

extension Diagnosis {
  /// The report `cadre explain FILE` prints: the leadership arithmetic, then the proofs, the
  /// conflicting set, the re-checked fixes and the verdict.
  public var text: String {
    var lines = leadership.text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init
    ).filter { !$0.hasPrefix("Verdict:") }
    // The leadership report's own remedies are re-checked below with the rest.
    if let cut = lines.firstIndex(where: { $0.hasPrefix("Smallest changes for") }) {
      lines.removeSubrange(cut...)
    }
    if !findings.isEmpty {
      lines.append("Why it cannot fit (counting proofs):")
      for (n, f) in findings.prefix(20).enumerated() {
        lines.append("  \(n + 1). [\(f.rule)] \(f.message)")
      }
      if findings.count > 20 { lines.append("  ... and \(findings.count - 20) more") }
    }
    if !conflict.isEmpty {
      lines.append("Minimal conflicting set (\(certainty)):")
      for t in conflictText { lines.append("  - \(t)") }
    } else if verdict == .notFound {
      lines.append("No plan found within \(stepLimit) steps even with every group relaxed.")
    }
    if verdict != .fits {
      if fixes.isEmpty {
        lines.append("Fixes: none of the \(rejected) changes tried fits on its own.")
      } else {
        lines.append("Fixes, each re-checked to fit (cheapest first, then least disruptive):")
        for (n, f) in fixes.enumerated() {
          lines.append(
            "  \(n + 1). \(f.change): \(Text.money(f.dollars, currency)) a year "
              + "(\(f.costDetail))")
          lines.append("     \(f.recheck)")
        }
        if rejected > 0 {
          lines.append("  (\(rejected) other change\(rejected == 1 ? "" : "s") tried did not fit)")
        }
      }
    }
    switch verdict {
    case .fits:
      lines.append("Verdict: it fits. A plan was found that breaks no hard rule.")
    case .provenInfeasible:
      lines.append("Verdict: it cannot fit (proven).")
    case .notFound:
      lines.append("Verdict: no plan found within \(stepLimit) steps per solve (not proven).")
    }
    lines.append("(\(Text.count(solves, "solve")), \(steps) steps)")
    return lines.joined(separator: "\n")
  }
}
