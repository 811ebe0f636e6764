/// FNV-1a, 64 bits, as 16 hex digits: a stable fingerprint of a scenario's inputs (Swift's
/// `Hasher` is seeded per process, so it cannot be used for anything written to disk).
enum InputHash {
  /// - Complexity: O(n) in the UTF-8 length of the parts.
  static func of(_ parts: [String]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in parts {
      for byte in part.utf8 {
        h ^= UInt64(byte)
        h = h &* 0x0000_0100_0000_01b3
      }
      h ^= 0x1f
      h = h &* 0x0000_0100_0000_01b3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
