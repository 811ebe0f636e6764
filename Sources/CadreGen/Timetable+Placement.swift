import CadreModel

extension Timetable {
  /// Places every meeting it can: the fixed ones (elementary specials) where they were
  /// decided, then doubles, then singles, the teachers with the least slack first, each in its
  /// best slot (a day without the same subject, a light day for the teacher). A single that
  /// fits nowhere is placed by a Kempe-chain swap between two slots (the classic bipartite
  /// edge-colouring repair); what still does not fit is left unplaced and is not emitted.
  ///
  /// - Complexity: O(meetings × slots × duration) for the greedy pass, plus a bounded number
  ///   of chains (each at most 40 moves) per meeting that needs one.
  mutating func build(_ draft: Draft, _ rng: inout SplitMix64) {
    for m in meetings.indices {
      if let s = meetings[m].fixedStart, let r = fits(m, at: s, draft) { place(m, at: s, room: r) }
    }
    var planned = [Int](repeating: 0, count: taught.count)
    for x in meetings where x.fixedStart == nil { planned[x.teacher] += x.duration }
    var slack = [Int](repeating: 0, count: taught.count)
    for t in slack.indices {
      let free = (0..<slots).filter { open[t * slots + $0] && teacherAt[t * slots + $0] < 0 }
      slack[t] = free.count - planned[t]
    }
    let keyed = meetings.indices.filter { meetings[$0].fixedStart == nil }.map {
      (m: $0, key: (-meetings[$0].duration, slack[meetings[$0].teacher], rng.below(1 << 20)))
    }
    let order = keyed.sorted { $0.key < $1.key }.map(\.m)
    for m in order where !placeGreedy(m, draft, &rng) {
      if meetings[m].duration == 1 && meetings[m].roomKind == nil {
        _ = placeByChain(m, draft, &rng)
      }
    }
  }

  /// The best start for `m` by (same subject that day, teacher's load that day, late period,
  /// a random jitter); false when none fits.
  mutating func placeGreedy(_ m: Int, _ draft: Draft, _ rng: inout SplitMix64) -> Bool {
    let x = meetings[m]
    let subject = draft.lessons[x.lesson].subject
    var best: (score: Int, start: Int, room: Int)?
    for start in 0..<slots {
      guard let room = fits(m, at: start, draft) else { continue }
      var score = rng.below(4)
      if classHasSubject(x.classIndex, subject, day: start, draft) { score += 12 }
      score += 2 * dayLoad[x.teacher * cycleDays + start / periods]
      if (start % periods) + x.duration == periods { score += 1 }
      if let current = best, current.score <= score { continue }
      best = (score, start, room)
    }
    guard let b = best else { return false }
    place(m, at: b.start, room: b.room)
    return true
  }

  /// Frees a slot `a` that the class has free but the teacher has taken, by swapping slot `a`
  /// and a slot `b` the teacher has free along the alternating a/b path from the teacher
  /// (teacher's meeting at a -> b, that class's meeting at b -> a, ...). In a bipartite
  /// class-teacher graph that path never reaches the class, so afterwards both are free at
  /// `a`. Fixed, double and room-kind meetings never move; a chain breaking any rule is undone.
  mutating func placeByChain(_ m: Int, _ draft: Draft, _ rng: inout SplitMix64) -> Bool {
    let t = meetings[m].teacher
    let c = meetings[m].classIndex
    var aSlots = (0..<slots).filter {
      classAt[c * slots + $0] < 0 && open[t * slots + $0] && teacherAt[t * slots + $0] >= 0
    }
    var bSlots = (0..<slots).filter {
      teacherAt[t * slots + $0] < 0 && open[t * slots + $0] && classAt[c * slots + $0] >= 0
    }
    rng.shuffle(&aSlots)
    rng.shuffle(&bSlots)
    var tries = 0
    for a in aSlots {
      for b in bSlots {
        tries += 1
        if tries > 80 { return false }
        if tryChain(m, a, b, draft) { return true }
      }
    }
    return false
  }

  private func movable(_ x: Int) -> Bool {
    let p = meetings[x]
    return p.duration == 1 && p.fixedStart == nil && p.roomKind == nil && p.start >= 0
  }

  private mutating func tryChain(_ m: Int, _ a: Int, _ b: Int, _ draft: Draft) -> Bool {
    var chain: [(meeting: Int, to: Int)] = []
    var teacher = meetings[m].teacher
    while true {
      let x = teacherAt[teacher * slots + a]
      if x < 0 { break }
      guard movable(x), !chain.contains(where: { $0.meeting == x }), chain.count < 40 else {
        return false
      }
      chain.append((x, b))
      let y = classAt[meetings[x].classIndex * slots + b]
      if y < 0 { break }
      guard movable(y), !chain.contains(where: { $0.meeting == y }) else { return false }
      chain.append((y, a))
      teacher = meetings[y].teacher
    }
    let before = chain.map { (meetings[$0.meeting].start, meetings[$0.meeting].room) }
    for step in chain { remove(step.meeting) }
    var done = 0
    var ok = true
    for step in chain {
      guard let r = fits(step.meeting, at: step.to, draft) else {
        ok = false
        break
      }
      place(step.meeting, at: step.to, room: r)
      done += 1
    }
    if ok, let r = fits(m, at: a, draft) {
      place(m, at: a, room: r)
      return true
    }
    for step in chain.prefix(done) { remove(step.meeting) }
    for (i, step) in chain.enumerated() {
      place(step.meeting, at: before[i].0, room: before[i].1)
    }
    return false
  }
}
