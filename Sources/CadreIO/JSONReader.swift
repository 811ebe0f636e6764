import CadreModel

/// Reads parsed JSON into model values and collects every structural problem on the way, each
/// with its JSON Pointer and the line and column of the offending value.
///
/// The rule for what a problem costs: a required value that is missing or unreadable makes the
/// entity holding it impossible to build, so `complete` turns false (and the decoder returns no
/// school); an optional value that is unreadable is reported and replaced by its default; an
/// unknown key is reported and ignored. Reading always goes on, so one pass reports everything.
struct JSONReader {
  /// Every problem met, capped at `DiagnosticList.limit` whole messages.
  var list = DiagnosticList()
  var diagnostics: [Diagnostic] { list.all }
  /// False once a required value could not be read.
  var complete = true

  init(diagnostics: [Diagnostic] = []) { list = DiagnosticList(diagnostics) }

  /// An object whose keys have been checked against the allowed ones.
  struct Object {
    var value: JSONValue
    var pointer: String
    /// What the object is, for messages ("teacher", "lesson").
    var what: String
  }

  mutating func report(
    _ code: String, at pointer: String, _ value: JSONValue?, _ message: String,
    hint: String? = nil
  ) {
    let known = value.map { $0.line > 0 } ?? false
    list.append(
      Diagnostic(
        .error, code: code, pointer: pointer, message: message, hint: hint,
        line: known ? value?.line : nil, column: known ? value?.column : nil))
  }

  // MARK: Objects and fields

  /// `value` as an object of kind `what` whose keys must be among `keys` (in the order the
  /// format lists them, which is also the order of the hint).
  mutating func object(_ value: JSONValue, at pointer: String, _ what: String, keys: [String])
    -> Object?
  {
    guard let members = value.asObject else {
      wrongType(value, at: pointer, expected: "an object (\(what))")
      return nil
    }
    for member in members where !keys.contains(member.key) {
      let hint: String
      if let near = closestMatch(to: member.key, in: keys) {
        hint = "did you mean \"\(near)\"?"
      } else {
        hint = "allowed keys in a \(what): " + keys.joined(separator: ", ")
      }
      list.append(
        Diagnostic(
          .error, code: "unknown-key", pointer: pointer + "/" + Pointer.escape(member.key),
          message: "unknown key \"\(member.key)\" in \(what)", hint: hint,
          line: member.keyLine > 0 ? member.keyLine : nil,
          column: member.keyColumn > 0 ? member.keyColumn : nil))
    }
    return Object(value: value, pointer: pointer, what: what)
  }

  /// A required field read with `convert`; reports `missing-field` when absent and clears
  /// `complete` when absent or unreadable.
  mutating func required<T>(
    _ object: Object, _ key: String,
    _ convert: (inout JSONReader, JSONValue, String) -> T?
  ) -> T? {
    let pointer = object.pointer + "/" + Pointer.escape(key)
    guard let value = object.value[key] else {
      report(
        "missing-field", at: pointer, object.value,
        "\(object.what) is missing the required field \"\(key)\"")
      complete = false
      return nil
    }
    guard let result = convert(&self, value, pointer) else {
      complete = false
      return nil
    }
    return result
  }

  /// An optional field read with `convert`; nil when absent or unreadable (then reported).
  mutating func optional<T>(
    _ object: Object, _ key: String,
    _ convert: (inout JSONReader, JSONValue, String) -> T?
  ) -> T? {
    guard let value = object.value[key] else { return nil }
    return convert(&self, value, object.pointer + "/" + Pointer.escape(key))
  }

  /// Whether the object has `key` at all (to tell "absent" from "unreadable").
  func has(_ object: Object, _ key: String) -> Bool { object.value[key] != nil }

  // MARK: Converters (each reports its own failure)

  mutating func wrongType(_ value: JSONValue, at pointer: String, expected: String) {
    report(
      "wrong-type", at: pointer, value, "expected \(expected), found \(value.typeDescription)",
      hint: Self.hint(for: value, expected: expected))
  }

