import CadreModel

extension ICalendar {
  /// Files to write, relative to an output directory, with their content: "school.ics" (every
  /// event), "leaders/<leader-id>.ics" (the events a leader leads) and
  /// "teachers/<teacher-id>.ics" (the events a teacher attends).
  ///
  /// Every leader of the school and every member of a team gets a file, even an empty one (so
  /// a subscription made before the plan is filled keeps working), and so does anyone else an
  /// event names. Ids are sanitised for file names by `fileNames(_:)`. Paths are sorted:
  /// school, then leaders, then teachers.
  /// - Complexity: O(people x events) to filter, plus one `document` per file.
  public static func files(
    calendar: CoachingCalendar, school: School, stamp: String
  ) -> [(path: String, content: String)] {
    let events = calendar.events
    var out: [(path: String, content: String)] = [
      (
        "school.ics",
        render(
          events: events, school: school, calendarName: "\(school.name): coaching",
          stamp: stamp)
      )
    ]
    let context = ICalendarContext(school: school, stamp: stamp, events: [])
    var leaders = Set(school.leadership.leaders.map(\.id.raw))
    var teachers = Set(school.leadership.teams.flatMap { $0.members.map(\.raw) })
    for e in events {
      leaders.insert(e.leader.raw)
      for t in e.teachers { teachers.insert(t.raw) }
    }
    let leaderFiles = fileNames(leaders.sorted())
    for id in leaders.sorted() {
      let name = context.leader(LeaderID(id))
      out.append(
        (
          "leaders/\(leaderFiles[id] ?? id).ics",
          render(
            events: events.filter { $0.leader.raw == id }, school: school,
            calendarName: "\(school.name): coaching, \(name)", stamp: stamp,
            scope: ("LEADER", id))
        ))
    }
    let teacherFiles = fileNames(teachers.sorted())
    for id in teachers.sorted() {
      let name = context.teacher(TeacherID(id))
      out.append(
        (
          "teachers/\(teacherFiles[id] ?? id).ics",
          render(
            events: events.filter { $0.teachers.contains { $0.raw == id } }, school: school,
            calendarName: "\(school.name): coaching, \(name)", stamp: stamp,
            scope: ("TEACHER", id))
        ))
    }
    return out
  }

  /// A file name (without extension) for each id: ASCII letters, digits, "-" and "_" are kept,
  /// every other character (dots and slashes included) becomes "_", and an empty name becomes
  /// "_". Names that then coincide, ignoring case (for case-insensitive file systems), get
  /// "-2", "-3", ... in the order of `ids`, so every id has its own file.
  static func fileNames(_ ids: [String]) -> [String: String] {
    var taken = Set<String>()
    var out: [String: String] = [:]
    for id in ids where out[id] == nil {
      var base = ""
      for u in id.unicodeScalars {
        let keep = u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u))
        base += keep || u == "-" || u == "_" ? String(u) : "_"
      }
      if base.isEmpty { base = "_" }
      var name = base
      var n = 1
      while taken.contains(name.lowercased()) {
        n += 1
        name = "\(base)-\(n)"
      }
      taken.insert(name.lowercased())
      out[id] = name
    }
    return out
  }
}
