/// Frame tabu search for pure clash problems (`isPureClashProblem`: only required AssignTime
/// and AvoidClashes, one-time lessons, as in the hdtt and Abramson instances, where every
/// class, teacher and room is busy at every time). A timetable is then a colouring of the
/// lessons with the times, and the search works on complete timetables in which one resource
/// of every lesson, its *frame*, is never double-booked.
///
/// Frame choice k gives each lesson its k-th clash-checked resource by number of lessons (most
/// first, then as listed): in ArtificialAbramson15 choice 0 is the class, 1 the teacher, 2 the
/// room. A move takes a conflicting lesson to another time its frame may use: to a time where
/// the frame is free, or swapped with the frame's lesson there. So with the class as frame
/// each class's 30 lessons always fill its 30 times, and only teacher and room clashes are
/// left to remove; a move's change is read from a table of how many lessons hold each
/// resource at each time, a few instructions.
///
/// Beside those moves, a step samples `kempeSamples` Kempe chains (stop 24): a conflicting
/// lesson, a random other time, and one kind of resource it clashes on left out (a lesson's
/// resources are told apart by their place in its list: class, teacher, room); the chain is
/// every lesson of the two times linked to it through the other kinds, and exchanging its two
/// times changes the clashes of the left-out kind only. With the class as frame and the
/// teacher left out, a teacher clash is chased along the class-room cycle, where a plain swap
/// would trade it for a room clash. In ArtificialAbramson15 (one thread, 4 million steps) the
/// search reached 0 clashes on 2 of seeds 1-8 without the chains, and on 5 with 8 a step
/// (docs/XHSTT.md).
///
/// A step makes the best move over every conflicting lesson and every time and the sampled
/// chains (fewest clashes, random among equals) unless it is tabu: a lesson may not return to
/// the time it left (a chain: any of its lessons) for 0–9 steps plus a tenth of the clashes,
/// unless that reaches fewer clashes than this run's best. After `patience` steps without a
/// new best of the run, the search restarts from that best under the next frame choice, made
/// clash-free by moving the lessons that now share a frame to its free times (that repair is
/// the perturbation: it turns two teacher clashes into a few class clashes, say); with one
/// choice only, `kick` random moves instead. After `fresh` steps without a new overall best it
/// starts again from a random timetable. It ends when no clash is left or the budget runs out,
/// and writes the best timetable back if that scores no worse than what it was given. Every
/// step counts as one step of the budget.
extension HSTTSearcher {
  /// Whether the frame tabu search applies: only required AssignTime and linear AvoidClashes
  /// points, every sub-event of every movable event one time long, and no open role.
  var isPureClashProblem: Bool {
    if md.G > 0 { return false }
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

  /// Runs the frame tabu search until no clash is left or the budget ends; leaves the best
  /// timetable in `st`.
  mutating func frameTabu(
    patience: Int = 20_000, kick: Int = 10, fresh: Int = 1_000_000, kempeSamples: Int = 8
  ) {
    let T = md.T
    let lessons = HSTTClashLessons(md, st)
    let n = lessons.count
    let rows = lessons.rows
    // Frame choices: choice k gives each lesson its k-th clash-checked resource by number of
    // lessons (most first, then as listed). A frame holds at most as many lessons as it has
    // free times; the lessons past that (an infeasible instance) are left out, unassigned.
    var uses = [Int](repeating: 0, count: md.R * T + 1)
    for i in rows.indices { uses[rows[i]] += 1 }
    var ranked: [[Int]] = []
    for v in 0..<n {
      let own = Array(rows[lessons.rowRange(v)])
      ranked.append(
        own.indices.sorted {
          uses[own[$0]] > uses[own[$1]] || (uses[own[$0]] == uses[own[$1]] && $0 < $1)
        }.map { own[$0] })
    }
    var free = [Int](repeating: -1, count: md.R * T + 1)
    var choices: [[Int]] = []
    for k in 0..<(ranked.map(\.count).max() ?? 0) {
      var frame = ranked.map { $0.isEmpty ? -1 : $0[min(k, $0.count - 1)] }
      var load = [Int](repeating: 0, count: md.R * T + 1)
      for v in 0..<n where frame[v] >= 0 {
        if free[frame[v]] < 0 {
          free[frame[v]] = (0..<T).reduce(0) { $0 + (lessons.fixed[frame[v] + $1] == 0 ? 1 : 0) }
        }
        load[frame[v]] += 1
        if load[frame[v]] > free[frame[v]] { frame[v] = FrameState.leftOut }
      }
      if !choices.contains(frame) { choices.append(frame) }
    }
    guard let frame = choices.first else { return }
    var choice = 0
    phase = "frametabu"

    var fs = FrameState(lessons, times: T, frame: frame)
    fs.reframe(lessons.slot.map { Int(st.subStart[$0]) }, &rng)

    var (best, bestCol) = (fs.cost, fs.col)
    var (runBest, runBestCol) = (fs.cost, fs.col)
    var tabu = [Int](repeating: 0, count: n * T)
    var iteration = 0
    var sinceBest = 0
    var sinceGlobalBest = 0
    var conflicting: [Int] = []
    while fs.clashes > 0 && tick() {
      iteration += 1
      sinceBest += 1
      sinceGlobalBest += 1
      if sinceGlobalBest > fresh {
        // A fresh start: a random timetable, frames made clash-free.
        (sinceBest, sinceGlobalBest) = (0, 0)
        fs.reframe([Int](repeating: -1, count: n), &rng)
        (runBest, runBestCol) = (fs.cost, fs.col)
      } else if sinceBest > patience {
        // Restart from this run's best: with the next frame choice, made clash-free (that
        // repair is the perturbation), or with `kick` random moves when there is one choice.
        sinceBest = 0
        if choices.count > 1 {
          choice = (choice + 1) % choices.count
          fs.setFrame(choices[choice])
          fs.reframe(runBestCol, &rng)
        } else {
          fs.rebuild(runBestCol)
          for _ in 0..<kick {
            let v = rng.below(n)
            let t = rng.below(T)
            if fs.col[v] >= 0 && t != fs.col[v] && fs.allowed(v, t) {
              fs.move(v, t)
            }
          }
        }
        (runBest, runBestCol) = (fs.cost, fs.col)
      }
      var bestDelta = Int.max
      var pick = (lesson: -1, time: -1, skip: -1)
      var ties = 0
      conflicting.removeAll(keepingCapacity: true)
      for a in 0..<n where fs.conflicting(a) {
        conflicting.append(a)
        let ta = fs.col[a]
        for t in 0..<T where t != ta && fs.allowed(a, t) {
          let b = fs.partner(a, t)
          let d = fs.change(a, t, b)
          if d > bestDelta { continue }
          let isTabu = tabu[a * T + t] > iteration || (b >= 0 && tabu[b * T + ta] > iteration)
          if isTabu && fs.cost + d >= runBest { continue }
          if d < bestDelta {
            (bestDelta, pick, ties) = (d, (a, t, -1), 1)
          } else {
            ties += 1
            if rng.below(ties) == 0 { pick = (a, t, -1) }
          }
        }
      }
      // A few sampled Kempe chains, each leaving one clashing kind of resource out (only that
      // kind's clashes change), compete with the moves above.
      for _ in 0..<(conflicting.isEmpty ? 0 : kempeSamples) {
        let a = conflicting[rng.below(conflicting.count)]
        let t = rng.below(T)
        guard t != fs.col[a] && fs.allowed(a, t) else { continue }
        var kinds = fs.clashingPositions(a)
        while kinds != 0 {
          let skip = kinds.trailingZeroBitCount
          kinds &= kinds - 1
          guard let d = fs.kempe(a, t, skip: skip), fs.chain.count > 2, d <= bestDelta else {
            continue
          }
          if tabu[a * T + t] > iteration && fs.cost + d >= runBest { continue }
          if d < bestDelta {
            (bestDelta, pick, ties) = (d, (a, t, skip), 1)
          } else {
            ties += 1
            if rng.below(ties) == 0 { pick = (a, t, skip) }
          }
        }
      }
      guard pick.lesson >= 0 else { continue }
      let (a, t) = (pick.lesson, pick.time)
      let ta = fs.col[a]
      let tenure = iteration + rng.below(10) + fs.clashes / 10
      if pick.skip >= 0, let d = fs.kempe(a, t, skip: pick.skip) {
        for w in fs.chain { tabu[w * T + fs.col[w]] = tenure }
        fs.applyChain(delta: d)
      } else {
        let b = fs.move(a, t)
        tabu[a * T + ta] = tenure
        if b >= 0 { tabu[b * T + t] = tenure }
      }
      if fs.cost < runBest {
        (runBest, runBestCol) = (fs.cost, fs.col)
        sinceBest = 0
        if fs.cost < best { (best, bestCol, sinceGlobalBest) = (fs.cost, fs.col, 0) }
      }
    }
    let before = st.cost
    writeBack(lessons.slot, lessons.owner, bestCol)
    if st.cost <= before { st.commit() } else { st.rollback() }
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

/// The frame search's timetable: each lesson's time, the lesson holding each frame at each
/// time, and how many lessons (fixed events included) hold each clash-checked resource at
/// each time, with the clashes that makes.
struct FrameState {
  let T: Int
  let n: Int
  let rows: [Int]
  let rowStart: [Int]
  /// Fixed events per resource and time (`r × T + t`).
  let fixed: [Int32]
  /// Per lesson, its frame's row (`r × T`), −1 when it has no clash-checked resource, or
  /// `leftOut` when its frame is full (it then stays unassigned).
  private(set) var frame: [Int] = []
  /// Per lesson, the rows a move can change the clashes of: all its rows but its frame's,
  /// when no other lesson has that resource outside its frame (a frame cell then holds at
  /// most one lesson, and a move leaves its clashes at 0).
  private var otherStart: [Int] = []
  private var others: [Int] = []
  var col: [Int]
  var at: [Int32]
  /// Per time, the lessons there (any order), and each lesson's index in its time's list.
  private var members: [[Int]]
  private var memberIndex: [Int]
  /// The last chain `kempe` built, and scratch for it: a stamp per lesson, a count change per
  /// row and time with the cells touched.
  private(set) var chain: [Int] = []
  private var chainTimes = (0, 0)
  private var inChain: [Int]
  private var stamp = 0
  private var shiftBy: [Int32]
  /// Per resource, whether some lesson holds it outside its frame (then `count` and
  /// `xorHolder` follow it; otherwise `at` does), and per row and time the exclusive or of the
  /// lessons holding it there: the one lesson, when `count` less `fixed` is 1.
  private var tracked: [Bool] = []
  private var xorHolder: [Int]
  private var touched: [Int] = []
  var count: [Int32]
  var clashes = 0
  /// Lessons left out under this frame choice.
  private(set) var leftOutCount = 0
  /// What the search minimises: clashes plus lessons left out (AssignTime's count).
  var cost: Int { clashes + leftOutCount }

  static let leftOut = -2

  init(_ lessons: HSTTClashLessons, times: Int, frame: [Int]) {
    n = lessons.count
    T = times
    rows = lessons.rows
    rowStart = lessons.rowStart
    fixed = lessons.fixed
    col = [Int](repeating: 0, count: n)
    at = [Int32](repeating: -1, count: fixed.count)
    count = fixed
    members = [[Int]](repeating: [], count: times)
    memberIndex = [Int](repeating: -1, count: n)
    inChain = [Int](repeating: 0, count: n)
    shiftBy = [Int32](repeating: 0, count: fixed.count)
    xorHolder = [Int](repeating: 0, count: fixed.count)
    setFrame(frame)
  }

  /// Takes a new frame per lesson (then `reframe` the timetable).
  mutating func setFrame(_ frame: [Int]) {
    self.frame = frame
    leftOutCount = frame.reduce(0) { $0 + ($1 == Self.leftOut ? 1 : 0) }
    var outside = Set<Int>()
    for v in 0..<n where frame[v] != Self.leftOut {
      for i in rowStart[v]..<rowStart[v + 1] where rows[i] != frame[v] { outside.insert(rows[i]) }
    }
    tracked = [Bool](repeating: false, count: fixed.count / max(1, T) + 1)
    for r in outside { tracked[r / T] = true }
    otherStart = [0]
    others = []
    for v in 0..<n {
      for i in rowStart[v]..<rowStart[v + 1]
      where rows[i] != frame[v] || outside.contains(rows[i]) {
        others.append(rows[i])
      }
      otherStart.append(others.count)
    }
  }

  mutating func rebuild(_ times: [Int]) {
    col = times
    count = fixed
    for i in at.indices { at[i] = -1 }
    for t in 0..<T { members[t].removeAll(keepingCapacity: true) }
    for v in 0..<n { memberIndex[v] = -1 }
    for i in xorHolder.indices { xorHolder[i] = 0 }
    for v in 0..<n where col[v] >= 0 {
      memberIndex[v] = members[col[v]].count
      members[col[v]].append(v)
      if frame[v] >= 0 { at[frame[v] + col[v]] = Int32(v) }
      for i in rowStart[v]..<rowStart[v + 1] { count[rows[i] + col[v]] += 1 }
      for i in otherStart[v]..<otherStart[v + 1] { xorHolder[others[i] + col[v]] ^= v }
    }
    clashes = 0
    for c in count where c > 1 { clashes += Int(c) - 1 }
  }

  /// Takes `times` (−1: none yet) with every frame made clash-free: lessons in random order
  /// keep their time where their frame is still free there, the others go to random free
  /// times of their frame.
  mutating func reframe(_ times: [Int], _ rng: inout SplitMix64) {
    var placed = times
    for i in at.indices { at[i] = -1 }
    var order = Array(0..<n)
    for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
    var moved: [Int] = []
    for v in order where frame[v] >= 0 {
      let s = placed[v]
      if s >= 0 && fixed[frame[v] + s] == 0 && at[frame[v] + s] < 0 {
        at[frame[v] + s] = Int32(v)
      } else {
        moved.append(v)
      }
    }
    for v in moved {
      var options: [Int] = []
      for t in 0..<T where fixed[frame[v] + t] == 0 && at[frame[v] + t] < 0 { options.append(t) }
      placed[v] = options[rng.below(options.count)]
      at[frame[v] + placed[v]] = Int32(v)
    }
    for v in 0..<n where frame[v] == Self.leftOut { placed[v] = -1 }
    for v in 0..<n where frame[v] == -1 && placed[v] < 0 { placed[v] = rng.below(T) }
    rebuild(placed)
  }

  @inline(__always) private func leave(_ c: Int32) -> Int { c >= 2 ? -1 : 0 }
  @inline(__always) private func enter(_ c: Int32) -> Int { c >= 1 ? 1 : 0 }

  @inline(__always) private func shares(_ v: Int, _ row: Int) -> Bool {
    for i in otherStart[v]..<otherStart[v + 1] where others[i] == row { return true }
    return false
  }

  /// The change in clashes when lesson `a` goes to `t` and `b` (the frame's lesson at `t`, or
  /// −1) takes `a`'s time. Rows both share keep their count.
  @inline(__always) func change(_ a: Int, _ t: Int, _ b: Int) -> Int {
    let ta = col[a]
    var d = 0
    for i in otherStart[a]..<otherStart[a + 1] where b < 0 || !shares(b, others[i]) {
      d += leave(count[others[i] + ta]) + enter(count[others[i] + t])
    }
    if b >= 0 {
      for i in otherStart[b]..<otherStart[b + 1] where !shares(a, others[i]) {
        d += leave(count[others[i] + t]) + enter(count[others[i] + ta])
      }
    }
    return d
  }

  /// Lesson `v` to `t` in the counts of its `others` rows (frame rows left out there are
  /// recounted by `rebuild`).
  private mutating func shift(_ v: Int, to t: Int) {
    for i in otherStart[v]..<otherStart[v + 1] {
      count[others[i] + col[v]] -= 1
      count[others[i] + t] += 1
      xorHolder[others[i] + col[v]] ^= v
      xorHolder[others[i] + t] ^= v
    }
    let old = col[v]
    let last = members[old].removeLast()
    if last != v {
      members[old][memberIndex[v]] = last
      memberIndex[last] = memberIndex[v]
    }
    memberIndex[v] = members[t].count
    members[t].append(v)
    col[v] = t
  }

  /// The Kempe chain of lesson `a` towards time `t`: the lessons at `a`'s time and at `t`
  /// linked to `a` through their shared resources, all but the resource each lesson lists in
  /// position `skip` (so one kind of resource, a teacher or a room, stays outside the chain).
  /// Exchanging the chain's two times keeps every clash of the linked resources as it is and
  /// changes only the skipped kind's. Returns the change in clashes, and leaves the chain in
  /// `chain`; nil when a lesson of it may not take the other time, or when the chain holds
  /// more than half the lessons of the two times (then it is little more than the times'
  /// exchange, which changes nothing).
  mutating func kempe(_ a: Int, _ t: Int, skip: Int) -> Int? {
    let ta = col[a]
    chainTimes = (ta, t)
    stamp += 1
    chain.removeAll(keepingCapacity: true)
    chain.append(a)
    inChain[a] = stamp
    let limit = (members[ta].count + members[t].count) / 2
    var next = 0
    while next < chain.count {
      let u = chain[next]
      next += 1
      for i in rowStart[u]..<rowStart[u + 1]
      where i - rowStart[u] != skip || rows[i] == frame[u] {
        let r = rows[i]
        for s in 0..<2 {
          let side = s == 0 ? ta : t
          let other = s == 0 ? t : ta
          // The lessons holding `r` at `side`: the frame's one, the one `xorHolder` names, or
          // (a clash) those found among the time's lessons.
          if !tracked[r / T] {
            let w = Int(at[r + side])
            if w >= 0 && inChain[w] != stamp && !enlist(w, to: other, limit: limit) { return nil }
            continue
          }
          let held = count[r + side] - fixed[r + side]
          if held == 1 {
            let w = xorHolder[r + side]
            if inChain[w] != stamp && !enlist(w, to: other, limit: limit) { return nil }
          } else if held > 1 {
            for w in members[side] where inChain[w] != stamp {
              var holds = false
              for j in rowStart[w]..<rowStart[w + 1] where rows[j] == r { holds = true }
              if holds && !enlist(w, to: other, limit: limit) { return nil }
            }
          }
        }
      }
    }
    for w in chain {
      let to = col[w] == ta ? t : ta
      for i in otherStart[w]..<otherStart[w + 1] {
        let r = others[i]
        if shiftBy[r + col[w]] == 0 && shiftBy[r + to] == 0 { touched.append(r) }
        shiftBy[r + col[w]] -= 1
        shiftBy[r + to] += 1
      }
    }
    var d = 0
    for r in touched {
      for s in 0..<2 {
        let cell = r + (s == 0 ? ta : t)
        if shiftBy[cell] == 0 { continue }
        let c = count[cell]
        d += max(0, Int(c + shiftBy[cell]) - 1) - max(0, Int(c) - 1)
        shiftBy[cell] = 0
      }
    }
    touched.removeAll(keepingCapacity: true)
    return d
  }

  /// Adds lesson `w` to the chain; false when it may not take time `to` or the chain grows
  /// past `limit`.
  private mutating func enlist(_ w: Int, to: Int, limit: Int) -> Bool {
    if !allowed(w, to) { return false }
    inChain[w] = stamp
    chain.append(w)
    return chain.count <= limit
  }

  /// Exchanges the two times of the chain `kempe` built last (`delta`: its change).
  mutating func applyChain(delta: Int) {
    let (ta, t) = chainTimes
    for w in chain where frame[w] >= 0 && at[frame[w] + col[w]] == Int32(w) {
      at[frame[w] + col[w]] = -1
    }
    for w in chain { shift(w, to: col[w] == ta ? t : ta) }
    for w in chain where frame[w] >= 0 { at[frame[w] + col[w]] = Int32(w) }
    clashes += delta
  }

  /// The lesson that would take `a`'s time if `a` went to `t`: its frame's lesson there, or
  /// −1 (a free frame time, or no frame).
  @inline(__always) func partner(_ a: Int, _ t: Int) -> Int {
    frame[a] < 0 ? -1 : Int(at[frame[a] + t])
  }

  /// Lesson `a` to `t`, exchanged with the frame's lesson there if any; returns that lesson
  /// (or −1).
  @discardableResult mutating func move(_ a: Int, _ t: Int) -> Int {
    let ta = col[a]
    let b = partner(a, t)
    clashes += change(a, t, b)
    shift(a, to: t)
    guard frame[a] >= 0 else { return b }
    at[frame[a] + t] = Int32(a)
    at[frame[a] + ta] = Int32(b)
    if b >= 0 { shift(b, to: ta) }
    return b
  }

  /// Whether lesson `v` may start at `t`: its frame, if any, is not held there by a fixed
  /// event.
  @inline(__always) func allowed(_ v: Int, _ t: Int) -> Bool {
    frame[v] < 0 || fixed[frame[v] + t] == 0
  }

  /// The positions (in its own list) of lesson `v`'s resources other than its frame that clash
  /// at its time, as a bit set.
  func clashingPositions(_ v: Int) -> Int {
    var mask = 0
    for i in rowStart[v]..<rowStart[v + 1]
    where rows[i] != frame[v] && count[rows[i] + col[v]] > 1 && i - rowStart[v] < Int.bitWidth {
      mask |= 1 << (i - rowStart[v])
    }
    return mask
  }

  /// The clashes of the timetable `col`, counted from scratch (the tests' twin of `clashes`).
  func recountClashes() -> Int {
    var held = fixed
    for v in 0..<n where col[v] >= 0 {
      for i in rowStart[v]..<rowStart[v + 1] { held[rows[i] + col[v]] += 1 }
    }
    return held.reduce(0) { $0 + max(0, Int($1) - 1) }
  }

  @inline(__always) func conflicting(_ v: Int) -> Bool {
    if col[v] < 0 { return false }
    for i in otherStart[v]..<otherStart[v + 1] where count[others[i] + col[v]] > 1 {
      return true
    }
    return false
  }
}
