import CadreModel

/// A CSV file as read: the header row and the data rows, each field with the line it starts on.
public struct CSVTable: Sendable, Equatable {
  /// The first record's fields (column names), as written.
  public var header: [String]
  public var rows: [CSVRow]

  public init(header: [String], rows: [CSVRow]) {
    self.header = header
    self.rows = rows
  }

  /// The index of the column named `name` (exact match after trimming spaces), if any.
  public func column(_ name: String) -> Int? {
    header.firstIndex { $0.trimmingSpaces == name }
  }
}

/// One data record of a CSV file.
public struct CSVRow: Sendable, Equatable {
  public var fields: [String]
  /// The 1-based line each field starts on (a quoted field may span lines).
  public var lines: [Int]
  /// The 1-based line the record starts on.
  public var line: Int { lines.first ?? 0 }

  public init(fields: [String], lines: [Int]) {
    self.fields = fields
    self.lines = lines
  }

  /// The field at `index`, "" when the row is shorter.
  public subscript(_ index: Int) -> String {
    fields.indices.contains(index) ? fields[index] : ""
  }
}

/// An RFC 4180 CSV reader over bytes: fields separated by commas, records by CRLF or LF (or a
/// lone CR); a field in double quotes may hold commas, line breaks and doubled quotes (`""`).
/// A UTF-8 byte order mark is skipped; invalid UTF-8 is an error naming its line and column.
/// Entirely empty lines between records are skipped. Diagnostics: `invalid-utf8`,
/// `csv-unterminated-quote`, `csv-bad-quote` (text after a closing quote, or a quote inside
/// an unquoted field), `csv-empty` (no header row).
public enum CSVReader {
  /// The table, or nil with the errors why not. `pointer` prefixes each diagnostic's pointer
  /// (the file's name, e.g. "/users.csv").
  /// - Complexity: O(n) in the bytes.
  public static func parse(bytes: [UInt8], pointer: String = "") -> (CSVTable?, [Diagnostic]) {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    if let (line, column) = firstInvalidUTF8(bytes, from: start) {
      return (
        nil,
        [
          Diagnostic(
            .error, code: "invalid-utf8", pointer: pointer,
            message: "the file is not valid UTF-8 (first bad byte on line \(line), column "
              + "\(column))",
            hint: "save the file as UTF-8 (with or without a byte order mark)", line: line,
            column: column)
        ]
      )
    }
    var records: [CSVRow] = []
    var fields: [String] = []
    var lines: [Int] = []
    var field: [UInt8] = []
    var line = 1
    var column = 1
    var i = start
    var fieldLine = 1
    var atRecordStart = true
    let n = bytes.count
    func bad(_ code: String, _ message: String, _ l: Int, _ c: Int, hint: String) -> (
      CSVTable?, [Diagnostic]
    ) {
      (
        nil,
        [
          Diagnostic(
            .error, code: code, pointer: pointer, message: message, hint: hint, line: l,
            column: c)
        ]
      )
    }
    while i < n {
      if atRecordStart, bytes[i] == 0x0A || bytes[i] == 0x0D {
        if bytes[i] == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
        i += 1
        line += 1
        continue
      }
      // One field per pass.
      fieldLine = line
      field.removeAll(keepingCapacity: true)
      if bytes[i] == UInt8(ascii: "\"") {
        let (qLine, qColumn) = (line, column)
        i += 1
        column += 1
        var closed = false
        while i < n {
          let b = bytes[i]
          if b == UInt8(ascii: "\"") {
            if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
              field.append(b)
              i += 2
              column += 2
              continue
            }
            i += 1
            column += 1
            closed = true
            break
          }
          field.append(b)
          i += 1
          if b == 0x0A || (b == 0x0D && (i >= n || bytes[i] != 0x0A)) {
            line += 1
            column = 1
          } else if b != 0x0D, b & 0xC0 != 0x80 {
            column += 1
          }
        }
        guard closed else {
          return bad(
            "csv-unterminated-quote",
            "the quoted field that starts on line \(qLine), column \(qColumn) never ends",
            qLine, qColumn,
            hint: "close the field with a double quote; write a quote inside "
              + "a quoted field as two (\"\")")
        }
        if i < n, bytes[i] != UInt8(ascii: ","), bytes[i] != 0x0A, bytes[i] != 0x0D {
          return bad(
            "csv-bad-quote", "text follows the closing quote of a field on line \(line)",
            line, column, hint: "quote the whole field, and double any quote inside it")
        }
      } else {
        while i < n, bytes[i] != UInt8(ascii: ","), bytes[i] != 0x0A, bytes[i] != 0x0D {
          if bytes[i] == UInt8(ascii: "\"") {
            return bad(
              "csv-bad-quote", "a double quote inside an unquoted field on line \(line)",
              line, column, hint: "quote the whole field and write the quote inside as \"\"")
          }
          if bytes[i] & 0xC0 != 0x80 { column += 1 }
          field.append(bytes[i])
          i += 1
        }
      }
      fields.append(String(decoding: field, as: UTF8.self))
      lines.append(fieldLine)
      atRecordStart = false
      // After a field: a comma (another field follows), a line break, or the end.
      if i < n, bytes[i] == UInt8(ascii: ",") {
        i += 1
        column += 1
        guard i == n else { continue }
        // A comma at the very end: one more, empty field ends the record.
        fields.append("")
        lines.append(line)
      }
      records.append(CSVRow(fields: fields, lines: lines))
      fields.removeAll()
      lines.removeAll()
      atRecordStart = true
      // The record's line break (empty lines after it are skipped at the top).
      if i < n {
        if bytes[i] == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
        i += 1
        line += 1
        column = 1
      }
    }
    guard let header = records.first else {
      return bad(
        "csv-empty", "the file is empty: no header row", 1, 1,
        hint: "the first line names the columns, e.g. sourcedId,status,dateLastModified,...")
    }
    return (CSVTable(header: header.fields, rows: Array(records.dropFirst())), [])
  }

  /// The line and column of the first byte that breaks UTF-8, or nil when all is valid.
  static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> (Int, Int)? {
    var line = 1
    var column = 1
    var i = start
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      var length = 0
      var minimum: UInt32 = 0
      var value: UInt32 = 0
      switch b {
      case 0x00..<0x80: length = 1
      case 0xC2..<0xE0: (length, minimum, value) = (2, 0x80, UInt32(b & 0x1F))
      case 0xE0..<0xF0: (length, minimum, value) = (3, 0x800, UInt32(b & 0x0F))
      case 0xF0..<0xF5: (length, minimum, value) = (4, 0x10000, UInt32(b & 0x07))
      default: return (line, column)
      }
      guard i + length <= n else { return (line, column) }
      for k in 1..<max(length, 1) {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return (line, column) }
        value = value << 6 | UInt32(c & 0x3F)
      }
      if length > 1 {
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
          return (line, column)
        }
      }
      if b == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      i += length
    }
    return nil
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }
}
