import CadreModel

/// The `html/` folder of a run: printable timetables a school office hands out, as static
/// pages that open from a file (no script, no network, inline CSS).
///
/// - `index.html`: the school, the checker's verdict, and a link to every timetable;
/// - `teachers/<id>.html`, `classes/<id>.html`, `rooms/<id>.html`, `leaders/<id>.html`: one
///   timetable each, people and places by name (ids in a small column and in tooltips);
/// - `all-teachers.html`, `all-classes.html`, `all-rooms.html`, `all-leaders.html`: every
///   timetable of one kind in one file, one printed page each (A4 or Letter, landscape).
///
/// A grid has periods (with their times) as rows and days as columns; the weeks of an A/B
/// cycle stand side by side. Blocked periods (lunch, assembly) show their reason, unavailable
/// periods are hatched, a double lesson is one tall cell, two meetings in one cell are both
/// shown and marked as a clash. A leader's grid marks each released period with what it is
/// for, from the checker's own facts (`LeaderRelease`): the team members teaching then (an
/// observation window) and the teams all free then (common planning). A teacher's page ends
/// with their line of the checker's per-teacher summary.
///
/// The output is a function of its arguments: no clock, no randomness, school order
/// throughout. File names come from `ICalendar.fileNames`, as the .ics files' do.
public enum TimetableHTML {
  /// Every file of the folder, relative to it, in a fixed order.
  /// - Complexity: O(owners × slots + meetings × duration + leaders × slots × team size).
  public static func files(school: School, schedule: Schedule, facts: TimetableFacts)
    -> [(path: String, content: String)]
  {
    let book = TimetableBook(school: school, schedule: schedule, report: facts)
    var out: [(path: String, content: String)] = [("index.html", book.index())]
    for kind in TimetableBook.Kind.allCases {
      let owners = book.owners(kind)
      var sheets: [String] = []
      for owner in owners {
        let sheet = book.sheet(owner, root: "../")
        out.append(
          (
            "\(kind.folder)/\(owner.file).html",
            book.page(title: owner.title, body: sheet, root: "../")
          ))
        sheets.append(book.sheet(owner, root: ""))
      }
      out.append(
        (
          "all-\(kind.folder).html",
          book.page(
            title: "All \(kind.plural) timetables",
            body: sheets.isEmpty
              ? "<p class=\"empty\">This school has no \(kind.plural).</p>\n"
              : sheets.joined(), root: "")
        ))
    }
    return out
  }
}

/// Everything the pages need, resolved once: names by id, the occupied cells per owner, the
/// leaders' released periods, and the checker's per-teacher lines.
struct TimetableBook {
  enum Kind: CaseIterable {
    case teacher, schoolClass, room, leader

    var folder: String {
      switch self {
      case .teacher: "teachers"
      case .schoolClass: "classes"
      case .room: "rooms"
      case .leader: "leaders"
      }
    }

    var title: String {
      switch self {
      case .teacher: "Teacher"
      case .schoolClass: "Class"
      case .room: "Room"
      case .leader: "Leader"
      }
    }

    var plural: String {
      switch self {
      case .teacher: "teachers"
      case .schoolClass: "classes"
      case .room: "rooms"
      case .leader: "leaders"
      }
    }
  }

  /// One timetable: whose it is and under what file name.
  struct Owner {
    var kind: Kind
    var id: String
    var name: String
    var file: String
    var title: String { name == id ? "\(kind.title) \(id)" : "\(name) (\(id))" }
  }

  let school: School
  let report: TimetableFacts
  let grid: GridCells
  let blockedSlots: Set<Slot>
  var teacherNames: [String: String] = [:]
  var classNames: [String: String] = [:]
  var roomNames: [String: String] = [:]
  var leaderNames: [String: String] = [:]
  var teamNames: [String: String] = [:]
  /// Occupied cells by owner id, then slot, in `GridCells` order.
  var byTeacher: [String: [Slot: [GridCells.Cell]]] = [:]
  var byClass: [String: [Slot: [GridCells.Cell]]] = [:]
  var byRoom: [String: [Slot: [GridCells.Cell]]] = [:]
  var unplaced: [GridCells.Cell] { grid.unplaced }
  /// Released periods per leader id, from the checker.
  var release: [String: LeaderRelease] = [:]
  /// Slots that are common planning time for a teacher's team (from their leader's release).
  var teamPlanning: [String: [Slot: [TeamID]]] = [:]
  var summaries: [String: TeacherSummary] = [:]
  var files: [Kind: [String: String]] = [:]

