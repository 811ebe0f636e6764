import CadreModel

extension Rules {
  /// `same-subject-twice`: per class, per cycle day, per subject, max(0, m − 1), m = meetings
  /// of that class in that subject starting that day.
  static func sameSubjectTwice(_ c: CheckContext) -> [Violation] {
    // (class, subject) pairs in lesson order, each with its placed meetings' start days and
    // teachers.
    var pairs: [(ClassID, String)] = []
    var days: [[(day: Int, teacher: TeacherID?)]] = []
    for m in c.meetings {
      let lesson = c.lesson(m)
      var p = pairs.firstIndex { $0.0 == lesson.classID && $0.1 == lesson.subject }
      if p == nil {
        pairs.append((lesson.classID, lesson.subject))
        days.append([])
        p = pairs.count - 1
      }
      if let s = m.start, let p { days[p].append((c.cycleDay(s), m.teacherID)) }
    }
    var out: [Violation] = []
    for (p, (k, subject)) in pairs.enumerated() {
      for cd in 0..<c.cycleDayCount {
        let here = days[p].filter { $0.day == cd }
        let n = here.count
        guard n > 1 else { continue }
        let times = n == 2 ? "twice" : "\(n) times"
        out.append(
          softViolation(
            "same-subject-twice", n - 1, "\(k.raw) has \(subject) \(times) on \(c.dayLabel(cd))",
            teachers: here.compactMap(\.teacher)))
      }
    }
    return out
  }
}
