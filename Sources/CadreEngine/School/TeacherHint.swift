/// A first choice of each lesson's one teacher that keeps every teacher within their free
/// periods, for construction's value order: the lessons with a single candidate load their
/// teacher first; then the others, largest first, each go to the candidate with the lowest
/// load relative to their capacity that still has room, and when none has, an ejection chain
/// makes room (`shed`: a lesson of the full candidate moves to another of its candidates,
/// which may in turn pass one of its own on). Construction tries that candidate first for the
/// lesson's first meeting; the search may change it later, and its rebalancing move runs the
/// same chains on the current assignment.
///
/// Without it, the first meeting of each lesson picks its teacher by soft cost alone, and a
/// teacher can collect more lessons than their free periods or weekly maximum allow (generated
/// school XL, one teacher per lesson: a teacher one period over `maxPerWeek` after 3 million
/// steps, where moving the lesson needs a chain through a second teacher).
struct TeacherHint: Sendable {
  let candidates: [[Int32]]
  /// Per lesson, its periods (meetings × duration).
  let load: [Int]
  /// Per teacher, the periods they can teach: free slots, `maxPerWeek` over the cycle's
  /// weeks, a teaching leader's limit.
  let capacity: [Int]
  var committed: [Int]
  var hint: [Int32]
  /// Per teacher, the lessons with several candidates hinted to them.
  var held: [[Int]]
  // Scratch for `shed`: per teacher, how the breadth-first search reached them.
  var viaTeacher: [Int32] = []
  var viaLesson: [Int32] = []
  var queue: [Int32] = []

  init(candidates: [[Int32]], load: [Int], capacity: [Int]) {
    self.candidates = candidates
    self.load = load
    self.capacity = capacity
    committed = [Int](repeating: 0, count: capacity.count)
    hint = [Int32](repeating: -1, count: candidates.count)
    held = [[Int]](repeating: [], count: capacity.count)
    viaTeacher = [Int32](repeating: -1, count: capacity.count)
    viaLesson = [Int32](repeating: -1, count: capacity.count)
    queue.reserveCapacity(capacity.count)
  }

  /// Moves load off teacher `t` along the shortest chain of lessons (breadth first over
  /// teachers): t's lesson to a candidate u, u's lesson to a candidate v, ... ending at a
  /// teacher with room; every teacher on the way gives a lesson at least as large as the one
  /// it takes, so none ends above capacity. `start` rotates the scan. False when no chain
  /// exists (nothing changed).
  /// - Complexity: O(teachers + held lessons × candidates).
  mutating func shed(_ t: Int, start: Int) -> Bool {
    for x in viaTeacher.indices {
      viaTeacher[x] = -1
      viaLesson[x] = -1
    }
    queue.removeAll(keepingCapacity: true)
    queue.append(Int32(t))
    viaTeacher[t] = Int32(t)
    var head = 0
    while head < queue.count {
      let x = Int(queue[head])
      head += 1
      // The load x takes in: nothing at the start of the chain.
      let incoming = x == t ? 0 : load[Int(viaLesson[x])]
      let n = held[x].count
      for i in 0..<n {
        let l = held[x][(i + start) % n]
        guard load[l] >= incoming else { continue }
        for c in candidates[l] where viaTeacher[Int(c)] < 0 {
          let u = Int(c)
          viaTeacher[u] = Int32(x)
          viaLesson[u] = Int32(l)
          if committed[u] + load[l] <= capacity[u] {
            var y = u
            while y != t {
              let lesson = Int(viaLesson[y])
              unassign(lesson)
              assign(lesson, to: y)
              y = Int(viaTeacher[y])
            }
            return true
          }
          queue.append(Int32(u))
        }
      }
    }
    return false
  }

  /// The balanced first choice of every lesson.
  /// - Complexity: O(lessons log lessons + lessons × candidates), plus a chain search per
  ///   lesson that fits no candidate.
  static func balanced(candidates: [[Int32]], load: [Int], capacity: [Int]) -> [Int32] {
    var h = TeacherHint(candidates: candidates, load: load, capacity: capacity)
    for (l, cs) in candidates.enumerated() where cs.count == 1 {
      h.hint[l] = cs[0]
      h.committed[Int(cs[0])] += load[l]
    }
    let open = candidates.indices.filter { candidates[$0].count > 1 }
      .sorted { (load[$0], -$0) > (load[$1], -$1) }
    for l in open {
      let fit = h.leastLoaded(l, fitting: true)
      let t = fit >= 0 ? fit : h.leastLoaded(l)
      h.assign(l, to: t)
      if fit < 0 { _ = h.shed(t, start: 0) }
    }
    return h.hint
  }

  /// Loads the current assignment: each meeting's teacher (placed or not: an unplaced
  /// meeting keeps its teacher as a hint) is committed to its periods, and the lessons whose
  /// teacher is one decision (`movable`, several candidates) are held by their first meeting's
  /// teacher, so they may move in a chain.
  /// - Complexity: O(meetings + lessons + teachers); allocates nothing once the lists have
  ///   grown.
  mutating func sync(
    meetingTeacher: [Int32], meetingLesson: [Int32], duration: [Int32], movable: [Bool]
  ) {
    for t in committed.indices {
      committed[t] = 0
      held[t].removeAll(keepingCapacity: true)
    }
    for l in hint.indices { hint[l] = -1 }
    for m in meetingTeacher.indices {
      let t = Int(meetingTeacher[m])
      let l = Int(meetingLesson[m])
      guard t >= 0 && t < committed.count else { continue }
      committed[t] += Int(duration[l])
      if hint[l] < 0 {
        hint[l] = Int32(t)
        if candidates[l].count > 1 && movable[l] { held[t].append(l) }
      }
    }
  }

  /// The candidate of `l` with the lowest (committed + load) / capacity, compared exactly
  /// (a/b < c/d ⟺ a·d < c·b for b, d > 0); ties to the first listed.
  func leastLoaded(_ l: Int, fitting: Bool = false) -> Int {
    var best = -1
    for c in candidates[l] {
      let t = Int(c)
      if fitting && committed[t] + load[l] > capacity[t] { continue }
      guard best >= 0 else {
        best = t
        continue
      }
      if (committed[t] + load[l]) * max(1, capacity[best])
        < (committed[best] + load[l]) * max(1, capacity[t])
      {
        best = t
      }
    }
    return best
  }

  mutating func assign(_ l: Int, to t: Int) {
    hint[l] = Int32(t)
    committed[t] += load[l]
    held[t].append(l)
  }

  mutating func unassign(_ l: Int) {
    let t = Int(hint[l])
    committed[t] -= load[l]
    if let k = held[t].firstIndex(of: l) { held[t].remove(at: k) }
    hint[l] = -1
  }
}

extension Problem {
  /// Per lesson, the balanced first choice of its teacher (`TeacherHint.balanced`, as the
  /// school engine's construction tries it; −1 when there is none), for the general engine's
  /// construction of a school (`HSTTRole.hint`).
  package func teacherHints() -> [Int32] { SearchModel(self).teacherHint }
}
