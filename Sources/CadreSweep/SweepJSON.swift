import CadreIO
import CadreModel

/// The sweep file format `cadre-sweep/1` (docs/SWEEPS.md, docs/cadre-sweep.schema.json):
/// decoding with every problem reported at once, each at its JSON Pointer; unknown keys get a
/// did-you-mean hint and every number is range-checked here, so a decoded spec is usable.
public enum SweepJSON {
  static let topKeys = [
    "format", "name", "schools", "axes", "seed", "stepLimit", "calendarStepLimit", "timeLimit",
  ]
  static let schoolKeys = ["id", "file"]
  static let axisKeys = ["model", "leaders", "release", "span", "observations", "budgetCap"]

  /// Decodes a sweep; the spec is nil when any error was found.
  /// - Complexity: O(n) in the size of the text.
  public static func decode(_ text: String) -> (spec: SweepSpec?, diagnostics: [Diagnostic]) {
    let (root, parsed) = JSONParser.parse(text)
    guard let root else { return (nil, parsed) }
    var r = SweepReader(diagnostics: parsed)
    let spec = sweep(&r, root)
    let ok = r.complete && !r.list.hasErrors
    return (ok ? spec : nil, r.diagnostics)
  }

  static func sweep(_ r: inout SweepReader, _ root: JSONValue) -> SweepSpec? {
    guard r.object(root, at: "", "a sweep", keys: topKeys) != nil else {
      r.complete = false
      return nil
    }
    if let f = root["format"] {
      if let s = r.string(f, "/format"), s != SweepSpec.currentFormat {
        r.report(
          "unsupported-format", at: "/format", f,
          "unsupported format \"\(s)\"; this version of Cadre reads \"\(SweepSpec.currentFormat)\"",
          hint: "set \"format\": \"\(SweepSpec.currentFormat)\"")
      }
    } else {
      r.missing("format", in: "the sweep", at: "", root)
    }
    var name = ""
    if let v = root["name"] {
      name = r.string(v, "/name") ?? ""
    } else {
      r.missing("name", in: "the sweep", at: "", root)
    }
    var schools: [BaseSchool] = []
    if let v = root["schools"] {
      schools = r.list(v, "/schools", "schools") { r, v, p in school(&r, v, p) } ?? []
      let ids = schools.map(\.id)
      for (i, id) in ids.enumerated() where ids[..<i].contains(id) {
        r.report(
          "duplicate-id", at: "/schools/\(i)/id", v.asArray?[i]["id"],
          "school id \"\(id)\" is used twice", hint: "give each base school its own id")
      }
    } else {
      r.missing("schools", in: "the sweep", at: "", root)
    }
    let axes = root["axes"].map { axesValue(&r, $0, "/axes") } ?? SweepAxes()
    var spec = SweepSpec(name: name, schools: schools, axes: axes)
    if let v = root["seed"], let s = r.int(v, "/seed", in: 0...Int.max) { spec.seed = UInt64(s) }
    if let v = root["stepLimit"], let s = r.int(v, "/stepLimit", in: 1...10_000_000_000) {
      spec.stepLimit = s
    }
    if let v = root["calendarStepLimit"] {
      spec.calendarStepLimit = r.int(v, "/calendarStepLimit", in: 0...1_000_000_000)
    }
    if let v = root["timeLimit"], let t = r.double(v, "/timeLimit", in: 0.1...86_400) {
      spec.timeLimit = t
    }
    return spec
  }

  static func school(_ r: inout SweepReader, _ v: JSONValue, _ p: String) -> BaseSchool? {
    guard r.object(v, at: p, "a base school", keys: schoolKeys) != nil else { return nil }
    var id: String?
    var file: String?
    if let x = v["id"], let s = r.string(x, p + "/id") {
      if s.isEmpty || !s.unicodeScalars.allSatisfy(isIDScalar) {
        r.report(
          "bad-id", at: p + "/id", x, "school id \"\(s)\" must be letters, digits and '-'",
          hint: "it names result files and scenario ids, e.g. \"denver\"")
      } else {
        id = s
      }
    } else if v["id"] == nil {
      r.missing("id", in: "a base school", at: p, v)
    }
    if let x = v["file"], let s = r.string(x, p + "/file") {
      if s.isEmpty {
        r.report("empty-path", at: p + "/file", x, "the school file path is empty")
      } else {
        file = s
      }
    } else if v["file"] == nil {
      r.missing("file", in: "a base school", at: p, v)
    }
    guard let id, let file else { return nil }
    return BaseSchool(id: id, file: file)
  }

  static func isIDScalar(_ c: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-"
  }

