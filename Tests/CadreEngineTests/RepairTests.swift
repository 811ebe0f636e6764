import Testing

@testable import CadreEngine

/// The hard-repair phase of local search: meetings are drawn from a list of those in conflict.
@Suite struct RepairTests {
  /// A searcher whose every meeting starts in the first slot: many clashes.
  func piledUp(seed: UInt64, steps: Int) -> Searcher {
    let model = SearchModel(easyProblem())
    var searcher = Searcher(
      model: model, budget: SearchBudget(timeLimit: nil, stepLimit: steps), seed: seed,
      isCancelled: nil, progress: nil)
    for m in 0..<model.M {
      let l = Int(model.meetingLesson[m])
      searcher.st.place(m, 0, model.candidates[model.candidates.lower(l)], -1)
    }
    return searcher
  }

  @Test func conflictListHoldsExactlyTheMeetingsInConflict() {
    var searcher = piledUp(seed: 1, steps: 1_000)
    searcher.movable = (0..<searcher.model.M).map { Int32($0) }
    // Move one meeting away from the pile: it is then in no conflict.
    searcher.st.assign(0, 17, Int(searcher.st.teacher[0]), -1)
    searcher.rebuildConflicts()
    let expected = (0..<searcher.model.M).filter { searcher.inConflict($0) }
    #expect(searcher.conflicts.map { Int($0) } == expected)
    #expect(!expected.contains(0))
    #expect(expected.count == searcher.model.M - 1)
  }

  @Test(arguments: Array(UInt64(1)...5))
  func localSearchRepairsAPiledUpSchedule(seed: UInt64) {
    var searcher = piledUp(seed: seed, steps: 200_000)
    #expect(searcher.st.hard > 0)
    searcher.localSearch()
    #expect(searcher.bestCost.hard == 0)
    #expect(searcher.st.agreesWithRecount())
  }
}
