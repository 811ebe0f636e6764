extension Validator {
  /// What every check needs to look up: ids by kind (first occurrence wins, duplicates are
  /// reported separately), the blocked slots and the size of the cycle.
  ///
  /// Dictionaries here are used for lookups only, never iterated, so their order cannot reach
  /// the output.
  struct Context {
    let school: School
    let teacherIndex: [String: Int]
    let classIndex: [String: Int]
    let roomIndex: [String: Int]
    let roleIndex: [String: Int]
    let leaderIndex: [String: Int]
    let teamIndex: [String: Int]
    /// Resolved blocked slots.
    let blocked: Set<Slot>
    /// Non-blocked slots of the whole cycle (T in docs/RULES.md).
    let teachableSlots: Int

    init(_ school: School) {
      self.school = school
      teacherIndex = Context.firstIndex(school.teachers.map(\.id.raw))
      classIndex = Context.firstIndex(school.classes.map(\.id.raw))
      roomIndex = Context.firstIndex(school.rooms.map(\.id.raw))
      roleIndex = Context.firstIndex(school.leadership.roles.map(\.id.raw))
      leaderIndex = Context.firstIndex(school.leadership.leaders.map(\.id.raw))
      teamIndex = Context.firstIndex(school.leadership.teams.map(\.id.raw))
      blocked = school.cycle.blockedSlots
      teachableSlots = max(0, school.cycle.slotCount - blocked.count)
    }

    var cycle: Cycle { school.cycle }

    static func firstIndex(_ ids: [String]) -> [String: Int] {
      var out: [String: Int] = [:]
      for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
      return out
    }

    func teacher(_ id: TeacherID?) -> Teacher? {
      guard let id, let i = teacherIndex[id.raw] else { return nil }
      return school.teachers[i]
    }

    func schoolClass(_ id: ClassID) -> SchoolClass? {
      classIndex[id.raw].map { school.classes[$0] }
    }

    func room(_ id: RoomID?) -> Room? {
      guard let id, let i = roomIndex[id.raw] else { return nil }
      return school.rooms[i]
    }

    func role(_ id: RoleID) -> Role? {
      roleIndex[id.raw].map { school.leadership.roles[$0] }
    }

    func leader(_ id: LeaderID) -> Leader? {
      leaderIndex[id.raw].map { school.leadership.leaders[$0] }
    }

    /// Slots of the whole cycle that `refs` name and that are not blocked; unresolvable
    /// references are ignored (reported elsewhere).
    func resolved(_ refs: [SlotRef]) -> Set<Slot> {
      var out = Set<Slot>()
      for r in refs { for s in cycle.resolve(r) where !blocked.contains(s) { out.insert(s) } }
      return out
    }

    /// Teachable slots left once `unavailable` is taken out.
    func freeSlots(_ unavailable: [SlotRef]) -> Int {
      teachableSlots - resolved(unavailable).count
    }
  }

  /// "Ana (T-ANA)", or the bare id when the entity has no name.
  static func label(_ name: String, _ id: String) -> String {
    name.isEmpty || name == id ? id : "\(name) (\(id))"
  }

  /// The hint for an id that does not resolve: the closest existing id, else where to add it.
  static func unknownHint(_ id: String, among ids: [String], list: String) -> String {
    if let m = closestMatch(to: id, in: ids), !id.isEmpty { return "did you mean '\(m)'?" }
    return "add it to \(list) or fix the id"
  }

  /// Builds the diagnostic for a reference to an id that does not exist.
  static func unknown(
    _ code: String, kind: String, id: String, at pointer: String, in what: String,
    among ids: [String], list: String
  ) -> Diagnostic {
    .error(
      code, at: pointer, "\(what) names \(kind) '\(id)', which is not in \(list)",
      hint: unknownHint(id, among: ids, list: list))
  }

  /// Checks that a slot reference names a day, a period and (when given) a week of the cycle.
  /// Returns whether it resolves.
  @discardableResult
  static func checkRef(
    _ ref: SlotRef, at base: String, in what: String, _ c: Context,
    into out: inout [Diagnostic]
  ) -> Bool {
    var ok = true
    if !c.cycle.days.contains(ref.day) {
      ok = false
      out.append(
        unknown(
          "unknown-day", kind: "day", id: ref.day, at: base + "/day", in: what,
          among: c.cycle.days, list: "/cycle/days"))
    }
    if !c.cycle.periods.contains(where: { $0.name == ref.period }) {
      ok = false
      out.append(
        unknown(
          "unknown-period", kind: "period", id: ref.period, at: base + "/period", in: what,
          among: c.cycle.periods.map(\.name), list: "/cycle/periods"))
    }
    if let w = ref.week, !c.cycle.weeks.contains(w) {
      ok = false
      out.append(
        unknown(
          "unknown-week", kind: "week", id: w, at: base + "/week", in: what,
          among: c.cycle.weeks, list: "/cycle/weeks"))
    }
    return ok
  }

  static func checkRefs(
    _ refs: [SlotRef], at base: String, in what: String, _ c: Context,
    into out: inout [Diagnostic]
  ) {
    for (j, r) in refs.enumerated() {
      checkRef(r, at: base + Pointer.of(j), in: what, c, into: &out)
    }
  }

  /// An `out-of-range` error for a number.
  static func outOfRange(
    _ pointer: String, _ message: String, hint: String
  ) -> Diagnostic {
    .error("out-of-range", at: pointer, message, hint: hint)
  }
}
