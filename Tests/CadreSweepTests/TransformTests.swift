import CadreModel
import Testing

@testable import CadreSweep

struct TransformTests {
  func teacherLeaderRoles(_ s: School) -> [Role] {
    s.leadership.roles.filter { AxisTransforms.teacherLeaderKinds.contains($0.kind) }
  }

  @Test func releaseSetsTeacherLeaderRolesOnly() {
    let base = Fixture.elementaryTeamLeads
    let half = AxisTransforms.release(.fraction(0.25), base)
    for r in half.leadership.roles {
      let before = base.leadership.roles.first { $0.id == r.id }
      if r.kind == .teamLead {
        #expect(r.release == 0.25 && r.releasePeriodsPerDay == nil)
      } else {
        #expect(r == before)
      }
    }
    let daily = AxisTransforms.release(.periodsPerDay(1), base)
    #expect(teacherLeaderRoles(daily).allSatisfy { $0.releasePeriodsPerDay == 1 })
    #expect(Validator.isValid(daily))
  }

  @Test func spanSetsLimitAndValidatorJudgesIt() {
    let base = Fixture.smallAB
    let wide = AxisTransforms.span(8, base)
    #expect(teacherLeaderRoles(wide).allSatisfy { $0.spanLimit == 8 })
    #expect(Validator.isValid(wide))
    // The humanities team has 6 members: a limit of 3 splits it (SpanReformTests), but an
    // administrator's team is not re-formed, so in an AP-centred school a limit of 3 is the
    // validator's span-exceeded.
    #expect(Validator.isValid(AxisTransforms.span(3, base)))
    let narrow = AxisTransforms.span(3, ModelTransforms.apCentred(base))
    #expect(Validator.validate(narrow).contains { $0.code == "span-exceeded" })
  }

  @Test func observationsSetQuotas() {
    let s = AxisTransforms.observations(ObservationSetting(spot: 4, formal: 0), Fixture.smallAB)
    #expect(s.policy.observations.map(\.kind) == [.spot])
    #expect(s.policy.observations.first?.perYear == 4)
  }

  @Test func budgetCapSetsOrClears() {
    #expect(AxisTransforms.budgetCap(123, Fixture.smallAB).budget?.cap == 123)
    #expect(AxisTransforms.budgetCap(nil, Fixture.smallAB).budget?.cap == nil)
  }

  @Test func apCentredLeavesOnlyAdministrators() {
    let s = ModelTransforms.apCentred(Fixture.elementaryTeamLeads)
    #expect(teacherLeaderRoles(s).isEmpty)
    let kinds = Set(
      s.leadership.leaders.compactMap { l in
        s.leadership.roles.first { $0.id == l.role }?.kind
      })
    #expect(kinds.isSubset(of: [.principal, .assistantPrincipal]))
    // Every teacher who was in a team, former Team Leads included, is still in one.
    let members = Set(s.leadership.teams.flatMap(\.members))
    for t in ["T04", "T08", "T12"] { #expect(members.contains(TeacherID(t))) }
    #expect(!s.teachers.contains { $0.coverage })
    #expect(Validator.validate(s).allSatisfy { $0.code != "unknown-teacher" })
  }

  @Test func teamLeadPromotesOneMemberPerTeamWithCoverage() {
    let base = Fixture.greenDot
    let s = ModelTransforms.teamLead(base)
    let tl = teacherLeaderRoles(s)
    #expect(tl.count == 1 && tl[0].kind == .teamLead && tl[0].release == 0.5)
    #expect(s.leadership.teams.count == base.leadership.teams.count)
    for team in s.leadership.teams {
      let leader = s.leadership.leaders.first { $0.id == team.leader }
      #expect(leader?.role == tl[0].id)
      #expect(leader?.teacher.map { !team.members.contains($0) } == true)
    }
    #expect(s.teachers.filter(\.coverage).count == base.leadership.teams.count)
    #expect(!Validator.validate(s).contains { $0.code == "over-capacity" })
  }

  @Test func mclHalvesTheTeacherLeaders() {
    let base = Fixture.elementaryTeamLeads
    let s = ModelTransforms.multiClassroomLeader(base)
    let roles = teacherLeaderRoles(s)
    #expect(roles.map(\.kind) == [.multiClassroomLeader])
    let mcls = s.leadership.leaders.filter { $0.role == roles[0].id }
    #expect(mcls.count == 3)
    #expect(s.leadership.teams.count == base.leadership.teams.count)
  }

  @Test func leadersAxisAddsAndRemoves() {
    let base = Fixture.elementaryTeamLeads
    let more = ModelTransforms.leaders(LeaderCounts([(.assistantPrincipal, 2)]), base)
    let aps = more.leadership.leaders.filter { l in
      more.leadership.roles.first { $0.id == l.role }?.kind == .assistantPrincipal
    }
    #expect(aps.count == 2)
    #expect(more.leadership.teams.contains { $0.leader == aps[1].id })
    let fewer = ModelTransforms.leaders(LeaderCounts([(.teamLead, 4)]), base)
    let tls = fewer.leadership.leaders.filter { $0.teacher != nil }
    #expect(tls.count == 4)
    #expect(
      Set(fewer.leadership.teams.map(\.leader)).isSubset(
        of: Set(fewer.leadership.leaders.map(\.id))))
  }

  @Test func transformsArePure() {
    let base = Fixture.smallAB
    let scenario = Scenario(
      index: 0, id: "x", school: 0, model: .teamLead, release: .fraction(0.25), span: 7)
    #expect(scenario.apply(to: base) == scenario.apply(to: base))
    #expect(base == Fixture.smallAB)
  }
}
