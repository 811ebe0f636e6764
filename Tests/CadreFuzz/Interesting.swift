/// Values that find bugs: integer and floating-point edges, dates and times at the ends of
/// the calendar, and strings that test escaping, Unicode and lengths.
enum Interesting {
  /// JSON number literals (and a few out-of-grammar spellings a parser must refuse).
  static let numbers: [String] = [
    "0", "-1", "1", "2", "7", "-2147483648", "2147483647", "2147483648", "4294967296",
    "9007199254740992", "4611686018427387904", "9223372036854775807", "-9223372036854775808",
    "9223372036854775808", "18446744073709551616", "100000000000000000000000", "1e308", "-1e308",
    "1e309", "1e-300", "65536", "9999", "0.5", "-0", "1.5", "0.0000001", "1E2", "-0.0",
    "2.5e3", "01", "1.", ".5", "+1", "NaN", "Infinity",
  ]

  /// XML texts: numbers, booleans and words the XHSTT reader must parse or refuse.
  static let xmlTexts: [String] = [
    "0", "-1", "1", "2", "2147483647", "2147483648", "9223372036854775807",
    "-9223372036854775808", "9223372036854775808", "1e308", "65536", "9999", "0.5", "true",
    "false", "TRUE", "yes", "", " ", "Linear", "Quadratic", "Step", "Bogus", "NaN", "-0",
  ]

  /// Dates (quoted when used in JSON).
  static let dates: [String] = [
    "0001-01-01", "9999-12-31", "2207-08-20", "2024-02-29", "2023-02-29", "2025-13-01",
    "2025-00-10", "2025-01-32", "1970-01-01", "2025-1-5", "20250105", "-001-01-01",
  ]

  static let times: [String] = ["00:00", "23:59", "24:00", "12:60", "9:00", "00:01", "25:00"]

  /// JSON string bodies (already escaped for JSON).
  static let strings: [String] = [
    "", " ", "\\u0000", "\\ud800", "\\udc00x", "\\ud83d\\ude00", "é", "🙂", "A\\nB", "\\\"",
    "../../x", "<b>&amp;</b>", "a,b;\\\"c", "NO-SUCH-ID", "T01", "T1", "Mon", "P1", "A", "B",
    "America/New_York", "Mars/Olympus", "UTC", "Etc/GMT+14", "teamLead", "apCentred",
  ]

  /// Byte sequences that are not valid UTF-8 or carry a byte-order mark.
  static let bytes: [[UInt8]] = [
    [0xEF, 0xBB, 0xBF], [0xFF], [0xFE, 0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x00],
    [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0x7F], [0x1B],
  ]

  /// Entity and character references for XML text.
  static let entities: [String] = [
    "&amp;", "&lt;", "&#0;", "&#x110000;", "&#65;", "&bogus;", "&#xFFFFFFFFFF;", "&#;",
    "&#x1F600;", "&#xD800;", "&", "&lt",
  ]
}
