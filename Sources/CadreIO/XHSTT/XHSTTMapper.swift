import CadreModel

/// Maps the DOM of an XHSTT archive to model values, collecting diagnostics. One instance at a
/// time: the id tables below belong to the instance being read.
struct XHSTTMapper {
  /// Every problem met, capped at `DiagnosticList.limit` whole messages.
  var list = DiagnosticList()
  var diagnostics: [Diagnostic] { list.all }

  // MARK: Scratch (per instance)

  var timeGroupIds: [String: Int] = [:]
  var timeIds: [String: Int] = [:]
  var resourceTypeIds: [String: Int] = [:]
  var resourceGroupIds: [String: Int] = [:]
  var resourceIds: [String: Int] = [:]
  var eventGroupIds: [String: Int] = [:]
  var eventIds: [String: Int] = [:]
  /// Points of application and event resources so far, after groups are expanded
  /// (`XLimits.maxExpanded`), and whether that limit was reported.
  var expanded = 0
  var expandedReported = false

  // MARK: Archive

  mutating func archive(_ root: XMLNode) -> XArchive? {
    switch root.name {
    case "HighSchoolTimetableArchive":
      var instances: [XInstance] = []
      if let list = root.child("Instances") {
        for node in list.children("Instance") {
          if let inst = instance(node) { instances.append(inst) }
        }
      }
      var groups: [XSolutionGroup] = []
      if let list = root.child("SolutionGroups") {
        for node in list.children("SolutionGroup") { groups.append(solutionGroup(node)) }
      }
      return XArchive(id: root.attributes["Id"], instances: instances, solutionGroups: groups)
    case "Instance":
      guard let inst = instance(root) else { return nil }
      return XArchive(id: nil, instances: [inst])
    default:
      error(
        "xhstt-unexpected-root", at: "", root,
        "the root element is <\(root.name)>, not <HighSchoolTimetableArchive>",
        hint: "an XHSTT file starts with <HighSchoolTimetableArchive>")
      return nil
    }
  }

  // MARK: Diagnostics

  mutating func error(
    _ code: String, at pointer: String, _ node: XMLNode, _ message: String, hint: String? = nil
  ) {
    list.append(
      Diagnostic(
        .error, code: code, pointer: pointer, message: message, hint: hint,
        line: node.line > 0 ? node.line : nil, column: node.column > 0 ? node.column : nil))
  }

  mutating func warning(_ code: String, at pointer: String, _ node: XMLNode, _ message: String) {
    list.append(
      Diagnostic(
        .warning, code: code, pointer: pointer, message: message,
        line: node.line > 0 ? node.line : nil, column: node.column > 0 ? node.column : nil))
  }

  /// The `Id` attribute, or an error.
  mutating func id(_ node: XMLNode, at pointer: String) -> String? {
    if let v = node.attributes["Id"], !v.isEmpty { return v }
    error(
      "xhstt-missing-attribute", at: pointer, node, "<\(node.name)> has no Id attribute")
    return nil
  }

  /// The required child `name`, or an error naming it.
  mutating func required(_ node: XMLNode, _ name: String, at pointer: String) -> XMLNode? {
    if let c = node.child(name) { return c }
    error(
      "xhstt-missing-element", at: pointer, node,
      "<\(node.name)> has no <\(name)> child", hint: "add <\(name)> (the format requires it)")
    return nil
  }

  /// The text of required child `name`.
  mutating func requiredText(_ node: XMLNode, _ name: String, at pointer: String) -> String? {
    required(node, name, at: pointer)?.text
  }

  /// The integer text of `node`, or an error.
  mutating func integer(_ node: XMLNode, at pointer: String) -> Int? {
    if let v = Int(node.text) { return v }
    error(
      "xhstt-bad-number", at: pointer + "/" + Pointer.escape(node.name), node,
      "<\(node.name)> holds '\(node.text)', not an integer")
    return nil
  }

  /// The integer in required child `name`.
  mutating func requiredInteger(_ node: XMLNode, _ name: String, at pointer: String) -> Int? {
    guard let c = required(node, name, at: pointer) else { return nil }
    return integer(c, at: pointer)
  }

  /// The integer in optional child `name` (nil when absent; an error when unreadable).
  mutating func optionalInteger(_ node: XMLNode, _ name: String, at pointer: String) -> Int? {
    guard let c = node.child(name) else { return nil }
    return integer(c, at: pointer)
  }

  /// The integer in child `name` (required unless `optional`), which must lie in `range`;
  /// outside it is an `xhstt-out-of-range` error and nil.
  mutating func integer(
    _ node: XMLNode, _ name: String, in range: ClosedRange<Int>, optional: Bool = false,
    at pointer: String
  ) -> Int? {
    guard let c = optional ? node.child(name) : required(node, name, at: pointer),
      let v = integer(c, at: pointer)
    else { return nil }
    guard range.contains(v) else {
      error(
        "xhstt-out-of-range", at: pointer + "/" + Pointer.escape(name), c,
        "<\(name)> holds \(v); Cadre reads \(range.lowerBound)...\(range.upperBound) here",
        hint: "use a value in \(range.lowerBound)...\(range.upperBound)")
      return nil
    }
    return v
  }

  /// Counts `n` more points of application or event resources against
  /// `XLimits.maxExpanded`; false (and one `xhstt-too-large` error) once it is exceeded.
  mutating func admit(_ n: Int, _ node: XMLNode, at pointer: String) -> Bool {
    expanded = XLimits.sum(expanded, n)
    if expanded <= XLimits.maxExpanded { return true }
    if !expandedReported {
      expandedReported = true
      error(
        "xhstt-too-large", at: pointer, node,
        "the instance has more than \(XLimits.maxExpanded) points of application and event "
          + "resources (groups counted by their members)",
        hint: "split the instance, or list fewer groups in AppliesTo")
    }
    return false
  }

  /// Resolves the `Reference` attribute of `node` in `table`; an unknown or missing reference is
  /// an error naming the element and the id, with the closest known id as a hint.
  mutating func reference(
    _ node: XMLNode, in table: [String: Int], what: String, at pointer: String
  ) -> Int? {
    guard let ref = node.attributes["Reference"] else {
      error(
        "xhstt-missing-attribute", at: pointer, node,
        "<\(node.name)> has no Reference attribute")
      return nil
    }
    if let i = table[ref] { return i }
    let near = closestMatch(to: ref, in: table.keys.sorted())
    error(
      "xhstt-unknown-reference", at: pointer, node,
      "<\(node.name) Reference=\"\(ref)\"> names no \(what)",
      hint: near.map { "did you mean '\($0)'?" } ?? "declare the \(what) '\(ref)' first")
    return nil
  }

  /// Records `id` at `index` in `table`; a duplicate is an error.
  mutating func declare(
    _ id: String, _ index: Int, in table: WritableKeyPath<XHSTTMapper, [String: Int]>,
    _ node: XMLNode, what: String, at pointer: String
  ) {
    if self[keyPath: table][id] != nil {
      error("xhstt-duplicate-id", at: pointer, node, "the \(what) Id '\(id)' is declared twice")
      return
    }
    self[keyPath: table][id] = index
  }
}
