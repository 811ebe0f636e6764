import CadreModel

extension TeacherSummary {
  /// One summary per teacher of the school (first record of each id, in file order).
  /// - Complexity: O(teachers + Σ violation teachers).
  static func all(school: School, violations: [Violation]) -> [TeacherSummary] {
    var byTeacher: [TeacherID: [String: Int]] = [:]
    for v in violations where words.contains(where: { $0.rule == v.rule }) {
      for t in v.teachers {
        byTeacher[t, default: [:]][v.rule, default: 0] =
          saturatingAdd(byTeacher[t]?[v.rule] ?? 0, v.count)
      }
    }
    var seen = Set<TeacherID>()
    var out: [TeacherSummary] = []
    for t in school.teachers where seen.insert(t.id).inserted {
      let counts = words.compactMap { w -> Count? in
        guard let n = byTeacher[t.id]?[w.rule], n > 0 else { return nil }
        return Count(rule: w.rule, count: n)
      }
      out.append(TeacherSummary(teacher: t.id, name: t.name, counts: counts))
    }
    return out
  }
}