  /// What the user most likely meant, for the mistakes people make by hand: a share written
  /// as "50%", a number or a boolean in quotes, money with a symbol, an id without quotes, one
  /// value where a list is wanted.
  static func hint(for value: JSONValue, expected: String) -> String? {
    let wantsNumber = expected.hasPrefix("a number") || expected.hasPrefix("an integer")
    if let s = value.asString {
      let text = String(s.trimmed)
      if wantsNumber, text.hasSuffix("%"), let n = Double(text.dropLast()) {
        let share = NumberText.trimmed(n / 100, digits: 4)
        return "a share is a fraction: write \(share) for \(text), without quotes"
      }
      let money = text.filter { !"$€£, ".contains($0) }
      if wantsNumber, Double(text) == nil, money != text, Double(money) != nil {
        return "write money as a plain whole number, without symbols or commas: \(money)"
      }
      if wantsNumber, Double(text) != nil {
        return "write the number without quotes: \(text)"
      }
      if expected == "true or false", ["true", "false"].contains(text.lowercased()) {
        return "write \(text.lowercased()) without quotes"
      }
      if expected.hasPrefix("an array") { return "write a list, even of one: [\"\(s)\"]" }
    }
    if let literal = value.numberLiteral, expected.hasPrefix("a string") {
      return "ids and names are strings: write \"\(literal)\" in quotes"
    }
    if value.asObject == nil, value.asArray == nil, expected.hasPrefix("an array") {
      return "write a list, even of one value: [ ... ]"
    }
    return nil
  }

  mutating func string(_ value: JSONValue, _ pointer: String) -> String? {
    guard let s = value.asString else {
      wrongType(value, at: pointer, expected: "a string")
      return nil
    }
    return s
  }

  mutating func int(_ value: JSONValue, _ pointer: String) -> Int? {
    if let i = value.asInt { return i }
    if let literal = value.numberLiteral {
      let tooLarge =
        Int(literal) == nil && !literal.contains(".") && !literal.contains("e")
        && !literal.contains("E")
      report(
        "not-integer", at: pointer, value,
        tooLarge
          ? "expected an integer, found \(literal), which is too large"
          : "expected an integer, found number \(literal)",
        hint: "this field counts whole units; write a whole number")
      return nil
    }
    wrongType(value, at: pointer, expected: "an integer")
    return nil
  }

  mutating func double(_ value: JSONValue, _ pointer: String) -> Double? {
    guard let d = value.asDouble else {
      wrongType(value, at: pointer, expected: "a number")
      return nil
    }
    return d
  }

  mutating func bool(_ value: JSONValue, _ pointer: String) -> Bool? {
    guard let b = value.asBool else {
      wrongType(value, at: pointer, expected: "true or false")
      return nil
    }
    return b
  }

  /// An array whose elements are read with `convert`; nil (and `complete` cleared) when it is
  /// not an array or any element is unreadable, since dropping an element would shift the
  /// indices every later diagnostic refers to.
  mutating func list<T>(
    _ value: JSONValue, _ pointer: String,
    _ convert: (inout JSONReader, JSONValue, String) -> T?
  ) -> [T]? {
    guard let items = value.asArray else {
      wrongType(value, at: pointer, expected: "an array")
      return nil
    }
    var out: [T] = []
    out.reserveCapacity(items.count)
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

  mutating func strings(_ value: JSONValue, _ pointer: String) -> [String]? {
    list(value, pointer) { r, v, p in r.string(v, p) }
  }

  mutating func time(_ value: JSONValue, _ pointer: String) -> TimeOfDay? {
    guard let s = string(value, pointer) else { return nil }
    guard let t = TimeOfDay(s) else {
      report(
        "bad-time", at: pointer, value, "\"\(s)\" is not a time of day; expected \"HH:MM\"",
        hint: "write times on a 24-hour clock with two-digit hours, e.g. \"08:30\" or \"13:05\"")
      return nil
    }
    return t
  }

  mutating func date(_ value: JSONValue, _ pointer: String) -> CivilDate? {
    guard let s = string(value, pointer) else { return nil }
    if let d = CivilDate(s) { return d }
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    var message = "\"\(s)\" is not a date; expected \"YYYY-MM-DD\""
    if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), Int(parts[2]) != nil
    {
      message =
        "\"\(s)\" is not a date: \(parts[0])-\(parts[1]) has "
        + "\(CivilDate.daysIn(month: m, year: y)) days"
    }
    report("bad-date", at: pointer, value, message, hint: "write dates as \"2026-08-24\"")
    return nil
  }

  /// One of an enumeration's raw values; `bad-enum` lists the allowed ones.
  mutating func enumeration<E: RawRepresentable & CaseIterable>(
    _ value: JSONValue, _ pointer: String, _ what: String
  ) -> E? where E.RawValue == String {
    guard let s = string(value, pointer) else { return nil }
    if let e = E(rawValue: s) { return e }
    let allowed = E.allCases.map(\.rawValue)
    var hint = "allowed values: " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
    if let near = closestMatch(to: s, in: allowed) { hint = "did you mean \"\(near)\"? " + hint }
    report("bad-enum", at: pointer, value, "\"\(s)\" is not a \(what)", hint: hint)
    return nil
  }
}
