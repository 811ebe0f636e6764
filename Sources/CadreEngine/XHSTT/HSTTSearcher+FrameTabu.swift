/// Frame tabu search for pure clash problems (`isPureClashProblem`): a tabu search over
/// complete timetables in which one resource of every lesson, its *frame*, is never
/// double-booked.
///
/// Each lesson's frame is its clash-checked resource with the most lessons (the first listed
/// on ties: the class, in the hdtt and Abramson instances, where every class, teacher and room
/// is busy at every time). A move takes a conflicting lesson to another time its frame may
/// use: to a time where the frame is free, or swapped with the frame's lesson there. So in
/// ArtificialAbramson15 each class's 30 lessons always fill its 30 times, and the search only
/// has teacher and room clashes to remove; the change of a move is read from a table of how
/// many lessons hold each resource at each time, a few instructions each.
///
/// A step makes the best move over every conflicting lesson and every time (fewest clashes,
/// random among equals) unless it is tabu: a lesson may not return to the time it left for
/// 0–9 steps plus a tenth of the clashes, unless that reaches fewer clashes than the best.
/// After `patience` steps without a new best the search restarts from the best timetable with
/// `kick` random moves (an iterated tabu search). It ends when no clash is left or the budget
/// runs out, and writes the best timetable back if it scores no worse than what it was given.
extension HSTTSearcher {
  /// Runs the frame tabu search; false (nothing changed) when some frame resource has more
  /// lessons than times it is free at, so that frames cannot stay clash-free.
  mutating func frameTabu(patience: Int = 50_000, kick: Int = 10) -> Bool {
    let T = md.T
    let lessons = HSTTClashLessons(md, st)
    let n = lessons.count
    let rows = lessons.rows
    // Frames: per lesson, the row of its most used clash-checked resource (−1: none).
    var uses = [Int](repeating: 0, count: md.R * T + 1)
    for i in rows.indices { uses[rows[i]] += 1 }
    var frame = [Int](repeating: -1, count: n)
    for v in 0..<n {
      for i in lessons.rowRange(v) where frame[v] < 0 || uses[rows[i]] > uses[frame[v]] {
        frame[v] = rows[i]
      }
    }
    var free = [Int](repeating: 0, count: md.R * T + 1)
    for v in 0..<n where frame[v] >= 0 && free[frame[v]] == 0 {
      for t in 0..<T where lessons.fixed[frame[v] + t] == 0 { free[frame[v]] += 1 }
    }
    var load = [Int](repeating: 0, count: md.R * T + 1)
    for v in 0..<n where frame[v] >= 0 {
      load[frame[v]] += 1
      if load[frame[v]] > free[frame[v]] { return false }
    }
    phase = "frametabu"

    // The state: each lesson's time, the lessons holding each frame at each time, and how many
    // lessons (fixed events included) hold each clash-checked resource at each time.
    var col = [Int](repeating: 0, count: n)
    var at = [Int32](repeating: -1, count: md.R * T)
    var count = lessons.fixed
    var clashes = 0
    func rebuild(_ times: [Int]) {
      col = times
      count = lessons.fixed
      for i in at.indices { at[i] = -1 }
      for v in 0..<n {
        if frame[v] >= 0 { at[frame[v] + col[v]] = Int32(v) }
        for i in lessons.rowRange(v) { count[rows[i] + col[v]] += 1 }
      }
      clashes = 0
      for c in count where c > 1 { clashes += Int(c) - 1 }
    }
    // Start from the state's timetable, moving lessons off frame clashes to free times.
    var start = [Int](repeating: -1, count: n)
    for v in 0..<n {
      let s = Int(st.subStart[lessons.slot[v]])
      guard frame[v] >= 0 else {
        start[v] = max(0, s)
        continue
      }
      if s >= 0 && lessons.fixed[frame[v] + s] == 0 && at[frame[v] + s] < 0 {
        start[v] = s
        at[frame[v] + s] = Int32(v)
      }
    }
    for v in 0..<n where start[v] < 0 {
      var options: [Int] = []
      for t in 0..<T where lessons.fixed[frame[v] + t] == 0 && at[frame[v] + t] < 0 {
        options.append(t)
      }
      start[v] = options[rng.below(options.count)]
      at[frame[v] + start[v]] = Int32(v)
    }
    rebuild(start)

    @inline(__always) func leave(_ c: Int32) -> Int { c >= 2 ? -1 : 0 }
    @inline(__always) func enter(_ c: Int32) -> Int { c >= 1 ? 1 : 0 }
    func shares(_ v: Int, _ row: Int) -> Bool {
      for i in lessons.rowRange(v) where rows[i] == row { return true }
      return false
    }
    /// The change in clashes when lesson `a` goes to `t` and `b` (the frame's lesson at `t`,
    /// or −1) takes `a`'s time. Rows both share keep their count.
    func change(_ a: Int, _ t: Int, _ b: Int) -> Int {
      let ta = col[a]
      var d = 0
      for i in lessons.rowRange(a) where b < 0 || !shares(b, rows[i]) {
        d += leave(count[rows[i] + ta]) + enter(count[rows[i] + t])
      }
      if b >= 0 {
        for i in lessons.rowRange(b) where !shares(a, rows[i]) {
          d += leave(count[rows[i] + t]) + enter(count[rows[i] + ta])
        }
      }
      return d
    }
    func shift(_ v: Int, to t: Int) {
      for i in lessons.rowRange(v) {
        count[rows[i] + col[v]] -= 1
        count[rows[i] + t] += 1
      }
      col[v] = t
    }
    /// Lesson `a` to `t`, exchanged with the frame's lesson there if any.
    func move(_ a: Int, _ t: Int) {
      let ta = col[a]
      let b = Int(at[frame[a] + t])
      clashes += change(a, t, b)
      shift(a, to: t)
      at[frame[a] + t] = Int32(a)
      at[frame[a] + ta] = Int32(b)
      if b >= 0 { shift(b, to: ta) }
    }
    func conflicting(_ v: Int) -> Bool {
      for i in lessons.rowRange(v) where count[rows[i] + col[v]] > 1 { return true }
      return false
    }

    var best = clashes
    var bestCol = col
    var tabu = [Int](repeating: 0, count: n * T)
    var iteration = 0
    var sinceBest = 0
    while clashes > 0 && tick() {
      iteration += 1
      sinceBest += 1
      if sinceBest > patience {
        sinceBest = 0
        rebuild(bestCol)
        for _ in 0..<kick {
          let v = rng.below(n)
          let t = rng.below(T)
          if frame[v] >= 0 && t != col[v] && lessons.fixed[frame[v] + t] == 0 { move(v, t) }
        }
      }
      var bestDelta = Int.max
      var choice = (lesson: -1, time: -1)
      var ties = 0
      for a in 0..<n where frame[a] >= 0 && conflicting(a) {
        let ta = col[a]
        for t in 0..<T where t != ta && lessons.fixed[frame[a] + t] == 0 {
          let b = Int(at[frame[a] + t])
          let d = change(a, t, b)
          if d > bestDelta { continue }
          let isTabu = tabu[a * T + t] > iteration || (b >= 0 && tabu[b * T + ta] > iteration)
          if isTabu && clashes + d >= best { continue }
          if d < bestDelta {
            (bestDelta, choice, ties) = (d, (a, t), 1)
          } else {
            ties += 1
            if rng.below(ties) == 0 { choice = (a, t) }
          }
        }
      }
      guard choice.lesson >= 0 else { continue }
      let (a, t) = choice
      let (ta, b) = (col[a], Int(at[frame[a] + t]))
      move(a, t)
      let tenure = iteration + rng.below(10) + clashes / 10
      tabu[a * T + ta] = tenure
      if b >= 0 { tabu[b * T + t] = tenure }
      if clashes < best {
        best = clashes
        bestCol = col
        sinceBest = 0
      }
    }
    let before = st.cost
    writeBack(lessons.slot, lessons.owner, bestCol)
    if st.cost <= before { st.commit() } else { st.rollback() }
    offerBest()
    return true
  }
}
