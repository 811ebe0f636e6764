import CadreModel

/// Per-teacher, per-class and per-room timetables of a schedule, as aligned text for printing
/// and as CSV for spreadsheets.
///
/// Text: one block per teacher (or class) in school order; rows are periods with their times,
/// columns are days, one table per cycle week when the cycle has several weeks. A teacher's
/// cell reads "3A math R101" (class, subject, room), a class's cell "T-ANA math R101"
/// (teacher, subject, room), a room's "3A math T-ANA" (class, subject, teacher); a double lesson fills both of its periods; a blocked slot shows
/// its reason in parentheses; two meetings in one cell are joined by " + " so a clash is
/// visible. Meetings without a slot are listed under the table.
///
/// CSV (RFC 4180: CRLF line ends, fields with `,` `"` CR or LF quoted, quotes doubled): one row
/// per (owner, week, day, period) occupied by a meeting, sorted by owner in school order, then
/// slot, then lesson order and meeting index.
///
/// Entries the checker treats as malformed are shown the way it counts them: entries of unknown
/// lessons or indices and repeated entries are left out, starts that do not name one slot of
/// the cycle are listed as unplaced, and teachers the school does not list get no grid.
public enum Grids {
  public static func teacherText(_ school: School, _ schedule: Schedule) -> String {
    let grid = GridCells(school, schedule)
    return text(
      school, grid, kind: "Teacher",
      owners: school.teachers.map { ($0.id.raw, $0.name) },
      owner: { $0.meeting.teacher?.raw },
      cell: { c in c.lesson.classID.raw + " " + c.lesson.subject + roomSuffix(c.meeting) })
  }

  public static func classText(_ school: School, _ schedule: Schedule) -> String {
    let grid = GridCells(school, schedule)
    return text(
      school, grid, kind: "Class",
      owners: school.classes.map { ($0.id.raw, $0.name) },
      owner: { $0.lesson.classID.raw },
      cell: { c in (c.meeting.teacher?.raw ?? "?") + " " + c.lesson.subject + roomSuffix(c.meeting)
      }
    )
  }

  /// One block per room of the school, in school order; meetings without a room are not shown.
  public static func roomText(_ school: School, _ schedule: Schedule) -> String {
    let grid = GridCells(school, schedule)
    return text(
      school, grid, kind: "Room",
      owners: school.rooms.map { ($0.id.raw, $0.name) },
      owner: { $0.meeting.room?.raw },
      cell: { c in
        c.lesson.classID.raw + " " + c.lesson.subject + " " + (c.meeting.teacher?.raw ?? "?")
      })
  }

  public static func roomCSV(_ school: School, _ schedule: Schedule) -> String {
    let grid = GridCells(school, schedule)
    return csv(
      school, grid, header: "room", other: "class",
      owners: school.rooms.map(\.id.raw), owner: { $0.meeting.room?.raw },
      otherValue: { $0.lesson.classID.raw },
      last: ("teacher", { $0.meeting.teacher?.raw ?? "" }))
  }

  public static func teacherCSV(_ school: School, _ schedule: Schedule) -> String {
    let grid = GridCells(school, schedule)
    return csv(
      school, grid, header: "teacher", other: "class",
      owners: school.teachers.map(\.id.raw), owner: { $0.meeting.teacher?.raw },
      otherValue: { $0.lesson.classID.raw })
  }

  public static func classCSV(_ school: School, _ schedule: Schedule) -> String {
    let grid = GridCells(school, schedule)
    return csv(
      school, grid, header: "class", other: "teacher",
      owners: school.classes.map(\.id.raw), owner: { $0.lesson.classID.raw },
      otherValue: { $0.meeting.teacher?.raw ?? "" })
  }

  /// One CSV field, quoted when RFC 4180 requires it. A field that a spreadsheet would run as
  /// a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a
  /// plain number) gets a leading `'` and quotes, as OWASP's CSV-injection advice says, so an
  /// id such as `=HYPERLINK(...)` is shown as text, never evaluated.
  public static func csvField(_ s: String) -> String {
    var s = s
    if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
      !isPlainNumber(s)
    {
      s = "'" + s
      return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return s }
    return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
  }

  /// "-3", "+2.5", "-1e3": numbers a spreadsheet reads as numbers, not formulas.
  static func isPlainNumber(_ s: String) -> Bool {
    s.count <= 32 && Double(s) != nil
      && s.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
  }

  // MARK: Text

  private static func roomSuffix(_ m: Meeting) -> String { m.room.map { " " + $0.raw } ?? "" }

