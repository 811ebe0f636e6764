import CadreEngine
import CadreModel

/// Maps the search's dense answer back to the school's ids: which lesson and index each meeting
/// number is, and which teacher, room and slot each index names.
package struct NameTable: Sendable {
  package var cycle: Cycle
  package var lessonIDs: [LessonID]
  /// Per meeting (global numbering): the lesson index and the meeting's index in its lesson.
  package var meetingLesson: [Int]
  package var meetingIndex: [Int]
  package var teacherIDs: [TeacherID]
  package var roomIDs: [RoomID]

  /// The slot a dense slot number names.
  package func slot(_ s: Int) -> Slot {
    let p = max(1, cycle.periodCount)
    let d = max(1, cycle.dayCount)
    return Slot(week: s / (p * d), day: (s / p) % d, period: s % p)
  }

  /// The schedule an assignment describes, in lesson then index order. An unplaced meeting has
  /// neither start nor teacher nor room.
  package func decode(start: [Int32], teacher: [Int32], room: [Int32]) -> Schedule {
    var meetings: [Meeting] = []
    meetings.reserveCapacity(meetingLesson.count)
    for m in meetingLesson.indices {
      let s = m < start.count ? Int(start[m]) : -1
      let t = m < teacher.count ? Int(teacher[m]) : -1
      let r = m < room.count ? Int(room[m]) : -1
      let placed = s >= 0
      meetings.append(
        Meeting(
          lesson: lessonIDs[meetingLesson[m]], index: meetingIndex[m],
          start: placed ? cycle.ref(slot(s)) : nil,
          teacher: placed && t >= 0 && t < teacherIDs.count ? teacherIDs[t] : nil,
          room: placed && r >= 0 && r < roomIDs.count ? roomIDs[r] : nil))
    }
    return Schedule(meetings: meetings)
  }
}
