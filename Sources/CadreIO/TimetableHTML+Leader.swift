import CadreModel

/// A leader's timetable: their own lessons (a teaching leader), and every released period
/// marked with what the checker found it is for: the team members who teach then (the leader
/// can observe them) and the teams that are all free then (common planning).
extension TimetableBook {
  /// Observation entries shown in one cell; the rest are counted ("and 3 more") and all are in
  /// the tooltip, so a principal's cell of a 13-teacher team still fits a printed page.
  static let observeShown = 2

  /// "Leader · Team Lead, release 50% · teaches as Aisha Wilson (T01) · leads STEM (6)".
  func leaderSubtitle(_ id: String) -> [String] {
    var parts = ["Leader"]
    guard let leader = leaderRecord(id) else { return parts }
    if let role = school.leadership.roles.first(where: { $0.id == leader.role }) {
      let release =
        role.releasePeriodsPerDay.map { "release \($0) period\($0 == 1 ? "" : "s") a day" }
        ?? "release \(Int((role.release * 100).rounded()))%"
      parts.append((role.name.isEmpty ? role.id.raw : role.name) + ", " + release)
    }
    if let t = leader.teacher {
      parts.append("teaches as \(teacherNames[t.raw] ?? t.raw) (\(t.raw))")
    }
    for team in school.leadership.teams where team.leader == leader.id {
      parts.append("leads \(teamNames[team.id.raw] ?? team.id.raw) (\(team.members.count))")
    }
    return parts
  }

  func releaseCell(_ use: LeaderRelease.Use, span: String) -> String {
    var classes = "release"
    if !use.observe.isEmpty { classes += " observe" }
    if !use.planning.isEmpty { classes += " planning" }
    var tip = ["Released period"]
    var h = ""
    if !use.planning.isEmpty {
      let names = use.planning.map { teamNames[$0.raw] ?? $0.raw }
      h += "<span class=\"planline\"><b>Common planning</b> \(esc(names.joined(separator: ", ")))"
      h += "</span>"
      tip.append(
        "Common planning: the leader and every member of "
          + use.planning.map(\.raw).joined(separator: ", ") + " are free")
    }
    if !use.observe.isEmpty {
      let entries = use.observe.map { o -> (short: String, long: String) in
        let name = teacherNames[o.teacher.raw] ?? o.teacher.raw
        let cell = byTeacher[o.teacher.raw]?[use.slot]?.first
        // The class id, not its name, keeps a principal's crowded cell short.
        let klass = cell.map { $0.lesson.classID.raw }
        let what = cell.map { "\($0.lesson.classID.raw) \($0.lesson.subject)" } ?? ""
        return (
          name + (klass.map { " · \($0)" } ?? ""),
          "\(o.teacher.raw) \(name) (team \(o.team.raw)) teaches \(what)"
        )
      }
      h += "<span class=\"obsline\"><b>Observe</b> "
      h += entries.prefix(Self.observeShown).map { esc($0.short) }.joined(separator: "; ")
      if entries.count > Self.observeShown {
        h += " <em>and \(entries.count - Self.observeShown) more</em>"
      }
      h += "</span>"
      tip.append("Observation window: " + entries.map(\.long).joined(separator: "; "))
    }
    if use.observe.isEmpty && use.planning.isEmpty {
      h += "<b>Released</b>"
      tip.append("no team member teaches and no team is all free")
    }
    return "<td class=\"\(classes)\"\(span) title=\"\(esc(tip.joined(separator: "\n")))\">"
      + h + "</td>"
  }

  /// Per week: what the release buys, against what the policy asks (the figures the
  /// `observation-window` and `common-planning` rules compare).
  func leaderNotes(_ id: String) -> [String] {
    guard let r = release[id] else { return [] }
    let cycle = school.cycle
    var out: [String] = []
    for w in cycle.weeks.indices {
      let teaching = r.slots.filter { $0.slot.week == w && $0.state == .teaching }.count
      let week = cycle.weeks.count > 1 ? "Week \(cycle.weeks[w]): " : ""
      out.append(
        week + (r.teacher == nil ? "" : "teaches \(plural(teaching, "period")); ")
          + "\(plural(r.free(week: w), "released period")), of which "
          + "\(r.observable(week: w)) observation windows and \(r.planning(week: w)) common "
          + "planning.")
    }
    for team in school.leadership.teams where team.leader.raw == id {
      let name = teamNames[team.id.raw] ?? team.id.raw
      guard !team.members.isEmpty else {
        out.append("Team \(name) has no members yet.")
        continue
      }
      // The team's own numbers (team > role > school); a soft one says so.
      let own = school.policy(for: team)
      func need(_ n: PolicyNumber) -> String {
        n.weight == nil ? "needs \(n.count)" : "wants \(n.count), soft"
      }
      var perWeek: [String] = []
      for w in cycle.weeks.indices {
        let common = r.slots.filter { $0.slot.week == w && $0.planning.contains(team.id) }.count
        let fewest =
          team.members.map { m in
            r.slots.filter { u in
              u.slot.week == w && u.observe.contains { $0.team == team.id && $0.teacher == m }
            }.count
          }.min() ?? 0
        let label = cycle.weeks.count > 1 ? "week \(cycle.weeks[w]): " : ""
        perWeek.append(
          label + "\(common) common planning (\(need(own.huddlesPerWeek))), every member "
            + "observable in at least \(fewest) (\(need(own.observableSlotsPerMember)))")
      }
      let members = team.members.map { teacherNames[$0.raw] ?? $0.raw }
      out.append(
        "Team \(name) (\(members.joined(separator: ", "))): " + perWeek.joined(separator: "; ")
          + ".")
    }
    return out
  }

  func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
}
