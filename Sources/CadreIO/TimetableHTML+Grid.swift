import CadreModel

/// The grid of one week: rows are periods with their times, columns are days. A period that
/// is blocked on every day with one reason (lunch) is one thin row; a double lesson is one
/// cell spanning its periods.
extension TimetableBook {
  /// What one cell of one owner's grid shows.
  enum Content {
    case lessons([GridCells.Cell])
    case blocked(String)
    case away
    case release(LeaderRelease.Use)
    case planning([TeamID])
    case empty
  }

  /// The owner's slots they cannot be used in (their own unavailability).
  func unavailable(_ owner: Owner) -> Set<Slot> {
    let refs: [SlotRef] =
      switch owner.kind {
      case .teacher: school.teachers.first { $0.id.raw == owner.id }?.unavailable ?? []
      case .schoolClass: school.classes.first { $0.id.raw == owner.id }?.unavailable ?? []
      case .room: school.rooms.first { $0.id.raw == owner.id }?.unavailable ?? []
      case .leader: []
      }
    var out = Set<Slot>()
    for r in refs { for s in school.cycle.resolve(r) { out.insert(s) } }
    return out
  }

  func leaderRecord(_ id: String) -> Leader? {
    school.leadership.leaders.first { $0.id.raw == id }
  }

  func content(_ owner: Owner, _ slot: Slot, away: Set<Slot>) -> Content {
    switch owner.kind {
    case .teacher, .schoolClass, .room:
      let table =
        switch owner.kind {
        case .teacher: byTeacher
        case .schoolClass: byClass
        default: byRoom
        }
      if let cells = table[owner.id]?[slot], !cells.isEmpty { return .lessons(cells) }
      if blockedSlots.contains(slot) { return .blocked(blockReason(slot)) }
      if away.contains(slot) { return .away }
      if owner.kind == .teacher, let teams = teamPlanning[owner.id]?[slot] {
        return .planning(teams)
      }
      return .empty
    case .leader:
      if let t = leaderRecord(owner.id)?.teacher?.raw, let cells = byTeacher[t]?[slot],
        !cells.isEmpty
      {
        return .lessons(cells)
      }
      if blockedSlots.contains(slot) { return .blocked(blockReason(slot)) }
      guard let use = release[owner.id]?.slots.first(where: { $0.slot == slot }) else {
        return .empty
      }
      return use.state == .away ? .away : .release(use)
    }
  }

  func blockReason(_ slot: Slot) -> String {
    let reason = grid.blocked[slot] ?? ""
    return reason.isEmpty ? "Blocked" : reason
  }

  /// The table of one week.
  func table(_ owner: Owner, week w: Int, root: String) -> String {
    let cycle = school.cycle
    let away = unavailable(owner)
    let days = cycle.days.indices
    let periods = cycle.periods.indices
    let cells: [[Content]] = days.map { d in
      periods.map { p in content(owner, Slot(week: w, day: d, period: p), away: away) }
    }
    // Rows each cell spans: a meeting continuing from the period above is drawn by the cell
    // above (span 0 here).
    var span = [[Int]](repeating: [Int](repeating: 1, count: periods.count), count: days.count)
    for d in days {
      for p in periods.reversed() where p > 0 {
        if let a = single(cells[d][p - 1]), let b = single(cells[d][p]),
          a.lesson.id == b.lesson.id, a.meeting.index == b.meeting.index
        {
          span[d][p - 1] += span[d][p]
          span[d][p] = 0
        }
      }
    }
    var h = "<table class=\"grid\">"
    if cycle.weeks.count > 1 { h += "<caption>Week \(esc(cycle.weeks[w]))</caption>" }
    h += "<thead><tr><th class=\"corner\"></th>"
    for d in days { h += "<th>\(esc(cycle.days[d]))</th>" }
    h += "</tr></thead>\n<tbody>\n"
    for p in periods {
      let period = cycle.periods[p]
      let times = "\(period.start)–\(period.end)"
      // A period blocked on every day for one reason is drawn as one thin row.
      var reasons = Set<String>()
      var allBlocked = true
      for d in days {
        if case .blocked(let r) = cells[d][p] { reasons.insert(r) } else { allBlocked = false }
      }
      if allBlocked, reasons.count == 1, let reason = reasons.first {
        h += "<tr class=\"break\"><th class=\"period\"><b>\(esc(period.name))</b>"
        h += "<small>\(times)</small></th>"
        h += "<td colspan=\"\(cycle.days.count)\">\(esc(reason))</td></tr>\n"
        continue
      }
      h += "<tr><th class=\"period\"><b>\(esc(period.name))</b><small>\(times)</small></th>"
      for d in days where span[d][p] > 0 {
        h += cell(owner, cells[d][p], rows: span[d][p], root: root)
      }
      h += "</tr>\n"
    }
    h += "</tbody></table>\n"
    return h
  }

