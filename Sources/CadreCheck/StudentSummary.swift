import CadreModel

/// How well a schedule keeps students apart (`studentGroups`): the pairs of classes
/// (sections) that share at least one student, how many of them meet at the same time at
/// least once, and how many students have a clash. A school without groups has none.
public struct StudentSummary: Sendable, Equatable {
  public var groups: Int
  public var students: Int
  /// Unordered pairs of distinct classes named together by some group.
  public var sharedPairs: Int
  /// Of those, the pairs with a slot both occupy.
  public var clashingPairs: Int
  /// Students (summed over groups) in at least one clash.
  public var studentsWithClash: Int

  /// The share of shared pairs that meet at the same time, 0 when none are shared.
  public var clashingShare: Double {
    sharedPairs == 0 ? 0 : Double(clashingPairs) / Double(sharedPairs)
  }

  /// One line for `check.txt`.
  public var line: String {
    let percent = (clashingShare * 1000).rounded() / 10
    return "Students: \(groups) group(s), \(students) student(s); \(sharedPairs) pair(s) of "
      + "classes share students, \(clashingPairs) of them meet at the same time (\(percent)%); "
      + "\(studentsWithClash) student(s) have a clash"
  }

  /// - Complexity: O(meetings × duration + Σ over groups of classes² + slots × classes).
  static func of(_ c: CheckContext) -> StudentSummary? {
    let school = c.school
    guard !school.studentGroups.isEmpty else { return nil }
    var occupied: [ClassID: Set<Int>] = [:]
    for m in c.meetings { occupied[c.lesson(m).classID, default: []].formUnion(m.occupied) }
    func meetTogether(_ a: ClassID, _ b: ClassID) -> Bool {
      !(occupied[a] ?? []).isDisjoint(with: occupied[b] ?? [])
    }
    var pairs = Set<[String]>()
    var clashing = Set<[String]>()
    var affected = 0
    for g in school.studentGroups {
      var classes: [ClassID] = []
      for k in g.classes where !classes.contains(k) { classes.append(k) }
      var hit = false
      for i in classes.indices {
        for j in classes.indices where j > i {
          let key = [classes[i].raw, classes[j].raw].sorted()
          pairs.insert(key)
          if meetTogether(classes[i], classes[j]) {
            clashing.insert(key)
            hit = true
          }
        }
      }
      if hit { affected += max(0, g.students) }
    }
    return StudentSummary(
      groups: school.studentGroups.count,
      students: school.studentGroups.reduce(0) { $0 + max(0, $1.students) },
      sharedPairs: pairs.count, clashingPairs: clashing.count, studentsWithClash: affected)
  }
}
