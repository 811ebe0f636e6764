/// Steele, Lea and Flood's SplitMix64: the fuzzer's one source of randomness, so that an input
/// is a pure function of (kind, seed, index) and any worker, or `gen`, can rebuild it.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The generator for input `index` of a run: seeds and indices mixed so that neighbouring
  /// indices give unrelated streams.
  init(seed: UInt64, kind: FuzzKind, index: Int) {
    var mix = SplitMix64(seed: seed ^ (kind.tag &* 0xA076_1D64_78BD_642F))
    state = mix.next() ^ (UInt64(truncatingIfNeeded: index) &* 0xE703_7ED1_A0B4_28DB)
    _ = next()
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in 0..<n (n > 0); the modulo bias is irrelevant for fuzzing.
  mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

  /// True with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
