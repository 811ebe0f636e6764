import CadreModel

/// What a teacher teaches, for `TeamFormer`: the grades (formation `grade`) or subjects
/// (formation `subject`) a teacher is matched on.
///
/// A teacher's own `grades` / `subjects` are used when listed (all equal, in file order).
/// Otherwise they come from the teacher's lessons: the lessons fixed on them (`teacher`), or,
/// when none is, the lessons they are a candidate for; a lesson gives its class's `grade` or
/// its `subject`, weighted by its periods (meetings × duration). A key counts when it carries
/// at least a third of those periods (a specialist teaching six grades a little each matches
/// no grade team and goes by rule 4), and the keys come out most periods first (ties by key),
/// so a teacher with 6 periods in grade 1 and 4 in grade 2 prefers a grade-1 team.
struct FormationKeys {
  /// Per teacher: the keys, best first.
  let keys: [[String]]
  /// Per teacher: whether the keys came from lessons (then ranked) or the teacher's own list.
  let fromLessons: [Bool]
  /// Per teacher without a list of their own: every key of their lessons, sorted, for the
  /// diagnostics (those under a third of their periods are not in `keys`).
  let taught: [[String]]

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
    var taught: [[String]] = []
    for (t, teacher) in school.teachers.enumerated() {
      let own = formation == .byGrade ? teacher.grades : teacher.subjects
      if !own.isEmpty {
        keys.append(own)
        fromLessons.append(false)
        taught.append([])
        continue
      }
      let weights = fixed[t].isEmpty ? candidate[t] : fixed[t]
      let total = weights.values.reduce(0) { $0.addingClamped($1) }
      // Sorted, never iterated in dictionary order: the output must not depend on it. Only a
      // key with at least a third of the teacher's periods counts: a specialist who teaches
      // every grade a little belongs to no grade team.
      let strong = weights.map { ($0.key, $0.value) }.filter { 3 * $0.1 >= total }
      keys.append(strong.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.map(\.0))
      fromLessons.append(!weights.isEmpty)
      taught.append(weights.keys.sorted())
    }
    self.keys = keys
    self.fromLessons = fromLessons
    self.taught = taught
  }

  /// How strongly teacher t belongs to `key`: 0 for the first (or any own key), 1 for the
  /// second, ...; nil when t does not match it.
  func rank(_ t: Int, _ key: String) -> Int? {
    guard let i = keys[t].firstIndex(of: key) else { return nil }
    return fromLessons[t] ? i : 0
  }
}
