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
}
