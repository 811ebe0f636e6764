import CadreModel

/// Roles that must be filled but cannot be: an AssignResource point (an event's open role)
/// whose resource type has no resource, or whose required PreferResources constraint prefers
/// no resource at all (an empty resource group). Either way no solution can avoid the cost, so
/// the file is refused, at the constraint's line.
extension XHSTTMapper {
  mutating func checkRoles(_ inst: XInstance, _ nodes: [XMLNode], at: String) {
    var typeSize = [Int](repeating: 0, count: inst.resourceTypes.count)
    for r in inst.resources where typeSize.indices.contains(r.type) { typeSize[r.type] += 1 }
    // (event, role) pairs that must be filled.
    var mustFill = Set<String>()
    for (c, node) in zip(inst.constraints, nodes) {
      guard case .assignResource(let events, let role) = c.kind else { continue }
      for e in events {
        guard let j = inst.events[e].openRole(named: role) else { continue }
        mustFill.insert("\(e)\u{0}\(role)")
        let er = inst.events[e].resources[inst.events[e].openRoles[j]]
        if let t = er.type, typeSize.indices.contains(t), typeSize[t] == 0 {
          error(
            "xhstt-empty-role", at: at + "/" + Pointer.escape(c.id), node,
            "event '\(inst.events[e].id)' role '\(role)' must be filled (constraint '\(c.id)'), "
              + "but resource type '\(inst.resourceTypes[t].id)' has no resource",
            hint: "declare a resource of that type, or drop the role")
        }
      }
    }
    for (c, node) in zip(inst.constraints, nodes) where c.required {
      guard case .preferResources(let events, let role, let resources) = c.kind,
        resources.isEmpty
      else { continue }
      for e in events where mustFill.contains("\(e)\u{0}\(role)") {
        error(
          "xhstt-empty-role", at: at + "/" + Pointer.escape(c.id), node,
          "event '\(inst.events[e].id)' role '\(role)' must be filled, but the required "
            + "constraint '\(c.id)' prefers no resource (its resource groups are empty)",
          hint: "put resources in the group, or make the constraint not required")
        break
      }
    }
  }
}