  init(school: School, schedule: Schedule, report: TimetableFacts) {
    self.school = school
    self.report = report
    grid = GridCells(school, schedule)
    blockedSlots = school.cycle.blockedSlots
    func names(_ pairs: [(String, String)]) -> [String: String] {
      var out: [String: String] = [:]
      for (id, name) in pairs where out[id] == nil { out[id] = name.isEmpty ? id : name }
      return out
    }
    teacherNames = names(school.teachers.map { ($0.id.raw, $0.name) })
    classNames = names(school.classes.map { ($0.id.raw, $0.name) })
    roomNames = names(school.rooms.map { ($0.id.raw, $0.name) })
    leaderNames = names(school.leadership.leaders.map { ($0.id.raw, $0.name) })
    teamNames = names(school.leadership.teams.map { ($0.id.raw, $0.name) })
    for c in grid.cells {
      if let t = c.meeting.teacher?.raw {
        byTeacher[t, default: [:]][c.slot, default: []].append(c)
      }
      byClass[c.lesson.classID.raw, default: [:]][c.slot, default: []].append(c)
      if let r = c.meeting.room?.raw { byRoom[r, default: [:]][c.slot, default: []].append(c) }
    }
    for r in report.release {
      release[r.leader.raw] = r
      for use in r.slots {
        for team in use.planning {
          for m in school.leadership.teams.first(where: { $0.id == team })?.members ?? [] {
            teamPlanning[m.raw, default: [:]][use.slot, default: []].append(team)
          }
        }
      }
    }
    for s in report.teachers where summaries[s.teacher.raw] == nil { summaries[s.teacher.raw] = s }
    for kind in Kind.allCases {
      files[kind] = ICalendar.fileNames(rawIDs(kind))
    }
  }

  func rawIDs(_ kind: Kind) -> [String] {
    var seen = Set<String>()
    let all: [String] =
      switch kind {
      case .teacher: school.teachers.map(\.id.raw)
      case .schoolClass: school.classes.map(\.id.raw)
      case .room: school.rooms.map(\.id.raw)
      case .leader: school.leadership.leaders.map(\.id.raw)
      }
    return all.filter { seen.insert($0).inserted }
  }

  func owners(_ kind: Kind) -> [Owner] {
    rawIDs(kind).map { id in
      Owner(kind: kind, id: id, name: name(kind, id), file: files[kind]?[id] ?? id)
    }
  }

  func name(_ kind: Kind, _ id: String) -> String {
    let table =
      switch kind {
      case .teacher: teacherNames
      case .schoolClass: classNames
      case .room: roomNames
      case .leader: leaderNames
      }
    return table[id] ?? id
  }

  /// Relative link from a page at `root` to another owner's page.
  func link(_ kind: Kind, _ id: String, root: String) -> String? {
    guard let file = files[kind]?[id] else { return nil }
    return root + kind.folder + "/" + file + ".html"
  }

  // MARK: Page

  /// A whole HTML document around `body`.
  func page(title: String, body: String, root: String) -> String {
    var h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    h += "<title>\(esc(title)) · \(esc(school.name))</title>\n"
    h += "<style>\n" + TimetableHTML.css + "</style></head>\n<body>\n"
    h += "<nav class=\"nav\"><a href=\"\(root)index.html\">\(esc(school.name)): all timetables</a>"
    h += "</nav>\n"
    h += body
    h += "</body></html>\n"
    return h
  }

  /// One timetable as a printable sheet: heading, the grid of every week side by side, notes.
  func sheet(_ owner: Owner, root: String) -> String {
    var h = "<section class=\"sheet \(owner.kind.folder)\" id=\"\(esc(owner.file))\">\n"
    h += "<header><div class=\"school\">\(esc(school.name))</div>"
    h += "<h1>\(esc(owner.name))"
    if owner.name != owner.id { h += " <span class=\"id\">\(esc(owner.id))</span>" }
    h += "</h1><div class=\"what\">\(esc(subtitle(owner)))</div></header>\n"
    h += "<div class=\"weeks weeks-\(school.cycle.weeks.count)\">\n"
    for w in school.cycle.weeks.indices { h += table(owner, week: w, root: root) }
    h += "</div>\n"
    h += notes(owner, root: root)
    h += "</section>\n"
    return h
  }

  /// "Teacher · english, science · Team STEM (leader Uma Patel)".
  func subtitle(_ owner: Owner) -> String {
    var parts = [owner.kind.title]
    switch owner.kind {
    case .teacher:
      if let t = school.teachers.first(where: { $0.id.raw == owner.id }) {
        if !t.subjects.isEmpty { parts.append(t.subjects.joined(separator: ", ")) }
        if t.coverage { parts.append("coverage position") }
      }
      for team in school.leadership.teams where team.members.contains(where: { $0.raw == owner.id })
      {
        parts.append(
          "team \(teamNames[team.id.raw] ?? team.id.raw) (leader "
            + "\(leaderNames[team.leader.raw] ?? team.leader.raw))")
      }
      if let l = school.leadership.leaders.first(where: { $0.teacher?.raw == owner.id }) {
        parts.append("also leader \(leaderNames[l.id.raw] ?? l.id.raw) (\(l.id.raw))")
      }
    case .schoolClass:
      if let k = school.classes.first(where: { $0.id.raw == owner.id }) {
        if let g = k.grade { parts.append("grade \(g)") }
        if let n = k.students { parts.append("\(n) students") }
        if let r = k.homeRoom { parts.append("home room \(roomNames[r.raw] ?? r.raw)") }
      }
    case .room:
      if let r = school.rooms.first(where: { $0.id.raw == owner.id }) {
        parts.append(r.kind)
        if let c = r.capacity { parts.append("\(c) seats") }
      }
    case .leader:
      parts = leaderSubtitle(owner.id)
    }
    return parts.joined(separator: " · ")
  }

  func esc(_ s: String) -> String { Markup.escape(s) }
}
