import CadreModel

/// A seeded generator of realistic schools that are solvable by construction.
///
/// It builds a hidden timetable first (every meeting placed in a slot with a teacher, so that
/// every hard rule of docs/RULES.md holds: no clashes, blocked and unavailable slots kept
/// clear, leaders within their release, per-day and per-week maxima, common planning slots
/// for every team every week, and k observable slots per member), then emits the problem
/// without the assignments. The hidden timetable is the witness that the problem is feasible.
///
/// Deterministic: one spec and seed give the same school on every run and platform (own
/// SplitMix64, no Set or Dictionary iteration).
public enum SchoolGenerator {
  /// The school (the problem) only.
  /// - Complexity: O(meetings × slots) plus bounded repair; about 0.1 s for `XL` in release.
  public static func generate(_ spec: GeneratorSpec, seed: UInt64) -> School {
    generateWithWitness(spec, seed: seed).0
  }

  /// The school and a schedule that meets every hard rule for it.
  public static func generateWithWitness(_ spec: GeneratorSpec, seed: UInt64) -> (
    School, Schedule
  ) {
    var draft = Draft(spec: spec)
    switch spec.level {
    case .secondary:
      draft.buildSecondary(seed: seed)
      var planRng = SplitMix64.stream(seed, 3)
      var usage = [Int](repeating: 0, count: draft.slotCount)
      let teachable = (0..<draft.periodCount).filter { !draft.blockedPeriods.contains($0) }
      for t in draft.teams.indices {
        draft.choosePlanning(team: t, periods: teachable, usage: &usage, &planRng)
      }
    case .elementary:
      draft.buildElementary(seed: seed)
    }
    var rng = SplitMix64.stream(seed, 4)
    draft.assignUnavailability(&rng)
    var timetable = Timetable(draft)
    timetable.build(draft, &rng)
    timetable.repairObservation(&draft, &rng)
    timetable.addAdministratorMeetings(&draft, &rng)
    var pinnable = draft.lessons.indices.filter { l in
      draft.lessons[l].fixedStarts == nil
        && timetable.meetings.contains { $0.lesson == l && $0.start >= 0 }
    }
    rng.shuffle(&pinnable)
    let pinned = Array(pinnable.prefix(max(0, spec.pinnedLessons)))
    return draft.emit(timetable, pinned: pinned)
  }
}
