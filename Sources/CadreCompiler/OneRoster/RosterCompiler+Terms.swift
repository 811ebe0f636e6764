import CadreModel

extension RosterCompiler {
  /// The scheduled classes to timetable: with a term (`options.term`, a session's sourcedId),
  /// those with a term whose dates overlap the chosen one's (a year-long section belongs to
  /// every semester of its year); without, all of them, with an `oneroster-terms` warning when
  /// some of their terms do not overlap (their sections could share periods, but one
  /// timetable keeps them apart). An unknown term is an `oneroster-unknown-term` error.
  static func sectionsInTerm(
    _ roster: Roster, _ options: OneRosterOptions, into out: inout [Diagnostic]
  ) -> (sections: [RosterClass], otherTerms: Int) {
    let scheduled = roster.classes.filter { $0.classType == .scheduled }
    let sessions = Dictionary(roster.academicSessions.map { ($0.sourcedId, $0) }) { a, _ in a }
    func overlaps(_ a: RosterSession, _ b: RosterSession) -> Bool {
      a.startDate <= b.endDate && b.startDate <= a.endDate
    }
    guard let term = options.term else {
      let used = Set(scheduled.flatMap(\.termSourcedIds)).sorted().compactMap { sessions[$0] }
      let disjoint = used.indices.contains { i in
        used.indices.contains { j in j > i && !overlaps(used[i], used[j]) }
      }
      if disjoint {
        out.append(
          .warning(
            "oneroster-terms", at: "/classes.csv/termSourcedIds",
            "Sections of terms that do not overlap (\(used.map(\.title).joined(separator: ", ")))"
              + " are timetabled together, as if all met all year",
            hint: "import one term at a time with --term ID (an academicSessions.csv sourcedId)"))
      }
      return (scheduled, 0)
    }
    guard let chosen = sessions[term] else {
      let near = closestMatch(to: term, in: sessions.keys.sorted())
      out.append(
        .error(
          "oneroster-unknown-term", at: "/academicSessions.csv/sourcedId",
          "The term '\(term)' is not a sourcedId of academicSessions.csv",
          hint: near.map { "did you mean '\($0)'?" }
            ?? "terms: " + roster.academicSessions.map(\.sourcedId).joined(separator: ", ")))
      return ([], 0)
    }
    let kept = scheduled.filter { c in
      c.termSourcedIds.contains { sessions[$0].map { overlaps($0, chosen) } ?? false }
    }
    return (kept, scheduled.count - kept.count)
  }
}
