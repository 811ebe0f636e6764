/// PartialCol (Blöchliger and Zufferey's tabu search over partial graph colourings) for pure
/// clash instances: when every constraint is a required AssignTime or a required linear
/// AvoidClashes, and every movable sub-event lasts one time, a timetable is a colouring of the
/// lessons with the times. Each step then scores the whole neighbourhood from who holds each
/// resource at each time, a few instructions per move instead of a re-scoring of points
/// (ArtificialAbramson15: about 125,000 steps a second against some 2,000 of the generic
/// repair, each of which probes a sample).
///
/// The search keeps a clash-free timetable in which some sub-events are left out. A step puts
/// one left-out sub-event at a time and takes out the sub-events that then share a resource
/// with it; the best such move over every left-out sub-event and every time is made (fewest
/// taken out, random among equals), worse ones included. A taken-out sub-event may not return
/// to the time it left for 0–9 steps plus 0.6 × the number left out, unless that reaches fewer
/// left out than the best. When none is left out the timetable is feasible. Otherwise the best
/// partial timetable is written back with its left-out sub-events unassigned (AssignTime
/// counts each) or at their least-clashing times, whichever scores lower.
extension HSTTSearcher {
  /// Whether `partialCol` applies: only required AssignTime and linear AvoidClashes points, and
  /// every sub-event of every movable event one time long.
  var isPureClashProblem: Bool {
    for m in md.mKind.indices {
      if !md.mHard[m] { return false }
      switch md.mKind[m] {
      case .assignTime: continue
      case .avoidClashes: if md.mFunction[m] != 0 { return false }
      default: return false
      }
    }
    for e32 in md.movable {
      let base = Int(md.subBase[Int(e32)])
      for k in base..<base + Int(st.subCount[Int(e32)]) where st.subDur[k] != 1 { return false }
    }
    return !md.movable.isEmpty
  }

  /// Runs until no sub-event is left out, the budget ends or `patience` steps pass without
  /// fewer left out; leaves the best timetable in `st`.
  mutating func partialCol(patience: Int) {
    phase = "partialcol"
    let T = md.T
    let res = md.resourcesOfEvent
    let lessons = HSTTClashLessons(md, st)
    let (slot, owner, rowStart, rows) = (
      lessons.slot, lessons.owner, lessons.rowStart, lessons.rows
    )
    // Who holds each resource at each time: a sub-event index, −2 for a fixed event, −1 free.
    var holder = lessons.fixed.map { $0 > 0 ? Int32(-2) : -1 }
    var col = [Int](repeating: -1, count: slot.count)
    var out: [Int] = []
    func fits(_ v: Int, _ t: Int) -> Bool {
      for i in rowStart[v]..<rowStart[v + 1] where holder[rows[i] + t] != -1 { return false }
      return true
    }
    func place(_ v: Int, _ t: Int) {
      col[v] = t
      for i in rowStart[v]..<rowStart[v + 1] { holder[rows[i] + t] = Int32(v) }
    }
    func takeOut(_ v: Int) {
      for i in rowStart[v]..<rowStart[v + 1] { holder[rows[i] + col[v]] = -1 }
      col[v] = -1
    }
    for v in slot.indices {
      let s = Int(st.subStart[slot[v]])
      if s >= 0 && fits(v, s) { place(v, s) } else { out.append(v) }
    }
    var best = out.count
    var bestCol = col
    var tabu = [Int](repeating: 0, count: slot.count * T)
    var iteration = 0
    var evicted: [Int] = []
    var sinceBest = 0
    while !out.isEmpty && sinceBest < patience && tick() {
      iteration += 1
      sinceBest += 1
      var bestDelta = Int.max
      var move = (at: -1, to: -1)
      var ties = 0
      for (x, u) in out.enumerated() {
        times: for t in 0..<T {
          // Distinct holders of u's resources at t (an event has a few resources).
          var n = 0
          var seen = (Int32(-1), Int32(-1), Int32(-1))
          for i in rowStart[u]..<rowStart[u + 1] {
            let h = holder[rows[i] + t]
            if h == -2 { continue times }
            if h < 0 || h == seen.0 || h == seen.1 || h == seen.2 { continue }
            if n == 0 { seen.0 = h } else if n == 1 { seen.1 = h } else { seen.2 = h }
            n += 1
          }
          let d = n - 1
          if tabu[u * T + t] > iteration && out.count + d >= best { continue }
          if d < bestDelta {
            (bestDelta, move, ties) = (d, (x, t), 1)
          } else if d == bestDelta {
            ties += 1
            if rng.below(ties) == 0 { move = (x, t) }
          }
        }
      }
      guard move.at >= 0 else { continue }
      let u = out[move.at]
      let t = move.to
      out.swapAt(move.at, out.count - 1)
      out.removeLast()
      evicted.removeAll(keepingCapacity: true)
      for i in rowStart[u]..<rowStart[u + 1] {
        let h = Int(holder[rows[i] + t])
        if h >= 0 && !evicted.contains(h) { evicted.append(h) }
      }
      let tenure = iteration + rng.below(10) + (out.count + evicted.count) * 6 / 10
      for v in evicted {
        tabu[v * T + col[v]] = tenure
        takeOut(v)
        out.append(v)
      }
      place(u, t)
      if out.count < best {
        sinceBest = 0
        best = out.count
        bestCol = col
      }
    }
    // Write back the best: the left-out sub-events unassigned (AssignTime counts them) or at
    // their least-clashing times, whichever the state scores lower.
    writeBack(slot, owner, bestCol)
    st.commit()
    let unassigned = st.cost
    var count = [Int32](repeating: 0, count: md.R * T)
    for i in holder.indices where holder[i] == -2 { count[i] = 1 }
    for v in slot.indices where bestCol[v] >= 0 {
      for i in res.lower(owner[v])..<res.upper(owner[v]) { count[res[i] * T + bestCol[v]] += 1 }
    }
    for v in slot.indices where bestCol[v] < 0 {
      var fewest = Int32.max
      for c in 0..<T {
        var n: Int32 = 0
        for i in res.lower(owner[v])..<res.upper(owner[v]) { n += count[res[i] * T + c] }
        if n < fewest { (fewest, bestCol[v]) = (n, c) }
      }
      for i in res.lower(owner[v])..<res.upper(owner[v]) { count[res[i] * T + bestCol[v]] += 1 }
    }
    writeBack(slot, owner, bestCol)
    if unassigned < st.cost { st.rollback() } else { st.commit() }
    offerBest()
  }

  /// Sets sub-event `slot[v]` (of event `owner[v]`) to start `start[v]` (−1: unassigned) as one
  /// evaluated move, left to commit or roll back.
  mutating func writeBack(_ slot: [Int], _ owner: [Int], _ start: [Int]) {
    st.begin()
    for v in slot.indices where Int(st.subStart[slot[v]]) != start[v] {
      st.touch(owner[v])
      st.subStart[slot[v]] = Int32(start[v])
    }
    _ = st.evaluate()
  }
}
