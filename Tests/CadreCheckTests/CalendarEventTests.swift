import CadreCheck
import CadreModel
import Testing

/// The people and times of events, and who is busy or in two places at once.
@Suite struct CalendarEventTests {
  typealias F = CalendarFixture

  @Test func peopleMustFitTheKind() {
    var twoTeachers = F.spot("T-BOB", "2026-09-07", "two")
    twoTeachers.teachers.append("T-CAT")
    var otherLeader = F.spot("T-BOB", "2026-09-08", "other-leader")
    otherLeader.leader = "L-ZED"
    var otherTeam = F.spot("T-BOB", "2026-09-09", "other-team")
    otherTeam.team = "TM-2"
    let noFollows = F.event(.debrief, "no-follows", "2026-09-10", "P3", teachers: ["T-BOB"])
    let shortHuddle = F.event(.huddle, "short", "2026-09-14", "P3", teachers: ["T-BOB"])
    let repeated = F.event(
      .huddle, "repeated", "2026-09-15", "P3", teachers: ["T-BOB", "T-CAT", "T-BOB"])
    let good = F.event(.huddle, "good", "2026-09-16", "P3", teachers: ["T-CAT", "T-BOB"])
    let stranger = F.event(.oneOnOne, "stranger", "2026-09-17", "P3", teachers: ["T-EVE"])
    let school = F.school(extraTeachers: [Teacher(id: "T-EVE")])
    let report = F.check(
      school,
      [twoTeachers, otherLeader, otherTeam, noFollows, shortHuddle, repeated, good, stranger])
    expectCalendar(
      report, ["event-people": 7, "debrief-orphan": 1, "huddle-count": 3, "huddle-pattern": 3],
      ignoring: ["leader-load"])
    #expect(
      messages(report, "event-people").first
        == "spot observation two on 2026-09-07 has leader L-ANA for team TM-1 and teachers "
        + "[T-BOB, T-CAT]; it needs one team member with their own leader and team")
  }

  @Test func timesFollowTheKindAndPeriod() {
    let policy = Policy(
      observations: [ObservationQuota(kind: .spot, perYear: 0, minutes: 20)], huddleMinutes: 30)
    var wholePeriodSpot = F.spot("T-BOB", "2026-09-07", "long")
    wholePeriodSpot.end = TimeOfDay(minutes: 525)
    var shortFormal = F.spot("T-BOB", "2026-09-08", "formal", kind: .formalObservation)
    shortFormal.end = TimeOfDay(minutes: 495)
    let events = [
      wholePeriodSpot, shortFormal,
      F.event(
        .spotObservation, "ok", "2026-09-09", "P1", teachers: ["T-BOB"], lesson: "3A-math",
        spotMinutes: 20),
      F.event(
        .huddle, "ok-huddle", "2026-09-10", "P3", teachers: ["T-BOB", "T-CAT"], huddleMinutes: 30),
      F.event(.huddle, "long-huddle", "2026-09-14", "P3", teachers: ["T-BOB", "T-CAT"]),
    ]
    let report = F.check(F.school(policy: policy), events)
    #expect(report.count("event-times") == 3)
    #expect(
      messages(report, "event-times").first
        == "spot observation long on 2026-09-07 P1 runs 08:00-08:45, should run 08:00-08:20")
  }

  @Test func aSpotLongerThanItsPeriodEndsWithThePeriod() {
    let policy = Policy(observations: [ObservationQuota(kind: .spot, perYear: 1, minutes: 90)])
    let spot = F.event(
      .spotObservation, "obs", "2026-09-08", "P1", teachers: ["T-BOB"], lesson: "3A-math",
      spotMinutes: 45)
    #expect(F.check(F.school(policy: policy), [spot]).count("event-times") == 0)
  }

  @Test func participantsMustBeFree() {
    let cycle = Fixture.cycle(blocked: ["Wed P4"])
    let leaders = [Leader(id: "L-ANA", role: "R-TL", unavailable: [at("Tue P3")])]
    let school = F.school(cycle: cycle, leaders: leaders)
    let events = [
      // T-BOB teaches P1: busy for a one-on-one, not for his own observation.
      F.event(.oneOnOne, "teaching", "2026-09-07", "P1", teachers: ["T-BOB"]),
      F.spot("T-BOB", "2026-09-14", "observed"),
      // L-ANA is away on Tuesdays in P3.
      F.event(.oneOnOne, "away", "2026-09-08", "P3", teachers: ["T-CAT"]),
      // Wed P4 is blocked for all three people of the huddle.
      F.event(.huddle, "blocked", "2026-09-09", "P4", teachers: ["T-BOB", "T-CAT"]),
    ]
    let report = F.check(school, events)
    expectCalendar(
      report, ["person-busy": 5, "debrief-missing": 1, "observation-quota": 1],
      ignoring: ["leader-load", "huddle-count", "huddle-pattern", "one-on-one-count"])
    #expect(
      messages(report, "person-busy").first
        == "T-BOB is not free for one-on-one teaching on 2026-09-07 P1 (Mon) (teaching 3A-math)")
  }

  @Test func nobodyIsInTwoEventsAtOnce() {
    let events = [
      F.event(.huddle, "huddle", "2026-09-08", "P3", teachers: ["T-BOB", "T-CAT"]),
      F.event(.oneOnOne, "one-on-one", "2026-09-08", "P3", teachers: ["T-BOB"]),
      F.spot("T-CAT", "2026-09-09", "spot-1"),
      F.spot("T-CAT", "2026-09-09", "spot-2"),
    ]
    let report = F.check(F.school(), events)
    // L-ANA twice on Tuesday P3 and twice on Wednesday P2; T-BOB twice on Tuesday P3.
    #expect(report.count("person-clash") == 3)
    #expect(
      messages(report, "person-clash").first
        == "L-ANA is in 2 events on 2026-09-08 P3 (Tue): huddle, one-on-one")
  }

  @Test func aTeachingLeaderAndTheirTeacherRecordAreOnePerson() {
    // L-DAN teaches as T-DAN, is coached by L-ANA in TM-1 and leads TM-2 (T-EVE).
    let school = F.school(
      leaders: [
        Leader(id: "L-ANA", role: "R-TL"), Leader(id: "L-DAN", role: "R-TL", teacher: "T-DAN"),
      ],
      teams: [
        Team(id: "TM-1", leader: "L-ANA", members: ["T-BOB", "T-CAT", "T-DAN"]),
        Team(id: "TM-2", leader: "L-DAN", members: ["T-DAN", "T-EVE"]),
      ],
      extraTeachers: [Teacher(id: "T-DAN"), Teacher(id: "T-EVE")])
    let events = [
      F.event(
        .huddle, "huddle-2", "2026-09-08", "P3", leader: "L-DAN", teachers: ["T-EVE"], team: "TM-2"),
      F.event(.oneOnOne, "dan", "2026-09-08", "P3", teachers: ["T-DAN"]),
    ]
    let report = F.check(school, events)
    #expect(report.count("event-people") == 0)
    #expect(report.count("person-clash") == 1)
    #expect(messages(report, "person-clash").first?.hasPrefix("T-DAN is in 2 events") == true)
  }
}
