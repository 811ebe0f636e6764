import CadreCheck
import CadreCompiler
import CadreIO
import CadreModel
import Foundation
import Testing

@testable import CadreEngine

/// The forward construction (`HSTTSearcher.forwardConstruct`: MRV with conflict-directed
/// ejection) on its own, judged by the independent evaluator: it must complete tightly packed
/// timetables that placing one lesson at a time at its cheapest start does not, keep required
/// unavailable times and spread limits out of its domains, and repeat for a fixed seed.
@Suite struct HSTTForwardTests {
  /// n classes and n teachers, every class meeting every teacher once, over `times` times:
  /// with n times every class and teacher is busy at every time (an edge colouring of K(n,n)).
  /// Teacher t may be unavailable at time t (a required AvoidUnavailableTimes each), which
  /// leaves a clash-free timetable with n + 1 times: lesson (c, t) at (c + t + 1) mod (n + 1).
  static func classTeacher(n: Int, times: Int, unavailable: Bool) -> XInstance {
    var instance = XInstance(id: "ct\(n)", name: "class-teacher")
    instance.times = (0..<times).map { XTime(id: "t\($0)", name: "t\($0)") }
    instance.resourceTypes = [XNamed(id: "Any", name: "Any")]
    instance.resources = (0..<2 * n).map { XResource(id: "r\($0)", name: "r\($0)", type: 0) }
    for c in 0..<n {
      for t in 0..<n {
        instance.events.append(
          XEvent(
            id: "c\(c)t\(t)", name: "c\(c)t\(t)", duration: 1,
            resources: [XEventResource(resource: c), XEventResource(resource: n + t)]))
      }
    }
    let all = Array(instance.events.indices)
    instance.constraints = [
      XConstraint(
        id: "a", name: "assign", required: true, weight: 1, costFunction: .linear,
        kind: .assignTime(events: all)),
      XConstraint(
        id: "c", name: "clashes", required: true, weight: 1, costFunction: .linear,
        kind: .avoidClashes(resources: Array(instance.resources.indices))),
    ]
    if unavailable {
      for t in 0..<n {
        instance.constraints.append(
          XConstraint(
            id: "u\(t)", name: "unavailable", required: true, weight: 1, costFunction: .linear,
            kind: .avoidUnavailableTimes(resources: [n + t], times: [t])))
      }
    }
    return instance
  }

