/// SHA-256 (FIPS 180-4), as lowercase hex: names one run's files in `manifest.json` and the
/// schedule a calendar was planned on. Written here because the package takes no dependencies;
/// tested against the NIST examples.
public enum SHA256 {
  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// The digest of `bytes` as 64 hex digits.
  /// - Complexity: O(n). The bytes are copied once into contiguous storage and compressed in
  ///   place through pointers: `manifest.json` hashes every output file (a 1 MB solution.xml
  ///   on FET's Lom), and a byte-by-byte iterator over a generic collection cost 13% of a whole
  ///   `cadre solve` there.
  public static func hex<C: Collection<UInt8>>(_ bytes: C) -> String {
    let data = Array(bytes)
    var h: [UInt32] = [
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
      0x5be0_cd19,
    ]
    // The last one or two blocks: the tail, 0x80, zeros, the length in bits (big-endian).
    let full = data.count / 64 * 64
    var tail = Array(data[full...])
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    let bits = UInt64(data.count) &* 8
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
    }
    var w = [UInt32](repeating: 0, count: 64)
    data.withUnsafeBufferPointer { body in
      tail.withUnsafeBufferPointer { end in
        k.withUnsafeBufferPointer { k in
          w.withUnsafeMutableBufferPointer { w in
            h.withUnsafeMutableBufferPointer { h in
              var at = 0
              while at < full {
                compress(body.baseAddress! + at, k.baseAddress!, w.baseAddress!, h.baseAddress!)
                at += 64
              }
              at = 0
              while at < end.count {
                compress(end.baseAddress! + at, k.baseAddress!, w.baseAddress!, h.baseAddress!)
                at += 64
              }
            }
          }
        }
      }
    }
    return h.map { word in
      let s = String(word, radix: 16)
      return String(repeating: "0", count: 8 - s.count) + s
    }.joined()
  }

  /// One 64-byte block into the state `h`; `w` is the message schedule's scratch (K added in
  /// once it is complete, so a round reads one word). The rounds are unrolled by 8 and the
  /// working variables rotate by name instead of by value, and each Σ and σ nests its
  /// rotations (`rotr(rotr(rotr(e, 14) ^ e, 5) ^ e, 6)` = Σ1(e)): a round took about 50
  /// instructions in a loop shuffling `(a, ..., h)`, 4,500 a block, and hashing the outputs
  /// for manifest.json cost 11% of a whole `cadre solve` on FET's Lom. Now about 3,000 a block.
  private static func compress(
    _ block: UnsafePointer<UInt8>, _ k: UnsafePointer<UInt32>, _ w: UnsafeMutablePointer<UInt32>,
    _ h: UnsafeMutablePointer<UInt32>
  ) {
    for i in 0..<16 {
      w[i] =
        UInt32(block[4 * i]) << 24 | UInt32(block[4 * i + 1]) << 16
        | UInt32(block[4 * i + 2]) << 8 | UInt32(block[4 * i + 3])
    }
    for i in 16..<64 {
      let x = w[i - 15]
      let y = w[i - 2]
      let s0 = rotr(rotr(x, 11) ^ x, 7) ^ (x >> 3)
      let s1 = rotr(rotr(y, 2) ^ y, 17) ^ (y >> 10)
      w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
    }
    for i in 0..<64 { w[i] = w[i] &+ k[i] }
    var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
    var bc = b ^ c
    var i = 0
    while i < 64 {
      round(a, b, c, &d, e, f, g, &hh, &bc, w[i])
      round(hh, a, b, &c, d, e, f, &g, &bc, w[i + 1])
      round(g, hh, a, &b, c, d, e, &f, &bc, w[i + 2])
      round(f, g, hh, &a, b, c, d, &e, &bc, w[i + 3])
      round(e, f, g, &hh, a, b, c, &d, &bc, w[i + 4])
      round(d, e, f, &g, hh, a, b, &c, &bc, w[i + 5])
      round(c, d, e, &f, g, hh, a, &b, &bc, w[i + 6])
      round(b, c, d, &e, f, g, hh, &a, &bc, w[i + 7])
      i += 8
    }
    h[0] = h[0] &+ a
    h[1] = h[1] &+ b
    h[2] = h[2] &+ c
    h[3] = h[3] &+ d
    h[4] = h[4] &+ e
    h[5] = h[5] &+ f
    h[6] = h[6] &+ g
    h[7] = h[7] &+ hh
  }

  /// One round on the working variables `(a, b, c, d, e, f, g, h)` with `kw` = K[t] + W[t]
  /// and `bc` = b ^ c:
  /// `h` becomes the next `a` and `d` the next `e`; the caller names the others in their new
  /// places (the next round's `b` is this `a`, and so on).
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ bc: inout UInt32, _ kw: UInt32
  ) {
    // Ch(e, f, g) = g ^ (e & (f ^ g)); Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), where b ^ c
    // is the previous round's a ^ b (`bc`, carried).
    let ab = a ^ b
    let t1 = h &+ rotr(rotr(rotr(e, 14) ^ e, 5) ^ e, 6) &+ (g ^ (e & (f ^ g))) &+ kw
    let t2 = rotr(rotr(rotr(a, 9) ^ a, 11) ^ a, 2) &+ (b ^ (ab & bc))
    d = d &+ t1
    h = t1 &+ t2
    bc = ab
  }

  private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
}
