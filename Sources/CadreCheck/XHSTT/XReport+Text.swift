extension XReport {
  /// The report for people: infeasibility and objective first, then the cost per constraint
  /// type, then the ten worst points of application.
  public var text: String { text(worst: 10) }

  public func text(worst: Int) -> String {
    var out = "infeasibility \(infeasibility), objective \(objective)\n"
    let costly = byType.filter { $0.hard != 0 || $0.soft != 0 }
    if costly.isEmpty {
      out += "no evaluated constraint is violated\n"
    } else {
      out += "cost by constraint type (hard/soft):\n"
      let width = costly.map(\.type.count).max() ?? 0
      for t in costly {
        let pad = String(repeating: " ", count: width - t.type.count)
        out += "  \(t.type)\(pad)  \(t.hard)/\(t.soft)\n"
      }
    }
    if !unsupported.isEmpty {
      let list = unsupported.map { "\($0.type) x\($0.count)" }.joined(separator: ", ")
      out += "not evaluated (unsupported constraint types): \(list)\n"
    }
    if !points.isEmpty {
      let shown = min(max(worst, 0), points.count)
      out += "worst points of application (\(shown) of \(points.count)):\n"
      for p in points.prefix(shown) { out += "  " + p.sentence + "\n" }
    }
    return out
  }
}

extension XPointCost {
  /// "LimitIdleTimes 'Teachers idle' at teacher T12 (Mrs X): 3 idle times, cost 3 (soft)".
  public var sentence: String {
    "\(type) '\(constraintName)' at \(point): \(detail), cost \(cost) "
      + "(\(required ? "hard" : "soft"))"
  }
}
