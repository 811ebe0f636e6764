extension Validator {
  /// Roles have sensible policy numbers; leaders name a real role and (when they teach) a real
  /// teacher record that no other leader also names.
  static func checkLeadership(_ c: Context, into out: inout [Diagnostic]) {
    let l = c.school.leadership
    let periods = c.cycle.periodCount
    for (i, role) in l.roles.enumerated() {
      let what = "Role \(role.id.raw)"
      let at = { (key: String) in Pointer.of("leadership", "roles", i, key) }
      if !(0...1).contains(role.release) {
        out.append(
          outOfRange(
            at("release"),
            "\(what) has release \(decimal(role.release)); release is a share from 0 to 1",
            hint: (1...100).contains(role.release)
              ? "release is a fraction: did you mean \(decimal(role.release / 100)) for "
                + "\(decimal(role.release))%?"
              : "0.5 means the leader teaches at most half the teachable slots"))
      }
      if let r = role.releasePeriodsPerDay, !(0...periods).contains(r) {
        out.append(
          outOfRange(
            at("releasePeriodsPerDay"),
            "\(what) releases \(r) periods a day but a day has \(periods)",
            hint: "releasePeriodsPerDay is between 0 and the periods in a day"))
      }
      if role.spanLimit < 1 {
        out.append(
          outOfRange(
            at("spanLimit"), "\(what) has span limit \(role.spanLimit)",
            hint: "the span limit is the most teachers one leader may lead, at least 1"))
      }
      if role.stipend < 0 {
        out.append(
          outOfRange(
            at("stipend"), "\(what) has a negative stipend (\(role.stipend))",
            hint: "stipends are whole currency units per year, 0 or more"))
      }
    }
    var leaderOfTeacher: [String: Int] = [:]
    for (i, leader) in l.leaders.enumerated() {
      let what = "Leader \(label(leader.name, leader.id.raw))"
      let at = { (key: String) in Pointer.of("leadership", "leaders", i, key) }
      if c.role(leader.role) == nil {
        out.append(
          unknown(
            "unknown-role", kind: "role", id: leader.role.raw, at: at("role"), in: what,
            among: l.roles.map(\.id.raw), list: "/leadership/roles"))
      }
      if let t = leader.teacher {
        if c.teacher(t) == nil {
          out.append(
            unknown(
              "unknown-teacher", kind: "teacher record", id: t.raw, at: at("teacher"), in: what,
              among: c.school.teachers.map(\.id.raw), list: "/teachers"))
        } else if let f = leaderOfTeacher[t.raw] {
          out.append(
            .error(
              "teacher-leads-twice", at: at("teacher"),
              "Teacher \(t.raw) is already leader \(l.leaders[f].id.raw) "
                + "(/leadership/leaders/\(f)); \(what.lowercasedFirst) names them again",
              hint: "one person holds one leader record; give it every team they lead"))
        } else {
          leaderOfTeacher[t.raw] = i
        }
        if !leader.unavailable.isEmpty {
          out.append(
            .warning(
              "leader-unavailable-ignored", at: at("unavailable"),
              "\(what) teaches as \(t.raw), so their own unavailability is ignored",
              hint: "put the slots in the teacher record's unavailable list instead"))
        }
      }
      checkRefs(
        leader.unavailable, at: at("unavailable"),
        in: "The unavailability of \(what.lowercasedFirst)", c,
        into: &out)
    }
  }
}
