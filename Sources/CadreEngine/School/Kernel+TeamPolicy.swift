/// Team policy (issue 14 item 6): a team's huddles a week and observable slots per member may
/// be its own and may be marked soft. A hard number's shortfall counts in its rule
/// (`common-planning`, `observation-window`, `debrief-time`); a soft one's counts weight ×
/// shortfall in `team-policy` (soft, weight 1).
extension SearchState {
  /// Adds shortfall `d` of pair `p`'s observable slots to `r`, or weighted to `team-policy`.
  @inline(__always)
  mutating func bumpPair(_ r: Rule, _ p: Int, _ d: Int64) {
    let w = model.pairKWeight[p]
    if w < 0 { bump(r, d) } else { bump(.teamPolicy, d * w) }
  }

  /// A shortfall `short` of pair `p`'s slots, as (hard, soft) for a recount.
  @inline(__always)
  func pairShortfall(_ p: Int, _ short: Int) -> (hard: Int64, soft: Int64) {
    let w = model.pairKWeight[p]
    return w < 0 ? (Int64(short), 0) : (0, Int64(short) * w)
  }
}
