extension Validator {
  /// Pinned start slots: no more than the lesson's meetings; each names a real slot (with its
  /// week in a multi-week cycle); the whole meeting fits in the day, avoids blocked slots and
  /// the class's, fixed teacher's and fixed room's unavailability; and no two pinned meetings
  /// of one class, one fixed teacher or one room overlap (a room is a pinned lesson's when it is
  /// the only room it may use: its fixed room, or the one room of the kind it asks for). Each of
  /// these makes `pinned-moved` or another hard rule unavoidable.
  static func checkPinned(_ c: Context, into out: inout [Diagnostic]) {
    let cycle = c.cycle
    // Owner ("class 3A", "teacher T-ANA") -> slot -> pointer of the first pinned meeting there.
    var occupied: [String: [Slot: String]] = [:]
    for (i, lesson) in c.school.lessons.enumerated() {
      let what = "Lesson \(lesson.id.raw)"
      if lesson.pinned.count > max(lesson.meetings, 0) {
        out.append(
          .error(
            "too-many-pinned", at: Pointer.of("lessons", i, "pinned", max(lesson.meetings, 0)),
            "\(what) pins \(lesson.pinned.count) meetings but meets \(lesson.meetings) times",
            hint: "pin at most one start slot per meeting"))
      }
      let teacher = c.teacher(lesson.teacher)
      let k = c.schoolClass(lesson.classID)
      // The fixed room: the lesson's own, else the class's home room unless a kind is asked.
      let room =
        lesson.room != nil
        ? c.room(lesson.room) : lesson.roomKind == nil ? c.room(k?.homeRoom) : nil
      let unavailable: [(String, [SlotRef])] = [
        ("class \(lesson.classID.raw)", k?.unavailable ?? []),
        ("teacher \(teacher.map { label($0.name, $0.id.raw) } ?? "")", teacher?.unavailable ?? []),
        ("room \(room?.id.raw ?? "")", room?.unavailable ?? []),
      ]
      for (j, ref) in lesson.pinned.enumerated() {
        let pointer = Pointer.of("lessons", i, "pinned", j)
        guard
          checkRef(
            ref, at: pointer, in: "Pinned slot \(j + 1) of \(what.lowercasedFirst)", c,
            into: &out)
        else { continue }
        if ref.week == nil && cycle.weekCount > 1 {
          out.append(
            .error(
              "pinned-week-missing", at: pointer,
              "\(what) is pinned to \(ref.day) \(ref.period) without a week, but the cycle has "
                + "weeks \(cycle.weeks.joined(separator: ", "))",
              hint: "add \"week\" to the pinned slot, e.g. \"week\": \"\(cycle.weeks[0])\""))
          continue
        }
        guard let start = cycle.resolve(ref).first, lesson.duration >= 1 else { continue }
        // A duration longer than the day is reported elsewhere; clamp it so a huge one costs
        // nothing.
        let length = Swift.min(lesson.duration, cycle.periodCount + 1)
        let slots = (0..<length).map {
          Slot(week: start.week, day: start.day, period: start.period + $0)
        }.filter { $0.period < cycle.periodCount }
        if slots.count < length && lesson.duration <= cycle.periodCount {
          out.append(
            .error(
              "pinned-overflow", at: pointer,
              "\(what) lasts \(lesson.duration) periods but is pinned to start at "
                + "\(cycle.label(start)), which leaves \(slots.count) before the day ends",
              hint: "pin it to start earlier in the day"))
        }
        if let b = slots.first(where: c.blocked.contains) {
          out.append(
            .error(
              "pinned-blocked", at: pointer,
              "\(what) is pinned to \(cycle.label(b)), which is blocked",
              hint: "pin it to a slot outside /cycle/blocked, or unblock the slot"))
        }
        for (who, refs) in unavailable where !refs.isEmpty {
          let away = Set(refs.flatMap(cycle.resolve))
          if let s = slots.first(where: away.contains) {
            out.append(
              .error(
                "pinned-unavailable", at: pointer,
                "\(what) is pinned to \(cycle.label(s)), when \(who) is unavailable",
                hint: "pin it elsewhere or correct the unavailability"))
          }
        }
        var owners = ["class \(lesson.classID.raw)"]
        if let t = lesson.teacher { owners.append("teacher \(t.raw)") }
        if let only = onlyRoom(lesson, k, c) { owners.append("room \(only.raw)") }
        for owner in owners {
          for s in slots {
            if let first = occupied[owner, default: [:]][s] {
              out.append(
                .error(
                  "pinned-clash", at: pointer,
                  "\(what) is pinned to \(cycle.label(s)), where \(owner) already has the "
                    + "meeting pinned at \(first)",
                  hint: "one \(owner.split(separator: " ")[0]) cannot be in two lessons at once"))
              break
            }
            occupied[owner, default: [:]][s] = pointer
          }
        }
      }
    }
  }

  /// The one room a lesson may meet in, when there is exactly one (docs/RULES.md
  /// `room-unsuitable`): its fixed room if suitable, else the only room of its kind that holds
  /// the class.
  static func onlyRoom(_ lesson: Lesson, _ k: SchoolClass?, _ c: Context) -> RoomID? {
    func fits(_ room: Room) -> Bool {
      if let kind = lesson.roomKind, room.kind != kind { return false }
      if let cap = room.capacity, let n = k?.students, cap < n { return false }
      return true
    }
    if let fixed = lesson.room ?? (lesson.roomKind == nil ? k?.homeRoom : nil) {
      return c.room(fixed).flatMap { fits($0) ? $0.id : nil }
    }
    guard lesson.roomKind != nil else { return nil }
    let suitable = c.school.rooms.filter(fits)
    return suitable.count == 1 ? suitable[0].id : nil
  }
}
