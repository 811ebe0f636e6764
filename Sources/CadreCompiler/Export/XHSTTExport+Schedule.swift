import CadreModel

extension XHSTTExport {
  /// A timetable of the exported instance back as a schedule of `school` (the school
  /// exported): the inverse of `timetable(for:school:)`. Meeting i of lesson l is event
  /// `events[l][i]`; its start is the slot of its first sub-event's start time (none when
  /// that sub-event has no time, or a time no slot has), its teacher and room the event's
  /// preassigned `Teacher` and `Room` resources or, for open roles, what the sub-event
  /// gives them.
  /// - Complexity: O(sub-events + meetings + slots).
  public func schedule(from timetable: XTimetable, school: School) -> Schedule {
    var first: [Int: XSubEvent] = [:]
    for sub in timetable.subEvents where first[sub.event] == nil { first[sub.event] = sub }
    var slotOfTime: [Int: Int] = [:]
    for (n, t) in slotTimes.enumerated() {
      if let t, slotOfTime[t] == nil { slotOfTime[t] = n }
    }
    var teacherOf: [Int: TeacherID] = [:]
    for (id, r) in teacherResources where teacherOf[r] == nil { teacherOf[r] = id }
    var roomOf: [Int: RoomID] = [:]
    for (id, r) in roomResources where roomOf[r] == nil { roomOf[r] = id }
    let cycle = school.cycle
    let (D, P) = (cycle.dayCount, cycle.periodCount)
    var meetings: [Meeting] = []
    for (l, lesson) in school.lessons.enumerated() where l < events.count {
      for (i, e) in events[l].enumerated() where instance.events.indices.contains(e) {
        let ev = instance.events[e]
        let sub = first[e]
        var start: SlotRef?
        if let t = sub?.start ?? ev.time, let n = slotOfTime[t] {
          start = cycle.ref(Slot(week: n / (D * P), day: n / P % D, period: n % P))
        }
        var teacher: TeacherID?
        var room: RoomID?
        var open = 0
        for res in ev.resources {
          var r = res.resource
          if r == nil {
            r = sub.flatMap { open < $0.assigned.count ? $0.assigned[open] : nil }
            open += 1
          }
          guard let r else { continue }
          if res.role == "Teacher" { teacher = teacher ?? teacherOf[r] }
          if res.role == "Room" { room = room ?? roomOf[r] }
        }
        meetings.append(
          Meeting(lesson: lesson.id, index: i, start: start, teacher: teacher, room: room))
      }
    }
    return Schedule(meetings: meetings)
  }
}
