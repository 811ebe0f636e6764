import CadreModel

extension CheckContext {
  /// Matches schedule entries to the school's meetings. Entries naming an unknown lesson or
  /// an index out of range are reported and ignored; a meeting with several entries, or whose
  /// one entry names an unknown slot, teacher or room, is reported and left unplaced.
  /// - Complexity: O(entries + meetings × duration).
  static func resolveMeetings(
    school: School, schedule: Schedule, teacherIndex: [TeacherID: Int], roomIndex: [RoomID: Int]
  ) -> (meetings: [CheckedMeeting], malformed: [Violation]) {
    let cycle = school.cycle
    let lessonIndex = firstIndex(school.lessons.map(\.id))
    var malformed: [Violation] = []
    func report(_ rule: String, _ message: String) {
      malformed.append(Violation(rule: rule, hard: true, count: 1, message: message))
    }

    var entries: [MeetingKey: [Int]] = [:]
    for (e, entry) in schedule.meetings.enumerated() {
      guard let l = lessonIndex[entry.lesson] else {
        report(
          "unknown-lesson",
          "The schedule names lesson '\(entry.lesson.raw)' (index \(entry.index)), which is "
            + "not in the school")
        continue
      }
      let lesson = school.lessons[l]
      guard entry.index >= 0 && entry.index < lesson.meetings else {
        report(
          "unknown-lesson",
          "The schedule names \(lesson.id.raw) (index \(entry.index)), but it meets "
            + "\(lesson.meetings) times (indices start at 0)")
        continue
      }
      entries[MeetingKey(lesson: lesson.id, index: entry.index), default: []].append(e)
    }

    var meetings: [CheckedMeeting] = []
    for (l, lesson) in school.lessons.enumerated() {
      // Entries of a lesson with a duplicate id belong to its first record only.
      let owns = lessonIndex[lesson.id] == l
      for i in 0..<max(0, lesson.meetings) {
        var m = CheckedMeeting(
          lesson: l, index: i, start: nil, teacherID: nil, teacher: nil, room: nil, occupied: [])
        let list = owns ? entries[MeetingKey(lesson: lesson.id, index: i)] ?? [] : []
        let name = "\(lesson.id.raw) (index \(i))"
        if list.count > 1 {
          malformed.append(
            Violation(
              rule: "duplicate-meeting", hard: true, count: list.count - 1,
              message: "\(name) appears \(list.count) times in the schedule"))
        }
        var valid = true
        var start: Int?
        for e in list {
          let entry = schedule.meetings[e]
          if let ref = entry.start {
            start = resolveStart(ref, in: cycle)
            if start == nil {
              valid = false
              let week = ref.week.map { "week \($0) " } ?? ""
              report(
                "unknown-slot",
                "\(name) starts on \(week)\(ref.day) \(ref.period), which is not a slot of the "
                  + "cycle" + (ref.week == nil && cycle.weeks.count > 1 ? " (no week given)" : ""))
            }
          }
          if let t = entry.teacher, teacherIndex[t] == nil {
            valid = false
            report("unknown-teacher", "\(name) names teacher '\(t.raw)', who is not in the school")
          }
          if let r = entry.room, roomIndex[r] == nil {
            valid = false
            report("unknown-room", "\(name) names room '\(r.raw)', which is not in the school")
          }
        }
        if list.count == 1, valid, let s = start {
          let entry = schedule.meetings[list[0]]
          m.start = s
          m.teacherID = entry.teacher
          m.teacher = entry.teacher.flatMap { teacherIndex[$0] }
          m.room = entry.room.flatMap { roomIndex[$0] }
          let p = s % cycle.periods.count
          let length = max(0, min(lesson.duration, cycle.periods.count))
          let end = min(p + length, cycle.periods.count)
          m.occupied = (p..<end).map { s - p + $0 }
        }
        meetings.append(m)
      }
    }
    return (meetings, malformed)
  }

  /// The previous schedule's start and teacher per meeting (first entry wins; an entry
  /// without a resolvable start counts as unplaced, without a teacher).
  static func previousMeetings(_ schedule: Schedule, school: School) -> [MeetingKey:
    PreviousMeeting]
  {
    var out: [MeetingKey: PreviousMeeting] = [:]
    for entry in schedule.meetings {
      let key = MeetingKey(lesson: entry.lesson, index: entry.index)
      guard out[key] == nil else { continue }
      let start = entry.start.flatMap { resolveStart($0, in: school.cycle) }
      out[key] = PreviousMeeting(start: start, teacher: start == nil ? nil : entry.teacher)
    }
    return out
  }
}
