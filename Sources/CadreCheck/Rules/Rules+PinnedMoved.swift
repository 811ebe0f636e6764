import CadreModel

extension Rules {
  /// `pinned-moved`: 1 per meeting i < pinned.count whose start slot is not the resolved
  /// `pinned[i]`. An unplaced pinned meeting has no start slot, so it counts too.
  static func pinnedMoved(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      let pinned = c.lesson(m).pinned
      guard m.index < pinned.count else { continue }
      let ref = pinned[m.index]
      let allowed = CheckContext.resolveSet(ref, in: c.cycle)
      if let s = m.start, allowed.contains(s) { continue }
      let wanted = (ref.week.map { "\($0) " } ?? "") + "\(ref.day) \(ref.period)"
      let actual = m.start.map { "placed on \(c.label($0))" } ?? "not placed"
      out.append(
        violation("pinned-moved", 1, "\(c.name(m)) is pinned to \(wanted) but \(actual)"))
    }
    return out
  }
}
