/// Plain-text helpers shared by the reports (and `explain`), without Foundation.
package enum Text {
  /// "$12,960" for USD, "12,960 EUR" otherwise.
  package static func money(_ amount: Int, _ currency: String) -> String {
    let sign = amount < 0 ? "-" : ""
    let digits = Array(String(amount.magnitude))
    var grouped = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { grouped += "," }
      grouped.append(ch)
    }
    return currency == "USD" ? "\(sign)$\(grouped)" : "\(sign)\(grouped) \(currency)"
  }

  /// "1 teacher", "3 teachers".
  package static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
    "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
  }

  /// 0.5 -> "0.5", 1.0 -> "1", at most 3 decimals.
  package static func decimal(_ x: Double) -> String {
    guard x.isFinite, abs(x) < 1e12 else { return String(x) }
    let scaled = Int((x * 1000).rounded())
    let whole = scaled / 1000
    var frac = abs(scaled % 1000)
    if frac == 0 { return String(whole) }
    var digits = 3
    while frac % 10 == 0 {
      frac /= 10
      digits -= 1
    }
    let f = String(frac)
    let sign = scaled < 0 && whole == 0 ? "-" : ""
    return sign + String(whole) + "." + String(repeating: "0", count: digits - f.count) + f
  }

  /// `text` padded with spaces on the right to `width` characters.
  package static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  /// `text` padded with spaces on the left to `width` characters.
  package static func padLeft(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }
}
