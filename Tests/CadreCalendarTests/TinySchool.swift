import CadreModel

/// Hand-built schools for the planner's tests: one Team Lead who teaches, two members, a
/// fixed master schedule, and a two-week year (2026-09-07 Mon to 2026-09-18 Fri).
enum Tiny {
  static func date(_ text: String) -> CivilDate { CivilDate(text) ?? CivilDate(dayNumber: 0) }

  static let periods = (0..<5).map { i in
    Period(
      name: "P\(i + 1)", start: TimeOfDay(minutes: 8 * 60 + i * 60),
      end: TimeOfDay(minutes: 8 * 60 + i * 60 + 50))
  }

  /// Who teaches which periods every day (1-based period numbers): Ana P1 P2, Ben P2 P3, the
  /// leader Lee P5. So Lee is free P1-P4, the whole team is free together only in P4.
  static let teaching: [(String, [Int])] = [("T-ANA", [1, 2]), ("T-BEN", [2, 3]), ("T-LEE", [5])]

  static func school(
    weeks: [String] = ["A"], days: [String] = ["Mon", "Tue", "Wed", "Thu", "Fri"],
    closures: [DateRange] = [], terms: [DateRange] = [], policy: Policy = Tiny.policy(),
    lastDay: String = "2026-09-18", withYear: Bool = true
  ) -> School {
    let teachers = ["T-ANA", "T-BEN", "T-LEE"].map { Teacher(id: TeacherID($0), name: "") }
    let classes = teaching.map { SchoolClass(id: ClassID("C-\($0.0)")) }
    let lessons = teaching.map { t, ps in
      Lesson(
        id: LessonID("L-\(t)"), classID: ClassID("C-\(t)"), subject: "math",
        meetings: ps.count * days.count * weeks.count, teacher: TeacherID(t))
    }
    let year = SchoolYear(
      firstDay: date("2026-09-07"), lastDay: date(lastDay), timeZone: "America/Denver",
      closures: closures, terms: terms)
    return School(
      name: "Tiny", cycle: Cycle(weeks: weeks, days: days, periods: periods),
      year: withYear ? year : nil, teachers: teachers, classes: classes, lessons: lessons,
      leadership: Leadership(
        roles: [Role(id: "R-TL", name: "Team Lead", kind: .teamLead, release: 0.5, spanLimit: 8)],
        leaders: [Leader(id: "L-LEE", name: "Lee", role: "R-TL", teacher: "T-LEE")],
        teams: [Team(id: "TM-1", name: "Math", leader: "L-LEE", members: ["T-ANA", "T-BEN"])]),
      policy: policy)
  }

  static func policy(
    spot: Int = 2, formal: Int = 1, window: Int = 2, minDays: Int = 2, maxPerDay: Int = 4,
    huddles: Int = 1, oneOnOnes: Int = 0, blackoutStart: Int = 0, blackoutEnd: Int = 0
  ) -> Policy {
    Policy(
      observations: [
        ObservationQuota(kind: .spot, perYear: spot),
        ObservationQuota(kind: .formal, perYear: formal),
      ], debriefWindowDays: window, minDaysBetweenObservations: minDays,
      maxObservationsPerLeaderPerDay: maxPerDay, huddlesPerWeek: huddles,
      oneOnOnesPerMonth: oneOnOnes, noObservationDaysAtStart: blackoutStart,
      noObservationDaysAtEnd: blackoutEnd)
  }

  /// The fixed master schedule: every listed period of every day of every week.
  static func schedule(for school: School) -> Schedule {
    var meetings: [Meeting] = []
    let multi = school.cycle.weeks.count > 1
    for (t, ps) in teaching {
      var index = 0
      for w in school.cycle.weeks {
        for d in school.cycle.days {
          for p in ps {
            meetings.append(
              Meeting(
                lesson: LessonID("L-\(t)"), index: index,
                start: SlotRef(week: multi ? w : nil, day: d, period: "P\(p)"),
                teacher: TeacherID(t)))
            index += 1
          }
        }
      }
    }
    return Schedule(meetings: meetings)
  }
}
