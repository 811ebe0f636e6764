import CadreCheck
import CadreCompiler
import CadreModel
import Testing

@testable import CadreEngine

/// The repair's graded view of a required busy-groups maximum (`HSTTSearcher+BusyExcess`): the
/// excess is the busy times in the resource's least busy groups beyond the maximum, a move's
/// weighted change gains the point's weight × the change of that excess, and a repair started
/// where no single move lowers the point's own cost ends feasible by the evaluator.
@Suite struct HSTTBusyExcessTests {
  /// One teacher (resource 0) and `lessons` one-time lessons, each with its own class; three
  /// days of four times; the teacher busy on at most one day (a required ClusterBusyTimes).
  static func instance(lessons: Int) -> XInstance {
    var instance = teacherDays("busy", lessons: lessons, days: 3, timesPerDay: 4)
    instance.constraints += [
      XConstraint(
        id: "d", name: "days", required: true, weight: 1, costFunction: .linear,
        kind: .clusterBusyTimes(resources: [0], timeGroups: [0, 1, 2], minimum: 0, maximum: 1))
    ]
    return instance
  }

  /// A searcher with lesson i at `starts[i]`.
  static func searcher(_ instance: XInstance, _ starts: [Int]) -> HSTTSearcher {
    let model = HSTTModel(HSTTCompiler.compile(instance))
    var search = HSTTSearcher(
      model: model, budget: SearchBudget(timeLimit: nil, stepLimit: 100_000), seed: 1,
      isCancelled: nil, progress: nil)
    search.st.begin()
    for (e, t) in starts.enumerated() {
      search.st.touch(e)
      search.st.subStart[Int(model.subBase[e])] = Int32(t)
    }
    _ = search.st.evaluate()
    search.st.commit()
    return search
  }

  @Test func excessCountsTheLessonsOnTheLightestExtraDays() {
    // Day 0 holds three lessons, day 1 two: one day too many, whose two lessons must move.
    var search = Self.searcher(Self.instance(lessons: 5), [0, 1, 2, 4, 5])
    search.weight = [Int64](repeating: 1, count: search.st.pointCost.count)
    search.collectExcessPoints()
    #expect(search.excessPoints.count == 1)
    #expect(search.excessBefore == [2])
    let p = Int(search.excessPoints[0])
    // One day-1 lesson to day 0's free time: still two days (the point's cost is unchanged,
    // so is its weighted term), one lesson fewer to move.
    search.st.begin()
    search.st.touch(4)
    search.st.subStart[Int(search.md.subBase[4])] = 3
    _ = search.st.evaluate()
    #expect(search.st.weightedHardChange(search.weight) == 0)
    #expect(search.busyExcess(p) == 1)
    #expect(search.addingBusyExcessChange(to: 0) == -1)
    search.weight[p] = 5
    #expect(search.addingBusyExcessChange(to: 7) == 2)
    search.st.rollback()
    // Within the maximum there is nothing to grade.
    var inside = Self.searcher(Self.instance(lessons: 3), [0, 1, 2])
    inside.weight = [Int64](repeating: 1, count: inside.st.pointCost.count)
    inside.collectExcessPoints()
    #expect(inside.excessPoints.isEmpty)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func repairLeavesADayOneLessonAtATime(seed: UInt64) {
    // Two lessons on day 0 and two on day 1: every single move keeps two days, and the one
    // feasible timetable puts all four on one day.
    let instance = Self.instance(lessons: 4)
    var search = Self.searcher(instance, [0, 1, 4, 5])
    search.rng = SplitMix64(seed: seed)
    #expect(search.st.hard > 0)
    search.repair(patience: 1000, until: 50_000)
    let st = search.st
    let subEvents = (0..<search.md.E).map { e in
      let k = Int(search.md.subBase[e])
      return [HSTTSubEvent(duration: 1, start: Int(st.subStart[k]), roles: [])]
    }
    let report = XEvaluator.evaluate(instance, HSTTCompiler.timetable(subEvents))
    #expect(report.infeasibility == 0)
  }
}
