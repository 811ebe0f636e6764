import CadreModel

/// Shortcuts for the common field shapes, so the decoders read like the format tables.
extension JSONReader {
  mutating func requiredString(_ o: Object, _ key: String) -> String? {
    required(o, key) { r, v, p in r.string(v, p) }
  }

  mutating func optionalString(_ o: Object, _ key: String) -> String? {
    optional(o, key) { r, v, p in r.string(v, p) }
  }

  mutating func requiredInt(_ o: Object, _ key: String) -> Int? {
    required(o, key) { r, v, p in r.int(v, p) }
  }

  mutating func optionalInt(_ o: Object, _ key: String) -> Int? {
    optional(o, key) { r, v, p in r.int(v, p) }
  }

  mutating func optionalDouble(_ o: Object, _ key: String) -> Double? {
    optional(o, key) { r, v, p in r.double(v, p) }
  }

  mutating func optionalBool(_ o: Object, _ key: String) -> Bool? {
    optional(o, key) { r, v, p in r.bool(v, p) }
  }

  /// An optional array of strings, `[]` when absent.
  mutating func stringList(_ o: Object, _ key: String) -> [String] {
    optional(o, key) { r, v, p in r.strings(v, p) } ?? []
  }

  /// A required array whose elements are read with `convert`.
  mutating func requiredList<T>(
    _ o: Object, _ key: String, _ convert: (inout JSONReader, JSONValue, String) -> T?
  ) -> [T]? {
    required(o, key) { r, v, p in r.list(v, p, convert) }
  }

  /// An optional array whose elements are read with `convert`, `[]` when absent.
  mutating func optionalList<T>(
    _ o: Object, _ key: String, _ convert: (inout JSONReader, JSONValue, String) -> T?
  ) -> [T] {
    optional(o, key) { r, v, p in r.list(v, p, convert) } ?? []
  }
}

/// Builds an object for encoding, leaving out absent values and values equal to the format's
/// default so that written files stay short and still decode to the same school.
struct JSONObjectBuilder {
  private(set) var members: [(String, JSONValue)] = []

  var value: JSONValue { .object(members) }

  mutating func set(_ key: String, _ value: JSONValue) { members.append((key, value)) }

  mutating func string(_ key: String, _ s: String?, omitting: String? = nil) {
    guard let s, s != omitting else { return }
    members.append((key, .string(s)))
  }

  mutating func int(_ key: String, _ i: Int?, omitting: Int? = nil) {
    guard let i, i != omitting else { return }
    members.append((key, .integer(i)))
  }

  mutating func strings(_ key: String, _ list: [String]) {
    guard !list.isEmpty else { return }
    members.append((key, .array(list.map { .string($0) })))
  }

  mutating func list<T>(_ key: String, _ items: [T], _ encode: (T) -> JSONValue) {
    guard !items.isEmpty else { return }
    members.append((key, .array(items.map(encode))))
  }
}
