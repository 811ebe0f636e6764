/// A JSON value with the 1-based line and column where it starts in the parsed text (0 when the
/// value was built in code). Every decoder diagnostic can therefore point at the exact place in
/// the user's file.
///
/// Numbers keep their literal text so that integers stay exact however large; `asInt` and
/// `asDouble` interpret it on demand. Objects keep their members in file order.
///
/// Equality compares content only (kinds, keys in order, number literals), never positions, so
/// a parsed document equals the same document built in code.
public struct JSONValue: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's literal text, valid RFC 8259 number syntax.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }

  public var kind: Kind
  // Positions are stored in 32 bits (a 64 MiB input has fewer lines and columns than that), so
  // a value takes 32 bytes instead of 40: a parsed document stays within a few times its size.
  private var storedLine: UInt32
  private var storedColumn: UInt32

  /// 1-based line of the value's first character; 0 when unknown.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }
  /// 1-based column (in Unicode scalars) of the value's first character; 0 when unknown.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }

  public init(_ kind: Kind, line: Int = 0, column: Int = 0) {
    self.kind = kind
    self.storedLine = UInt32(clamping: line)
    self.storedColumn = UInt32(clamping: column)
  }

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.kind == b.kind }
}

/// One `"key": value` member of an object, with where its key starts.
public struct JSONMember: Sendable, Equatable {
  public var key: String
  public var value: JSONValue
  private var storedKeyLine: UInt32
  private var storedKeyColumn: UInt32

  public var keyLine: Int { Int(storedKeyLine) }
  public var keyColumn: Int { Int(storedKeyColumn) }

  public init(key: String, value: JSONValue, keyLine: Int = 0, keyColumn: Int = 0) {
    self.key = key
    self.value = value
    self.storedKeyLine = UInt32(clamping: keyLine)
    self.storedKeyColumn = UInt32(clamping: keyColumn)
  }

  public static func == (a: JSONMember, b: JSONMember) -> Bool {
    a.key == b.key && a.value == b.value
  }
}

// MARK: Building values in code

extension JSONValue {
  public static let null = JSONValue(.null)

  public static func bool(_ b: Bool) -> JSONValue { JSONValue(.bool(b)) }

  public static func string(_ s: String) -> JSONValue { JSONValue(.string(s)) }

  public static func integer(_ i: Int) -> JSONValue { JSONValue(.number(String(i))) }

  /// A double written in the shortest form that reads back to the same value; integral values
  /// are written without a fraction ("1", not "1.0"). JSON has no NaN or infinity: those
  /// become `null`.
  public static func double(_ d: Double) -> JSONValue {
    guard d.isFinite else { return .null }
    if d == d.rounded(), abs(d) < 9_007_199_254_740_992 {
      return JSONValue(.number(String(Int(d))))
    }
    return JSONValue(.number(d.description))
  }

  public static func array(_ items: [JSONValue]) -> JSONValue { JSONValue(.array(items)) }

  /// An object with members in the given order.
  public static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }
}

// MARK: Reading values

extension JSONValue {
  public var asString: String? {
    if case .string(let s) = kind { return s }
    return nil
  }

  public var asBool: Bool? {
    if case .bool(let b) = kind { return b }
    return nil
  }

  public var asArray: [JSONValue]? {
    if case .array(let a) = kind { return a }
    return nil
  }

  public var asObject: [JSONMember]? {
    if case .object(let m) = kind { return m }
    return nil
  }

  public var isNull: Bool { kind == .null }

  /// The number's literal text, when this is a number.
  public var numberLiteral: String? {
    if case .number(let n) = kind { return n }
    return nil
  }

  /// The number as an exact integer: a plain integer literal that fits in `Int`, or a literal
  /// with a zero fraction or an exponent whose value is a whole number below 2^53 ("2.0",
  /// "1e3"), as JSON Schema's `integer` type allows. Nil otherwise.
  public var asInt: Int? {
    guard let literal = numberLiteral else { return nil }
    if let i = Int(literal) { return i }
    guard let d = Double(literal), d.isFinite, d == d.rounded(),
      abs(d) < 9_007_199_254_740_992
    else { return nil }
    return Int(d)
  }

  /// The number as the nearest double (very large literals become infinite).
  public var asDouble: Double? {
    guard let literal = numberLiteral else { return nil }
    return Double(literal)
  }

  /// The first member named `key`, when this is an object.
  /// - Complexity: O(members); school objects have a handful of keys.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = kind else { return nil }
    return members.first(where: { $0.key == key })?.value
  }

  /// A short description of what this value is, for messages: `string "five"`, `number 2.5`,
  /// `array`, `object`, `null`, `boolean true`.
  public var typeDescription: String {
    switch kind {
    case .null: return "null"
    case .bool(let b): return "boolean \(b)"
    case .number(let n): return "number \(n.count > 24 ? String(n.prefix(24)) + "..." : n)"
    case .string(let s):
      let shown = s.count > 40 ? String(s.prefix(40)) + "..." : s
      return "string " + JSONWriter.quoted(shown)
    case .array: return "array"
    case .object: return "object"
    }
  }
}
