/// The huddle capacity R of one leader's calendar week (docs/CALENDAR.md, `huddle-count`):
/// the most (team, dated slot) pairs with at most `c[t]` per team, at most one per team and
/// school day, each dated slot used once, and only slots open to the team.
///
/// Solved as a maximum flow, source → team (c[t]) → (team, day) (1) → dated slot (1, when
/// open) → sink (1), by shortest augmenting paths (Edmonds & Karp, 1972).
/// - Complexity: O(R × E) with E ≤ teams × days × periods edges; a leader's week is tiny.
struct HuddleCapacity {
  /// `open[t][day][period]`: team t may huddle in that period of that day of the week.
  static func maximum(caps: [Int], open: [[[Bool]]]) -> Int {
    let teams = caps.count
    let days = open.first?.count ?? 0
    let periods = open.first?.first?.count ?? 0
    // Nodes: source, teams, (team, day), (day, period), sink.
    let source = 0
    let teamBase = 1
    let teamDayBase = teamBase + teams
    let slotBase = teamDayBase + teams * days
    let sink = slotBase + days * periods
    var graph = FlowGraph(nodes: sink + 1)
    for t in 0..<teams {
      graph.add(source, teamBase + t, max(0, caps[t]))
      for d in 0..<days {
        let td = teamDayBase + t * days + d
        graph.add(teamBase + t, td, 1)
        for p in 0..<periods where open[t][d][p] { graph.add(td, slotBase + d * periods + p, 1) }
      }
    }
    for s in 0..<(days * periods) { graph.add(slotBase + s, sink, 1) }
    return graph.maxFlow(from: source, to: sink)
  }
}

/// A residual graph with integer capacities: edges in pairs (forward, backward).
private struct FlowGraph {
  var head: [[Int]]
  var to: [Int] = []
  var capacity: [Int] = []

  init(nodes: Int) { head = [[Int]](repeating: [], count: nodes) }

  mutating func add(_ from: Int, _ target: Int, _ cap: Int) {
    head[from].append(to.count)
    to.append(target)
    capacity.append(cap)
    head[target].append(to.count)
    to.append(from)
    capacity.append(0)
  }

  mutating func maxFlow(from source: Int, to sink: Int) -> Int {
    var flow = 0
    while true {
      var via = [Int](repeating: -1, count: head.count)
      var queue = [source]
      var seen = [Bool](repeating: false, count: head.count)
      seen[source] = true
      var k = 0
      while k < queue.count && !seen[sink] {
        let u = queue[k]
        k += 1
        for e in head[u] where capacity[e] > 0 && !seen[to[e]] {
          seen[to[e]] = true
          via[to[e]] = e
          queue.append(to[e])
        }
      }
      guard seen[sink] else { return flow }
      var bottleneck = Int.max
      var v = sink
      while v != source {
        let e = via[v]
        bottleneck = min(bottleneck, capacity[e])
        v = to[e ^ 1]
      }
      v = sink
      while v != source {
        let e = via[v]
        capacity[e] -= bottleneck
        capacity[e ^ 1] += bottleneck
        v = to[e ^ 1]
      }
      flow += bottleneck
    }
  }
}
