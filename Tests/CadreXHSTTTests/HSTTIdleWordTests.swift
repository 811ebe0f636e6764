import Testing

@testable import CadreEngine

/// The one-word idle count (`HSTTState.idleTimes(busy:group:)`, used whenever an instance's
/// times fit one word) against the rule read literally: a time of the group is idle when the
/// resource is free then but busy at an earlier and at a later time of the group.
@Suite struct HSTTIdleWordTests {
  static func literal(busy: UInt64, group: UInt64) -> Int {
    let times = (0..<64).filter { group >> UInt64($0) & 1 == 1 }
    let isBusy = { (t: Int) in busy >> UInt64(t) & 1 == 1 }
    return times.filter { t in
      !isBusy(t) && times.contains { $0 < t && isBusy($0) }
        && times.contains { $0 > t && isBusy($0) }
    }.count
  }

  @Test func handPickedDays() {
    // A day of times 0-6: busy at 1 and 5 leaves 2, 3, 4 idle; a break at 3 outside the
    // group is not a time of the group.
    let day: UInt64 = 0b111_1111
    #expect(HSTTState.idleTimes(busy: 0b010_0010, group: day) == 3)
    #expect(HSTTState.idleTimes(busy: 0b010_0010, group: day & ~0b1000) == 2)
    #expect(HSTTState.idleTimes(busy: 0, group: day) == 0)
    #expect(HSTTState.idleTimes(busy: 0b100_0000, group: day) == 0)
    // Busy outside the group does not bound it.
    #expect(HSTTState.idleTimes(busy: 1 << 63 | 1, group: day) == 0)
    #expect(HSTTState.idleTimes(busy: 1 << 63 | 1, group: day | 1 << 63) == 6)
  }

  @Test func randomMasksMatchTheRule() {
    var rng = SplitMix64(seed: 17)
    for _ in 0..<2000 {
      let busy = rng.next() & rng.next()
      let group = rng.next() | rng.next()
      #expect(
        HSTTState.idleTimes(busy: busy, group: group) == Self.literal(busy: busy, group: group))
    }
  }
}
