/// Plain-text helpers shared by the reports (and `explain`), without Foundation.
package enum Text {
  /// "$12,960" for USD, "12,960 EUR" otherwise.
  package static func money(_ amount: Int, _ currency: String) -> String {
    let digits = amount.grouped
    if currency != "USD" { return "\(digits) \(currency)" }
    return amount < 0 ? "-$" + digits.dropFirst() : "$" + digits
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
