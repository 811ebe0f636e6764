import CadreModel

extension Rules {
  /// `team-policy` (soft, weight 1: each violation's count is already weighted): a team whose
  /// own `huddlesPerWeek` or `observableSlotsPerMember` is marked soft (`{"count": n,
  /// "weight": w}`, from the team or its leader's role) counts w × its shortfall here, as the
  /// hard rule (`common-planning`, `observation-window`, `debrief-time`, `debrief-window`)
  /// would count it.
  static func teamPolicy(_ c: CheckContext) -> [Violation] {
    huddleShortfalls(c, soft: true) + observationShortfalls(c, soft: true)
      + debriefShortfalls(c, soft: true) + debriefWindowShortfalls(c, soft: true)
  }

  /// A (team, member) pair's shortfall `short` against a team number `need`: the hard rule
  /// `rule`, or, when the number is soft-marked, `team-policy` with weight × shortfall (`what`
  /// names the number in the message).
  static func pairShortfall(
    _ rule: String, _ need: PolicyNumber, _ short: Int, _ text: String, what: String,
    member: TeacherID
  ) -> Violation {
    guard let weight = need.weight else { return violation(rule, short, text) }
    return softViolation(
      "team-policy", saturatingMultiply(short, weight),
      text + " (\(what), soft, weight \(weight): \(short) × \(weight))", teachers: [member])
  }

  /// The teams whose observable slots per member (`School.policy(for:)`) are hard (`soft`
  /// false) or soft-marked (true), with the number; a number of 0, or a soft one of weight 0,
  /// asks for nothing. `observation-window`, `debrief-time` and `debrief-window` count these.
  static func observableNeeds(_ c: CheckContext, soft: Bool) -> [(Team, PolicyNumber)] {
    c.school.leadership.teams.compactMap { team in
      let need = c.school.policy(for: team).observableSlotsPerMember
      guard need.isSoft == soft, need.count > 0, need.weight ?? 1 > 0 else { return nil }
      return (team, need)
    }
  }
}
