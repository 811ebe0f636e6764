import CadreModel

/// Seeded medium schools for differential tests: an assistant principal (who does not teach)
/// leads the Team Leads, each Team Lead teaches and leads a team; a lunch period is blocked;
/// some teachers are unavailable in some slots; A/B weeks, closures and two terms.
enum Synthetic {
  struct LCG {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(1, bound)))
    }
  }

  static func make(seed: UInt64, leads: Int = 3, teamSize: Int = 4) -> (School, Schedule) {
    var rng = LCG(state: seed)
    let weeks = ["A", "B"]
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    let periods = (0..<6).map { i in
      Period(
        name: "P\(i + 1)", start: TimeOfDay(minutes: 480 + i * 55),
        end: TimeOfDay(minutes: 530 + i * 55))
    }
    var teachers: [Teacher] = []
    var classes: [SchoolClass] = []
    var lessons: [Lesson] = []
    var meetings: [Meeting] = []
    var leaders = [Leader(id: "L-AP", name: "Pat", role: "R-AP")]
    var teams: [Team] = []
    func teach(_ t: String, share: Int) {
      for w in weeks {
        for d in days {
          for p in 0..<6 where p != 3 && rng.next(6) < share {
            let n = lessons.count
            classes.append(SchoolClass(id: ClassID("C\(n)")))
            lessons.append(
              Lesson(
                id: LessonID("L\(n)"), classID: ClassID("C\(n)"), subject: "x", meetings: 1,
                teacher: TeacherID(t)))
            meetings.append(
              Meeting(
                lesson: LessonID("L\(n)"), index: 0,
                start: SlotRef(week: w, day: d, period: "P\(p + 1)"), teacher: TeacherID(t)))
          }
        }
      }
    }
    var leadTeachers: [TeacherID] = []
    for l in 0..<leads {
      let lt = "T-LEAD\(l)"
      teachers.append(Teacher(id: TeacherID(lt), name: "Lead \(l)"))
      leaders.append(
        Leader(id: LeaderID("L\(l)"), name: "Lead \(l)", role: "R-TL", teacher: TeacherID(lt)))
      leadTeachers.append(TeacherID(lt))
      teach(lt, share: 2)
      var members: [TeacherID] = []
      for i in 0..<teamSize {
        let t = "T\(l)-\(i)"
        var unavailable: [SlotRef] = []
        if rng.next(3) == 0 { unavailable.append(SlotRef(day: days[rng.next(5)], period: "P1")) }
        teachers.append(Teacher(id: TeacherID(t), unavailable: unavailable))
        members.append(TeacherID(t))
        teach(t, share: 4)
      }
      teams.append(Team(id: TeamID("TM\(l)"), leader: LeaderID("L\(l)"), members: members))
    }
    teams.append(Team(id: "TM-AP", name: "Leads", leader: "L-AP", members: leadTeachers))
    func date(_ s: String) -> CivilDate { CivilDate(s) ?? CivilDate(dayNumber: 0) }
    let year = SchoolYear(
      firstDay: date("2026-08-24"), lastDay: date("2026-11-20"), timeZone: "America/Denver",
      closures: [
        DateRange(name: "Labor Day", from: date("2026-09-07"), to: date("2026-09-07")),
        DateRange(name: "Fall break", from: date("2026-10-12"), to: date("2026-10-16")),
      ],
      terms: [
        DateRange(name: "Q1", from: date("2026-08-24"), to: date("2026-10-09")),
        DateRange(name: "Q2", from: date("2026-10-19"), to: date("2026-11-20")),
      ], firstCycleWeek: Int(seed % 2))
    let school = School(
      name: "Synthetic \(seed)",
      cycle: Cycle(
        weeks: weeks, days: days, periods: periods,
        blocked: [BlockedSlot(slot: SlotRef(day: "Wed", period: "P4"), reason: "Lunch")]),
      year: year, teachers: teachers, classes: classes, lessons: lessons,
      leadership: Leadership(
        roles: [
          Role(id: "R-AP", name: "Assistant Principal", kind: .assistantPrincipal, spanLimit: 8),
          Role(id: "R-TL", name: "Team Lead", kind: .teamLead, release: 0.5, spanLimit: 8),
        ], leaders: leaders, teams: teams),
      policy: Policy(
        observations: [
          ObservationQuota(kind: .spot, perYear: 4, minutes: 20),
          ObservationQuota(kind: .formal, perYear: 2),
        ], debriefWindowDays: 2, minDaysBetweenObservations: 3,
        maxObservationsPerLeaderPerDay: 3, huddlesPerWeek: 2, huddleMinutes: 30,
        oneOnOnesPerMonth: 1, noObservationDaysAtStart: 3, noObservationDaysAtEnd: 2))
    return (school, Schedule(meetings: meetings))
  }
}