  static func axesValue(_ r: inout SweepReader, _ v: JSONValue, _ p: String) -> SweepAxes {
    var axes = SweepAxes()
    guard r.object(v, at: p, "the axes", keys: axisKeys) != nil else {
      r.complete = false
      return axes
    }
    func read<T: Equatable>(
      _ r: inout SweepReader, _ key: String, _ what: String,
      _ convert: (inout SweepReader, JSONValue, String) -> T?
    ) -> [T] {
      guard let value = v[key] else { return [] }
      let pointer = p + "/" + key
      let items = r.list(value, pointer, what, convert) ?? []
      r.rejectDuplicates(items, value.asArray ?? [], pointer, what)
      return items
    }
    axes.model = read(&r, "model", "the model axis") { r, v, p in model(&r, v, p) }
    axes.leaders = read(&r, "leaders", "the leaders axis") { r, v, p in leaders(&r, v, p) }
    axes.release = read(&r, "release", "the release axis") { r, v, p in release(&r, v, p) }
    axes.span = read(&r, "span", "the span axis") { r, v, p in r.int(v, p, in: 1...100) }
    axes.observations = read(&r, "observations", "the observations axis") { r, v, p in
      observations(&r, v, p)
    }
    axes.budgetCap = read(&r, "budgetCap", "the budget cap axis") { r, v, p -> Int?? in
      if v.isNull { return .some(nil) }
      return r.int(v, p, in: 0...1_000_000_000_000).map { .some($0) }
    }
    return axes
  }

  static func model(_ r: inout SweepReader, _ v: JSONValue, _ p: String) -> LeadershipModel? {
    guard let s = r.string(v, p) else { return nil }
    if let m = LeadershipModel(rawValue: s) { return m }
    let allowed = LeadershipModel.allCases.map(\.rawValue)
    var hint = "allowed values: " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
    if let near = closestMatch(to: s, in: allowed) { hint = "did you mean \"\(near)\"? " + hint }
    r.report("bad-enum", at: p, v, "\"\(s)\" is not a leadership model", hint: hint)
    return nil
  }

  static func leaders(_ r: inout SweepReader, _ v: JSONValue, _ p: String) -> LeaderCounts? {
    let kinds = RoleKind.allCases.map(\.rawValue)
    guard let members = r.object(v, at: p, "a leaders value (role kind: count)", keys: kinds)
    else { return nil }
    if members.isEmpty {
      r.report(
        "empty-value", at: p, v, "a leaders value names no role kind",
        hint: "e.g. {\"assistantPrincipal\": 2}")
      return nil
    }
    var counts: [(kind: RoleKind, count: Int)] = []
    var ok = true
    for m in members {
      guard let kind = RoleKind(rawValue: m.key) else {
        ok = false
        continue
      }
      if let n = r.int(m.value, p + "/" + Pointer.escape(m.key), in: 0...100) {
        counts.append((kind, n))
      } else {
        ok = false
      }
    }
    if counts.contains(where: { $0.kind == .principal && $0.count > 1 }) {
      r.report(
        "out-of-range", at: p + "/principal", v["principal"], "a school has at most one principal")
      ok = false
    }
    return ok ? LeaderCounts(counts) : nil
  }

  static func release(_ r: inout SweepReader, _ v: JSONValue, _ p: String) -> ReleaseSetting? {
    if v.numberLiteral != nil {
      return r.double(v, p, in: 0...1).map { .fraction($0) }
    }
    guard v.asObject != nil else {
      r.wrongType(v, at: p, expected: "a fraction 0...1 or {\"periodsPerDay\": N}")
      return nil
    }
    guard r.object(v, at: p, "a release value", keys: ["periodsPerDay"]) != nil else { return nil }
    guard let n = v["periodsPerDay"] else {
      r.missing("periodsPerDay", in: "a release value", at: p, v)
      return nil
    }
    return r.int(n, p + "/periodsPerDay", in: 0...24).map { .periodsPerDay($0) }
  }

  static func observations(_ r: inout SweepReader, _ v: JSONValue, _ p: String)
    -> ObservationSetting?
  {
    guard r.object(v, at: p, "an observations value", keys: ["spot", "formal"]) != nil else {
      return nil
    }
    if v["spot"] == nil && v["formal"] == nil {
      r.report(
        "empty-value", at: p, v, "an observations value names neither \"spot\" nor \"formal\"",
        hint: "e.g. {\"spot\": 10, \"formal\": 1}")
      return nil
    }
    var out = ObservationSetting()
    var ok = true
    if let s = v["spot"] {
      out.spot = r.int(s, p + "/spot", in: 0...200)
      ok = ok && out.spot != nil
    }
    if let f = v["formal"] {
      out.formal = r.int(f, p + "/formal", in: 0...50)
      ok = ok && out.formal != nil
    }
    return ok ? out : nil
  }
}
