import CadreModel

extension Rules {
  /// `unqualified-teacher`: 1 per placed meeting whose teacher is not among the lesson's
  /// candidates.
  static func unqualifiedTeacher(_ c: CheckContext) -> [Violation] {
    var out: [Violation] = []
    for m in c.meetings {
      guard m.isPlaced, let teacher = m.teacherID else { continue }
      let lesson = c.lesson(m)
      guard !candidates(of: lesson, c).contains(teacher) else { continue }
      let why: String
      if let fixed = lesson.teacher {
        why = "the lesson's teacher is \(fixed.raw)"
      } else if !lesson.candidates.isEmpty {
        why = "its candidates are " + lesson.candidates.map(\.raw).joined(separator: ", ")
      } else {
        let grade = c.classIndex[lesson.classID].flatMap { c.school.classes[$0].grade }
        why =
          "\(teacher.raw) does not teach \(lesson.subject)"
          + (grade.map { " to grade \($0)" } ?? "")
      }
      out.append(
        violation(
          "unqualified-teacher", 1, "\(c.name(m)) is taught by \(teacher.raw), but \(why)"))
    }
    return out
  }

  /// A lesson's candidates: `[teacher]` when set; else `candidates` when non-empty; else every
  /// teacher whose subjects are empty or contain the subject and whose grades are empty or
  /// contain the class's grade (a class without a grade passes any grades list).
  static func candidates(of lesson: Lesson, _ c: CheckContext) -> [TeacherID] {
    if let t = lesson.teacher { return [t] }
    if !lesson.candidates.isEmpty { return lesson.candidates }
    let grade = c.classIndex[lesson.classID].flatMap { c.school.classes[$0].grade }
    var out: [TeacherID] = []
    for t in c.school.teachers {
      let subjectOK = t.subjects.isEmpty || t.subjects.contains(lesson.subject)
      var gradeOK = true
      if let g = grade, !t.grades.isEmpty { gradeOK = t.grades.contains(g) }
      if subjectOK && gradeOK { out.append(t.id) }
    }
    return out
  }
}
