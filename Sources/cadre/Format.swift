import CadreIO

/// Number formatting for terminal output without C varargs.
enum Format {
  /// "12.3s"
  static func seconds(_ s: Double) -> String { fixed(s, digits: s < 10 ? 2 : 1) + "s" }

  static func fixed(_ v: Double, digits: Int) -> String { NumberText.fixed(v, digits: digits) }

  /// "1,234"
  static func grouped(_ n: Int) -> String { NumberText.grouped(n) }
}
