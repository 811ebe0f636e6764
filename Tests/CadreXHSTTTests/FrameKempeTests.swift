import Testing

@testable import CadreEngine

/// The frame tabu search's Kempe chains (`FrameState.kempe`): on fully packed class, teacher
/// and room timetables, a chain's exchange changes the clashes by what `kempe` said, only on
/// the kind of resource it left out, and never double-books a frame (a class).
@Suite struct FrameKempeTests {
  /// `n` classes, teachers and rooms (resources `0..<n`, `n..<2n`, `2n..<3n`), each busy at
  /// every one of `times` times: a hidden timetable with a random teacher and room per class
  /// and time, every lesson listing its class, teacher and room in that order.
  static func problem(n: Int, times: Int, seed: UInt64) -> HSTTProblem {
    var rng = SplitMix64(seed: seed)
    func shuffled(_ values: [Int]) -> [Int] {
      var values = values
      for i in stride(from: values.count - 1, to: 0, by: -1) {
        values.swapAt(i, rng.below(i + 1))
      }
      return values
    }
    var events: [HSTTEvent] = []
    for _ in 0..<times {
      let teachers = shuffled(Array(0..<n))
      let rooms = shuffled(Array(0..<n))
      for c in 0..<n {
        events.append(HSTTEvent(duration: 1, resources: [c, n + teachers[c], 2 * n + rooms[c]]))
      }
    }
    return HSTTProblem(
      timeCount: times, timeGroups: [], resourceCount: 3 * n, events: events, eventGroups: [],
      monitors: [
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .assignTime,
          points: Array(events.indices)),
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .avoidClashes,
          points: Array(0..<(3 * n))),
      ], pointCostCap: 1_000_000)
  }

  /// Clashes per kind (0 class, 1 teacher, 2 room) of the frame state's timetable, from
  /// scratch.
  static func clashesByKind(_ fs: FrameState, _ lessons: HSTTClashLessons, n: Int, times: Int)
    -> [Int]
  {
    var held = [Int](repeating: 0, count: 3 * n * times)
    for v in 0..<lessons.count where fs.col[v] >= 0 {
      for i in lessons.rowRange(v) { held[lessons.rows[i] + fs.col[v]] += 1 }
    }
    var byKind = [0, 0, 0]
    for (cell, c) in held.enumerated() where c > 1 { byKind[cell / times / n] += c - 1 }
    return byKind
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func aChainChangesOnlyTheKindItLeavesOut(seed: UInt64) {
    let (n, times) = (6, 8)
    let search = HSTTSearcher(
      model: HSTTModel(Self.problem(n: n, times: times, seed: seed)),
      budget: SearchBudget(timeLimit: nil, stepLimit: 1), seed: seed, isCancelled: nil,
      progress: nil)
    #expect(search.isPureClashProblem)
    let lessons = HSTTClashLessons(search.md, search.st)
    // Every lesson's frame is its class (its first resource).
    var fs = FrameState(
      lessons, times: times, frame: (0..<lessons.count).map { lessons.rows[lessons.rowStart[$0]] })
    var rng = SplitMix64(seed: seed)
    fs.reframe([Int](repeating: -1, count: lessons.count), &rng)
    var chains = 0
    for _ in 0..<2_000 {
      let a = rng.below(lessons.count)
      let t = rng.below(times)
      guard t != fs.col[a] else { continue }
      let skip = 1 + rng.below(2)
      let before = Self.clashesByKind(fs, lessons, n: n, times: times)
      #expect(before[0] == 0)
      if let d = fs.kempe(a, t, skip: skip) {
        let clashes = fs.clashes
        let size = fs.chain.count
        fs.applyChain(delta: d)
        let after = Self.clashesByKind(fs, lessons, n: n, times: times)
        #expect(fs.clashes == clashes + d)
        #expect(after[0] == 0)
        #expect(after[3 - skip] == before[3 - skip])
        if size > 2 { chains += 1 }
      } else {
        fs.move(a, t)
      }
      #expect(fs.clashes == fs.recountClashes())
    }
    #expect(chains > 100)
  }
}
