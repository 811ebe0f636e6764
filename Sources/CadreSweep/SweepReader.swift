import CadreIO
import CadreModel

/// Reads parsed JSON into sweep values, collecting every problem with its JSON Pointer and the
/// line and column of the value, the way CadreIO's school reader does (its reader is internal
/// to CadreIO, so this is the sweep's own, smaller one). Reading goes on after a problem, so
/// one pass reports everything; `complete` turns false when a required value is unusable.
struct SweepReader {
  /// Every problem met, capped at `DiagnosticList.limit` whole messages.
  var list = DiagnosticList()
  var diagnostics: [Diagnostic] { list.all }

  init(diagnostics: [Diagnostic] = []) { list = DiagnosticList(diagnostics) }
  var complete = true

  mutating func report(
    _ code: String, at pointer: String, _ value: JSONValue?, _ message: String,
    hint: String? = nil
  ) {
    let line = value.map(\.line) ?? 0
    let column = value.map(\.column) ?? 0
    list.append(
      Diagnostic(
        .error, code: code, pointer: pointer, message: message, hint: hint,
        line: line > 0 ? line : nil, column: line > 0 ? column : nil))
  }

  /// The members of an object whose keys must be among `keys`; unknown keys are reported with
  /// a did-you-mean hint and ignored.
  mutating func object(_ value: JSONValue, at pointer: String, _ what: String, keys: [String])
    -> [JSONMember]?
  {
    guard let members = value.asObject else {
      wrongType(value, at: pointer, expected: "an object (\(what))")
      return nil
    }
    for member in members where !keys.contains(member.key) {
      let hint =
        closestMatch(to: member.key, in: keys).map { "did you mean \"\($0)\"?" }
        ?? "allowed keys in \(what): " + keys.joined(separator: ", ")
      list.append(
        Diagnostic(
          .error, code: "unknown-key", pointer: pointer + "/" + Pointer.escape(member.key),
          message: "unknown key \"\(member.key)\" in \(what)", hint: hint,
          line: member.keyLine > 0 ? member.keyLine : nil,
          column: member.keyColumn > 0 ? member.keyColumn : nil))
    }
    return members
  }

  mutating func wrongType(_ value: JSONValue, at pointer: String, expected: String) {
    report(
      "wrong-type", at: pointer, value, "expected \(expected), found \(value.typeDescription)")
  }

  mutating func missing(_ key: String, in what: String, at pointer: String, _ value: JSONValue) {
    report(
      "missing-field", at: pointer + "/" + Pointer.escape(key), value,
      "\(what) is missing the required field \"\(key)\"")
    complete = false
  }

  mutating func string(_ value: JSONValue, _ pointer: String) -> String? {
    guard let s = value.asString else {
      wrongType(value, at: pointer, expected: "a string")
      return nil
    }
    return s
  }

  /// An integer in `range`; `not-integer` or `out-of-range` otherwise.
  mutating func int(_ value: JSONValue, _ pointer: String, in range: ClosedRange<Int>) -> Int? {
    guard let literal = value.numberLiteral else {
      wrongType(value, at: pointer, expected: "an integer")
      return nil
    }
    guard let i = value.asInt else {
      report(
        "not-integer", at: pointer, value, "expected an integer, found number \(literal)",
        hint: "write a whole number")
      return nil
    }
    guard range.contains(i) else {
      report(
        "out-of-range", at: pointer, value,
        "\(i) is out of range; expected \(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    return i
  }

  /// A finite number in `range`.
  mutating func double(_ value: JSONValue, _ pointer: String, in range: ClosedRange<Double>)
    -> Double?
  {
    guard let d = value.asDouble else {
      wrongType(value, at: pointer, expected: "a number")
      return nil
    }
    guard d.isFinite, range.contains(d) else {
      report(
        "out-of-range", at: pointer, value,
        "\(value.numberLiteral ?? "") is out of range; expected \(range.lowerBound) to "
          + "\(range.upperBound)")
      return nil
    }
    return d
  }

  /// A non-empty array read element by element; nil (and `complete` cleared) when any element
  /// is unreadable, since the scenarios would not be the ones the file asks for.
  mutating func list<T>(
    _ value: JSONValue, _ pointer: String, _ what: String,
    _ convert: (inout SweepReader, JSONValue, String) -> T?
  ) -> [T]? {
    guard let items = value.asArray else {
      wrongType(value, at: pointer, expected: "an array (\(what))")
      complete = false
      return nil
    }
    if items.isEmpty {
      report(
        "empty-axis", at: pointer, value, "\(what) has no values",
        hint: "give at least one value, or leave the key out")
      complete = false
      return nil
    }
    var out: [T] = []
    var ok = true
    for (i, item) in items.enumerated() {
      if let t = convert(&self, item, pointer + "/" + String(i)) {
        out.append(t)
      } else {
        ok = false
      }
    }
    if !ok { complete = false }
    return ok ? out : nil
  }

  /// Reports the second and later occurrences of equal values (they would make equal ids).
  mutating func rejectDuplicates<T: Equatable>(
    _ items: [T], _ values: [JSONValue], _ pointer: String, _ what: String
  ) {
    for i in items.indices where items[..<i].contains(items[i]) {
      let first = items.firstIndex(of: items[i]) ?? 0
      report(
        "duplicate-value", at: pointer + "/" + String(i),
        values.indices.contains(i) ? values[i] : nil,
        "\(what) repeats the value of \(pointer)/\(first)",
        hint: "each value of an axis must differ, or two scenarios would be the same")
      complete = false
    }
  }
}
