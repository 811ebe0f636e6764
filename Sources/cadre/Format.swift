/// Number formatting for terminal output without C varargs.
enum Format {
  /// "12.3s"
  static func seconds(_ s: Double) -> String { fixed(s, digits: s < 10 ? 2 : 1) + "s" }

  static func fixed(_ v: Double, digits: Int) -> String {
    guard v.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let n = Int((abs(v) * scale).rounded())
    let whole = n / Int(scale)
    let frac = String(n % Int(scale))
    let sign = v < 0 && n != 0 ? "-" : ""
    if digits == 0 { return sign + String(whole) }
    return sign + String(whole) + "." + String(repeating: "0", count: digits - frac.count) + frac
  }

  /// "1,234"
  static func grouped(_ n: Int) -> String {
    let s = String(abs(n))
    var out = ""
    for (i, ch) in s.enumerated() {
      if i > 0 && (s.count - i) % 3 == 0 { out += "," }
      out.append(ch)
    }
    return (n < 0 ? "-" : "") + out
  }
}
