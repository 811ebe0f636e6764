/// The seeded generator every search decision draws from (Steele, Lea & Flood, "Fast
/// splittable pseudorandom number generators", 2014). Passed `inout`, never shared.
package struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in 0..<bound (0 when bound <= 0), by Lemire's multiply-shift.
  @inline(__always)
  package mutating func below(_ bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A uniform Double in [0, 1).
  @inline(__always)
  package mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// True with probability `percent` / 100.
  @inline(__always)
  package mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
