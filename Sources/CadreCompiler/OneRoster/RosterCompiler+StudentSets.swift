import CadreModel

extension RosterCompiler {
  /// Students grouped by the exact set of sections they attend: one `StudentGroup` per
  /// distinct set of two or more sections (ids `sg-1`, `sg-2`, ...), ordered by the sections
  /// (in `sections` order), so the result is the same on every run. Also counts the students
  /// and the pairs of sections that share at least one student.
  /// - Complexity: O(enrollments + sets × sections² per set).
  static func studentSets(_ sections: [String], _ studentsOf: [String: [String]]) -> (
    groups: [StudentGroup], students: Int, pairs: Int
  ) {
    let position = Dictionary(sections.enumerated().map { ($1, $0) }) { a, _ in a }
    var attends: [String: [Int]] = [:]
    var order: [String] = []
    for s in sections {
      for student in studentsOf[s] ?? [] {
        if attends[student] == nil { order.append(student) }
        attends[student, default: []].append(position[s] ?? 0)
      }
    }
    var count: [[Int]: Int] = [:]
    for student in order {
      let set = (attends[student] ?? []).sorted()
      count[set, default: 0] += 1
    }
    var pairs = Set<Int>()
    let n = sections.count
    for set in count.keys where set.count >= 2 {
      for a in set.indices {
        for b in set.indices where b > a { pairs.insert(set[a] * n + set[b]) }
      }
    }
    let sets = count.filter { $0.key.count >= 2 }.sorted {
      $0.key.lexicographicallyPrecedes($1.key)
    }
    let groups = sets.enumerated().map { k, set in
      StudentGroup(
        id: StudentGroupID("sg-\(k + 1)"), students: set.value,
        classes: set.key.map { ClassID(sections[$0]) })
    }
    return (groups, order.count, pairs.count)
  }
}
