/// One seeded search: construction by backtracking, then local search, over one
/// `SearchState`. Owns the budget accounting, the best-so-far snapshot and all scratch
/// buffers, allocated once up front so that the step loop allocates nothing.
struct Searcher: MeteredSearch {
  // MARK: Constant
  let model: SearchModel
  let budget: SearchBudget
  let seed: UInt64
  /// Sum of the hard cost no choice can avoid.
  let unavoidableTotal: Int64

  // MARK: Search state
  var st: SearchState
  var rng: SplitMix64
  var meter: StepMeter
  var phase = "construct"
  var firstFeasibleSteps: Int?
  var firstFeasibleSeconds: Double?
  var constructionComplete = false

  // MARK: Best so far
  var bestCost = Cost.worst
  var bestStart: [Int32]
  var bestTeacher: [Int32]
  var bestRoom: [Int32]

  // MARK: Scratch (construction)
  var valueStart: [Int32] = []
  var valueTeacher: [Int32] = []
  var valueRoom: [Int32] = []
  var valueKey: [Int64] = []
  var levelMeeting: [Int32] = []
  var levelLow: [Int32] = []
  var levelCursor: [Int32] = []

  // MARK: Scratch (local search)
  var movable: [Int32] = []
  var lastMoved: [Int] = []
  var moveMeeting: [Int32] = []
  var moveOld: [Int32] = []
  var moveNew: [Int32] = []
  var stamp: [Int32] = []
  var stampID: Int32 = 0
  var history: [Cost] = []
  var chain: [Int32] = []
  /// The lessons' teachers against the teachers' capacities, for rebalancing chains.
  var balance: TeacherHint
  /// Whether the move being built is accepted whatever its cost (a rebalancing chain).
  var kick = false
  /// The step at which a stuck re-solve gives up on the previous schedule (0: never).
  var giveUpAt = 0
  static let resolveStall = 100_000
  /// Meetings in some hard violation when last rebuilt (may be stale: picks re-check).
  var conflicts: [Int32] = []
  var conflictsBuiltAt = Int.min / 2
  var conflictsHard: Int64 = -1

  init(
    model: SearchModel, budget: SearchBudget, seed: UInt64,
    isCancelled: (@Sendable () -> Bool)?, progress: (@Sendable (SearchProgress) -> Void)?
  ) {
    self.model = model
    self.budget = budget
    meter = StepMeter(budget: budget, isCancelled: isCancelled, progress: progress)
    self.seed = seed
    balance = model.teacherBalance
    unavoidableTotal =
      model.unavoidable.reduce(0) { $0 + Int64($1) }
      + model.pinned.reduce(0) { $0 + ($1 == -2 ? 1 : 0) }
    st = SearchState(model: model)
    rng = SplitMix64(seed: seed)
    bestStart = st.start
    bestTeacher = st.teacher
    bestRoom = st.room
    let cap = model.M * 4 + 64
    valueStart.reserveCapacity(cap)
    valueTeacher.reserveCapacity(cap)
    valueRoom.reserveCapacity(cap)
    valueKey.reserveCapacity(cap)
    levelMeeting.reserveCapacity(model.M)
    levelLow.reserveCapacity(model.M)
    levelCursor.reserveCapacity(model.M)
    lastMoved = [Int](repeating: Int.min / 2, count: model.M)
    stamp = [Int32](repeating: 0, count: model.M)
    chain.reserveCapacity(64)
    conflicts.reserveCapacity(model.M)
    moveMeeting.reserveCapacity(64)
    moveOld.reserveCapacity(192)
    moveNew.reserveCapacity(192)
  }

  var bestSoFar: Cost { min(bestCost, st.cost) }

  /// Records the current assignment as the best when it is better.
  mutating func offerBest() {
    let c = st.cost
    guard c < bestCost else { return }
    saveBest()
  }

  mutating func saveBest() {
    bestCost = st.cost
    bestStart = st.start
    bestTeacher = st.teacher
    bestRoom = st.room
    noteFeasible()
  }

  /// Remembers when hard first reached zero.
  @inline(__always)
  mutating func noteFeasible() {
    if firstFeasibleSteps == nil && st.hard == 0 {
      firstFeasibleSteps = steps
      firstFeasibleSeconds = elapsed
    }
  }

  /// Runs construction then local search and returns the best assignment found.
  mutating func run() -> SearchOutcome {
    seedInitialPlacements()
    if model.S > 0 {
      constructionComplete = construct(exact: false, backtrackLimit: max(200, model.M))
      completeGreedily()
    }
    st.internalCheck()
    saveBest()
    if model.S > 0 && stop == nil && !(bestCost <= budget.target) {
      phase = "improve"
      // A re-solve starts from the previous schedule; when the change to the school leaves it
      // stuck with hard cost (a full class day around a teacher's new unavailability), start
      // over from scratch once, as a solve without a previous schedule would, keeping the best.
      let reseeded = model.hasSeed && model.seedStart.contains { $0 >= 0 }
      if reseeded && bestCost.hard > unavoidableTotal { giveUpAt = steps + Self.resolveStall }
      localSearch()
      if giveUpAt > 0 && stop == nil && bestCost.hard > unavoidableTotal {
        giveUpAt = 0
        st = SearchState(model: model)
        for m in 0..<model.M where model.pinned[m] >= 0 {
          placeBest(m, only: Int(model.pinned[m]))
        }
        _ = construct(exact: false, backtrackLimit: max(200, model.M))
        completeGreedily()
        offerBest()
        if stop == nil && !(bestCost <= budget.target) { localSearch() }
      }
    }
    if stop == nil { stop = bestCost <= budget.target ? .target : .stepLimit }
    st.load(start: bestStart, teacher: bestTeacher, room: bestRoom)
    st.internalCheck()
    return SearchOutcome(
      start: st.start, teacher: st.teacher, room: st.room, cost: st.reportedCost, counts: st.counts,
      stop: stop ?? .stepLimit, steps: steps, elapsed: elapsed,
      firstFeasibleSteps: firstFeasibleSteps, firstFeasibleSeconds: firstFeasibleSeconds,
      seed: seed, constructionComplete: constructionComplete)
  }
}
