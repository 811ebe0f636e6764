import CadreCalendar
import CadreModel
import Testing

/// Huddles owed up to the week's huddle capacity R, one-on-ones up to d(month)
/// (docs/CALENDAR.md, section 3).
@Suite struct CapacityTests {
  /// Tiny plus T-CAL, who teaches P1 P2 P3 P5 and forms team TM-2 with the same leader: both
  /// teams are free with Lee only in P4, so they share their only common planning slot.
  static func twoTeams(huddles: Int, closures: [DateRange] = []) -> (School, Schedule) {
    var school = Tiny.school(
      closures: closures, policy: Tiny.policy(spot: 0, formal: 0, huddles: huddles))
    school.teachers.append(Teacher(id: "T-CAL"))
    school.classes.append(SchoolClass(id: "C-T-CAL"))
    school.lessons.append(
      Lesson(id: "L-T-CAL", classID: "C-T-CAL", subject: "art", meetings: 20, teacher: "T-CAL"))
    school.leadership.teams.append(
      Team(id: "TM-2", name: "Art", leader: "L-LEE", members: ["T-CAL"]))
    var schedule = Tiny.schedule(for: school)
    var index = 0
    for d in school.cycle.days {
      for p in [1, 2, 3, 5] {
        schedule.meetings.append(
          Meeting(
            lesson: "L-T-CAL", index: index, start: SlotRef(day: d, period: "P\(p)"),
            teacher: "T-CAL"))
        index += 1
      }
    }
    return (school, schedule)
  }

  static func expectAgrees(_ school: School, _ schedule: Schedule, _ r: PlanResult) {
    let counts = CalendarOracle(school: school, schedule: schedule).counts(r.calendar)
    for entry in r.costByRule {
      #expect(counts[entry.rule.rawValue, default: 0] == entry.count, "\(entry.rule.rawValue)")
    }
  }

  @Test func teamsSharingTheirOnlySlotOweTheFlowNotTheirSum() {
    let (school, schedule) = Self.twoTeams(huddles: 3)
    let r = CoachingPlanner.plan(school: school, schedule: schedule, options: PlanOptions())
    // c = 3 per team, but one P4 a day for both: R = 5 of 6 each week.
    #expect(r.cost.hard == 0)
    let huddles = r.calendar.events.filter { $0.kind == .huddle }
    #expect(huddles.count == 10)
    #expect(Set(huddles.map { "\($0.date)|\($0.period)" }).count == 10)
    #expect(
      r.unmet.contains {
        $0.hasPrefix(
          "Team Lead Lee (L-LEE) can hold 5 of 6 weekly huddles in the week of "
            + "2026-09-07") && $0.contains("teams TM-1 and TM-2 share their only common planning")
      })
    Self.expectAgrees(school, schedule, r)
  }

  @Test func aShortWeekOwesOnlyItsSchoolDays() {
    let holiday = DateRange(
      name: "Holiday", from: Tiny.date("2026-09-08"), to: Tiny.date("2026-09-11"))
    let (school, schedule) = Self.twoTeams(huddles: 2, closures: [holiday])
    let r = CoachingPlanner.plan(school: school, schedule: schedule, options: PlanOptions())
    #expect(r.cost.hard == 0)
    // Week 1 has one school day: R = 1 (c = 1 per team, one P4); week 2: R = 4.
    #expect(r.calendar.events.filter { $0.kind == .huddle }.count == 5)
    #expect(
      r.unmet.contains {
        $0.contains("can hold 1 of 4 weekly huddles in the week of 2026-09-07")
          && $0.contains("the week has only 1 school day(s)")
      })
    Self.expectAgrees(school, schedule, r)
  }

  @Test func oneOnOnesAreOwedOnlyOnDaysWhenBothAreFree() {
    var school = Tiny.school(policy: Tiny.policy(spot: 0, formal: 0, oneOnOnes: 3))
    // Ana (free P3 P4 P5; Lee is free P1-P4) shares free periods with Lee only on Mondays.
    school.teachers[0].unavailable = ["Tue", "Wed", "Thu", "Fri"].flatMap { d in
      [SlotRef(day: d, period: "P3"), SlotRef(day: d, period: "P4")]
    }
    let schedule = Tiny.schedule(for: school)
    let r = CoachingPlanner.plan(school: school, schedule: schedule, options: PlanOptions())
    #expect(r.cost.hard == 0)
    let ones = r.calendar.events.filter { $0.kind == .oneOnOne }
    #expect(ones.filter { $0.teachers == ["T-ANA"] }.count == 2)
    #expect(ones.filter { $0.teachers == ["T-BEN"] }.count == 3)
    #expect(ones.filter { $0.teachers == ["T-ANA"] }.allSatisfy { $0.date.weekday == 0 })
    Self.expectAgrees(school, schedule, r)
  }

  @Test func theOracleCountsAMissingHuddleAgainstTheCapacity() {
    let (school, schedule) = Self.twoTeams(huddles: 3)
    var r = CoachingPlanner.plan(school: school, schedule: schedule, options: PlanOptions())
    let oracle = CalendarOracle(school: school, schedule: schedule)
    #expect(oracle.counts(r.calendar)["huddle-count", default: 0] == 0)
    if let i = r.calendar.events.firstIndex(where: { $0.kind == .huddle }) {
      r.calendar.events.remove(at: i)
    }
    #expect(oracle.counts(r.calendar)["huddle-count", default: 0] == 1)
  }
}