  /// The one cell a content holds, when it holds exactly one lesson meeting.
  func single(_ c: Content) -> GridCells.Cell? {
    if case .lessons(let cells) = c, cells.count == 1 { return cells[0] }
    return nil
  }

  func cell(_ owner: Owner, _ content: Content, rows: Int, root: String) -> String {
    let span = rows > 1 ? " rowspan=\"\(rows)\"" : ""
    switch content {
    case .empty:
      return "<td class=\"free\"\(span)></td>"
    case .blocked(let reason):
      return "<td class=\"blocked\"\(span)>\(esc(reason))</td>"
    case .away:
      return "<td class=\"away\"\(span)>Unavailable</td>"
    case .planning(let teams):
      let names = teams.map { teamNames[$0.raw] ?? $0.raw }.joined(separator: ", ")
      return "<td class=\"plan\"\(span) title=\"Common planning: every member of the team and "
        + "the leader are free (teams \(esc(teams.map(\.raw).joined(separator: ", "))))\">"
        + "<b>Team planning</b><span>\(esc(names))</span></td>"
    case .release(let use):
      return releaseCell(use, span: span)
    case .lessons(let cells):
      let clash = cells.count > 1
      var h = "<td class=\"lesson\(clash ? " clash" : "")\"\(span)"
      if !clash { h += " style=\"--hue:\(hue(cells[0].lesson.subject))\"" }
      h += " title=\"\(esc(cells.map(tooltip).joined(separator: "\n")))\">"
      if clash { h += "<i class=\"flag\">Clash</i>" }
      for c in cells { h += lines(owner.kind, c) }
      return h + "</td>"
    }
  }

  /// Subject, then the two other parties: a teacher sees class and room, a class teacher and
  /// room, a room class and teacher.
  func lines(_ kind: Kind, _ c: GridCells.Cell) -> String {
    let teacher = c.meeting.teacher.map { teacherNames[$0.raw] ?? $0.raw } ?? "no teacher"
    let klass = classNames[c.lesson.classID.raw] ?? c.lesson.classID.raw
    let room = c.meeting.room.map { roomNames[$0.raw] ?? $0.raw }
    var h = "<b>\(esc(subjectName(c.lesson.subject)))</b>"
    switch kind {
    case .teacher, .leader:
      h += "<span>\(esc(klass))</span>"
      if let room { h += "<span class=\"room\">\(esc(room))</span>" }
    case .schoolClass:
      h += "<span>\(esc(teacher))</span>"
      if let room { h += "<span class=\"room\">\(esc(room))</span>" }
    case .room:
      h += "<span>\(esc(klass))</span><span>\(esc(teacher))</span>"
    }
    return h
  }

  /// "Lesson 6A-english, meeting 2 of 8 · class 6A · teacher T01 · room R101".
  func tooltip(_ c: GridCells.Cell) -> String {
    var parts = [
      "Lesson \(c.lesson.id.raw), meeting \(c.meeting.index + 1) of \(c.lesson.meetings)",
      "class \(c.lesson.classID.raw)",
      "teacher \(c.meeting.teacher?.raw ?? "none")",
    ]
    if let r = c.meeting.room { parts.append("room \(r.raw)") }
    if c.lesson.duration > 1 { parts.append("\(c.lesson.duration) periods") }
    return parts.joined(separator: " · ")
  }

  /// A subject as a timetable shows it: "social-studies" reads "social studies".
  func subjectName(_ s: String) -> String {
    String(s.map { $0 == "-" || $0 == "_" ? " " : $0 })
  }

  /// A stable hue (0..<360) per subject: FNV-1a over its UTF-8, never Swift's seeded hash.
  func hue(_ subject: String) -> Int {
    var h: UInt32 = 2_166_136_261
    for b in subject.utf8 {
      h ^= UInt32(b)
      h = h &* 16_777_619
    }
    return Int(h % 360)
  }
}
