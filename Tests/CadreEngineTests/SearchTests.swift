import Testing

@testable import CadreEngine

@Suite struct SearchTests {
  /// Brute force: does an assignment with no avoidable hard cost exist?
  func bruteForceFeasible(_ problem: Problem) -> Bool {
    let model = SearchModel(problem)
    var st = SearchState(model: model)
    let target = model.unavoidable.reduce(Int64(0)) { $0 + Int64($1) }
    func values(_ m: Int) -> [(Int, Int, Int)] {
      let l = Int(model.meetingLesson[m])
      let cs = model.candidates
      let teachers = cs.count(l) == 0 ? [-1] : (cs.lower(l)..<cs.upper(l)).map { cs[$0] }
      let rs = model.rooms
      let rooms =
        model.needsRoom[l] && rs.count(l) > 0 ? (rs.lower(l)..<rs.upper(l)).map { rs[$0] } : [-1]
      var out: [(Int, Int, Int)] = []
      for s in 0..<model.S { for t in teachers { for r in rooms { out.append((s, t, r)) } } }
      return out
    }
    func go(_ m: Int) -> Bool {
      if m == model.M { return st.hard == target }
      for (s, t, r) in values(m) {
        st.place(m, s, t, r)
        let found = go(m + 1)
        st.unplace(m)
        if found { return true }
      }
      return false
    }
    return go(0)
  }

  @Test(arguments: Array(UInt64(1)...30))
  func backtrackingFindsAScheduleExactlyWhenOneExists(seed: UInt64) {
    var p = randomProblem(seed: seed, meetings: 4)
    p.periodsPerDay = 2
    p.daysPerWeek = 2
    p.weekCount = 1
    p.slotBlocked = [false, false, seed % 5 == 0, false]
    p.teamMembers = seed % 2 == 0 ? [[1], []] : [[], []]
    p.teacherUnavailable = p.teacherUnavailable.map { $0.filter { $0 < 4 } }
    p.classUnavailable = p.classUnavailable.map { $0.filter { $0 < 4 } }
    p.roomUnavailable = p.roomUnavailable.map { $0.filter { $0 < 4 } }
    p.teamLeaderUnavailable = p.teamLeaderUnavailable.map { $0.filter { $0 < 4 } }
    p.lessonPreferred = p.lessonPreferred.map { $0.filter { $0 < 4 } }
    p.lessonPinned = p.lessonPinned.map { $0.map { $0 % 4 } }
    let expected = bruteForceFeasible(p)
    let result = constructExactly(p, seed: seed, stepLimit: 5_000_000)
    #expect(result.end == (expected ? "complete" : "exhausted"))
  }

  @Test func sameSeedSameSchedule() {
    let p = randomProblem(seed: 77, meetings: 20)
    let budget = SearchBudget(timeLimit: nil, stepLimit: 5000)
    let a = searchPortfolio(p, budget: budget, seed: 5, threads: 1)
    let b = searchPortfolio(p, budget: budget, seed: 5, threads: 1)
    #expect(a.start == b.start && a.teacher == b.teacher && a.room == b.room)
    #expect(a.cost == b.cost)
  }

  @Test func twoThreadsWithAStepLimitReproduce() {
    let p = randomProblem(seed: 78, meetings: 20)
    let budget = SearchBudget(timeLimit: nil, stepLimit: 4000)
    let a = searchPortfolio(p, budget: budget, seed: 9, threads: 2)
    let b = searchPortfolio(p, budget: budget, seed: 9, threads: 2)
    #expect(a.start == b.start && a.teacher == b.teacher && a.seed == b.seed)
    #expect(a.cost == b.cost && a.steps == b.steps)
  }

  @Test func reachesTargetOnAnEasyProblem() {
    let p = easyProblem()
    let out = searchPortfolio(
      p,
      budget: SearchBudget(timeLimit: nil, stepLimit: 200_000, target: Cost(hard: 0, soft: 1_000)),
      seed: 1, threads: 1)
    #expect(out.cost.hard == 0)
    #expect(out.stop == .target)
  }
}
