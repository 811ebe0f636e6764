/// One period a section meets in a solved timetable (a double meeting is two), for
/// `cadre export --oneroster`'s `cadre-meetings.csv` (docs/ONEROSTER.md, "Export").
public struct SectionMeeting: Sendable, Equatable {
  public var lesson: LessonID
  public var classID: ClassID
  public var slot: Slot
  public var teacher: TeacherID?

  public init(lesson: LessonID, classID: ClassID, slot: Slot, teacher: TeacherID?) {
    self.lesson = lesson
    self.classID = classID
    self.slot = slot
    self.teacher = teacher
  }
}
