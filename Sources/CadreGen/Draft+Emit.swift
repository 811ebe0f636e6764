import CadreModel

extension Draft {
  /// The problem (lessons without assignments) and the witness (the hidden timetable) for
  /// what was placed: a lesson meets as many times as it was placed, and lessons placed
  /// nowhere are left out. Teachers' `maxPerWeek` is set so that the witness load is about
  /// `teacherLoad` of it; `maxPerDay` is the cap the construction kept.
  func emit(_ tt: Timetable, pinned: [Int]) -> (School, Schedule) {
    var startsOf = [[Int]](repeating: [], count: lessons.count)
    for (m, x) in tt.meetings.enumerated() where x.start >= 0 { startsOf[x.lesson].append(m) }
    for l in startsOf.indices { startsOf[l].sort { tt.meetings[$0].start < tt.meetings[$1].start } }

    let leading = leaders.compactMap(\.teacher)
    let emittedTeachers = teachers.indices.map { t -> Teacher in
      let d = teachers[t]
      var weekMax = 0
      for w in 0..<weekCount {
        let n = (w * dayCount * periodCount)..<((w + 1) * dayCount * periodCount)
        weekMax = max(weekMax, n.filter { tt.teaches(t, $0) }.count)
      }
      let perWeek = dayCount * teachablePerDay
      var maxPerWeek: Int?
      if weekMax > 0 && !leading.contains(t) {
        let loose = Int((Double(weekMax) / max(0.05, spec.teacherLoad)).rounded(.up))
        maxPerWeek = min(perWeek, d.dayCap * dayCount, max(weekMax, loose))
      }
      return Teacher(
        id: TeacherID(d.id), name: d.name, subjects: d.subjects, grades: d.grades,
        maxPerDay: d.dayCap < teachablePerDay ? d.dayCap : nil, maxPerWeek: maxPerWeek,
        unavailable: refs(d.unavailable), costPerPeriod: d.costPerPeriod, coverage: d.coverage)
    }
    let emittedClasses = classes.map {
      SchoolClass(
        id: ClassID($0.id), name: $0.name, grade: $0.grade, students: $0.students,
        homeRoom: $0.homeRoom.map { RoomID(rooms[$0].id) })
    }
    let emittedRooms = rooms.map {
      Room(id: RoomID($0.id), name: $0.name, kind: $0.kind, capacity: $0.capacity)
    }
    var emittedLessons: [Lesson] = []
    var witness: [Meeting] = []
    for (l, d) in lessons.enumerated() where !startsOf[l].isEmpty {
      let placed = startsOf[l]
      let fixed = d.candidates.isEmpty ? TeacherID(teachers[d.teachers[0]].id) : nil
      emittedLessons.append(
        Lesson(
          id: LessonID(d.id), classID: ClassID(classes[d.classIndex].id), subject: d.subject,
          meetings: placed.count, duration: d.duration, teacher: fixed,
          candidates: d.candidates.map { TeacherID(teachers[$0].id) },
          pinned: pinned.contains(l) ? [ref(tt.meetings[placed[0]].start)] : [],
          roomKind: d.roomKind, allowSplit: d.allowSplit))
      for (i, m) in placed.enumerated() {
        let x = tt.meetings[m]
        witness.append(
          Meeting(
            lesson: LessonID(d.id), index: i, start: ref(x.start),
            teacher: TeacherID(teachers[x.teacher].id),
            room: x.room >= 0 ? RoomID(rooms[x.room].id) : nil))
      }
    }
    let leadership = Leadership(
      roles: roles,
      leaders: leaders.map {
        Leader(
          id: LeaderID($0.id), name: $0.name, role: roles[$0.role].id,
          teacher: $0.teacher.map { TeacherID(teachers[$0].id) }, unavailable: refs($0.unavailable))
      },
      teams: teams.filter { $0.leader >= 0 }.map {
        Team(
          id: TeamID($0.id), name: $0.name, leader: LeaderID(leaders[$0.leader].id),
          members: members($0).map { TeacherID(teachers[$0].id) }, grade: $0.grade,
          subject: $0.subject)
      })
    let policy = Policy(
      observations: spec.observations, debriefWindowDays: 2,
      huddlesPerWeek: spec.huddlesPerWeek, oneOnOnesPerMonth: spec.oneOnOnesPerMonth,
      observableSlotsPerMember: spec.observableSlotsPerMember, noObservationDaysAtStart: 10,
      noObservationDaysAtEnd: 5)
    let school = School(
      name: spec.name,
      cycle: Cycle(
        weeks: weekNames, days: dayNames, periods: periods,
        blocked: dayNames.flatMap { day in
          blockedPeriods.map {
            BlockedSlot(slot: SlotRef(day: day, period: periods[$0].name), reason: "Lunch")
          }
        }),
      year: USSchoolYear.make(timeZone: spec.timeZone), teachers: emittedTeachers,
      classes: emittedClasses, rooms: emittedRooms, lessons: emittedLessons,
      leadership: leadership, policy: policy, budget: budget(tt))
    return (school, Schedule(meetings: witness))
  }

  /// Stipends plus a year of the witness's covered periods, with 15% headroom, rounded up to
  /// the next 5,000.
  func budget(_ tt: Timetable) -> Budget {
    let stipends = leaders.reduce(0) { $0 + roles[$1.role].stipend }
    let covered = teachers.indices.filter { teachers[$0].coverage }.reduce(0) { $0 + tt.taught[$1] }
    let weeks = 36
    let coverage = covered * weeks * spec.coverageCostPerPeriod / max(1, weekCount)
    let raw = Int((Double(stipends + coverage) * 1.15).rounded(.up))
    let cap = max(5_000, (raw + 4_999) / 5_000 * 5_000)
    // The school year counts the weeks (`InstructionalYear`); no second count to disagree.
    return Budget(cap: cap, coveragePerPeriod: spec.coverageCostPerPeriod)
  }

  /// Slot references: a slot taken in every week of the cycle is written once, without a week.
  func refs(_ slots: [Int]) -> [SlotRef] {
    let perWeek = dayCount * periodCount
    var out: [SlotRef] = []
    for s in slots.sorted() {
      let inWeek = s % perWeek
      let everyWeek = (0..<weekCount).allSatisfy { slots.contains($0 * perWeek + inWeek) }
      if everyWeek && weekCount > 1 {
        if s < perWeek {
          out.append(
            SlotRef(day: dayNames[inWeek / periodCount], period: periods[period(of: s)].name))
        }
      } else {
        out.append(ref(s))
      }
    }
    return out
  }
}
