import CadreLeadership
import CadreModel
import Testing

@Suite struct ExplainerTests {
  typealias F = Fixtures

  /// 36 spot visits a year for each of Ana's 6 members: 6 observations and 6 debriefs a week,
  /// plus 2 huddles, is 14 periods; her release leaves 10 (20 slots, she may teach 10).
  @Test func overCommittedLeader() {
    let e = Explainer.explain(F.coaching(spot: 36))
    #expect(!e.fits)
    let ana = e.leaders[0]
    #expect(ana.observationsPerWeek == 6)
    #expect(ana.debriefsPerWeek == 6)
    #expect(ana.huddlesPerWeek == 2)
    #expect(ana.neededPerWeek == 14)
    #expect(ana.availablePerWeek == 10)
    #expect(ana.teachingLoad == 10)
    #expect(ana.shortfall == 4)
    #expect(
      ana.verdict.hasPrefix("Team Lead Ana Diaz (T01) needs 14 coaching periods a week"))
    #expect(ana.verdict.hasSuffix("and has 10: short by 4"))
    #expect(e.leaders[1].fits)
    #expect(e.teams.map(\.possible) == [14, 20])
    #expect(e.teams.allSatisfy { $0.fits })
  }

  /// A team's own numbers (issue 14 item 6) set the leader's need: Ana's team asks for 9 spot
  /// visits a year instead of the school's 36 and one huddle; a soft number asks nothing it
  /// must have.
  @Test func aTeamsOwnNumbersSetItsLeadersNeed() {
    var s = F.coaching(spot: 36)
    let ana = s.leadership.teams.firstIndex { $0.leader == s.leadership.leaders[0].id } ?? 0
    s.leadership.teams[ana].policy = PolicyOverride(
      observations: [ObservationQuota(kind: .spot, perYear: 9)], huddlesPerWeek: PolicyNumber(1))
    var e = Explainer.explain(s)
    #expect(e.leaders[0].observationsPerWeek == 2 && e.leaders[0].huddlesPerWeek == 1)
    #expect(e.leaders[0].fits)
    // Soft: the visits may be missed, so they are no part of what the leader must do.
    s.leadership.teams[ana].policy = PolicyOverride(
      observations: [ObservationQuota(kind: .spot, perYear: 36, weight: 2)],
      huddlesPerWeek: PolicyNumber(2, weight: 1))
    e = Explainer.explain(s)
    #expect(e.leaders[0].observationsPerWeek == 0 && e.leaders[0].huddlesPerWeek == 0)
  }

  /// The remedies, re-checked: the free ones that fix first, then a new Team Lead, then the
  /// release raise that would leave Ana's fixed lessons over a limit of 0.
  @Test func rankedRemedies() {
    let e = Explainer.explain(F.coaching(spot: 36))
    #expect(e.remedies.map(\.kind) == [.fewerObservations, .widenSpan, .addLeader, .raiseRelease])
    #expect(e.remedies.map(\.yearlyCost) == [0, 0, 12_800, 4320])
    #expect(e.remedies.map(\.fixes) == [true, true, true, false])
    #expect(e.remedies[0].change.contains("spot from 36 to 24"))
    #expect(e.remedies[1].change.contains("move T06 and T07 to Principal Pat (L-P)'s team TM-P"))
    #expect(
      e.remedies[2].costDetail == "stipend $2,000 + 10 covered periods a week x $30 x 36 weeks")
    #expect(e.remedies[3].shortfallAfter == 6)
    #expect(e.remedies[3].recheck.contains("still 6 fixed periods over the teaching limit"))
    #expect(e.text.contains("Smallest changes for Team Lead Ana Diaz (T01), cheapest first:"))
  }

  @Test func feasibleSchoolHasNoRemedies() {
    let e = Explainer.explain(F.coaching(spot: 12))
    #expect(e.fits)
    #expect(e.remedies.isEmpty)
    #expect(e.leaders.map(\.neededPerWeek) == [6, 4])
    #expect(e.text.contains("Verdict: it fits."))
  }

  /// Fixed lessons of 12 periods against a limit of 10 (the infeasible-release sample in
  /// small): the verdict names the release; moving the 2-period lesson to coverage fixes it,
  /// lowering the release to 0.25 keeps the lessons but leaves Ana 1 period short.
  @Test func fixedLessonsOverTheRelease() {
    let e = Explainer.explain(F.coaching(spot: 12, anaFixed: [6, 4, 2]))
    let ana = e.leaders[0]
    #expect(ana.overload == 2)
    #expect(
      ana.verdict.hasPrefix(
        "Team Lead Ana Diaz (T01) must teach 12 periods of fixed lessons a cycle but release "
          + "0.5 lets them teach 10 of 20: 2 too many"))
    #expect(e.remedies.map(\.kind) == [.moveLessons, .lowerRelease])
    #expect(e.remedies[0].change.hasPrefix("let COV1 teach 1-A s2 (2 periods a cycle)"))
    #expect(e.remedies[0].yearlyCost == 2 * 30 * 36)
    #expect(e.remedies[0].fixes)
    #expect(e.remedies[1].change.contains("from 0.5 to 0.25"))
    #expect(e.remedies[1].shortfallAfter == 1)
    #expect(!e.remedies[1].fixes)
  }

  /// A nonsense quota still gives an exact answer quickly: the largest spot quota that fits
  /// Ana's 10 free periods with 6 members is 24 (4 observations, 4 debriefs, 2 huddles).
  @Test func hugeQuotaIsBisected() {
    let e = Explainer.explain(F.coaching(spot: 1_000_000_000))
    #expect(e.remedies.first?.kind == .fewerObservations)
    #expect(e.remedies.first?.change.contains("spot from 1000000000 to 24") == true)
  }
}
