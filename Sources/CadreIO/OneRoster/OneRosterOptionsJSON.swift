import CadreModel

/// The options file of `cadre import oneroster` (`cadre-oneroster-options/1`,
/// docs/ONEROSTER.md): what the export does not say. Every key but `format` is optional:
///
/// ```json
/// {"format": "cadre-oneroster-options/1", "name": "Lincoln High",
///  "cycle": {"days": ["Mon", ...], "periods": [{"name": "1", "start": "08:00", "end": "08:50"}]},
///  "meetings": {"default": 5, "byCourse": {"ART-1": 3}},
///  "duration": {"default": 1, "byCourse": {"CHEM-LAB": 2}}, "locations": true}
/// ```
///
/// `cycle` is a `cadre/1` cycle (docs/FORMAT.md); `byCourse` keys are course sourcedIds or
/// courseCodes. `locations` (default false) makes each section's `location` its fixed room.
public enum OneRosterOptionsJSON {
  static let keys = ["format", "name", "term", "cycle", "meetings", "duration", "locations"]
  static let countKeys = ["default", "byCourse"]

  /// The options, or nil with the errors why not.
  public static func decode(bytes: [UInt8]) -> (OneRosterOptions?, [Diagnostic]) {
    let (root, parsed) = JSONParser.parse(bytes: bytes)
    guard let root else { return (nil, parsed) }
    var r = JSONReader(diagnostics: parsed)
    guard let o = r.object(root, at: "", "options file", keys: keys) else {
      return (nil, r.diagnostics)
    }
    let format = r.requiredString(o, "format")
    if let format, format != OneRosterOptions.currentFormat {
      r.report(
        "unsupported-format", at: "/format", root["format"],
        "unsupported format \"\(format)\"; this version of Cadre reads "
          + "\"\(OneRosterOptions.currentFormat)\"",
        hint: "set \"format\": \"\(OneRosterOptions.currentFormat)\"")
    }
    var options = OneRosterOptions()
    options.name = r.optionalString(o, "name")
    options.term = r.optionalString(o, "term")
    options.locations = r.optionalBool(o, "locations") ?? false
    options.cycle = r.optional(o, "cycle") { r, v, p in SchoolJSON.cycleValue(&r, v, p) }
    if let (d, by) = r.optional(o, "meetings", { r, v, p in counts(&r, v, p, "meetings") }) {
      (options.meetings, options.meetingsByCourse) = (d, by)
    }
    if let (d, by) = r.optional(o, "duration", { r, v, p in counts(&r, v, p, "duration") }) {
      (options.duration, options.durationByCourse) = (d, by)
    }
    let failed = !r.complete || r.diagnostics.contains { $0.severity == .error }
    return (failed ? nil : options, r.diagnostics)
  }

  /// `{"default": N, "byCourse": {"ID": N}}`, every number at least 1.
  static func counts(_ r: inout JSONReader, _ v: JSONValue, _ p: String, _ what: String) -> (
    Int?, [String: Int]
  )? {
    guard let o = r.object(v, at: p, what, keys: countKeys) else { return nil }
    let positive = { (r: inout JSONReader, v: JSONValue, p: String) -> Int? in
      guard let n = r.int(v, p) else { return nil }
      guard n >= 1, n <= 100 else {
        r.report("out-of-range", at: p, v, "\(what) must be 1 to 100, got \(n)")
        return nil
      }
      return n
    }
    let d = r.optional(o, "default", positive)
    var by: [String: Int] = [:]
    if let table = o.value["byCourse"] {
      if let members = table.asObject {
        for m in members {
          if let n = positive(&r, m.value, p + "/byCourse/" + Pointer.escape(m.key)) {
            by[m.key] = n
          }
        }
      } else {
        r.wrongType(table, at: p + "/byCourse", expected: "an object of course ids to numbers")
      }
    }
    return (d, by)
  }

  /// The options as a file (keys in the order above, absent values left out).
  public static func encode(_ options: OneRosterOptions) -> String {
    var b = JSONObjectBuilder()
    b.string("format", OneRosterOptions.currentFormat)
    if let name = options.name { b.string("name", name) }
    if let term = options.term { b.string("term", term) }
    if let cycle = options.cycle { b.set("cycle", SchoolJSON.encodeCycle(cycle)) }
    for (key, d, by) in [
      ("meetings", options.meetings, options.meetingsByCourse),
      ("duration", options.duration, options.durationByCourse),
    ] where d != nil || !by.isEmpty {
      var c = JSONObjectBuilder()
      if let d { c.int("default", d) }
      if !by.isEmpty {
        c.set(
          "byCourse", .object(by.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) }))
      }
      b.set(key, c.value)
    }
    if options.locations { b.set("locations", .bool(true)) }
    return JSONWriter.write(b.value)
  }
}
