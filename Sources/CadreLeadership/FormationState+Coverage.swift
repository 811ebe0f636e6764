import CadreModel

extension FormationState {
  /// Rule 5: coverage positions (`coverage: true`) not listed in a team and without a `team`
  /// are placed after every other teacher, never taking a teacher's place:
  /// 1. in an open team of the leader whose lessons they share the most periods of (a lesson
  ///    naming both, as `teacher` or among `candidates`: the released periods the position
  ///    covers for that leader, who co-teaches with and coaches them), when that leader has
  ///    room (ties: the leader's first open team by id);
  /// 2. else in the matching team with room, as rule 3 chooses;
  /// 3. else they are left out, with the warning `formation-coverage-left-out`: nobody
  ///    observes or coaches them, and the calendar plans nothing for them.
  ///
  /// - Complexity: O(coverage positions × (lessons + teams)).
  mutating func placeCoverage(into out: inout [Diagnostic]) {
    for c in coveragePool {
      let id = school.teachers[c].id
      // Periods shared with each leader, through lessons naming both.
      var shared = [Int](repeating: 0, count: school.leadership.leaders.count)
      for lesson in school.lessons {
        let names = (lesson.teacher.map { [$0] } ?? []) + lesson.candidates
        guard names.contains(id) else { continue }
        let periods = max(0, lesson.meetings).multipliedClamped(by: max(1, lesson.duration))
        for (li, leader) in school.leadership.leaders.enumerated() {
          if let t = leader.teacher, t != id, names.contains(t) {
            shared[li] = shared[li].addingClamped(periods)
          }
        }
      }
      let byShare = openTeams.filter { j in
        guard let li = leaderOfTeam[j] else { return false }
        return shared[li] > 0 && room(j) > 0
      }.sorted { a, b in
        (-shared[leaderOfTeam[a] ?? 0], teams[a].id) < (-shared[leaderOfTeam[b] ?? 0], teams[b].id)
      }
      if let j = byShare.first {
        place(c, in: j)
        continue
      }
      if let j = best(for: c, among: matches[c].filter { room($0) > 0 }) {
        place(c, in: j)
        continue
      }
      let why =
        matches[c].isEmpty && !shared.contains { $0 > 0 }
        ? "it shares no lesson with a leader and matches no open team"
        : "every leader it shares lessons with, and every team it matches, is at its span limit"
      out.append(
        .warning(
          "formation-coverage-left-out", at: Pointer.of("teachers", c),
          "Coverage position \(teacherLabel(c)): \(why), so it is in no team and nobody "
            + "observes or coaches it",
          hint: "set its team, or raise the span limit of the leader it covers for"))
    }
  }
}
