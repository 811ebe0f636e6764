import CadreLeadership
import CadreModel

extension CountingProofs {
  /// A teacher's fixed lessons (those whose only candidate they are) fit in what their
  /// availability, maxPerDay and maxPerWeek allow (`SchoolCounts.capacity`). A leader's
  /// release is the leadership check's business (`leader-overload`).
  static func teacherLoads(_ c: SchoolCounts) -> [Diagnosis.Finding] {
    let s = c.school
    var need = [Int](repeating: 0, count: s.teachers.count)
    var fixed = [[Int]](repeating: [], count: s.teachers.count)
    for l in s.lessons.indices {
      guard let t = c.fixedTeacher(l) else { continue }
      need[t] += SchoolCounts.periods(s.lessons[l])
      fixed[t].append(l)
    }
    var out: [Diagnosis.Finding] = []
    for (t, teacher) in s.teachers.enumerated() where need[t] > 0 {
      let can = c.capacity(t)
      guard need[t] > can else { continue }
      var why: [String] = []
      var groups: [ConstraintGroup] = []
      let free = c.teachable - c.teacherAway[t].count
      if need[t] > free {
        why.append("is free in \(free) of the cycle's \(c.teachable) teachable slots")
      }
      if !teacher.unavailable.isEmpty { groups.append(.init(.teacherAvailability, t)) }
      if let w = teacher.maxPerWeek, c.capacity(t, maxPerWeek: .some(nil)) > can {
        why.append(
          "maxPerWeek \(w) allows \(w * c.cycle.weekCount) in \(c.cycle.weekCount) week(s)")
      }
      if let d = teacher.maxPerDay, c.capacity(t, maxPerDay: .some(nil)) > can {
        why.append("maxPerDay \(d) allows at most \(can) with their free slots")
      }
      if teacher.maxPerDay != nil || teacher.maxPerWeek != nil {
        groups.append(.init(.teacherLimits, t))
      }
      let message =
        "Teacher \(c.teacherLabel(t)) must teach \(need[t]) periods a cycle of lessons only "
        + "they may teach and can teach at most \(can): "
        + (why.isEmpty ? "their free slots and limits together" : why.joined(separator: "; "))
      out.append(
        .init(
          rule: "teacher-load", message: message, groups: groups,
          candidates: teacherCandidates(c, t, need: need, fixed: fixed[t], capacity: can)))
    }
    return out
  }

  /// Move lessons to other qualified teachers with room, raise a limit, or give back
  /// unavailable slots: the fewest of each that cover the excess.
  static func teacherCandidates(
    _ c: SchoolCounts, _ t: Int, need: [Int], fixed: [Int], capacity: Int
  ) -> [Diagnosis.Candidate] {
    let s = c.school
    let teacher = s.teachers[t]
    let excess = need[t] - capacity
    var out: [Diagnosis.Candidate] = []
    // Other teachers qualified for a lesson, with their spare periods.
    var spare = s.teachers.indices.map { c.capacity($0) - need[$0] }
    var moved: [(Int, Int)] = []
    var covered = 0
    let order = fixed.sorted {
      (SchoolCounts.periods(s.lessons[$1]), $0) < (SchoolCounts.periods(s.lessons[$0]), $1)
    }
    for l in order where covered < excess {
      let lesson = s.lessons[l]
      let grade = c.classIndex[lesson.classID].flatMap { s.classes[$0].grade }
      let p = SchoolCounts.periods(lesson)
      // Leaders are left out: their release, not their capacity, bounds what they teach.
      let takers = s.teachers.indices.filter { o in
        o != t && spare[o] >= p && s.teachers[o].qualifies(subject: lesson.subject, grade: grade)
          && !s.leadership.leaders.contains { $0.teacher == s.teachers[o].id }
      }.sorted { (spare[$1], $0) < (spare[$0], $1) }
      guard let taker = takers.first else { continue }
      spare[taker] -= p
      moved.append((l, taker))
      covered += p
    }
    if covered >= excess && !moved.isEmpty {
      var changed = s
      var parts: [String] = []
      for (l, taker) in moved {
        changed.lessons[l].teacher = s.teachers[taker].id
        changed.lessons[l].candidates = []
        parts.append("\(s.lessons[l].id.raw) to \(c.teacherLabel(taker))")
      }
      out.append(
        .init(
          change: "give \(parts.joined(separator: ", ")) instead of \(c.teacherLabel(t))",
          dollars: 0, costDetail: "no cost; \(covered) periods a cycle change teacher",
          disruption: covered, school: changed))
    }
    // Raise maxPerWeek, then maxPerDay, to the smallest value that fits.
    if let w = teacher.maxPerWeek {
      let top = c.cycle.dayCount * c.cycle.periodCount
      if let next = (w + 1...max(w + 1, top)).first(where: {
        c.capacity(t, maxPerWeek: .some($0)) >= need[t]
      }) {
        var changed = s
        changed.teachers[t].maxPerWeek = next
        out.append(
          .init(
            change: "raise maxPerWeek of \(c.teacherLabel(t)) from \(w) to \(next)",
            dollars: 0, costDetail: "no cost; a heavier week for \(teacher.name)",
            disruption: (next - w) * c.cycle.weekCount, school: changed))
      }
    }
    if let d = teacher.maxPerDay {
      if let next = (d + 1...max(d + 1, c.cycle.periodCount)).first(where: {
        c.capacity(t, maxPerDay: .some($0)) >= need[t]
      }) {
        var changed = s
        changed.teachers[t].maxPerDay = next
        out.append(
          .init(
            change: "raise maxPerDay of \(c.teacherLabel(t)) from \(d) to \(next)",
            dollars: 0, costDetail: "no cost; longer days for \(teacher.name)",
            disruption: (next - d) * c.cycle.cycleDayCount, school: changed))
      }
    }
    if let freed = availabilityCandidate(
      c.teacherLabel(t), refs: teacher.unavailable, c: c,
      fits: { kept in
        var away = Set<Slot>()
        for r in kept {
          for x in c.cycle.resolve(r) where !c.blocked.contains(x) { away.insert(x) }
        }
        return c.capacity(t, away: away) >= need[t]
      },
      apply: { s, kept in s.teachers[t].unavailable = kept })
    {
      out.append(freed)
    }
    return out
  }

