import Testing

@testable import CadreEngine

/// The general model's `preferPlaces` monitor (a school's `room-preference`): the engine's
/// score against a recount from its definition, and delta versus recount under moves.
@Suite struct HSTTPlacesTests {
  /// Six times. Resources: teachers 0 (prefers room 3) and 1, class 2, rooms 3 and 4 (the
  /// places). Event 0 chooses its teacher and room and prefers room 3; event 1 (two times)
  /// is in room 4 and chooses its teacher; event 2 is teacher 0's, chooses its room and
  /// prefers room 4.
  static func problem() -> HSTTProblem {
    let events = [
      HSTTEvent(
        duration: 1, resources: [2],
        openRoles: [HSTTRole(domain: [0, 1]), HSTTRole(domain: [3, 4])]),
      HSTTEvent(duration: 2, resources: [2, 4], openRoles: [HSTTRole(domain: [0, 1])]),
      HSTTEvent(duration: 1, resources: [2, 0], openRoles: [HSTTRole(domain: [3, 4])]),
    ]
    var p = HSTTProblem(
      timeCount: 6, timeGroups: [], resourceCount: 5, events: events, eventGroups: [],
      monitors: [
        HSTTMonitor(
          hard: false, weight: 3, function: .linear, rule: .preferPlaces, points: [0, 1, 2])
      ], pointCostCap: 1_000_000)
    p.places = HSTTPlaces(
      isPlace: [false, false, false, true, true], byEvent: [[3], [], [4]],
      byResource: [[3], [], [], [], []])
    return p
  }

  static func plainCost(_ p: HSTTProblem, _ subEvents: [[HSTTSubEvent]]) -> Int64 {
    let places = p.places!
    var missed: Int64 = 0
    for (e, subs) in subEvents.enumerated() {
      for sub in subs where sub.start != nil {
        let held = p.events[e].resources + sub.roles.filter { $0 >= 0 }
        guard let place = held.first(where: { places.isPlace[$0] }) else { continue }
        if !places.byEvent[e].isEmpty && !places.byEvent[e].contains(place) { missed += 1 }
        for r in held where !places.byResource[r].isEmpty && !places.byResource[r].contains(place) {
          missed += 1
        }
      }
    }
    return 3 * missed
  }

  @Test func engineScoreEqualsThePlainRecount() {
    let p = Self.problem()
    var rng = SplitMix64(seed: 3)
    var seen = Set<Int64>()
    for _ in 0..<300 {
      let subs = p.events.map { ev in
        let pieces = ev.duration == 2 && rng.chance(30) ? [1, 1] : [ev.duration]
        return pieces.map { d in
          HSTTSubEvent(
            duration: d, start: rng.chance(15) ? nil : rng.below(6 - d + 1),
            roles: ev.openRoles.map { rng.chance(10) ? -1 : $0.domain[rng.below($0.domain.count)] })
        }
      }
      let want = Self.plainCost(p, subs)
      #expect(scoreHSTT(p, subEvents: subs).soft == want, "\(subs)")
      seen.insert(want)
    }
    #expect(seen.count >= 5)
  }

  @Test(arguments: [1, 2] as [UInt64])
  func deltaEqualsRecountUnderMoves(seed: UInt64) {
    HSTTDeltaTests.exercise(Self.problem(), seed: seed, moves: 400)
  }
}
