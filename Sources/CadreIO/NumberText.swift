/// Deterministic number text (no locale, no C varargs): the same value always gives the same
/// bytes, which sweep shard-and-merge relies on; the CLI formats its figures with it too.
public enum NumberText {
  /// `v` with exactly `digits` decimals, half away from zero; "-" for NaN or infinity.
  public static func fixed(_ v: Double, digits: Int) -> String {
    guard v.isFinite, abs(v) < 1e15 else { return "-" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let n = Int((abs(v) * scale).rounded())
    let whole = n / Int(scale)
    let frac = String(n % Int(scale))
    let sign = v < 0 && n != 0 ? "-" : ""
    if digits == 0 { return sign + String(whole) }
    return sign + String(whole) + "." + String(repeating: "0", count: digits - frac.count) + frac
  }

  /// `fixed` without trailing zeros (and without a trailing dot): 25.0 -> "25", 12.5 -> "12.5".
  public static func trimmed(_ v: Double, digits: Int) -> String {
    var s = fixed(v, digits: digits)
    guard s.contains(".") else { return s }
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }

  /// "1,234,567"
  public static func grouped(_ n: Int) -> String { n.grouped }
}
