import CadreModel

extension ICalendar {
  /// Files to write, relative to an output directory, with their content: "school.ics" (every
  /// coaching event), "leaders/<leader-id>.ics" (the events a leader leads) and
  /// "teachers/<teacher-id>.ics" (the events a teacher attends, without spot observations
  /// when `policy.announceSpotObservations` is false, and, given a `schedule` and
  /// the year's `days`, the teacher's lessons, weekly over the school year around closures,
  /// with the room as LOCATION: `ICalendarLessons`). A teaching leader's lessons are in the
  /// file of their teacher record.
  ///
  /// Every leader of the school and every member of a team gets a file, even an empty one (so
  /// a subscription made before the plan is filled keeps working), and so does anyone else an
  /// event names. Ids are sanitised for file names by `fileNames(_:)`. Paths are sorted:
  /// school, then leaders, then teachers. Each file equals `document` of its events, except
  /// that a debrief's summary may name an observation the file itself does not hold.
  /// - Complexity: O(n log n) to render the n events once, O(people x n) to pick each file's.
  public static func files(
    calendar: CoachingCalendar, school: School, stamp: String, schedule: Schedule? = nil,
    days: [ICalendarSchoolDay] = []
  ) -> [(path: String, content: String)] {
    // Each VEVENT is rendered once and shared by every file that holds it: a weekly series
    // groups huddles with the same leader and teachers, so a leader's or teacher's file holds
    // all of a series or none of it, exactly as `document` of the filtered events would.
    let events = sortedEvents(calendar.events)
    let context = ICalendarContext(school: school, stamp: stamp, events: events)
    let all = components(events, context)
    let lessons =
      schedule.map {
        ICalendarLessons.components(school: school, schedule: $0, days: days, context: context)
      } ?? []
    func file(
      _ path: String, _ name: String, _ parts: [Component], _ scope: (String, String)?,
      teaching: Bool = false
    ) -> (path: String, content: String) {
      let what = teaching ? "timetable and coaching" : "coaching"
      let title = "\(school.name): \(what)" + (name.isEmpty ? "" : ", \(name)")
      return (
        path,
        assemble(parts, school: school, context: context, calendarName: title, scope: scope)
      )
    }
    var out = [file("school.ics", "", all, nil)]
    var leaders = Set(school.leadership.leaders.map(\.id.raw))
    var teachers = Set(school.leadership.teams.flatMap { $0.members.map(\.raw) })
    for e in events {
      leaders.insert(e.leader.raw)
      for t in e.teachers { teachers.insert(t.raw) }
    }
    for l in lessons { for t in l.teachers { teachers.insert(t.raw) } }
    let leaderFiles = fileNames(leaders.sorted())
    for id in leaders.sorted() {
      out.append(
        file(
          "leaders/\(leaderFiles[id] ?? id).ics", context.leader(LeaderID(id)),
          all.filter { $0.leader?.raw == id }, ("LEADER", id)))
    }
    let teacherFiles = fileNames(teachers.sorted())
    for id in teachers.sorted() {
      let own = lessons.filter { $0.teachers.contains { $0.raw == id } }
      // Unannounced spot visits stay out of the observed teacher's file only; formal
      // observations and debriefs are always there.
      let announce = school.policy.announceSpotObservations
      let attends = all.filter { c in
        c.teachers.contains { $0.raw == id } && (announce || !c.spot)
      }
      let parts = (attends + own).sorted {
        ($0.first, $0.start, $0.key) < ($1.first, $1.start, $1.key)
      }
      out.append(
        file(
          "teachers/\(teacherFiles[id] ?? id).ics", context.teacher(TeacherID(id)), parts,
          ("TEACHER", id), teaching: !own.isEmpty))
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
