import CadreCheck
import CadreModel
import Testing

/// Observation quotas, where observations may fall, and their debriefs.
@Suite struct CalendarObservationTests {
  typealias F = CalendarFixture

  /// Each observation with a debrief in P3 of the same day.
  func debriefed(_ observations: [CoachingEvent]) -> [CoachingEvent] {
    observations.flatMap { [$0, F.debrief(of: $0, "\($0.date)")] }
  }

  @Test func quotasAreSummedPerKindAndCountedPerMember() {
    let policy = Policy(observations: [
      ObservationQuota(kind: .spot, perYear: 2), ObservationQuota(kind: .formal, perYear: 1),
      ObservationQuota(kind: .spot, perYear: 1),
    ])
    var stranger = F.spot("T-CAT", "2026-09-10", "not-counted")
    stranger.leader = "L-ZED"
    let events =
      debriefed([
        F.spot("T-BOB", "2026-09-08", "bob-1"), F.spot("T-BOB", "2026-09-14", "bob-2"),
        F.spot("T-BOB", "2026-09-16", "bob-3", kind: .formalObservation),
      ]) + [stranger]
    let report = F.check(F.school(policy: policy), events)
    // T-BOB: |2 − 3| spot, |1 − 1| formal; T-CAT: 3 spot + 1 formal missing.
    expectCalendar(
      report, ["observation-quota": 5, "event-people": 1],
      ignoring: ["leader-load", "uneven-observations"])
    #expect(
      messages(report, "observation-quota")
        == [
          "T-BOB has 2 spot observations, needs 3", "T-CAT has 0 spot observations, needs 3",
          "T-CAT has 0 formal observations, needs 1",
        ])
  }

  @Test func theObservedTeacherMustTeachTheObservedLesson() {
    var wrongPeriod = F.spot("T-BOB", "2026-09-08", "p3")
    wrongPeriod.period = "P3"
    wrongPeriod.start = TimeOfDay(minutes: 580)
    wrongPeriod.end = TimeOfDay(minutes: 595)
    var wrongLesson = F.spot("T-BOB", "2026-09-09", "wrong-lesson")
    wrongLesson.lesson = "4B-read"
    var noLesson = F.spot("T-BOB", "2026-09-10", "no-lesson")
    noLesson.lesson = nil
    var nobody = F.spot("T-BOB", "2026-09-14", "nobody")
    nobody.teachers = []
    let fine = F.spot("T-CAT", "2026-09-15", "fine")
    let report = F.check(F.school(), [wrongPeriod, wrongLesson, noLesson, nobody, fine])
    #expect(report.count("observation-not-teaching") == 4)
    #expect(
      messages(report, "observation-not-teaching")
        == [
          "spot observation p3: T-BOB does not teach on 2026-09-08 P3 (Tue)",
          "spot observation wrong-lesson observes lesson 4B-read, but T-BOB teaches 3A-math on "
            + "2026-09-09 P1 (Wed)",
          "spot observation no-lesson observes lesson (none), but T-BOB teaches 3A-math on "
            + "2026-09-10 P1 (Thu)",
          "spot observation nobody on 2026-09-14 P1 (Mon) observes nobody",
        ])
  }

  @Test func noObservationsInTheBlackoutButOtherEventsMayBeThere() {
    // School days 0 (09-07), 7 (09-17) and 8 (09-18) are blacked out.
    let policy = Policy(noObservationDaysAtStart: 1, noObservationDaysAtEnd: 2)
    let events = debriefed([
      F.spot("T-BOB", "2026-09-07", "first-day"), F.spot("T-BOB", "2026-09-16", "allowed"),
      F.spot("T-CAT", "2026-09-17", "late", kind: .formalObservation),
    ])
    let report = F.check(F.school(policy: policy), events)
    expectCalendar(
      report, ["observation-blackout": 2, "observation-quota": 3],
      ignoring: ["leader-load", "uneven-observations"])
    #expect(
      messages(report, "observation-blackout").first
        == "spot observation first-day of T-BOB is on 2026-09-07, school day 1 of 9, inside the "
        + "no-observation days")
  }

  @Test func observationsOfOneTeacherAreSpacedInSchoolDays() {
    let policy = Policy(minDaysBetweenObservations: 3)
    var uncounted = F.spot("T-BOB", "2026-09-14", "other-team")
    uncounted.team = "TM-9"
    // T-BOB on days 0, 1, 5 (gaps 1 and 4); T-CAT on days 2 and 3 (gap 1). The uncounted
    // visit on day 4 would add a short gap if it counted.
    let events =
      debriefed([
        F.spot("T-BOB", "2026-09-07", "b1"), F.spot("T-BOB", "2026-09-08", "b2"),
        F.spot("T-BOB", "2026-09-15", "b3"), F.spot("T-CAT", "2026-09-09", "c1"),
        F.spot("T-CAT", "2026-09-10", "c2", kind: .formalObservation),
      ]) + [uncounted]
    let report = F.check(F.school(policy: policy), events)
    #expect(report.count("observation-spacing") == 2)
    #expect(
      messages(report, "observation-spacing").first
        == "T-BOB is observed on 2026-09-07 and 2026-09-08, 1 school day apart, min 3")
  }

  @Test func everyTermGetsAnObservationOfEachKindWithEnoughQuota() {
    let year = F.year(terms: [("2026-09-07", "2026-09-10"), ("2026-09-14", "2026-09-18")])
    let policy = Policy(observations: [
      ObservationQuota(kind: .spot, perYear: 2), ObservationQuota(kind: .formal, perYear: 1),
    ])
    let events = debriefed([
      F.spot("T-BOB", "2026-09-08", "b1"), F.spot("T-CAT", "2026-09-14", "c1"),
      F.spot("T-CAT", "2026-09-15", "c2"),
    ])
    let report = F.check(F.school(year: year, policy: policy), events)
    // Spot (2 ≥ 2 terms): T-BOB misses term 2, T-CAT term 1. Formal (1 < 2): not per term.
    #expect(report.count("observation-term") == 2)
    #expect(
      messages(report, "observation-term").first
        == "T-BOB has no spot observation in Term 2 (2026-09-14 to 2026-09-18)")
    #expect(F.check(F.school(policy: policy), events).count("observation-term") == 0)
  }

  @Test func aLeaderObservesAtMostSoManyTimesADay() {
    let policy = Policy(maxObservationsPerLeaderPerDay: 1)
    let events = debriefed([
      F.spot("T-BOB", "2026-09-08", "b1"), F.spot("T-CAT", "2026-09-08", "c1"),
    ])
    let report = F.check(F.school(policy: policy), events)
    #expect(report.count("leader-day-max") == 1)
    #expect(messages(report, "leader-day-max") == ["L-ANA observes 2 times on 2026-09-08, max 1"])
  }

  /// Window 2 school days. O1 debriefed later that day (delay 0); O2's debrief is earlier
  /// that day (invalid); O3 debriefed 2 school days later across the closure (delay 2); O4's
  /// debrief is 3 school days later (too late); O5 has two debriefs (one extra); and one
  /// debrief of O1 names the wrong teacher.
  @Test func everyObservationHasOneDebriefInTime() {
    let o1 = F.spot("T-BOB", "2026-09-07", "o1")
    let o2 = F.spot("T-CAT", "2026-09-08", "o2")
    let o3 = F.spot("T-BOB", "2026-09-09", "o3")
    let o4 = F.spot("T-CAT", "2026-09-10", "o4")
    let o5 = F.spot("T-BOB", "2026-09-16", "o5")
    var wrongTeacher = F.debrief(of: o1, "2026-09-07", "P4")
    wrongTeacher.teachers = ["T-CAT"]
    wrongTeacher.id = "wrong-teacher"
    var extra = F.debrief(of: o5, "2026-09-17")
    extra.id = "extra"
    let events = [
      o1, F.debrief(of: o1, "2026-09-07"), wrongTeacher, o2, F.debrief(of: o2, "2026-09-08", "P1"),
      o3, F.debrief(of: o3, "2026-09-14"), o4, F.debrief(of: o4, "2026-09-16", "P4"),
      o5, F.debrief(of: o5, "2026-09-16"), extra,
    ]
    let report = F.check(F.school(), events)
    expectCalendar(
      report, ["debrief-missing": 2, "debrief-orphan": 4, "debrief-delay": 2],
      ignoring: ["leader-load", "observation-quota", "uneven-observations", "repeated-slot"])
    #expect(report.cost.soft >= 4)
    #expect(
      messages(report, "debrief-missing").first
        == "spot observation o2 of T-CAT by L-ANA on 2026-09-08 P2 (Tue) has no debrief within "
        + "2 school days")
    #expect(
      messages(report, "debrief-delay")
        == ["spot observation o3 of T-BOB on 2026-09-09 is debriefed 2 school days later"])
  }
}
