import CadreModel
import Testing

/// The validator on a role's or a team's own `policy`: each number is checked where it is
/// written, with the team or role named, and a weekly need that no cycle week can hold is an
/// `over-capacity` error whose hint offers the soft form.
@Suite struct ValidatorTeamPolicyTests {
  @Test func aValidOverrideHasNoDiagnostic() {
    var s = validSchool()
    s.leadership.teams[0].policy = PolicyOverride(
      observations: [ObservationQuota(kind: .spot, perYear: 36, minutes: 10, weight: 3)],
      observableSlotsPerMember: PolicyNumber(3), huddlesPerWeek: PolicyNumber(2, weight: 5),
      oneOnOnesPerMonth: PolicyNumber(1))
    s.leadership.roles[0].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(1))
    #expect(Validator.validate(s).isEmpty, "\(Validator.validate(s).map(\.rendered))")
  }

  @Test func negativeCountsAndWeightsAreOutOfRange() throws {
    var s = validSchool()
    s.leadership.teams[0].policy = PolicyOverride(
      observations: [ObservationQuota(kind: .formal, perYear: -1)],
      observableSlotsPerMember: PolicyNumber(-2), huddlesPerWeek: PolicyNumber(1, weight: -5))
    let d = try #require(
      expectDiagnostic(
        "out-of-range", at: "/leadership/teams/0/policy/observableSlotsPerMember", in: s))
    #expect(d.message.contains("Team G3"))
    expectDiagnostic("out-of-range", at: "/leadership/teams/0/policy/huddlesPerWeek/weight", in: s)
    expectDiagnostic(
      "out-of-range", at: "/leadership/teams/0/policy/observations/0/perYear", in: s)
    s.leadership.teams[0].policy = nil
    s.leadership.roles[0].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(-1, weight: 2))
    let r = try #require(
      expectDiagnostic(
        "out-of-range", at: "/leadership/roles/0/policy/huddlesPerWeek/count", in: s))
    #expect(r.message.contains("Role team-lead"))
  }

  /// validSchool has 19 teachable slots in its one week.
  @Test func aWeeklyNeedAboveTheWeekIsOverCapacity() throws {
    var s = validSchool()
    s.leadership.teams[0].policy = PolicyOverride(observableSlotsPerMember: PolicyNumber(20))
    let d = try #require(
      expectDiagnostic(
        "over-capacity", at: "/leadership/teams/0/policy/observableSlotsPerMember", in: s))
    #expect(d.hint?.contains("weight") == true)
    s.leadership.teams[0].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(19, weight: 1))
    #expect(!codes(s).contains("over-capacity"))
  }

  @Test func spotMinutesFollowTheSchoolsRules() {
    var s = validSchool()
    s.leadership.teams[0].policy = PolicyOverride(observations: [
      ObservationQuota(kind: .spot, perYear: 2, minutes: 90),
      ObservationQuota(kind: .formal, perYear: 1, minutes: 20),
    ])
    expectDiagnostic("out-of-range", at: "/leadership/teams/0/policy/observations/0/minutes", in: s)
    expectDiagnostic(
      "formal-minutes-ignored", at: "/leadership/teams/0/policy/observations/1/minutes", in: s,
      severity: .warning)
  }

  /// Team > role > school, field by field.
  @Test func theTeamWinsOverTheRoleAndTheRoleOverTheSchool() {
    var s = validSchool()
    s.policy.huddlesPerWeek = 1
    s.policy.observableSlotsPerMember = 2
    s.policy.oneOnOnesPerMonth = 1
    s.leadership.roles[0].policy = PolicyOverride(
      observableSlotsPerMember: PolicyNumber(4), huddlesPerWeek: PolicyNumber(3, weight: 2))
    s.leadership.teams[0].policy = PolicyOverride(huddlesPerWeek: PolicyNumber(2))
    let p = s.policy(for: s.leadership.teams[0])
    #expect(p.huddlesPerWeek == PolicyNumber(2))
    #expect(p.observableSlotsPerMember == PolicyNumber(4))
    #expect(p.oneOnOnesPerMonth == PolicyNumber(1))
    #expect(p.observations == s.policy.observations)
    // A team whose leader is unknown falls back to the school.
    var lost = s.leadership.teams[0]
    lost.leader = "L-NOBODY"
    lost.policy = nil
    #expect(s.policy(for: lost) == TeamPolicy(school: s.policy))
  }
}
