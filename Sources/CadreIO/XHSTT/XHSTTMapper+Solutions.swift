import CadreModel

/// `<SolutionGroups>`: kept raw (ids as written), resolved later against an instance.
extension XHSTTMapper {
  mutating func solutionGroup(_ node: XMLNode) -> XSolutionGroup {
    let gid = id(node, at: "/SolutionGroups") ?? ""
    let p = Pointer.of("SolutionGroups", gid)
    var group = XSolutionGroup(id: gid)
    group.metadata =
      node.child("MetaData")?.children.map { XNamedText(name: $0.name, text: $0.text) } ?? []
    for s in node.children("Solution") { group.solutions.append(solution(s, at: p)) }
    return group
  }

  private mutating func solution(_ node: XMLNode, at p: String) -> XSolution {
    var s = XSolution(instanceId: node.attributes["Reference"] ?? "")
    if node.attributes["Reference"] == nil {
      error("xhstt-missing-attribute", at: p, node, "<Solution> has no Reference attribute")
    }
    let sp = p + "/" + Pointer.escape(s.instanceId)
    s.description = node.child("Description")?.text
    s.runningTime = node.child("RunningTime")?.text
    for (n, e) in (node.child("Events")?.children("Event") ?? []).enumerated() {
      let ep = sp + "/Events/\(n)"
      guard let ref = e.attributes["Reference"] else {
        error("xhstt-missing-attribute", at: ep, e, "<Event> has no Reference attribute")
        continue
      }
      var se = XSolutionEvent(eventId: ref, line: e.line > 0 ? e.line : nil)
      se.duration = optionalInteger(e, "Duration", at: ep)
      if let t = e.child("Time") {
        if let tr = t.attributes["Reference"] {
          se.timeId = tr
        } else {
          error("xhstt-missing-attribute", at: ep, t, "<Time> has no Reference attribute")
        }
      }
      for r in e.child("Resources")?.children("Resource") ?? [] {
        guard let rr = r.attributes["Reference"] else {
          error("xhstt-missing-attribute", at: ep, r, "<Resource> has no Reference attribute")
          continue
        }
        se.resources.append(XSolutionResource(reference: rr, role: r.child("Role")?.text))
      }
      s.events.append(se)
    }
    if let report = node.child("Report") {
      s.reportedInfeasibility = optionalInteger(report, "InfeasibilityValue", at: sp + "/Report")
      s.reportedObjective = optionalInteger(report, "ObjectiveValue", at: sp + "/Report")
    }
    return s
  }
}
