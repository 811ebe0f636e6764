extension Int {
  /// 1234567 as "1,234,567", -1234 as "-1,234": no locale, the same bytes everywhere (sweep
  /// shard-and-merge and the docs' tables rely on it). The one digit grouping of every layer.
  public var grouped: String {
    let digits = String(magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(ch)
    }
    return (self < 0 ? "-" : "") + out
  }
}
