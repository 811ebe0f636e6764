extension FormationState {
  /// Rule 6: improves membership with the schedule's signals, within the span limits. Moves
  /// of a placed (not fixed) teacher to another matching team with room, and swaps of two
  /// placed teachers between teams of different leaders that each match, are made when they
  /// lower the sum of the shortfalls (`FormationSignals`) of the teachers moved; ties keep
  /// the teams as they are. Teachers and teams are visited in id order and the passes repeat
  /// until nothing improves (at most 20), so the result is deterministic.
  ///
  /// Returns how many moves and swaps were made.
  ///
  /// - Complexity: O(passes × p × (t + p)) for p placed teachers and t open teams.
  @discardableResult
  mutating func improve() -> Int {
    var changes = 0
    for _ in 0..<20 {
      var improved = false
      for j in openTeams {
        for a in members[j].sorted(by: { school.teachers[$0].id < school.teachers[$1].id })
        where !fixed.contains(a) && members[j].contains(a) {
          if moveBetter(a, from: j) || swapBetter(a, from: j) {
            improved = true
            changes += 1
          }
        }
      }
      if !improved { break }
    }
    return changes
  }

  private mutating func moveBetter(_ a: Int, from j: Int) -> Bool {
    let now = shortfall(a, in: j)
    guard now > 0 else { return false }
    let target = matches[a].filter { k in
      k != j && room(k) > 0 && leaderOfTeam[k] != leaderOfTeam[j] && shortfall(a, in: k) < now
    }
    guard let k = best(for: a, among: target) else { return false }
    remove(a, from: j)
    place(a, in: k)
    return true
  }

  private mutating func swapBetter(_ a: Int, from j: Int) -> Bool {
    let now = shortfall(a, in: j)
    guard now > 0 else { return false }
    for k in matches[a] where k != j && leaderOfTeam[k] != leaderOfTeam[j] {
      let others = members[k].filter { !fixed.contains($0) && matches[$0].contains(j) }
        .sorted { school.teachers[$0].id < school.teachers[$1].id }
      for b in others {
        let before = now + shortfall(b, in: k)
        let after = shortfall(a, in: k) + shortfall(b, in: j)
        guard after < before else { continue }
        remove(a, from: j)
        remove(b, from: k)
        place(a, in: k)
        place(b, in: j)
        return true
      }
    }
    return false
  }
}
