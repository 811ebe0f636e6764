import CadreModel

/// `index.html`: the checker's verdict, the files of the run, and one table per kind of
/// timetable with a link to each.
extension TimetableBook {
  func index() -> String {
    var h = "<main class=\"index\">\n<h1>\(esc(school.name))</h1>\n"
    let cost = report.cost
    if report.isFeasible {
      h +=
        "<p class=\"verdict ok\">The schedule holds every hard rule. Soft cost "
        + "\(cost.soft): the weighted count of gaps, late periods, repeated subjects and other "
        + "preferences (lower is better; see <a href=\"../check.txt\">check.txt</a>).</p>\n"
    } else {
      h +=
        "<p class=\"verdict no\">The schedule breaks \(cost.hard) hard rule unit"
        + "\(cost.hard == 1 ? "" : "s"); see <a href=\"../check.txt\">check.txt</a>.</p>\n"
    }
    h += "<p class=\"files\">Print: "
    h += TimetableBook.Kind.allCases.map {
      "<a href=\"all-\($0.folder).html\">every \($0.title.lowercased()) timetable</a>"
    }.joined(separator: " · ")
    h += " (one page each). Also in this run: "
    h += [
      "check.txt", "check-all.txt", "teachers.csv", "classes.csv", "rooms.csv", "budget.txt",
    ].map { "<a href=\"../\($0)\">\($0)</a>" }.joined(separator: " · ")
    h += ".</p>\n"

    h += section(
      .leader, header: ["Leader", "Id", "Role and teams", "Released periods a week"],
      row: { o in
        let r = release[o.id]
        let free = school.cycle.weeks.indices.map { String(r?.free(week: $0) ?? 0) }
        return [
          leaderSubtitle(o.id).dropFirst().joined(separator: " · "), free.joined(separator: " / "),
        ]
      })
    h += section(
      .teacher, header: ["Teacher", "Id", "Subjects", "Periods a week", "Checker (soft rules)"],
      row: { o in
        let t = school.teachers.first { $0.id.raw == o.id }
        let taught = school.cycle.weeks.indices.map { w in
          String((byTeacher[o.id] ?? [:]).keys.filter { $0.week == w }.count)
        }
        return [
          t?.subjects.joined(separator: ", ") ?? "", taught.joined(separator: " / "),
          summaries[o.id]?.phrase ?? "",
        ]
      })
    h += section(
      .schoolClass, header: ["Class", "Id", "Grade", "Periods a week"],
      row: { o in
        let k = school.classes.first { $0.id.raw == o.id }
        let meets = school.cycle.weeks.indices.map { w in
          String((byClass[o.id] ?? [:]).keys.filter { $0.week == w }.count)
        }
        return [k?.grade ?? "", meets.joined(separator: " / ")]
      })
    h += section(
      .room, header: ["Room", "Id", "Kind", "Periods in use a week"],
      row: { o in
        let r = school.rooms.first { $0.id.raw == o.id }
        let used = school.cycle.weeks.indices.map { w in
          String((byRoom[o.id] ?? [:]).keys.filter { $0.week == w }.count)
        }
        return [r?.kind ?? "", used.joined(separator: " / ")]
      })
    if school.cycle.weeks.count > 1 {
      h +=
        "<p class=\"files\">Figures for weeks "
        + esc(school.cycle.weeks.joined(separator: " / ")) + ".</p>\n"
    }
    h += "</main>\n"
    return page(title: "All timetables", body: h, root: "")
  }

  /// One table: a linked name, the id, then `row`'s cells.
  func section(_ kind: Kind, header: [String], row: (Owner) -> [String]) -> String {
    let owners = owners(kind)
    guard !owners.isEmpty else { return "" }
    let title = kind.plural.prefix(1).uppercased() + kind.plural.dropFirst()
    var h = "<h2>\(esc(title)) <small>(\(owners.count))</small></h2>\n"
    h += "<table class=\"list\"><thead><tr>"
    for (i, c) in header.enumerated() {
      h += "<th\(i == 1 ? " class=\"idcol\"" : "")>\(esc(c))</th>"
    }
    h += "</tr></thead><tbody>\n"
    for o in owners {
      let href = link(kind, o.id, root: "") ?? "#"
      h += "<tr><td><a href=\"\(esc(href))\">\(esc(o.name))</a></td>"
      h += "<td class=\"idcol\">\(esc(o.id))</td>"
      for c in row(o) { h += "<td>\(esc(c))</td>" }
      h += "</tr>\n"
    }
    return h + "</tbody></table>\n"
  }
}
