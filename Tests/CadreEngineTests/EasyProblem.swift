@testable import CadreEngine

/// Three classes, three teachers, each pair meeting three times, 5 days x 6 periods: a problem
/// every search should solve outright.
func easyProblem() -> Problem {
  var p = Problem()
  p.daysPerWeek = 5
  p.periodsPerDay = 6
  p.teacherCount = 3
  p.classCount = 3
  for c in 0..<3 {
    for t in 0..<3 {
      p.lessonClass.append(Int32(c))
      p.lessonDuration.append(1)
      p.lessonSubjectGroup.append(Int32(c * 3 + t))
      p.lessonMeetingCount.append(3)
      p.lessonCandidates.append([Int32(t)])
      p.lessonNeedsRoom.append(false)
      p.lessonRooms.append([])
      p.lessonPreferred.append([])
      p.lessonPinned.append([])
    }
  }
  return p
}
