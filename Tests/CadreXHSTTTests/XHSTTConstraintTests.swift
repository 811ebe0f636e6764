import CadreCheck
import CadreModel
import Testing

/// One clear deviation per supported constraint type, on handwritten instances.
@Suite("XHSTT constraints")
struct XHSTTConstraintTests {
  typealias X = SyntheticXHSTT

  @Test func assignTimeCountsUntimedDurationAndSkipsPreassignedEvents() throws {
    let events = X.event("E1", duration: 2) + X.event("E2", duration: 1, time: "Tu1")
    let c = X.constraint(
      "AssignTime", required: true,
      appliesTo: "<EventGroups><EventGroup Reference=\"gAll\"/>"
        + "</EventGroups>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c, solution: X.sub("E1", 1, "Mo1") + X.sub("E1", 1))
    #expect(report.infeasibility == 1)
    #expect(report.objective == 0)
    #expect(report.breakdown == "AssignTimeMonitor=1/0;")
    #expect(report.points.first?.point == "event E1")
  }

  @Test func duplicatedPointInAppliesToCountsTwice() throws {
    let c = X.constraint(
      "AssignTime", weight: 2,
      appliesTo: "<EventGroups><EventGroup Reference=\"gAll\"/></EventGroups>"
        + "<Events><Event Reference=\"E1\"/></Events>")
    let (_, report) = try X.evaluate(
      events: X.event("E1", duration: 3), constraints: c, solution: "")
    // E1 is listed twice (directly and through gAll): 2 points × weight 2 × duration 3.
    #expect(report.objective == 12)
    #expect(report.points.count == 2)
  }

  @Test func avoidClashesQuadratic() throws {
    let events =
      X.event("E1", duration: 2) + X.event("E2", duration: 1) + X.event("E3", duration: 1)
    let c = X.constraint(
      "AvoidClashes", cost: "Quadratic",
      appliesTo: "<ResourceGroups><ResourceGroup Reference=\"gTeachers\"/></ResourceGroups>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c,
      solution: X.sub("E1", 2, "Mo1") + X.sub("E2", 1, "Mo2") + X.sub("E3", 1, "Mo2"))
    // T1 attends 3 sub-events at Mo2: deviation 2, squared 4. T2 is free.
    #expect(report.objective == 4)
    #expect(report.points.map(\.deviation) == [2])
    #expect(report.points.first?.point == "teacher T1 (Mx T1)")
  }

  @Test func avoidUnavailableTimesCountsBusyTimesOnce() throws {
    let events =
      X.event("E1", duration: 2) + X.event("E2", duration: 1) + X.event("E3", duration: 1)
    let c = X.constraint(
      "AvoidUnavailableTimes", weight: 3,
      appliesTo: "<Resources><Resource Reference=\"T1\"/></Resources>",
      body: "<TimeGroups><TimeGroup Reference=\"gTu\"/></TimeGroups>"
        + "<Times><Time Reference=\"Mo1\"/></Times>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c,
      solution: X.sub("E1", 2, "Mo1") + X.sub("E2", 1, "Tu4") + X.sub("E3", 1, "Tu4"))
    // Busy at Mo1 (unavailable), Mo2 (available), Tu4 twice (one time): deviation 2.
    #expect(report.objective == 6)
  }

  @Test func preferTimesWithDurationOnlyConstrainsThatDuration() throws {
    let events = X.event("E1", duration: 3) + X.event("E2", duration: 2, time: "Tu1")
    let c = X.constraint(
      "PreferTimes", weight: 1,
      appliesTo: "<EventGroups><EventGroup Reference=\"gAll\"/></EventGroups>",
      body: "<TimeGroups><TimeGroup Reference=\"gMo\"/></TimeGroups><Duration>2</Duration>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c,
      solution: X.sub("E1", 2, "Tu1") + X.sub("E1", 1, "Tu3"))
    // Only E1's duration-2 piece counts (deviation 2); E2 is preassigned (not a point).
    #expect(report.objective == 2)
  }

  @Test func splitEventsStep() throws {
    let c = X.constraint(
      "SplitEvents", weight: 5, cost: "Step",
      appliesTo: "<Events><Event Reference=\"E1\"/></Events>",
      body: "<MinimumDuration>1</MinimumDuration><MaximumDuration>2</MaximumDuration>"
        + "<MinimumAmount>2</MinimumAmount><MaximumAmount>2</MaximumAmount>")
    let (_, report) = try X.evaluate(
      events: X.event("E1", duration: 4), constraints: c, solution: X.sub("E1", 4, "Mo1"))
    // One sub-event of duration 4: 1 bad duration + 1 too few = deviation 2; Step: cost 5.
    #expect(report.points.map(\.deviation) == [2])
    #expect(report.objective == 5)
  }

  @Test func distributeSplitEventsCountsUnassignedSubEvents() throws {
    let c = X.constraint(
      "DistributeSplitEvents", weight: 1,
      appliesTo: "<Events><Event Reference=\"E1\"/></Events>",
      body: "<Duration>1</Duration><Minimum>0</Minimum><Maximum>2</Maximum>")
    let (_, report) = try X.evaluate(
      events: X.event("E1", duration: 3), constraints: c,
      solution: X.sub("E1", 1, "Mo1") + X.sub("E1", 1) + X.sub("E1", 1, "Tu1"))
    #expect(report.objective == 1)
  }

  @Test func spreadEventsSumsOverTimeGroups() throws {
    let events =
      X.event("E1", duration: 1) + X.event("E2", duration: 1, resources: ["T2"])
      + X.event("E3", duration: 1, resources: ["C1"])
    let c = X.constraint(
      "SpreadEvents", required: true,
      appliesTo: "<EventGroups><EventGroup Reference=\"gAll\"/></EventGroups>",
      body: "<TimeGroups><TimeGroup Reference=\"gMo\"><Minimum>1</Minimum><Maximum>1</Maximum>"
        + "</TimeGroup><TimeGroup Reference=\"gTu\"><Minimum>1</Minimum><Maximum>2</Maximum>"
        + "</TimeGroup></TimeGroups>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c,
      solution: X.sub("E1", 1, "Mo1") + X.sub("E2", 1, "Mo1") + X.sub("E3", 1, "Mo4"))
    // Monday: 3 starts, at most 1 (2); Tuesday: 0, at least 1 (1).
    #expect(report.infeasibility == 3)
    #expect(report.breakdown == "SpreadEventsMonitor=3/0;")
  }

  @Test(arguments: [("Mo2", 2), ("Mo1", 0), (nil, 2)] as [(String?, Int)])
  func linkEventsCountsTimesWithSomeButNotAll(_ second: String?, _ expected: Int) throws {
    let events =
      X.event("E1", duration: 2, groups: ["gLink"])
      + X.event("E2", duration: 2, resources: ["T2"], groups: ["gLink"])
    let c = X.constraint(
      "LinkEvents", required: true,
      appliesTo: "<EventGroups><EventGroup Reference=\"gLink\"/></EventGroups>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c, solution: X.sub("E1", 2, "Mo1") + X.sub("E2", 2, second))
    #expect(report.infeasibility == expected)
  }

  @Test func limitIdleTimesQuadratic() throws {
    let events =
      X.event("E1", duration: 1) + X.event("E2", duration: 1) + X.event("E3", duration: 1)
    let c = X.constraint(
      "LimitIdleTimes", weight: 2, cost: "Quadratic",
      appliesTo: "<Resources><Resource Reference=\"T1\"/></Resources>",
      body: "<TimeGroups><TimeGroup Reference=\"gMo\"/><TimeGroup Reference=\"gTu\"/>"
        + "</TimeGroups><Minimum>0</Minimum><Maximum>0</Maximum>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c,
      solution: X.sub("E1", 1, "Mo1") + X.sub("E2", 1, "Mo4") + X.sub("E3", 1, "Tu2"))
    // Idle at Mo2 and Mo3: deviation 2, cost 2 × 2².
    #expect(report.objective == 8)
    #expect(report.text.contains("LimitIdleTimes 'C name' at teacher T1 (Mx T1): 2 idle time"))
  }

  @Test(arguments: [(0, 1, 1), (2, 2, 0), (3, 4, 1)])
  func clusterBusyTimesCountsBusyGroups(_ minimum: Int, _ maximum: Int, _ expected: Int) throws {
    let events = X.event("E1", duration: 1) + X.event("E2", duration: 1)
    let c = X.constraint(
      "ClusterBusyTimes", weight: 1,
      appliesTo: "<Resources><Resource Reference=\"T1\"/></Resources>",
      body: "<TimeGroups><TimeGroup Reference=\"gMo\"/><TimeGroup Reference=\"gTu\"/>"
        + "</TimeGroups><Minimum>\(minimum)</Minimum><Maximum>\(maximum)</Maximum>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c, solution: X.sub("E1", 1, "Mo1") + X.sub("E2", 1, "Tu3"))
    #expect(report.objective == expected)
  }

  @Test func limitBusyTimesIgnoresEmptyGroups() throws {
    let events = X.event("E1", duration: 4) + X.event("E2", duration: 1, resources: ["T2"])
    let c = X.constraint(
      "LimitBusyTimes", weight: 1,
      appliesTo: "<ResourceGroups><ResourceGroup Reference=\"gTeachers\"/></ResourceGroups>",
      body: "<TimeGroups><TimeGroup Reference=\"gMo\"/><TimeGroup Reference=\"gTu\"/>"
        + "</TimeGroups><Minimum>2</Minimum><Maximum>3</Maximum>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c, solution: X.sub("E1", 4, "Mo1") + X.sub("E2", 1, "Tu1"))
    // T1: 4 busy on Monday (1 too many), Tuesday empty (0); T2: 1 on Tuesday (1 too few).
    #expect(report.objective == 2)
    #expect(report.points.count == 2)
  }

  @Test func requiredAndSoftSplitIntoInfeasibilityAndObjective() throws {
    let events = X.event("E1", duration: 1) + X.event("E2", duration: 1)
    let constraints =
      X.constraint(
        "AvoidClashes", id: "hard", required: true,
        appliesTo: "<Resources><Resource Reference=\"T1\"/></Resources>")
      + X.constraint(
        "AvoidUnavailableTimes", id: "soft", weight: 7,
        appliesTo: "<Resources><Resource Reference=\"T1\"/></Resources>",
        body: "<Times><Time Reference=\"Tu2\"/></Times>")
    let (_, report) = try X.evaluate(
      events: events, constraints: constraints,
      solution: X.sub("E1", 1, "Tu2") + X.sub("E2", 1, "Tu2"))
    #expect(report.cost == HardSoft(hard: 1, soft: 7))
    #expect(report.breakdown == "AvoidClashesMonitor=1/0;AvoidUnavailableTimesMonitor=0/7;")
    #expect(report.points.first?.required == true)
    #expect(report.constraints.map(\.cost) == [1, 7])
  }
}
