import Testing

@testable import CadreEngine

/// `HSTTProblem.prunedRoleDomains`: a resource whose required busy-time maximum its own
/// preassigned events nearly fill leaves the domains of the roles that would bring it over.
@Suite struct HSTTDomainPruningTests {
  /// Six times. Teacher 0 has three preassigned one-time events and may be busy at most
  /// `maximum` times; teacher 1 has no limit. A lesson of `meetings` one-time events has an
  /// open Teacher role per event (domain 0 and 1), tied by an AvoidSplitAssignments group.
  static func problem(
    maximum: Int = 4, meetings: Int = 2, limitHard: Bool = true, clashesHard: Bool = true,
    splitHard: Bool = true, assignHard: Bool = true, allTimes: Bool = true,
    domain: [Int] = [0, 1]
  ) -> HSTTProblem {
    var events = (0..<3).map { _ in HSTTEvent(duration: 1, resources: [0]) }
    events += (0..<meetings).map { _ in
      HSTTEvent(duration: 1, resources: [], openRoles: [HSTTRole(domain: domain)])
    }
    let roles = Array(0..<meetings)
    var p = HSTTProblem(
      timeCount: 6, timeGroups: [allTimes ? Array(0..<6) : Array(0..<5)], resourceCount: 2,
      events: events, eventGroups: [],
      monitors: [
        HSTTMonitor(
          hard: true, weight: 1, function: .linear, rule: .assignTime,
          points: Array(events.indices)),
        HSTTMonitor(
          hard: clashesHard, weight: 1, function: .linear, rule: .avoidClashes, points: [0, 1]),
        HSTTMonitor(
          hard: limitHard, weight: 1, function: .linear,
          rule: .limitBusyTimes(groups: [0], minimum: 0, maximum: maximum), points: [0]),
        HSTTMonitor(
          hard: assignHard, weight: 1, function: .linear, rule: .assignResource, points: roles),
        HSTTMonitor(
          hard: splitHard, weight: 1, function: .linear, rule: .avoidSplitAssignments,
          points: [0]),
      ], pointCostCap: 1_000_000)
    p.roleGroups = [HSTTRoleGroup(roles: roles, fixed: [])]
    return p
  }

  @Test func aResourceWithoutRoomForTheLessonLeavesItsDomain() {
    // 3 + 2 > 4: the lesson can only go to teacher 1.
    #expect(Self.problem().prunedRoleDomains() == [[1], [1]])
    let model = HSTTModel(Self.problem())
    #expect((0..<model.G).map { model.roleDomain.count($0) } == [1, 1])
    #expect(model.roleDomain[model.roleDomain.lower(0)] == 1)
  }

  @Test func aResourceWithRoomKeepsIt() {
    #expect(Self.problem(maximum: 5).prunedRoleDomains() == [[0, 1], [0, 1]])
    // One meeting: 3 + 1 ≤ 4.
    #expect(Self.problem(meetings: 1).prunedRoleDomains() == [[0, 1]])
  }

  /// Every condition the argument needs, one missing at a time: then nothing is pruned.
  @Test func nothingIsPrunedUnlessEveryPremiseIsRequired() {
    let unchanged = [[0, 1], [0, 1]]
    #expect(Self.problem(limitHard: false).prunedRoleDomains() == unchanged)
    #expect(Self.problem(clashesHard: false).prunedRoleDomains() == unchanged)
    #expect(Self.problem(allTimes: false).prunedRoleDomains() == unchanged)
    // Without a required split group or a required assignment, teacher 0 may hold one
    // meeting alone: 3 + 1 ≤ 4.
    #expect(Self.problem(splitHard: false).prunedRoleDomains() == unchanged)
    #expect(Self.problem(assignHard: false).prunedRoleDomains() == unchanged)
  }

  @Test func aDomainIsNeverLeftEmpty() {
    #expect(Self.problem(domain: [0]).prunedRoleDomains() == [[0], [0]])
  }

  /// The search on the pruned model gives the lesson to teacher 1 and times every event
  /// without a clash (checked on the timetable it returns).
  @Test(arguments: [1, 2, 3] as [UInt64])
  func theSearchFindsTheFeasibleChoice(seed: UInt64) {
    var search = HSTTSearcher(
      model: HSTTModel(Self.problem()), budget: SearchBudget(timeLimit: nil, stepLimit: 5_000),
      seed: seed, isCancelled: nil, progress: nil)
    let subs = search.run().subEvents.map { $0.count == 1 ? $0[0] : nil }
    #expect(subs.allSatisfy { $0?.start != nil })
    let teacher0 = subs.prefix(3).compactMap { $0?.start }
    let teacher1 = subs.suffix(2).compactMap { $0?.start }
    #expect(subs.suffix(2).allSatisfy { $0?.roles == [1] })
    #expect(Set(teacher0).count == 3 && Set(teacher1).count == 2)
  }
}
