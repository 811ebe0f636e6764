import CadreModel

/// Leadership: roles, leaders and teams.
extension SchoolJSON {
  static let leadershipKeys = ["roles", "leaders", "teams", "formation"]
  static let roleKeys = [
    "id", "name", "kind", "release", "releasePeriodsPerDay", "spanLimit", "stipend", "policy",
  ]
  static let leaderKeys = ["id", "name", "role", "teacher", "unavailable"]
  static let teamKeys = ["id", "name", "leader", "members", "grade", "subject", "policy"]

  // MARK: Decoding

  static func leadershipValue(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Leadership? {
    guard let o = r.object(v, at: p, "leadership", keys: leadershipKeys) else { return nil }
    let roles = r.optionalList(o, "roles") { r, v, p in role(&r, v, p) }
    let leaders = r.optionalList(o, "leaders") { r, v, p in leader(&r, v, p) }
    let teams = r.optionalList(o, "teams") { r, v, p in team(&r, v, p) }
    let formation: TeamFormation? = r.optional(o, "formation") { r, v, p in
      r.enumeration(v, p, "team formation")
    }
    return Leadership(roles: roles, leaders: leaders, teams: teams, formation: formation)
  }

  static func role(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Role? {
    guard let o = r.object(v, at: p, "role", keys: roleKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let name = r.optionalString(o, "name") ?? ""
    let kind: RoleKind? = r.required(o, "kind") { r, v, p in r.enumeration(v, p, "role kind") }
    let release = r.optionalDouble(o, "release") ?? 0
    let perDay = r.optionalInt(o, "releasePeriodsPerDay")
    let span = r.requiredInt(o, "spanLimit")
    let stipend = r.optionalInt(o, "stipend") ?? 0
    let policy = r.optional(o, "policy") { r, v, p in policyOverride(&r, v, p) }
    guard let id, let kind, let span else { return nil }
    return Role(
      id: RoleID(id), name: name, kind: kind, release: release, releasePeriodsPerDay: perDay,
      spanLimit: span, stipend: stipend, policy: policy)
  }

  static func leader(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Leader? {
    guard let o = r.object(v, at: p, "leader", keys: leaderKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let name = r.optionalString(o, "name") ?? ""
    let role = r.requiredString(o, "role")
    let teacher = r.optionalString(o, "teacher")
    let unavailable = r.optionalList(o, "unavailable") { r, v, p in slotRef(&r, v, p) }
    guard let id, let role else { return nil }
    return Leader(
      id: LeaderID(id), name: name, role: RoleID(role), teacher: teacher.map { TeacherID($0) },
      unavailable: unavailable)
  }

  static func team(_ r: inout JSONReader, _ v: JSONValue, _ p: String) -> Team? {
    guard let o = r.object(v, at: p, "team", keys: teamKeys) else { return nil }
    let id = r.requiredString(o, "id")
    let name = r.optionalString(o, "name") ?? ""
    let leader = r.requiredString(o, "leader")
    let members = r.stringList(o, "members")
    let grade = r.optionalString(o, "grade")
    let subject = r.optionalString(o, "subject")
    let policy = r.optional(o, "policy") { r, v, p in policyOverride(&r, v, p) }
    guard let id, let leader else { return nil }
    return Team(
      id: TeamID(id), name: name, leader: LeaderID(leader),
      members: members.map { TeacherID($0) }, grade: grade, subject: subject, policy: policy)
  }

  // MARK: Encoding

  static func encodeLeadership(_ l: Leadership) -> JSONValue {
    var b = JSONObjectBuilder()
    b.list("roles", l.roles) { role in
      var rb = JSONObjectBuilder()
      rb.string("id", role.id.raw)
      rb.string("name", role.name, omitting: "")
      rb.string("kind", role.kind.rawValue)
      if role.release != 0 { rb.set("release", .double(role.release)) }
      rb.int("releasePeriodsPerDay", role.releasePeriodsPerDay)
      rb.int("spanLimit", role.spanLimit)
      rb.int("stipend", role.stipend, omitting: 0)
      if let p = role.policy { rb.set("policy", encodePolicyOverride(p)) }
      return rb.value
    }
    b.list("leaders", l.leaders) { leader in
      var lb = JSONObjectBuilder()
      lb.string("id", leader.id.raw)
      lb.string("name", leader.name, omitting: "")
      lb.string("role", leader.role.raw)
      lb.string("teacher", leader.teacher?.raw)
      lb.list("unavailable", leader.unavailable, encodeSlot)
      return lb.value
    }
    b.list("teams", l.teams) { team in
      var tb = JSONObjectBuilder()
      tb.string("id", team.id.raw)
      tb.string("name", team.name, omitting: "")
      tb.string("leader", team.leader.raw)
      tb.strings("members", team.members.map(\.raw))
      tb.string("grade", team.grade)
      tb.string("subject", team.subject)
      if let p = team.policy { tb.set("policy", encodePolicyOverride(p)) }
      return tb.value
    }
    b.string("formation", l.formation?.rawValue)
    return b.value
  }
}
