import CadreModel

extension XHSTTExport {
  /// A schedule of `school` (the school exported) as a timetable of the exported instance:
  /// one sub-event per meeting, of the meeting's whole duration, starting at the time of its
  /// start slot; a meeting the schedule leaves unplaced, names twice, starts on a slot the
  /// cycle does not have (or without a week in a multi-week cycle) or on a blocked slot (which
  /// has no time) has no time. A pinned
  /// meeting is at its pinned time whatever the schedule says (the archive preassigns it; a
  /// solution giving another time is invalid), so a schedule that breaks `pinned-moved` is
  /// not this timetable. Preassigned teachers and rooms are the archive's (export with
  /// `assignments: schedule` to have the schedule's); an open `Teacher` (`Room`) role gets
  /// the schedule's teacher (room) of a placed meeting, nil when it has none. For a meeting
  /// the schedule leaves unplaced, whose teacher and room Cadre does not score, it gets the
  /// lesson's choice (`SchoolXHSTTExporter.chosen`), else the first candidate: what
  /// costs nothing in AssignResource, PreferResources and AvoidSplitAssignments, which score
  /// every event, timed or not.
  /// - Complexity: O(schedule entries + meetings).
  public func timetable(for schedule: Schedule, school: School) -> XTimetable {
    var count: [String: Int] = [:]
    var first: [String: Meeting] = [:]
    for m in schedule.meetings {
      let key = "\(m.lesson.raw)\u{1}\(m.index)"
      count[key, default: 0] += 1
      if first[key] == nil { first[key] = m }
    }
    let cycle = school.cycle
    let (D, P) = (cycle.dayCount, cycle.periodCount)
    let chosen = SchoolXHSTTExporter.chosen(schedule)
    var subEvents: [XSubEvent] = []
    for (l, lesson) in school.lessons.enumerated() where l < events.count {
      for (i, e) in events[l].enumerated() where instance.events.indices.contains(e) {
        let key = "\(lesson.id.raw)\u{1}\(i)"
        var start = instance.events[e].time
        if start == nil, count[key] == 1, let ref = first[key]?.start,
          ref.week != nil || cycle.weekCount == 1
        {
          let slots = cycle.resolve(ref)
          if slots.count == 1 {
            let n = (slots[0].week * D + slots[0].day) * P + slots[0].period
            start = slotTimes.indices.contains(n) ? slotTimes[n] : nil
          }
        }
        let ev = instance.events[e]
        let placed = count[key] == 1 && first[key]?.start != nil
        // An unplaced or missing meeting: the lesson's choice, else its first candidate.
        let pick = placed ? chosen[key] : chosen[lesson.id.raw]
        let assigned = ev.openRoles.map { k -> Int? in
          switch ev.resources[k].role {
          case "Teacher":
            if let t = pick?.teacher, let r = teacherResources[t] { return r }
            return placed ? nil : teacherCandidates[safe: l]?.first
          case "Room":
            if let t = pick?.room, let r = roomResources[t] { return r }
            return placed ? nil : roomCandidates[safe: l]?.first
          default:
            return nil
          }
        }
        subEvents.append(
          XSubEvent(event: e, duration: ev.duration, start: start, assigned: assigned))
      }
    }
    return XTimetable(subEvents: subEvents)
  }
}

extension Array {
  fileprivate subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
