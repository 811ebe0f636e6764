import CadreModel
import Testing

@Suite struct ValidatorCycleTests {
  @Test func emptyCycle() {
    var s = validSchool()
    s.cycle.days = []
    s.cycle.blocked = []
    expectDiagnostic("empty-cycle", at: "/cycle/days", in: s)
    s.cycle.weeks = []
    expectDiagnostic("empty-cycle", at: "/cycle/weeks", in: s)
  }

  @Test func duplicateDayName() {
    var s = validSchool()
    s.cycle.days[4] = "Mon"
    expectDiagnostic("duplicate-name", at: "/cycle/days/4", in: s)
  }

  @Test func duplicatePeriodName() {
    var s = validSchool()
    s.cycle.periods[2].name = "P2"
    expectDiagnostic("duplicate-name", at: "/cycle/periods/2/name", in: s)
  }

  @Test func duplicateWeekName() {
    var s = validSchool()
    s.cycle.weeks = ["A", "A"]
    expectDiagnostic("duplicate-name", at: "/cycle/weeks/1", in: s)
  }

  @Test func periodEndingBeforeItStarts() {
    var s = validSchool()
    s.cycle.periods[1].end = TimeOfDay(minutes: 8 * 60 + 30)
    let d = expectDiagnostic("bad-period-times", at: "/cycle/periods/1/end", in: s)
    #expect(d?.message == "Period P2 ends at 08:30, not after it starts at 09:00")
  }

  @Test func overlappingPeriods() {
    var s = validSchool()
    s.cycle.periods[2].start = TimeOfDay(minutes: 9 * 60 + 30)
    expectDiagnostic("bad-period-times", at: "/cycle/periods/2/start", in: s)
  }

  @Test func periodsOutOfOrder() {
    var s = validSchool()
    s.cycle.periods.swapAt(0, 1)
    let d = expectDiagnostic("bad-period-times", at: "/cycle/periods/1/start", in: s)
    #expect(d?.message.contains("comes first") == true)
  }

  @Test func blockedSlotUnknownDayPeriodWeek() {
    var s = validSchool()
    s.cycle.blocked = [BlockedSlot(slot: SlotRef(week: "B", day: "Wend", period: "P9"))]
    let d = expectDiagnostic("unknown-day", at: "/cycle/blocked/0/day", in: s)
    #expect(d?.hint == "did you mean 'Wed'?")
    expectDiagnostic("unknown-period", at: "/cycle/blocked/0/period", in: s)
    expectDiagnostic("unknown-week", at: "/cycle/blocked/0/week", in: s)
  }

  @Test func everySlotBlocked() {
    var s = validSchool()
    s.cycle.blocked = s.cycle.days.flatMap { d in
      s.cycle.periods.map { BlockedSlot(slot: SlotRef(day: d, period: $0.name)) }
    }
    expectDiagnostic("over-capacity", at: "/cycle/blocked", in: s)
  }
}