  /// Gives back the fewest unavailable references (in file order) after which `fits` holds.
  static func availabilityCandidate(
    _ who: String, refs: [SlotRef], c: SchoolCounts, fits: ([SlotRef]) -> Bool,
    apply: (inout School, [SlotRef]) -> Void
  ) -> Diagnosis.Candidate? {
    guard !refs.isEmpty, let n = (1...refs.count).first(where: { fits(Array(refs.dropFirst($0))) })
    else { return nil }
    var changed = c.school
    apply(&changed, Array(refs.dropFirst(n)))
    let slots = refs.prefix(n).map { r in
      (r.week.map { "\($0) " } ?? "") + "\(r.day) \(r.period)"
    }
    let shown = slots.prefix(6).joined(separator: ", ") + (slots.count > 6 ? ", ..." : "")
    let freed = refs.prefix(n).reduce(0) { $0 + c.cycle.resolve($1).count }
    return .init(
      change: "make \(who) available again in \(Text.count(n, "slot")) they are marked "
        + "away (\(shown))",
      dollars: 0, costDetail: "no cost; what kept them away must move", disruption: freed,
      school: changed)
  }

  /// A class needs at most as many periods as it has free slots.
  static func classLoads(_ c: SchoolCounts) -> [Diagnosis.Finding] {
    let s = c.school
    var need = [Int](repeating: 0, count: s.classes.count)
    var lessons = [[Int]](repeating: [], count: s.classes.count)
    for (l, lesson) in s.lessons.enumerated() {
      guard let k = c.classIndex[lesson.classID] else { continue }
      need[k] += SchoolCounts.periods(lesson)
      lessons[k].append(l)
    }
    var out: [Diagnosis.Finding] = []
    for (k, cls) in s.classes.enumerated() {
      let free = c.teachable - c.classAway[k].count
      guard need[k] > free else { continue }
      var groups: [ConstraintGroup] = [.init(.classLessons, k)]
      if !cls.unavailable.isEmpty { groups.insert(.init(.classAvailability, k), at: 0) }
      var candidates: [Diagnosis.Candidate] = []
      if let freed = availabilityCandidate(
        "class \(c.classLabel(k))", refs: cls.unavailable, c: c,
        fits: { kept in
          var away = Set<Slot>()
          for r in kept {
            for x in c.cycle.resolve(r) where !c.blocked.contains(x) { away.insert(x) }
          }
          return c.teachable - away.count >= need[k]
        },
        apply: { s, kept in s.classes[k].unavailable = kept })
      {
        candidates.append(freed)
      }
      // Cut meetings until the class fits, from lessons whose only teacher is over capacity
      // too (by as much as that teacher is over), else from the lessons that meet most.
      var changed = s
      var excess = need[k] - free
      var cut = 0
      var teacherNeed = [Int](repeating: 0, count: s.teachers.count)
      for l in s.lessons.indices {
        if let t = c.fixedTeacher(l) { teacherNeed[t] += SchoolCounts.periods(s.lessons[l]) }
      }
      for l in lessons[k] {
        guard let t = c.fixedTeacher(l), teacherNeed[t] > c.capacity(t) else { continue }
        excess = max(excess, teacherNeed[t] - c.capacity(t))
        let d = max(1, s.lessons[l].duration)
        let cutHere = min(s.lessons[l].meetings - 1, (excess + d - 1) / d)
        guard cutHere > 0 else { continue }
        changed.lessons[l].meetings -= cutHere
        changed.lessons[l].pinned = Array(
          changed.lessons[l].pinned.prefix(changed.lessons[l].meetings))
        excess -= cutHere * d
        cut += cutHere * d
        break
      }
      excess = max(excess, need[k] - cut - free)
      var cuts: [String] = []
      while excess > 0 {
        guard
          let l = lessons[k].max(by: {
            (changed.lessons[$0].meetings, -$0) < (changed.lessons[$1].meetings, -$1)
          }), changed.lessons[l].meetings > 1
        else { break }
        let d = max(1, changed.lessons[l].duration)
        changed.lessons[l].meetings -= 1
        changed.lessons[l].pinned = Array(
          changed.lessons[l].pinned.prefix(changed.lessons[l].meetings))
        excess -= d
        cut += d
      }
      for l in lessons[k] where changed.lessons[l].meetings != s.lessons[l].meetings {
        cuts.append(
          "\(s.lessons[l].id.raw) from \(s.lessons[l].meetings) to \(changed.lessons[l].meetings)")
      }
      if excess <= 0 {
        candidates.append(
          .init(
            change: "meet less often: \(cuts.joined(separator: ", ")) meetings a cycle",
            dollars: 0,
            costDetail: "no cost; \(cls.name.isEmpty ? cls.id.raw : cls.name) "
              + "loses \(cut) periods of teaching a cycle",
            disruption: cut, school: changed))
      }
      out.append(
        .init(
          rule: "class-load",
          message:
            "Class \(c.classLabel(k)) needs \(need[k]) periods a cycle and is free in \(free) "
            + "of the cycle's \(c.teachable) teachable slots",
          groups: groups, candidates: candidates))
    }
    return out
  }
}
