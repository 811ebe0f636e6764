import CadreModel
import Testing

@Suite struct ValidatorPolicyTests {
  @Test func negativePolicyNumbers() {
    var s = validSchool()
    s.policy.huddlesPerWeek = -1
    s.policy.huddleMinutes = 0
    s.policy.noObservationDaysAtEnd = -5
    expectDiagnostic("out-of-range", at: "/policy/huddlesPerWeek", in: s)
    expectDiagnostic("out-of-range", at: "/policy/huddleMinutes", in: s)
    expectDiagnostic("out-of-range", at: "/policy/noObservationDaysAtEnd", in: s)
  }

  @Test func negativeQuota() {
    var s = validSchool()
    s.policy.observations[0].perYear = -10
    expectDiagnostic("out-of-range", at: "/policy/observations/0/perYear", in: s)
  }

  @Test func formalWithMinutesIsAWarning() {
    var s = validSchool()
    s.policy.observations[1].minutes = 30
    expectDiagnostic(
      "formal-minutes-ignored", at: "/policy/observations/1/minutes", in: s, severity: .warning)
  }

  @Test func spotLongerThanAPeriod() {
    var s = validSchool()
    s.policy.observations[0].minutes = 60
    let d = expectDiagnostic("out-of-range", at: "/policy/observations/0/minutes", in: s)
    #expect(d?.message == "Spot observations last 60 minutes but the shortest period is 50")
  }

  @Test func spotWithoutMinutesIsFine() {
    var s = validSchool()
    s.policy.observations[0].minutes = nil
    #expect(Validator.validate(s).isEmpty)
  }

  @Test func negativeBudgetAndWeights() {
    var s = validSchool()
    s.budget?.cap = -1
    s.budget?.weeksPerYear = 0
    s.weights.lateDay = -1
    expectDiagnostic("out-of-range", at: "/budget/cap", in: s)
    expectDiagnostic("out-of-range", at: "/budget/weeksPerYear", in: s)
    expectDiagnostic("out-of-range", at: "/weights/lateDay", in: s)
  }

  @Test func moreHuddlesThanSlotsInAWeek() {
    var s = validSchool()
    s.policy.huddlesPerWeek = 20
    let d = expectDiagnostic("over-capacity", at: "/policy/huddlesPerWeek", in: s)
    #expect(
      d?.message
        == "Policy asks for 20 huddles a week but a week of the cycle has only 19 teachable slots")
  }

  @Test func moreObservableSlotsThanAWeekHas() {
    var s = validSchool()
    s.cycle.weeks = ["A", "B"]
    s.cycle.blocked.append(BlockedSlot(slot: SlotRef(week: "B", day: "Fri", period: "P4")))
    s.policy.observableSlotsPerMember = 19
    expectDiagnostic("over-capacity", at: "/policy/observableSlotsPerMember", in: s)
    s.leadership.teams = []
    #expect(!codes(s).contains("over-capacity"))
  }
}
