import CadreCalendar
import CadreModel
import Testing

@Suite struct PlannerTests {
  static func plan(_ school: School, seed: UInt64 = 1, steps: Int? = nil) -> PlanResult {
    CoachingPlanner.plan(
      school: school, schedule: Tiny.schedule(for: school),
      options: PlanOptions(seed: seed, stepLimit: steps))
  }

  /// The oracle's counts agree with the planner's per-rule counts, rule by rule.
  static func expectAgrees(_ school: School, _ result: PlanResult) {
    let oracle = CalendarOracle(school: school, schedule: Tiny.schedule(for: school))
    let counts = oracle.counts(result.calendar)
    for entry in result.costByRule {
      #expect(counts[entry.rule.rawValue, default: 0] == entry.count, "\(entry.rule.rawValue)")
    }
  }

  static func events(_ r: PlanResult, _ kind: CoachingEventKind) -> [CoachingEvent] {
    r.calendar.events.filter { $0.kind == kind }
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func tinySchoolPlansEveryRule(seed: UInt64) {
    let school = Tiny.school()
    let r = Self.plan(school, seed: seed)
    #expect(r.cost.hard == 0)
    #expect(r.unmet.isEmpty)
    #expect(Self.events(r, .spotObservation).count == 4)
    #expect(Self.events(r, .formalObservation).count == 2)
    #expect(Self.events(r, .debrief).count == 6)
    #expect(Self.events(r, .huddle).count == 2)
    Self.expectAgrees(school, r)
  }

  @Test func observationsSitInTheTeachersLessonsWhileTheLeaderIsFree() {
    let r = Self.plan(Tiny.school())
    for e in r.calendar.events
    where e.kind == .spotObservation || e.kind == .formalObservation {
      let own = Tiny.teaching.first { $0.0 == e.teachers.first?.raw }?.1 ?? []
      #expect(own.contains(Int(e.period.dropFirst()) ?? 0))
      #expect(e.leader == "L-LEE" && e.team == "TM-1" && e.period != "P5")
      #expect(e.lesson == LessonID("L-\(e.teachers[0].raw)"))
    }
    for e in Self.events(r, .spotObservation) { #expect(e.end.minutes - e.start.minutes == 15) }
    for e in Self.events(r, .formalObservation) { #expect(e.end.minutes - e.start.minutes == 50) }
  }

  @Test func huddlesKeepOneWeeklySlotWithStableIds() {
    let r = Self.plan(Tiny.school())
    let huddles = Self.events(r, .huddle)
    #expect(huddles.count == 2)
    #expect(Set(huddles.map(\.period)) == ["P4"])
    #expect(Set(huddles.map(\.date.weekday)).count == 1)
    for h in huddles {
      #expect(h.id == "huddle-TM-1-\(h.date)")
      #expect(Set(h.teachers) == ["T-ANA", "T-BEN"])
    }
  }

  @Test func debriefsFollowTheirObservationWithinTheWindow() {
    let r = Self.plan(Tiny.school(policy: Tiny.policy(window: 0)))
    #expect(r.cost.hard == 0)
    let byID = Dictionary(uniqueKeysWithValues: r.calendar.events.map { ($0.id, $0) })
    for d in Self.events(r, .debrief) {
      let obs = byID[d.follows ?? ""]
      #expect(obs?.date == d.date)
      #expect((obs?.start ?? TimeOfDay(minutes: 0)) < d.start)
      #expect(d.id.replacingPrefix("debrief-") == obs?.id.replacingPrefix("obs-"))
    }
  }

  @Test func spacingBlackoutAndDailyLimit() {
    let school = Tiny.school(
      policy: Tiny.policy(
        spot: 2, formal: 0, minDays: 4, maxPerDay: 1, blackoutStart: 1, blackoutEnd: 1))
    let r = Self.plan(school)
    #expect(r.cost.hard == 0)
    Self.expectAgrees(school, r)
    let obs = Self.events(r, .spotObservation)
    #expect(obs.count == 4)
    #expect(
      !obs.contains { $0.date == Tiny.date("2026-09-07") || $0.date == Tiny.date("2026-09-18") })
    #expect(Set(obs.map(\.date)).count == 4)
  }

  @Test func everyTermGetsAnObservationOfAKindWhoseQuotaCoversTheTerms() {
    let school = Tiny.school(
      terms: [
        DateRange(name: "T1", from: Tiny.date("2026-09-07"), to: Tiny.date("2026-09-09")),
        DateRange(name: "T2", from: Tiny.date("2026-09-10"), to: Tiny.date("2026-09-18")),
      ], policy: Tiny.policy(spot: 2, formal: 2, minDays: 0))
    let r = Self.plan(school)
    #expect(r.cost.hard == 0)
    Self.expectAgrees(school, r)
    for teacher in ["T-ANA", "T-BEN"] {
      for kind in [CoachingEventKind.spotObservation, .formalObservation] {
        let dates = Self.events(r, kind).filter { $0.teachers == [TeacherID(teacher)] }.map(\.date)
        #expect(dates.contains { $0 <= Tiny.date("2026-09-09") })
        #expect(dates.contains { $0 >= Tiny.date("2026-09-10") })
      }
    }
  }

  @Test func closuresAndAbWeeksCarryNoEvents() {
    let school = Tiny.school(
      weeks: ["A", "B"],
      closures: [
        DateRange(name: "Holiday", from: Tiny.date("2026-09-10"), to: Tiny.date("2026-09-11"))
      ],
      policy: Tiny.policy(huddles: 2, oneOnOnes: 1))
    let r = Self.plan(school)
    #expect(r.cost.hard == 0)
    Self.expectAgrees(school, r)
    #expect(
      !r.calendar.events.contains {
        $0.date == Tiny.date("2026-09-10") || $0.date == Tiny.date("2026-09-11")
      })
    #expect(Self.events(r, .huddle).count == 4)
    #expect(Self.events(r, .oneOnOne).count == 2)
  }

  @Test(arguments: [UInt64(7), 42])
  func sameSeedSameCalendar(seed: UInt64) {
    let school = Tiny.school(policy: Tiny.policy(spot: 3, formal: 1, minDays: 1, oneOnOnes: 1))
    let a = Self.plan(school, seed: seed, steps: 3_000)
    let b = Self.plan(school, seed: seed, steps: 3_000)
    #expect(a.calendar == b.calendar)
    #expect(a.cost == b.cost)
    #expect(a.stats.steps == b.stats.steps)
  }

  @Test func aQuotaThatCannotFitIsExplainedInSchoolTerms() {
    let school = Tiny.school(policy: Tiny.policy(spot: 12, formal: 0, minDays: 0, maxPerDay: 1))
    let r = Self.plan(school)
    #expect(r.cost.hard > 0)
    Self.expectAgrees(school, r)
    // 10 days, one observation a day for the leader: 10 of the 24 needed.
    #expect(Self.events(r, .spotObservation).count == 10)
    #expect(r.costByRule.first { $0.rule == .observationQuota }?.count == 14)
    #expect(r.unmet.contains { $0.contains("Team Lead Lee (L-LEE)") })
    #expect(r.unmet.contains { $0.hasPrefix("Teacher T-ANA gets") && $0.contains("of 12 spot") })
  }

  @Test func aTeacherWithoutLessonsCannotBeObserved() {
    var school = Tiny.school()
    school.teachers.append(Teacher(id: "T-CAL"))
    school.leadership.teams[0].members.append("T-CAL")
    let r = Self.plan(school)
    #expect(r.cost.hard == 3)
    #expect(r.unmet.contains { $0.contains("T-CAL") && $0.contains("teach no lesson") })
  }

  @Test func withoutAYearNothingIsPlanned() {
    let school = Tiny.school(withYear: false)
    let r = Self.plan(school)
    #expect(r.calendar.events.isEmpty)
    #expect(r.cost.hard == 6)
    #expect(r.unmet.first?.contains("no year") == true)
  }
}

extension String {
  fileprivate func replacingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
