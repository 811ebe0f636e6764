/// Steele, Lea and Flood's SplitMix64: a tiny seeded generator, so that one seed gives one
/// school on every platform (the standard library's generator is not seedable).
///
/// CadreGen keeps its own copy (rather than importing another target's) because it may import
/// CadreModel only.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in `0..<bound` (0 when bound ≤ 0), by Lemire's multiply-shift.
  mutating func below(_ bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// True with probability `p` (0 ≤ p ≤ 1).
  mutating func chance(_ p: Double) -> Bool {
    Double(next() >> 11) / Double(UInt64(1) << 53) < p
  }

  /// Fisher–Yates, in place.
  mutating func shuffle<T>(_ items: inout [T]) {
    guard items.count > 1 else { return }
    for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, below(i + 1)) }
  }

  /// An independent stream for one phase of generation, so that changing one phase (say the
  /// leadership model) leaves the others (the staff and classes) as they were.
  static func stream(_ seed: UInt64, _ phase: UInt64) -> SplitMix64 {
    var mixer = SplitMix64(seed: seed ^ (phase &* 0xD1B5_4A32_D192_ED03))
    return SplitMix64(seed: mixer.next())
  }
}
