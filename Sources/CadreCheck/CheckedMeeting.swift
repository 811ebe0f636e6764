import CadreModel

/// One meeting of one lesson of the school (every lesson has `meetings` of them), as the
/// schedule places it. A meeting whose schedule entry is missing or malformed is unplaced.
struct CheckedMeeting {
  /// Index into `school.lessons`.
  var lesson: Int
  /// The meeting's index, 0..<lesson.meetings.
  var index: Int
  /// The start slot number, nil when unplaced.
  var start: Int?
  /// The teacher id as the schedule names it (known to the school), nil when unplaced or none.
  var teacherID: TeacherID?
  /// Index into `school.teachers` of `teacherID`.
  var teacher: Int?
  /// Index into `school.rooms`, nil when unplaced or none.
  var room: Int?
  /// Slot numbers of the periods the meeting occupies that exist (empty when unplaced).
  var occupied: [Int]

  var isPlaced: Bool { start != nil }
}
