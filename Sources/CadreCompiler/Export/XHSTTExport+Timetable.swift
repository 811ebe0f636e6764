import CadreModel

extension XHSTTExport {
  /// A schedule of `school` (the school exported) as a timetable of the exported instance:
  /// one sub-event per meeting, of the meeting's whole duration, starting at the time of its
  /// start slot; a meeting the schedule leaves unplaced, names twice, starts on a slot the
  /// cycle does not have (or without a week in a multi-week cycle) or on a blocked slot (which
  /// has no time) has no time. A pinned
  /// meeting is at its pinned time whatever the schedule says (the archive preassigns it; a
  /// solution giving another time is invalid), so a schedule that breaks `pinned-moved` is
  /// not this timetable. Teachers and rooms are the archive's: export with
  /// `assignments: schedule` to have the schedule's.
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
        subEvents.append(
          XSubEvent(event: e, duration: instance.events[e].duration, start: start))
      }
    }
    return XTimetable(subEvents: subEvents)
  }
}
