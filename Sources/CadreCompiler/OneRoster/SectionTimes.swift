import CadreModel

/// When each section meets in a solved timetable, as OneRoster can say it
/// (docs/ONEROSTER.md, "Export"): the names of the periods it meets in, and every meeting on
/// its day and period for `cadre-meetings.csv`.
public enum SectionTimes {
  /// Every period every scheduled meeting occupies (a double occupies two), in the order of
  /// the lessons and their meetings. Meetings without a start, or naming a lesson or slot the
  /// school lacks, are left out (the checker reports those).
  public static func occupied(_ school: School, _ schedule: Schedule) -> [SectionMeeting] {
    let lessons = Dictionary(school.lessons.map { ($0.id, $0) }) { a, _ in a }
    let cycle = school.cycle
    var out: [SectionMeeting] = []
    for m in schedule.meetings {
      guard let lesson = lessons[m.lesson], let start = m.start,
        let slot = cycle.resolve(start).first
      else { continue }
      for k in 0..<max(1, lesson.duration) where slot.period + k < cycle.periodCount {
        out.append(
          SectionMeeting(
            lesson: lesson.id, classID: lesson.classID,
            slot: Slot(week: slot.week, day: slot.day, period: slot.period + k),
            teacher: m.teacher ?? lesson.teacher))
      }
    }
    return out
  }

  /// Each class's period names (distinct, in the cycle's order), by class id, for the classes
  /// with at least one scheduled meeting.
  public static func periods(_ school: School, _ schedule: Schedule) -> [ClassID: [String]] {
    var used: [ClassID: Set<Int>] = [:]
    for o in occupied(school, schedule) { used[o.classID, default: []].insert(o.slot.period) }
    return used.mapValues { $0.sorted().map { school.cycle.periods[$0].name } }
  }
}
