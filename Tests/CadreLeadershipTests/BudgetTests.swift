import CadreLeadership
import CadreModel
import Testing

@Suite struct BudgetTests {
  typealias F = Fixtures

  /// Team Lead Ana (T1, stipend $2,000) may teach 1-A math and 1-B science; COV1 ($25 a
  /// period) takes 3 of the 4 math meetings, COV2 (the budget's $30) takes both science
  /// meetings and also teaches 1-B art, which no leader was released from. 36 weeks.
  static func school(cap: Int?, year: SchoolYear? = nil) -> School {
    School(
      name: "Budget", cycle: F.cycle(), year: year,
      teachers: [
        F.teacher("T1", "Ana Diaz"), F.teacher("T2"),
        F.teacher("COV1", coverage: true, cost: 25), F.teacher("COV2", coverage: true),
      ],
      classes: [SchoolClass(id: "1-A", grade: "1"), SchoolClass(id: "1-B", grade: "1")],
      lessons: [
        Lesson(
          id: "A-math", classID: "1-A", subject: "math", meetings: 4, candidates: ["T1", "COV1"]),
        Lesson(id: "A-ela", classID: "1-A", subject: "ela", meetings: 3, teacher: "T2"),
        Lesson(
          id: "B-sci", classID: "1-B", subject: "science", meetings: 2,
          candidates: ["T1", "COV2"]),
        Lesson(id: "B-art", classID: "1-B", subject: "art", meetings: 1, teacher: "COV2"),
      ],
      leadership: Leadership(
        roles: [F.teamLead], leaders: [Leader(id: "L1", role: "team-lead", teacher: "T1")],
        teams: [Team(id: "TM1", leader: "L1", members: ["T2"])]),
      budget: Budget(cap: cap, coveragePerPeriod: 30, weeksPerYear: 36))
  }

  static let schedule: Schedule = {
    func m(_ lesson: String, _ i: Int, _ day: String, _ t: String?) -> Meeting {
      Meeting(
        lesson: LessonID(lesson), index: i, start: SlotRef(day: day, period: "P1"),
        teacher: t.map { TeacherID($0) })
    }
    return Schedule(meetings: [
      m("A-math", 0, "Mon", "COV1"), m("A-math", 1, "Tue", "COV1"),
      m("A-math", 2, "Wed", "COV1"), m("A-math", 3, "Thu", "T1"),
      m("B-sci", 0, "Mon", "COV2"), m("B-sci", 1, "Tue", "COV2"),
      m("B-art", 0, "Wed", "COV2"),
      // An unplaced meeting is not taught, so it costs nothing.
      Meeting(lesson: "A-ela", index: 0, start: nil, teacher: "COV1"),
    ])
  }()

  @Test func handComputedTotals() {
    let r = BudgetCalculator.report(school: Self.school(cap: 10_000), schedule: Self.schedule)
    // COV1: 3 released periods × $25 × 36 = $2,700; COV2: 2 released periods × $30 × 36 =
    // $2,160. COV2's art is its own lesson (no leader among its candidates): not coverage.
    #expect(r.coveragePositions.map(\.yearly) == [2700, 2160])
    #expect(r.coveragePositions.map(\.periodsPerWeek) == [3, 2])
    #expect(r.coverage == 4860)
    #expect(r.stipends == 2000)
    #expect(r.total == 6860)
    // Ana's coverage: math 3 × 25 × 36 = 2,700 plus science 2 × 30 × 36 = 2,160.
    #expect(r.leaders.first?.coverage == 4860)
    #expect(r.leaders.first?.total == 6860)
    #expect(r.leaders.first?.coveredPeriodsPerWeek == 5)
    #expect(r.roles.first?.total == 6860)
    #expect(r.teams.first?.total == 6860)
    #expect(r.teachersSupported == 1)
    #expect(r.perTeacherSupported == 6860)
    #expect(r.overCap == 0 && r.withinCap && r.diagnostics.isEmpty)
    #expect(
      r.assignments.map(\.text) == [
        "COV1 covers 1-A math x3 for Team Lead Ana Diaz (T1)",
        "COV2 covers 1-B science x2 for Team Lead Ana Diaz (T1)",
        "COV2 teaches 1-B art x1 (its own lesson, not released from a leader: no coverage "
          + "cost)",
      ])
    #expect(r.text.contains("Budget: $6,860 a year of a cap of $10,000"))
  }

  @Test func overCapIsAHardViolationWithTheAmount() {
    let r = BudgetCalculator.report(school: Self.school(cap: 5920), schedule: Self.schedule)
    #expect(r.overCap == 940)
    #expect(!r.withinCap)
    #expect(r.diagnostics.map(\.code) == ["over-budget"])
    #expect(r.diagnostics.first?.severity == .error)
    #expect(r.diagnostics.first?.pointer == "/budget/cap")
    #expect(r.diagnostics.first?.message.contains("$940 over") == true)
    #expect(r.text.contains("OVER BUDGET by $940"))
  }

  /// With a school year the weeks are counted from it: two Mon–Fri weeks with a holiday are
  /// 9 school days, 2 weeks (rounded), instead of the budget's 36.
  @Test func weeksComeFromTheSchoolYear() throws {
    let first = try #require(CivilDate("2026-09-07"))
    let last = try #require(CivilDate("2026-09-18"))
    let holiday = try #require(CivilDate("2026-09-11"))
    let year = SchoolYear(
      firstDay: first, lastDay: last, timeZone: "America/Denver",
      closures: [DateRange(name: "Holiday", from: holiday, to: holiday)])
    let r = BudgetCalculator.report(
      school: Self.school(cap: nil, year: year), schedule: Self.schedule)
    #expect(r.weeks == 2)
    #expect(r.weeksSource == "2 instructional weeks (9 school days)")
    #expect(r.coverage == 3 * 25 * 2 + 2 * 30 * 2)
    #expect(r.cap == nil && r.overCap == 0)
  }
}
