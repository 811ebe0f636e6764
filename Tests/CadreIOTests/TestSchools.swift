import CadreModel

/// Schools built in code for the IO tests.
enum TestSchools {
  /// Two days, three periods (P2 blocked for lunch on Tue), two teachers, two classes.
  static func tiny() -> School {
    let periods = [
      Period(name: "P1", start: TimeOfDay(minutes: 480), end: TimeOfDay(minutes: 530)),
      Period(name: "P2", start: TimeOfDay(minutes: 540), end: TimeOfDay(minutes: 590)),
      Period(name: "P3", start: TimeOfDay(minutes: 600), end: TimeOfDay(minutes: 650)),
    ]
    return School(
      name: "Tiny School",
      cycle: Cycle(
        days: ["Mon", "Tue"], periods: periods,
        blocked: [BlockedSlot(slot: SlotRef(day: "Tue", period: "P2"), reason: "lunch")]),
      teachers: [
        Teacher(id: "T-ANA", name: "Ana"), Teacher(id: "T-BO", name: "Bo, \"the\" coach"),
      ],
      classes: [SchoolClass(id: "3A", grade: "3"), SchoolClass(id: "3B", grade: "3")],
      rooms: [Room(id: "R1")],
      lessons: [
        Lesson(id: "3A-math", classID: "3A", subject: "math", meetings: 2, teacher: "T-ANA"),
        Lesson(
          id: "3B-art", classID: "3B", subject: "art, crafts", meetings: 1, duration: 2,
          teacher: "T-BO", room: "R1"),
      ])
  }

  /// A schedule for `tiny()`: math Mon P1 and Tue P1, art a double Mon P2-P3 in R1.
  static func tinySchedule() -> Schedule {
    Schedule(meetings: [
      Meeting(
        lesson: "3B-art", index: 0, start: SlotRef(day: "Mon", period: "P2"), teacher: "T-BO",
        room: "R1"),
      Meeting(
        lesson: "3A-math", index: 1, start: SlotRef(day: "Tue", period: "P1"), teacher: "T-ANA"),
      Meeting(
        lesson: "3A-math", index: 0, start: SlotRef(day: "Mon", period: "P1"), teacher: "T-ANA"),
    ])
  }

  /// A school with every field of the format set to a value other than its default.
  static func full() -> School {
    let t = { (h: Int, m: Int) in TimeOfDay(minutes: h * 60 + m) }
    func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate {
      CivilDate(year: y, month: m, day: d)!
    }
    let slotB = SlotRef(week: "B", day: "Fri", period: "P2")
    return School(
      format: "cadre/1", name: "Full \"Everything\" School / ü",
      cycle: Cycle(
        weeks: ["A", "B"], days: ["Mon", "Fri"],
        periods: [
          Period(name: "P1", start: t(8, 0), end: t(8, 50)),
          Period(name: "P2", start: t(9, 0), end: t(9, 50), late: true),
        ],
        blocked: [
          BlockedSlot(slot: SlotRef(day: "Mon", period: "P2"), reason: "assembly"),
          BlockedSlot(slot: slotB),
        ]),
      year: SchoolYear(
        firstDay: date(2026, 8, 24), lastDay: date(2027, 6, 4), timeZone: "America/Denver",
        closures: [DateRange(name: "Winter", from: date(2026, 12, 21), to: date(2027, 1, 1))],
        terms: [
          DateRange(name: "S1", from: date(2026, 8, 24), to: date(2027, 1, 15)),
          DateRange(name: "S2", from: date(2027, 1, 18), to: date(2027, 6, 4)),
        ], firstCycleWeek: 1),
      teachers: [
        Teacher(
          id: "T-ANA", name: "Ana", subjects: ["math", "science"], grades: ["3"], maxPerDay: 2,
          maxPerWeek: 8, unavailable: [slotB], costPerPeriod: 40, team: "TEAM-3", coverage: true),
        Teacher(id: "T-BO"),
      ],
      classes: [
        SchoolClass(
          id: "3A", name: "Third A", grade: "3", students: 24,
          unavailable: [SlotRef(day: "Mon", period: "P1")], homeRoom: "R1")
      ],
      rooms: [
        Room(id: "R1", name: "Room 1", kind: "lab", capacity: 30, unavailable: [slotB]),
        Room(id: "R2"),
      ],
      lessons: [
        Lesson(
          id: "3A-math", classID: "3A", subject: "math", meetings: 3, duration: 2,
          teacher: "T-ANA", candidates: ["T-ANA", "T-BO"],
          pinned: [SlotRef(week: "A", day: "Mon", period: "P1")], room: "R1", roomKind: "lab",
          preferred: [SlotRef(day: "Fri", period: "P1")]),
        Lesson(id: "3A-art", classID: "3A", subject: "art", meetings: 1),
      ],
      studentGroups: [
        StudentGroup(id: "S1", name: "Band and art", students: 3, classes: ["3A", "3B"]),
        StudentGroup(id: "S2", classes: ["3A", "3C"]),
      ],
      leadership: Leadership(
        roles: [
          Role(
            id: "TL", name: "Team Lead", kind: .teamLead, release: 0.14285714285714285,
            releasePeriodsPerDay: 1, spanLimit: 8, stipend: 2000),
          Role(id: "AP", kind: .assistantPrincipal, spanLimit: 13),
        ],
        leaders: [
          Leader(id: "L-ANA", name: "Ana", role: "TL", teacher: "T-ANA"),
          Leader(id: "L-AP", role: "AP", unavailable: [SlotRef(day: "Fri", period: "P1")]),
        ],
        teams: [
          Team(
            id: "TEAM-3", name: "Grade 3", leader: "L-ANA", members: ["T-BO"], grade: "3",
            subject: "math"),
          Team(id: "TEAM-X", leader: "L-AP"),
        ], formation: .bySubject),
      policy: Policy(
        observations: [
          ObservationQuota(kind: .spot, perYear: 10, minutes: 15),
          ObservationQuota(kind: .formal, perYear: 1),
        ], debriefWindowDays: 3, minDaysBetweenObservations: 5, maxObservationsPerLeaderPerDay: 6,
        huddlesPerWeek: 2, huddleMinutes: 30, oneOnOnesPerMonth: 1, observableSlotsPerMember: 1,
        maxConsecutivePeriods: 3, noObservationDaysAtStart: 10, noObservationDaysAtEnd: 5),
      budget: Budget(cap: 50_000, coveragePerPeriod: 30, weeksPerYear: 38, currency: "EUR"),
      weights: Weights(
        teacherGap: 4, sameSubjectTwice: 6, unevenSpread: 1, consecutive: 0, lateDay: 2,
        preferredSlot: 7, moved: 11),
      assumed: ["the cycle: five days of three periods (an import's default)"])
  }
}
