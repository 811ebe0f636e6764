/// A small maximum-flow solver (Dinic) over integer capacities, for the repairs that place a
/// leader's huddles and one-on-ones of a month together.
///
/// - Complexity: O(V² E) in general; the graphs here are one leader's month (a few hundred
///   nodes) with unit capacities, where Dinic runs in O(E √V).
struct MaxFlow {
  private var head: [Int]
  private(set) var to: [Int] = []
  private var next: [Int] = []
  private(set) var capacity: [Int] = []
  private var level: [Int]
  private var cursor: [Int]

  init(nodes: Int) {
    head = [Int](repeating: -1, count: nodes)
    level = head
    cursor = head
  }

  /// Adds an edge and its residual twin; returns the edge's index (even; the twin is + 1).
  @discardableResult
  mutating func add(_ u: Int, _ v: Int, _ cap: Int) -> Int {
    let e = to.count
    to.append(v)
    capacity.append(cap)
    next.append(head[u])
    head[u] = e
    to.append(u)
    capacity.append(0)
    next.append(head[v])
    head[v] = e + 1
    return e
  }

  /// The flow through edge e (what its twin can send back).
  func flow(_ e: Int) -> Int { capacity[e ^ 1] }

  /// Pushes as much flow as possible from s to t; returns the amount.
  mutating func run(_ s: Int, _ t: Int) -> Int {
    var total = 0
    while bfs(s, t) {
      cursor = head
      while true {
        let f = dfs(s, t, Int.max)
        if f == 0 { break }
        total += f
      }
    }
    return total
  }

  private mutating func bfs(_ s: Int, _ t: Int) -> Bool {
    for i in level.indices { level[i] = -1 }
    level[s] = 0
    var queue = [s]
    var i = 0
    while i < queue.count {
      let u = queue[i]
      i += 1
      var e = head[u]
      while e >= 0 {
        if capacity[e] > 0 && level[to[e]] < 0 {
          level[to[e]] = level[u] + 1
          queue.append(to[e])
        }
        e = next[e]
      }
    }
    return level[t] >= 0
  }

  private mutating func dfs(_ u: Int, _ t: Int, _ limit: Int) -> Int {
    if u == t { return limit }
    while cursor[u] >= 0 {
      let e = cursor[u]
      let v = to[e]
      if capacity[e] > 0 && level[v] == level[u] + 1 {
        let f = dfs(v, t, min(limit, capacity[e]))
        if f > 0 {
          capacity[e] -= f
          capacity[e ^ 1] += f
          return f
        }
      }
      cursor[u] = next[e]
    }
    return 0
  }
}
