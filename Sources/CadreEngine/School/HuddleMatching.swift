/// The most huddles one leader's teams can hold in a week (the `R` of `common-planning`):
/// at most `cap` per team, at most one per team and day, each (day, period) slot used by one
/// team, only in slots open to the team (`mask[team × days + day]`, a bit per period).
///
/// A maximum flow source → team (cap) → (team, day) (1) → slot (1) → sink, found as in Kuhn's
/// matching algorithm: each team in turn gains huddles along augmenting paths, where a slot's
/// owner may move to another open period of that day or to a day it has no huddle on. A team
/// that finds no path now finds none later (Kuhn's property, with each team split into `cap`
/// copies), so one pass is exact. Buffers are allocated once.
/// - Complexity: O(teams × cap × slots) per call; a leader's week is small.
struct HuddleMatching: Sendable {
  let days: Int
  let periods: Int
  /// team × days + day -> open periods.
  var mask: [UInt64]
  /// team × days + day -> the period held, or -1.
  private var held: [Int32]
  /// Per team: the most huddles it needs (`maximumByTeam`'s input) and the huddles it got.
  var caps: [Int32]
  private(set) var got: [Int32]
  /// day × periods + period -> the team holding it, or -1.
  private var owner: [Int32]
  private var seen: [Bool]

  init(maxTeams: Int, days: Int, periods: Int) {
    self.days = days
    self.periods = periods
    mask = [UInt64](repeating: 0, count: max(1, maxTeams * days))
    held = [Int32](repeating: -1, count: max(1, maxTeams * days))
    owner = [Int32](repeating: -1, count: max(1, days * periods))
    seen = [Bool](repeating: false, count: max(1, days * periods))
    caps = [Int32](repeating: 0, count: max(1, maxTeams))
    got = [Int32](repeating: 0, count: max(1, maxTeams))
  }

  /// R for the first `k` teams of `mask`, team j needing at most `caps[j]`; `got[j]` is what
  /// team j holds. Teams are served in index order and an augmenting path never takes a
  /// huddle from a team, so each team gets the most it can after the teams before it: the
  /// greedy that is optimal on this matroid (a weighted shortfall is least when the teams
  /// come heaviest first).
  mutating func maximumByTeam(teams k: Int) -> Int {
    for i in 0..<(k * days) { held[i] = -1 }
    for i in owner.indices { owner[i] = -1 }
    var total = 0
    for t in 0..<k {
      got[t] = 0
      for _ in 0..<min(Int(caps[t]), days) {
        for i in seen.indices { seen[i] = false }
        guard augment(t) else { break }
        got[t] += 1
        total += 1
      }
    }
    return total
  }

  /// One more huddle for team `t`, on a day it has none.
  private mutating func augment(_ t: Int) -> Bool {
    for d in 0..<days where held[t * days + d] < 0 && claim(t, d) { return true }
    return false
  }

  /// A slot of day `d` for team `t` (which holds none that day), moving its owner if needed.
  private mutating func claim(_ t: Int, _ d: Int) -> Bool {
    var bits = mask[t * days + d]
    while bits != 0 {
      let p = bits.trailingZeroBitCount
      bits &= bits - 1
      let s = d * periods + p
      guard p < periods, !seen[s] else { continue }
      seen[s] = true
      let o = Int(owner[s])
      if o < 0 || moveAside(o, from: d) {
        owner[s] = Int32(t)
        held[t * days + d] = Int32(p)
        return true
      }
    }
    return false
  }

  /// Team `o` gives up its slot on day `d` for another open period that day or a day it has
  /// no huddle on; false (nothing changed) when no such path exists.
  private mutating func moveAside(_ o: Int, from d: Int) -> Bool {
    let old = held[o * days + d]
    held[o * days + d] = -1
    if claim(o, d) { return true }
    for d2 in 0..<days where d2 != d && held[o * days + d2] < 0 && claim(o, d2) { return true }
    held[o * days + d] = old
    return false
  }
}
