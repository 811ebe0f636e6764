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

  /// One count of weeks: with a school year its count prices coverage, so an explicit
  /// `weeksPerYear` that disagrees is named; one that agrees, or one without a year, is not.
  @Test func weeksPerYearThatDisagreesWithTheYearIsAWarning() {
    var s = validSchool()
    let weeks = InstructionalYear(s).weeks
    #expect(InstructionalYear(s).schoolDays != nil)
    s.budget?.weeksPerYear = weeks + 3
    let d = expectDiagnostic(
      "weeks-disagree", at: "/budget/weeksPerYear", in: s, severity: .warning)
    #expect(d?.message.contains("budget.weeksPerYear is \(weeks + 3)") == true)
    #expect(d?.message.contains("prices coverage with the year's \(weeks)") == true)
    s.budget?.weeksPerYear = weeks
    #expect(!Validator.validate(s).contains { $0.code == "weeks-disagree" })
    s.budget?.weeksPerYear = weeks + 3
    s.year = nil
    #expect(!Validator.validate(s).contains { $0.code == "weeks-disagree" })
    #expect(InstructionalYear(s).weeks == weeks + 3)
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

/// Counting proofs for required soft rules: a capacity fact (`required-rule-cannot-hold`), not
/// a broken file, and only when the rule is required.
@Suite struct RequiredRuleProofTests {
  @Test func moreMeetingsOfASubjectThanDaysCannotKeepSameSubjectTwice() {
    var s = validSchool()
    // 3B: 4 math meetings in a 5-day week, plus a second math lesson of 2 meetings.
    s.lessons.append(
      Lesson(id: "3B-math-lab", classID: "3B", subject: "math", meetings: 2, candidates: ["T-BEN"]))
    #expect(!Validator.validate(s).contains { $0.code == "required-rule-cannot-hold" })
    s.weights.required = [.sameSubjectTwice]
    let d = expectDiagnostic("required-rule-cannot-hold", at: "/lessons/2/meetings", in: s)
    #expect(d?.message.contains("6 math meetings a cycle but 5 school days") == true)
    // Exactly as many meetings as days is fine.
    s.lessons[s.lessons.count - 1].meetings = 1
    #expect(!Validator.validate(s).contains { $0.code == "required-rule-cannot-hold" })
  }

  @Test func moreLessonPeriodsThanEarlySlotsCannotKeepLateDay() {
    var s = validSchool()
    let periods = s.cycle.periods.count
    let early = (periods - 1) * s.cycle.days.count
    s.lessons.append(
      Lesson(id: "3A-art", classID: "3A", subject: "art", meetings: early, candidates: ["T-BEN"]))
    s.weights.required = [.lateDay]
    expectDiagnostic("required-rule-cannot-hold", at: "/classes/0", in: s)
    s.weights.required = []
    #expect(!Validator.validate(s).contains { $0.code == "required-rule-cannot-hold" })
  }
}
