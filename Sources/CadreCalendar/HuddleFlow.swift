/// One leader's huddles in one calendar week as the maximum flow of docs/CALENDAR.md
/// ("Huddle capacity"): each team t gets at most `cap[t]` huddles, at most one per school day,
/// each in a distinct dated slot (day, period) open to it.
///
/// The flow is kept as an assignment (team, day) → period and grown one augmenting path at a
/// time, so a caller can seed it with preferred slots (a team's weekly pattern) and let
/// `maximize` move as few of them as the paths need. The same code computes the capacity R
/// (from the master schedule alone) and places huddles (from what is still free).
struct HuddleFlow {
  let teams: Int
  let days: Int
  let periods: Int
  /// team × days + day -> periods open to that team that day.
  let open: [UInt64]
  let cap: [Int]
  /// Per team: periods in the order to try them (preferred first).
  let order: [[Int]]
  /// team × days + day -> assigned period, or -1.
  private(set) var at: [Int]
  /// day × periods + period -> team holding the slot, or -1.
  private var owner: [Int]
  private(set) var count: [Int]
  private var seenSlot: [Bool]
  private var seenTeam: [Bool]

  init(teams: Int, days: Int, periods: Int, open: [UInt64], cap: [Int], order: [[Int]]) {
    self.teams = teams
    self.days = days
    self.periods = periods
    self.open = open
    self.cap = cap
    self.order = order
    at = [Int](repeating: -1, count: teams * days)
    owner = [Int](repeating: -1, count: days * periods)
    count = [Int](repeating: 0, count: teams)
    seenSlot = [Bool](repeating: false, count: days * periods)
    seenTeam = [Bool](repeating: false, count: teams)
  }

  /// The total flow: huddles assigned.
  var total: Int { count.reduce(0, +) }

  /// Assigns team t to (day, period) when that keeps the flow valid; returns whether it did.
  @discardableResult
  mutating func seed(team t: Int, day d: Int, period p: Int) -> Bool {
    guard count[t] < cap[t], at[t * days + d] < 0, owner[d * periods + p] < 0,
      open[t * days + d] & (UInt64(1) << UInt64(p)) != 0
    else { return false }
    at[t * days + d] = p
    owner[d * periods + p] = t
    count[t] += 1
    return true
  }

  /// Augments until no path is left; returns the total.
  ///
  /// - Complexity: O(R × (teams × days × periods)) with R the result (a handful a week).
  @discardableResult
  mutating func maximize() -> Int {
    while augment() {}
    return total
  }

  /// One augmenting path from the source (a team below its cap) to the sink (a free slot).
  private mutating func augment() -> Bool {
    for i in seenSlot.indices { seenSlot[i] = false }
    for i in seenTeam.indices { seenTeam[i] = false }
    for t in 0..<teams where count[t] < cap[t] && !seenTeam[t] {
      seenTeam[t] = true
      if place(team: t) {
        count[t] += 1
        return true
      }
    }
    return false
  }

  /// Finds team t one more slot on a day it has none, displacing other assignments along the
  /// path. t's count is the caller's business (a displaced team keeps its count).
  private mutating func place(team t: Int) -> Bool {
    for d in 0..<days where at[t * days + d] < 0 {
      let mask = open[t * days + d]
      for p in order[t] where mask & (UInt64(1) << UInt64(p)) != 0 {
        let s = d * periods + p
        guard !seenSlot[s] else { continue }
        seenSlot[s] = true
        let other = owner[s]
        if other < 0 || move(team: other, day: d, from: p) {
          owner[s] = t
          at[t * days + d] = p
          return true
        }
      }
    }
    return false
  }

  /// Moves team t's huddle on day d out of period p: to another slot that day, or (through
  /// the team) to another day. On success slot (d, p) is free.
  private mutating func move(team t: Int, day d: Int, from p: Int) -> Bool {
    let mask = open[t * days + d]
    for q in order[t] where q != p && mask & (UInt64(1) << UInt64(q)) != 0 {
      let s = d * periods + q
      guard !seenSlot[s] else { continue }
      seenSlot[s] = true
      let other = owner[s]
      if other < 0 || move(team: other, day: d, from: q) {
        owner[s] = t
        owner[d * periods + p] = -1
        at[t * days + d] = q
        return true
      }
    }
    guard !seenTeam[t] else { return false }
    seenTeam[t] = true
    at[t * days + d] = -1
    owner[d * periods + p] = -1
    if place(team: t) { return true }
    at[t * days + d] = p
    owner[d * periods + p] = t
    return false
  }
}
