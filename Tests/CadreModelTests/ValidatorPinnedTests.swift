import CadreModel
import Testing

@Suite struct ValidatorPinnedTests {
  @Test func morePinnedThanMeetings() {
    var s = validSchool()
    s.lessons[3].pinned = [
      SlotRef(day: "Mon", period: "P1"), SlotRef(day: "Tue", period: "P1"),
      SlotRef(day: "Thu", period: "P1"),
    ]
    expectDiagnostic("too-many-pinned", at: "/lessons/3/pinned/2", in: s)
  }

  @Test func pinnedUnknownPeriod() {
    var s = validSchool()
    s.lessons[0].pinned = [SlotRef(day: "Mon", period: "P0")]
    expectDiagnostic("unknown-period", at: "/lessons/0/pinned/0/period", in: s)
  }

  @Test func pinnedWithoutWeekInTwoWeekCycle() {
    var s = validSchool()
    s.cycle.weeks = ["A", "B"]
    s.lessons[0].pinned = [
      SlotRef(week: "B", day: "Mon", period: "P1"), SlotRef(day: "Tue", period: "P1"),
    ]
    expectDiagnostic("pinned-week-missing", at: "/lessons/0/pinned/1", in: s)
  }

  @Test func pinnedUnknownWeek() {
    var s = validSchool()
    s.lessons[0].pinned = [SlotRef(week: "C", day: "Mon", period: "P1")]
    expectDiagnostic("unknown-week", at: "/lessons/0/pinned/0/week", in: s)
  }

  @Test func pinnedIntoBlockedSlot() {
    var s = validSchool()
    s.lessons[1].pinned = [SlotRef(day: "Wed", period: "P4")]
    let d = expectDiagnostic("pinned-blocked", at: "/lessons/1/pinned/0", in: s)
    #expect(d?.message == "Lesson 3A-read is pinned to Wed P4, which is blocked")
  }

  @Test func pinnedDoubleRunsIntoBlockedSlot() {
    var s = validSchool()
    s.lessons[1].duration = 2
    s.lessons[1].pinned = [SlotRef(day: "Wed", period: "P3")]
    expectDiagnostic("pinned-blocked", at: "/lessons/1/pinned/0", in: s)
  }

  @Test func pinnedDoublePastTheEndOfTheDay() {
    var s = validSchool()
    s.lessons[1].duration = 2
    s.lessons[1].pinned = [SlotRef(day: "Mon", period: "P4")]
    expectDiagnostic("pinned-overflow", at: "/lessons/1/pinned/0", in: s)
  }

  @Test func pinnedWhenTeacherUnavailable() {
    var s = validSchool()
    s.teachers[0].unavailable = [SlotRef(day: "Fri", period: "P2")]
    s.lessons[0].pinned = [SlotRef(day: "Fri", period: "P2")]
    let d = expectDiagnostic("pinned-unavailable", at: "/lessons/0/pinned/0", in: s)
    #expect(d?.message.contains("teacher Ana (T-ANA)") == true)
  }

  @Test func pinnedWhenHomeRoomUnavailable() {
    var s = validSchool()
    s.rooms[0].unavailable = [SlotRef(day: "Fri", period: "P2")]
    s.lessons[1].pinned = [SlotRef(day: "Fri", period: "P2")]
    expectDiagnostic("pinned-unavailable", at: "/lessons/1/pinned/0", in: s)
  }

  @Test func twoLessonsOfOneClassPinnedTogether() {
    var s = validSchool()
    s.lessons[0].pinned = [SlotRef(day: "Mon", period: "P1")]
    s.lessons[1].pinned = [SlotRef(day: "Tue", period: "P1"), SlotRef(day: "Mon", period: "P1")]
    let d = expectDiagnostic("pinned-clash", at: "/lessons/1/pinned/1", in: s)
    #expect(d?.message.contains("/lessons/0/pinned/0") == true)
  }
}
