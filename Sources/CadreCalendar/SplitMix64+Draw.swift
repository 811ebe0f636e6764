import CadreEngine

extension SplitMix64 {
  /// A value in `0..<bound` (0 when bound ≤ 0) by Lemire's multiply-shift, drawing one number
  /// from the stream whenever bound ≥ 1. The engine's `below` skips the draw when bound is 1
  /// (one choice); the planner has always drawn, so keeping that keeps every calendar of a
  /// given seed and step limit byte for byte what it was before the planner moved onto the
  /// engine's generator.
  @inline(__always)
  mutating func draw(below bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }
}
