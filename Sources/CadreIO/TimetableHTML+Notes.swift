import CadreModel

/// The lines under a grid: the load per week, the checker's per-teacher summary, what a
/// leader's release buys, unplaced meetings, and a legend of the cell shadings.
extension TimetableBook {
  func notes(_ owner: Owner, root: String) -> String {
    var lines: [String] = []
    let cycle = school.cycle
    func perWeek(_ count: (Int) -> Int, _ word: String) -> String {
      if cycle.weeks.count == 1 { return plural(count(0), word) + " a week" }
      return cycle.weeks.indices.map { w in
        (w == 0 ? plural(count(w), word) : String(count(w))) + " in week \(cycle.weeks[w])"
      }.joined(separator: ", ")
    }
    func periods(_ table: [String: [Slot: [GridCells.Cell]]], _ id: String) -> (Int) -> Int {
      { w in (table[id] ?? [:]).keys.filter { $0.week == w }.count }
    }
    var legend = ["lesson"]
    switch owner.kind {
    case .teacher:
      lines.append("Teaches " + perWeek(periods(byTeacher, owner.id), "period") + ".")
      if let s = summaries[owner.id] {
        lines.append("Checker (soft rules): \(s.phrase).")
      }
      if teamPlanning[owner.id] != nil { legend.append("plan") }
    case .schoolClass:
      lines.append("Meets " + perWeek(periods(byClass, owner.id), "period") + ".")
      var seen: [String] = []
      var teachers: [String: [String]] = [:]
      for c in (byClass[owner.id] ?? [:]).values.flatMap({ $0 }).sorted(by: {
        ($0.lessonIndex, $0.meeting.index) < ($1.lessonIndex, $1.meeting.index)
      }) {
        let subject = c.lesson.subject
        if !seen.contains(subject) { seen.append(subject) }
        let name = c.meeting.teacher.map { teacherNames[$0.raw] ?? $0.raw } ?? "no teacher"
        if !(teachers[subject] ?? []).contains(name) { teachers[subject, default: []].append(name) }
      }
      if !seen.isEmpty {
        lines.append(
          "Teachers: "
            + seen.map { "\($0) \((teachers[$0] ?? []).joined(separator: " and "))" }
            .joined(separator: "; ") + ".")
      }
    case .room:
      lines.append("In use " + perWeek(periods(byRoom, owner.id), "period") + ".")
    case .leader:
      lines += leaderNotes(owner.id)
      if let t = leaderRecord(owner.id)?.teacher, let s = summaries[t.raw] {
        lines.append("Checker (soft rules, as teacher \(t.raw)): \(s.phrase).")
      }
      legend += ["release", "observe", "planning"]
    }
    let mine = unplaced.filter { c in
      switch owner.kind {
      case .teacher: c.meeting.teacher?.raw == owner.id
      case .schoolClass: c.lesson.classID.raw == owner.id
      case .room: c.meeting.room?.raw == owner.id
      case .leader: c.meeting.teacher != nil && c.meeting.teacher == leaderRecord(owner.id)?.teacher
      }
    }
    if !mine.isEmpty {
      lines.append(
        "Not placed: "
          + mine.map { "\($0.lesson.subject) (\($0.lesson.id.raw) #\($0.meeting.index + 1))" }
          .joined(separator: ", ") + ".")
    }
    if !blockedSlots.isEmpty { legend.append("blocked") }
    if owner.kind == .leader || !unavailable(owner).isEmpty { legend.append("away") }
    var h = "<footer class=\"notes\">"
    for l in lines { h += "<p>\(esc(l))</p>" }
    h += "<p class=\"legend\">"
    for key in legend {
      h += "<span class=\"key \(key)\"></span>\(esc(Self.legendWords[key] ?? key)) "
    }
    h += "</p></footer>\n"
    return h
  }

  static let legendWords: [String: String] = [
    "lesson": "lesson (colour by subject)", "plan": "team common planning",
    "release": "released period", "observe": "observation window (team members teaching)",
    "planning": "common planning (whole team free)", "blocked": "blocked (lunch, assembly)",
    "away": "unavailable",
  ]
}