  /// Runs the splits and the forward construction only; the timetable it leaves.
  static func construct(_ instance: XInstance, seed: UInt64) -> (XTimetable, placed: Bool) {
    let model = HSTTModel(HSTTCompiler.compile(instance))
    var search = HSTTSearcher(
      model: model, budget: SearchBudget(timeLimit: nil, stepLimit: 100_000), seed: seed,
      isCancelled: nil, progress: nil)
    search.chooseSplits()
    search.forwardConstruct()
    let st = search.st
    var subEvents: [[HSTTSubEvent]] = []
    var placed = true
    for e in 0..<model.E {
      let base = Int(model.subBase[e])
      subEvents.append(
        (base..<base + Int(st.subCount[e])).map { k in
          if st.subStart[k] < 0 { placed = false }
          return HSTTSubEvent(
            duration: Int(st.subDur[k]), start: st.subStart[k] < 0 ? nil : Int(st.subStart[k]),
            roles: [])
        })
    }
    return (HSTTCompiler.timetable(subEvents), placed)
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func completesAPackedClassTeacherTimetable(seed: UInt64) {
    // Every class and teacher busy at every one of the 7 times.
    let instance = Self.classTeacher(n: 7, times: 7, unavailable: false)
    let (timetable, placed) = Self.construct(instance, seed: seed)
    #expect(placed)
    let report = XEvaluator.evaluate(instance, timetable)
    #expect(report.infeasibility == 0)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func keepsRequiredUnavailableTimesFree(seed: UInt64) {
    let instance = Self.classTeacher(n: 6, times: 7, unavailable: true)
    let (timetable, placed) = Self.construct(instance, seed: seed)
    #expect(placed)
    #expect(XEvaluator.evaluate(instance, timetable).infeasibility == 0)
    for s in timetable.subEvents {
      let teacher = s.event % 6
      #expect(s.start != teacher, "teacher \(teacher) taught at their unavailable time")
    }
  }

  @Test func keepsARequiredSpreadMaximum() {
    // Two days of four times; one teacher's four lessons, each with its own class, at most 2
    // a day (a required SpreadEvents): every seed's placement must keep the maximum.
    var instance = teacherDays("spread", lessons: 4, days: 2, timesPerDay: 4)
    instance.eventGroups = [XEventGroup(id: "g", name: "g", kind: .group, members: [0, 1, 2, 3])]
    instance.constraints += [
      XConstraint(
        id: "s", name: "spread", required: true, weight: 1, costFunction: .linear,
        kind: .spreadEvents(
          eventGroups: [0],
          limits: [
            XSpreadLimit(timeGroup: 0, minimum: 0, maximum: 2),
            XSpreadLimit(timeGroup: 1, minimum: 0, maximum: 2),
          ]))
    ]
    for seed in 1...10 as ClosedRange<UInt64> {
      let (timetable, placed) = Self.construct(instance, seed: seed)
      #expect(placed)
      #expect(XEvaluator.evaluate(instance, timetable).infeasibility == 0, "seed \(seed)")
    }
  }

  @Test func aPortfolioOfBothConstructionsRepeats() {
    // Two threads: the first search starts with the forward construction, the second greedily;
    // the winner, by (cost, seed), must be the same on every run and feasible by the evaluator.
    let instance = Self.classTeacher(n: 7, times: 8, unavailable: false)
    let problem = HSTTCompiler.compile(instance)
    let budget = SearchBudget(timeLimit: nil, stepLimit: 20_000)
    let a = searchHSTT(problem, budget: budget, seed: 4, threads: 2)
    let b = searchHSTT(problem, budget: budget, seed: 4, threads: 2)
    #expect(a.subEvents == b.subEvents && a.seed == b.seed)
    let report = XEvaluator.evaluate(instance, HSTTCompiler.timetable(a.subEvents))
    #expect(report.infeasibility == 0)
  }

  @Test(
    "conflict weights: Brazil's full 5 × 5 grid is placed whole",
    .enabled(if: FETExamples.available), arguments: [1, 2, 3] as [UInt64])
  func placesAFullGridWhole(seed: UInt64) throws {
    // FET's Brazil: 16 classes busy at all 25 times, teachers' unavailable times and min days
    // between lessons (its max days per week left out here: ejecting a day for them slows the
    // placement down, see `ejectsADayToKeepARequiredBusyDaysMaximum`). Counting each ejected
    // lesson as 1, lessons were still open after the construction's budget; weighting by past
    // ejections places all of them.
    let text = try String(
      contentsOfFile: FETExamples.folder + "/" + FETExamples.samples[1], encoding: .utf8)
    var instance = try fetMapped(text).instance
    instance.constraints.removeAll {
      if case .clusterBusyTimes = $0.kind { return true }
      return false
    }
    let (timetable, placed) = Self.construct(instance, seed: seed)
    #expect(placed)
    #expect(timetable.subEvents.allSatisfy { $0.start != nil })
  }

  @Test func ejectsADayToKeepARequiredBusyDaysMaximum() {
    // Two days of two times; one teacher, at most 1 busy day (a required ClusterBusyTimes),
    // teaches three lessons, each with its own class. With two placed on day 0, the third at a
    // day-1 time must eject both (day 0 is the only busy day); at time 0 only the clash.
    var instance = teacherDays("days", lessons: 3, days: 2, timesPerDay: 2)
    instance.constraints += [
      XConstraint(
        id: "d", name: "days", required: true, weight: 1, costFunction: .linear,
        kind: .clusterBusyTimes(resources: [0], timeGroups: [0, 1], minimum: 0, maximum: 1))
    ]
    let model = HSTTModel(HSTTCompiler.compile(instance))
    var st = HSTTState(model: model)
    var tables = ForwardTables(model, st)
    let slot = (0..<3).map { Int(model.subBase[$0]) }
    st.begin()
    for (e, t) in [(0, 0), (1, 1)] {
      st.touch(e)
      st.subStart[slot[e]] = Int32(t)
    }
    _ = st.evaluate()
    st.commit()
    var out: [(event: Int, slot: Int)] = []
    tables.prepare([(2, slot[2])], st)
    tables.conflicting([(2, slot[2])], 2, 1, st, &out)
    #expect(Set(out.map(\.event)) == [0, 1])
    tables.conflicting([(2, slot[2])], 0, 1, st, &out)
    #expect(out.map(\.event) == [0])
  }

  @Test func repeatsForAFixedSeed() {
    let instance = Self.classTeacher(n: 7, times: 7, unavailable: false)
    #expect(Self.construct(instance, seed: 9).0 == Self.construct(instance, seed: 9).0)
  }
}