  private static func text(
    _ school: School, _ grid: GridCells, kind: String, owners: [(String, String)],
    owner: (GridCells.Cell) -> String?, cell: (GridCells.Cell) -> String
  ) -> String {
    let cycle = school.cycle
    var byOwner: [String: [GridCells.Cell]] = [:]
    for c in grid.cells {
      if let o = owner(c) { byOwner[o, default: []].append(c) }
    }
    var unplacedByOwner: [String: [GridCells.Cell]] = [:]
    for c in grid.unplaced {
      if let o = owner(c) { unplacedByOwner[o, default: []].append(c) }
    }
    var blocks: [String] = []
    var seen = Set<String>()
    for (id, name) in owners where seen.insert(id).inserted {
      var lines = ["\(kind) \(id)" + (name.isEmpty ? "" : " (\(name))")]
      var texts: [Slot: [String]] = [:]
      for c in byOwner[id] ?? [] { texts[c.slot, default: []].append(cell(c)) }
      for w in cycle.weeks.indices {
        if cycle.weeks.count > 1 { lines.append("Week \(cycle.weeks[w])") }
        var rows: [[String]] = [["", ""] + cycle.days]
        for (p, period) in cycle.periods.enumerated() {
          var row = [period.name, "\(period.start)-\(period.end)"]
          for d in cycle.days.indices {
            let slot = Slot(week: w, day: d, period: p)
            if let t = texts[slot] {
              row.append(t.joined(separator: " + "))
            } else if let reason = grid.blocked[slot] {
              row.append("(" + (reason.isEmpty ? "blocked" : reason) + ")")
            } else {
              row.append("")
            }
          }
          rows.append(row)
        }
        lines += aligned(rows)
      }
      let unplaced = (unplacedByOwner[id] ?? []).map {
        "\($0.lesson.id.raw) #\($0.meeting.index + 1)"
      }
      if !unplaced.isEmpty { lines.append("Unplaced: " + unplaced.joined(separator: ", ")) }
      blocks.append(lines.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// Rows as columns padded to their widest cell, two spaces apart, trailing spaces trimmed.
  private static func aligned(_ rows: [[String]]) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows { for (i, s) in row.enumerated() { widths[i] = max(widths[i], s.count) } }
    return rows.map { row in
      var line = ""
      for (i, s) in row.enumerated() {
        line += s
        if i + 1 < row.count { line += String(repeating: " ", count: widths[i] - s.count + 2) }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  // MARK: CSV

  private static func csv(
    _ school: School, _ grid: GridCells, header: String, other: String, owners: [String],
    owner: (GridCells.Cell) -> String?, otherValue: (GridCells.Cell) -> String,
    last: (header: String, value: (GridCells.Cell) -> String) = (
      "room", { $0.meeting.room?.raw ?? "" }
    )
  ) -> String {
    let cycle = school.cycle
    var byOwner: [String: [GridCells.Cell]] = [:]
    for c in grid.cells {
      if let o = owner(c) { byOwner[o, default: []].append(c) }
    }
    var lines = ["\(header),week,day,period,start,end,lesson,\(other),subject,\(last.header)"]
    var seen = Set<String>()
    for id in owners where seen.insert(id).inserted {
      for c in byOwner[id] ?? [] {
        let period = cycle.periods[c.slot.period]
        let fields = [
          id, cycle.weeks[c.slot.week], cycle.days[c.slot.day], period.name,
          period.start.description, period.end.description, c.lesson.id.raw, otherValue(c),
          c.lesson.subject, last.value(c),
        ]
        lines.append(fields.map(csvField).joined(separator: ","))
      }
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }
}

/// The occupied slots of a schedule resolved against its school, in a fixed order: slot, then
/// the lesson's place in the school, then meeting index.
struct GridCells {
  struct Cell {
    var slot: Slot
    var lessonIndex: Int
    var lesson: Lesson
    var meeting: Meeting
  }

  /// One cell per occupied (meeting, period), sorted.
  var cells: [Cell] = []
  /// Meetings of known lessons without a start that names one slot, in lesson order then
  /// index (their `slot` is unused).
  var unplaced: [Cell] = []
  /// Blocked slots with their reason ("" when none was given).
  var blocked: [Slot: String] = [:]

  /// - Complexity: O(m log m) for m occupied cells.
  init(_ school: School, _ schedule: Schedule) {
    let cycle = school.cycle
    var lessonIndex: [LessonID: Int] = [:]
    for (i, l) in school.lessons.enumerated() where lessonIndex[l.id] == nil {
      lessonIndex[l.id] = i
    }
    for b in cycle.blocked {
      for s in cycle.resolve(b.slot) where blocked[s] == nil { blocked[s] = b.reason }
    }
    var seen = Set<String>()
    for m in schedule.meetings {
      // As the checker does: entries of unknown lessons or out-of-range indices are ignored,
      // a repeated (lesson, index) entry is ignored after the first, and a start that does not
      // name one slot of the cycle (unknown names, no week in a multi-week cycle) is unplaced.
      guard let li = lessonIndex[m.lesson], (0..<school.lessons[li].meetings).contains(m.index),
        seen.insert(m.lesson.raw + "#" + String(m.index)).inserted
      else { continue }
      let lesson = school.lessons[li]
      let resolved = m.start.map { cycle.resolve($0) } ?? []
      guard resolved.count == 1, let first = resolved.first else {
        unplaced.append(
          Cell(slot: Slot(day: 0, period: 0), lessonIndex: li, lesson: lesson, meeting: m))
        continue
      }
      let end = min(cycle.periodCount, first.period + max(1, lesson.duration))
      for p in first.period..<max(first.period, end) {
        cells.append(
          Cell(
            slot: Slot(week: first.week, day: first.day, period: p), lessonIndex: li,
            lesson: lesson,
            meeting: m))
      }
    }
    cells.sort { a, b in
      if a.slot != b.slot { return a.slot < b.slot }
      if a.lessonIndex != b.lessonIndex { return a.lessonIndex < b.lessonIndex }
      return a.meeting.index < b.meeting.index
    }
    unplaced.sort { a, b in
      (a.lessonIndex, a.meeting.index) < (b.lessonIndex, b.meeting.index)
    }
  }
}

extension String {
  /// Every occurrence of `target` replaced (Foundation-free).
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
    return out
  }
}
