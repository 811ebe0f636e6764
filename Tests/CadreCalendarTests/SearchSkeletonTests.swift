import CadreCalendar
import CadreModel
import Testing

/// The planner's local search on the engine's skeleton (issue 12): the step meter's limits and
/// stop reasons, and the seeded portfolio.
@Suite struct SearchSkeletonTests {
  static func plan(
    _ pair: (School, Schedule), seed: UInt64 = 1, steps: Int? = 3_000, threads: Int = 1,
    timeLimit: Double? = nil, cancel: (@Sendable () -> Bool)? = nil
  ) -> PlanResult {
    CoachingPlanner.plan(
      school: pair.0, schedule: pair.1,
      options: PlanOptions(
        seed: seed, timeLimit: timeLimit, stepLimit: steps, cancel: cancel, threads: threads))
  }

  /// A step limit of N takes exactly N steps (the stall rule needs at least 5,000).
  @Test(arguments: [1, 1_023, 1_024, 3_000])
  func aStepLimitTakesExactlyThatManySteps(limit: Int) {
    let r = Self.plan(Synthetic.make(seed: 2), steps: limit)
    #expect(r.stats.stopReason == .stepLimit)
    #expect(r.stats.steps == limit)
  }

  @Test func aStepLimitOfZeroKeepsTheConstructedPlan() {
    let r = Self.plan(Synthetic.make(seed: 2), steps: 0)
    #expect(r.stats.stopReason == .stepLimit)
    #expect(r.stats.steps == 0)
    #expect(r.cost == r.stats.constructedCost)
  }

  /// The meter looks at the cancellation flag and the clock before the first step too.
  @Test func cancelledOrOutOfTimeBeforeTheSearchTakesNoStep() {
    let school = Synthetic.make(seed: 2)
    let cancelled = Self.plan(school, cancel: { true })
    #expect(cancelled.stats.stopReason == .cancelled)
    #expect(cancelled.stats.steps == 0)
    let late = Self.plan(school, timeLimit: 0)
    #expect(late.stats.stopReason == .timeLimit)
    #expect(late.stats.steps == 0)
    #expect(late.cost == late.stats.constructedCost)
  }

  /// Nothing to search: a year without school days still says so, not a meter reason.
  @Test func nothingToPlanIsStillReported() {
    let school = Tiny.school(withYear: false)
    let r = Self.plan((school, Tiny.schedule(for: school)))
    #expect(r.stats.stopReason == .nothingToPlan)
    #expect(r.stats.steps == 0)
  }

  /// Threads search from the one construction with seeds seed, seed + 1, ...: the winner is the
  /// best of the single-seed runs by (cost, seed), whatever finished first, and it reproduces.
  @Test(arguments: [UInt64(1), 5])
  func thePortfolioPicksTheBestSeedAndReproduces(seed: UInt64) {
    let school = Synthetic.make(seed: 3)
    let threads = 3
    let singles = (0..<UInt64(threads)).map { Self.plan(school, seed: seed + $0) }
    let a = Self.plan(school, seed: seed, threads: threads)
    let b = Self.plan(school, seed: seed, threads: threads)
    #expect(a.calendar == b.calendar)
    #expect(a.cost == b.cost)
    #expect(a.stats.steps == b.stats.steps)
    let winner = singles.indices.min { (singles[$0].cost, $0) < (singles[$1].cost, $1) } ?? 0
    #expect(a.calendar == singles[winner].calendar)
    #expect(a.cost == singles[winner].cost)
    #expect(a.stats.steps == singles.reduce(0) { $0 + $1.stats.steps })
  }

  @Test func oneThreadIsTheSingleSearch() {
    let school = Synthetic.make(seed: 4)
    let plain = CoachingPlanner.plan(
      school: school.0, schedule: school.1, options: PlanOptions(seed: 9, stepLimit: 3_000))
    let one = Self.plan(school, seed: 9, threads: 1)
    #expect(plain.calendar == one.calendar)
    #expect(plain.stats.steps == one.stats.steps)
  }
}
