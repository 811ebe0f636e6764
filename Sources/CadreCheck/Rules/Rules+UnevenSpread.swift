import CadreModel

extension Rules {
  /// `uneven-spread`: per lesson with m ≥ 2 placed meetings, g = ⌊cycleDays / m⌋; with the
  /// placed meetings' cycle days sorted as d₁ ≤ … ≤ dₘ, Σ max(0, g − (dᵢ₊₁ − dᵢ)).
  static func unevenSpread(_ c: CheckContext) -> [Violation] {
    var byLesson = [[Int]](repeating: [], count: c.school.lessons.count)
    var teachers = [[TeacherID]](repeating: [], count: c.school.lessons.count)
    for m in c.meetings {
      guard let s = m.start else { continue }
      byLesson[m.lesson].append(c.cycleDay(s))
      if let t = m.teacherID { teachers[m.lesson].append(t) }
    }
    var out: [Violation] = []
    for (l, unsorted) in byLesson.enumerated() where unsorted.count >= 2 {
      let d = unsorted.sorted()
      let g = c.cycleDayCount / d.count
      var short = 0
      for i in 0..<(d.count - 1) { short += excess(g, over: d[i + 1] - d[i]) }
      guard short > 0 else { continue }
      out.append(
        softViolation(
          "uneven-spread", short,
          "\(c.school.lessons[l].id.raw) meets on "
            + d.map { c.dayLabel($0) }.joined(separator: ", ")
            + "; meetings should be \(plural(g, "day")) apart (short by \(short))",
          teachers: teachers[l]))
    }
    return out
  }
}
