import CadreModel

/// What a teacher teaches, for `TeamFormer`: the grades (formation `grade`) or subjects
/// (formation `subject`) a teacher is matched on.
///
/// A teacher's own `grades` / `subjects` are used when listed (all equal, in file order).
/// Otherwise they come from the teacher's lessons: the lessons fixed on them (`teacher`), or,
/// when none is, the lessons they are a candidate for; a lesson gives its class's `grade` or
/// its `subject`, weighted by its periods (meetings × duration). Those keys come out most
/// periods first (ties by key), so a support teacher with 10 periods in grade 1 and 2 in
/// grade 2 prefers a grade-1 team.
struct FormationKeys {
  /// Per teacher: the keys, best first.
  let keys: [[String]]
  /// Per teacher: whether the keys came from lessons (then ranked) or the teacher's own list.
  let fromLessons: [Bool]

  /// - Complexity: O(lessons × candidates + teachers × keys log keys).
  init(_ school: School, _ formation: TeamFormation, _ facts: SchoolFacts) {
    let n = school.teachers.count
    var fixed = [[String: Int]](repeating: [:], count: n)
    var candidate = [[String: Int]](repeating: [:], count: n)
    for lesson in school.lessons {
      let key: String?
      switch formation {
      case .byGrade: key = facts.classIndex[lesson.classID].flatMap { school.classes[$0].grade }
      case .bySubject: key = lesson.subject
      }
      guard let key, !key.isEmpty else { continue }
      let periods = max(0, lesson.meetings).multipliedClamped(by: max(1, lesson.duration))
      if let t = lesson.teacher.flatMap({ facts.teacherIndex[$0] }) {
        fixed[t][key, default: 0] = fixed[t][key, default: 0].addingClamped(periods)
      }
      for c in lesson.candidates {
        guard let t = facts.teacherIndex[c] else { continue }
        candidate[t][key, default: 0] = candidate[t][key, default: 0].addingClamped(periods)
      }
    }
    var keys: [[String]] = []
    var fromLessons: [Bool] = []
    for (t, teacher) in school.teachers.enumerated() {
      let own = formation == .byGrade ? teacher.grades : teacher.subjects
      if !own.isEmpty {
        keys.append(own)
        fromLessons.append(false)
        continue
      }
      let weights = fixed[t].isEmpty ? candidate[t] : fixed[t]
      // Sorted, never iterated in dictionary order: the output must not depend on it.
      keys.append(
        weights.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.map(\.0))
      fromLessons.append(!weights.isEmpty)
    }
    self.keys = keys
    self.fromLessons = fromLessons
  }

  /// How strongly teacher t belongs to `key`: 0 for the first (or any own key), 1 for the
  /// second, ...; nil when t does not match it.
  func rank(_ t: Int, _ key: String) -> Int? {
    guard let i = keys[t].firstIndex(of: key) else { return nil }
    return fromLessons[t] ? i : 0
  }
}
