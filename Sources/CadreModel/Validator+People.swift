extension Validator {
  /// Teachers, classes and rooms: limits and counts are positive, costs not negative, and
  /// every id and slot they name exists.
  static func checkPeople(_ c: Context, into out: inout [Diagnostic]) {
    let s = c.school
    let teamIDs = s.leadership.teams.map(\.id.raw)
    for (i, t) in s.teachers.enumerated() {
      let who = "Teacher \(label(t.name, t.id.raw))"
      for (key, v) in [("maxPerDay", t.maxPerDay), ("maxPerWeek", t.maxPerWeek)] {
        if let v, v < 1 {
          out.append(
            outOfRange(
              Pointer.of("teachers", i, key), "\(who) has \(key) \(v); it must be at least 1",
              hint: "leave \(key) out for no limit"))
        }
      }
      if let cost = t.costPerPeriod, cost < 0 {
        out.append(
          outOfRange(
            Pointer.of("teachers", i, "costPerPeriod"),
            "\(who) has a negative cost per period (\(cost))",
            hint: "costs are whole currency units, 0 or more"))
      }
      checkRefs(
        t.unavailable, at: Pointer.of("teachers", i, "unavailable"),
        in: "The unavailability of \(who.lowercasedFirst)", c, into: &out)
      if let team = t.team, c.teamIndex[team.raw] == nil {
        out.append(
          unknown(
            "unknown-team", kind: "team", id: team.raw, at: Pointer.of("teachers", i, "team"),
            in: who, among: teamIDs, list: "/leadership/teams"))
      }
    }
    for (i, k) in s.classes.enumerated() {
      let what = "Class \(label(k.name, k.id.raw))"
      if let n = k.students, n < 1 {
        out.append(
          outOfRange(
            Pointer.of("classes", i, "students"), "\(what) has \(n) students",
            hint: "students is at least 1; leave it out when unknown"))
      }
      checkRefs(
        k.unavailable, at: Pointer.of("classes", i, "unavailable"),
        in: "The unavailability of class \(k.id.raw)", c, into: &out)
      if let r = k.homeRoom {
        if let room = c.room(r) {
          if let cap = room.capacity, let n = k.students, cap < n, cap >= 1 {
            out.append(
              .error(
                "room-too-small", at: Pointer.of("classes", i, "homeRoom"),
                "\(what) has \(n) students but its home room \(label(room.name, room.id.raw)) "
                  + "seats \(cap)",
                hint: "choose a larger home room or correct the capacity"))
          }
        } else {
          out.append(
            unknown(
              "unknown-room", kind: "home room", id: r.raw,
              at: Pointer.of("classes", i, "homeRoom"), in: what,
              among: s.rooms.map(\.id.raw), list: "/rooms"))
        }
      }
    }
    for (i, r) in s.rooms.enumerated() {
      if let cap = r.capacity, cap < 1 {
        out.append(
          outOfRange(
            Pointer.of("rooms", i, "capacity"),
            "Room \(label(r.name, r.id.raw)) has capacity \(cap)",
            hint: "capacity is at least 1; leave it out when it does not matter"))
      }
      checkRefs(
        r.unavailable, at: Pointer.of("rooms", i, "unavailable"),
        in: "The unavailability of room \(r.id.raw)", c, into: &out)
    }
  }
}

extension String {
  /// "Teacher" -> "teacher".
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
