import Testing

@testable import CadreEngine

/// Seeded differential tests: after every random place, unplace and reassign, each kernel's
/// incremental count equals its from-scratch recount.
@Suite struct DeltaVersusRecountTests {
  @Test(arguments: Array(UInt64(1)...40))
  func randomEditsKeepCountsExact(seed: UInt64) {
    let problem = randomProblem(seed: seed, meetings: 12, previous: seed % 3 == 0)
    let model = SearchModel(problem)
    var st = SearchState(model: model)
    #expect(st.agreesWithRecount())
    var rng = SplitMix64(seed: seed &* 7919)
    for _ in 0..<300 {
      let m = rng.below(model.M)
      if rng.chance(15) {
        st.unplace(m)
      } else {
        let s = rng.below(model.S)
        let l = Int(model.meetingLesson[m])
        let cs = model.candidates
        let t = cs.count(l) > 0 && rng.chance(90) ? cs[cs.lower(l) + rng.below(cs.count(l))] : -1
        let r = model.R > 0 && rng.chance(70) ? rng.below(model.R) : -1
        st.assign(m, s, t, r)
      }
      #expect(st.agreesWithRecount())
      if !st.agreesWithRecount() { break }
    }
  }

  @Test(arguments: Array(UInt64(100)...110))
  func searchEndsWithExactCounts(seed: UInt64) {
    let outcome = searchPortfolio(
      randomProblem(seed: seed, meetings: 14),
      budget: SearchBudget(timeLimit: nil, stepLimit: 3000),
      seed: seed, threads: 1)
    var st = SearchState(model: SearchModel(randomProblem(seed: seed, meetings: 14)))
    st.load(start: outcome.start, teacher: outcome.teacher, room: outcome.room)
    #expect(st.recount() == outcome.counts)
    #expect(st.cost(of: outcome.counts) == outcome.cost)
  }
}

/// The calendar's feedback demand is soft cost the search sees and the reported cost leaves
/// out: the rules' counts, and so the checker's cost, do not change with it.
@Suite struct CalendarFeedbackDemandTests {
  @Test(arguments: Array(UInt64(1)...40))
  func demandIsSearchCostOnly(seed: UInt64) {
    var problem = randomProblem(seed: seed, meetings: 12)
    problem.observableSlotsPerMember = 1
    problem.pairEmphasis = [PairEmphasis(team: 0, teacher: 1, extra: 2)]
    var plain = problem
    plain.pairEmphasis = []
    let outcome = searchPortfolio(
      problem, budget: SearchBudget(timeLimit: nil, stepLimit: 2000), seed: seed, threads: 1)
    var st = SearchState(model: SearchModel(problem))
    st.load(start: outcome.start, teacher: outcome.teacher, room: outcome.room)
    var without = SearchState(model: SearchModel(plain))
    without.load(start: outcome.start, teacher: outcome.teacher, room: outcome.room)
    #expect(st.counts == without.counts)
    #expect(st.reportedCost == without.cost && outcome.cost == without.cost)
    #expect(st.cost.soft - st.reportedCost.soft == st.feedbackShort * SearchModel.feedbackWeight)
    #expect(st.agreesWithRecount())
  }
}
