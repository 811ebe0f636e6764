/// How well a timetable keeps apart the sections that share students (docs/ONEROSTER.md,
/// "Figures"): the pairs of sections that share at least one student, how many of those meet
/// at the same time at least once, and the student clashes (each student group's students ×
/// the meetings of its classes beyond one in a slot, as the rule `student-clash` counts).
public struct StudentOverlap: Sendable, Equatable {
  public var sharedPairs: Int
  public var overlappingPairs: Int
  public var studentClashes: Int

  public init(sharedPairs: Int, overlappingPairs: Int, studentClashes: Int) {
    self.sharedPairs = sharedPairs
    self.overlappingPairs = overlappingPairs
    self.studentClashes = studentClashes
  }

  /// The share of shared pairs that overlap, 0 when none are shared.
  public var overlappingShare: Double {
    sharedPairs == 0 ? 0 : Double(overlappingPairs) / Double(sharedPairs)
  }

  /// The figures for `groups` (each: how many students, and the classes they all attend) over
  /// `meetings` (every period each class meets).
  /// - Complexity: O(meetings + Σ classes² per group).
  public static func measure(
    groups: [(students: Int, classes: [ClassID])], meetings: [SectionMeeting]
  ) -> StudentOverlap {
    var slots: [ClassID: [Slot: Int]] = [:]
    for m in meetings { slots[m.classID, default: [:]][m.slot, default: 0] += 1 }
    var pairs = Set<[ClassID]>()
    var overlapping = Set<[ClassID]>()
    var clashes = 0
    for g in groups {
      let classes = Array(Set(g.classes)).sorted()
      var count: [Slot: Int] = [:]
      for c in classes { for (s, n) in slots[c] ?? [:] { count[s, default: 0] += n } }
      clashes += g.students * count.values.reduce(0) { $0 + max(0, $1 - 1) }
      for a in classes.indices {
        for b in classes.indices where b > a {
          let pair = [classes[a], classes[b]]
          guard pairs.insert(pair).inserted else { continue }
          let sa = slots[classes[a]] ?? [:]
          let sb = slots[classes[b]] ?? [:]
          if sa.keys.contains(where: { sb[$0] != nil }) { overlapping.insert(pair) }
        }
      }
    }
    return StudentOverlap(
      sharedPairs: pairs.count, overlappingPairs: overlapping.count, studentClashes: clashes)
  }
}
