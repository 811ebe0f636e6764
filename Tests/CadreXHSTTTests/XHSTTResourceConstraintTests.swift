import CadreCheck
import CadreCompiler
import CadreEngine
import CadreIO
import CadreModel
import Foundation
import Testing

/// The resource constraints (AssignResource, PreferResources, AvoidSplitAssignments,
/// LimitWorkload) and OrderEvents, each with one clear deviation on a handwritten instance;
/// and the errors for roles that cannot be read or filled.
@Suite("XHSTT resource constraints")
struct XHSTTResourceConstraintTests {
  typealias X = SyntheticXHSTT

  /// An event with an open role `Teacher` (type Teacher) and class C1 preassigned.
  static func open(
    _ id: String, duration: Int, workload: Int? = nil, groups: [String] = ["gAll"]
  ) -> String {
    var s = "<Event Id=\"\(id)\"><Name>\(id)</Name><Duration>\(duration)</Duration>"
    if let workload { s += "<Workload>\(workload)</Workload>" }
    s += "<Resources><Resource><Role>Teacher</Role><ResourceType Reference=\"Teacher\"/>"
    s += "</Resource><Resource Reference=\"C1\"><Role>Class</Role></Resource></Resources>"
    s += "<EventGroups>" + groups.map { "<EventGroup Reference=\"\($0)\"/>" }.joined()
    return s + "</EventGroups></Event>\n"
  }

  /// A solution event with a time and, when given, the teacher in role `Teacher`.
  static func sub(_ event: String, _ duration: Int, _ time: String?, _ teacher: String?) -> String {
    var s = "<Event Reference=\"\(event)\"><Duration>\(duration)</Duration>"
    if let time { s += "<Time Reference=\"\(time)\"/>" }
    if let teacher {
      s += "<Resources><Resource Reference=\"\(teacher)\"><Role>Teacher</Role></Resource>"
      s += "</Resources>"
    }
    return s + "</Event>\n"
  }

  static let all = "<EventGroups><EventGroup Reference=\"gAll\"/></EventGroups>"

  @Test func assignResourceCountsUnassignedDuration() throws {
    let c = X.constraint(
      "AssignResource", required: true, appliesTo: Self.all, body: "<Role>Teacher</Role>")
    let (_, report) = try X.evaluate(
      events: Self.open("E1", duration: 3), constraints: c,
      solution: Self.sub("E1", 1, "Mo1", "T1") + Self.sub("E1", 2, nil, nil))
    // The second sub-event (duration 2, no time) leaves the role empty.
    #expect(report.infeasibility == 2)
    #expect(report.breakdown == "AssignResourceMonitor=2/0;")
    #expect(report.points.first?.point == "event E1 role Teacher")
  }

  @Test func preferResourcesCountsOtherResourcesNotEmptyOnes() throws {
    let c = X.constraint(
      "PreferResources", weight: 3, appliesTo: Self.all,
      body: "<Resources><Resource Reference=\"T2\"/></Resources><Role>Teacher</Role>")
    let (_, report) = try X.evaluate(
      events: Self.open("E1", duration: 4), constraints: c,
      solution: Self.sub("E1", 1, "Mo1", "T1") + Self.sub("E1", 2, "Tu1", "T2")
        + Self.sub("E1", 1, nil, nil))
    // Only the sub-event of duration 1 with T1 is outside the preferred set: 3 × 1.
    #expect(report.objective == 3)
    #expect(report.breakdown == "PreferResourcesMonitor=0/3;")
  }

  @Test func avoidSplitAssignmentsCountsDistinctResourcesMinusOne() throws {
    let events =
      Self.open("E1", duration: 2) + Self.open("E2", duration: 1) + Self.open("E3", duration: 1)
    let c = X.constraint(
      "AvoidSplitAssignments", weight: 5, appliesTo: Self.all, body: "<Role>Teacher</Role>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c,
      solution: Self.sub("E1", 1, "Mo1", "T1") + Self.sub("E1", 1, "Mo2", "T2")
        + Self.sub("E2", 1, "Mo3", "T1") + Self.sub("E3", 1, "Mo4", nil))
    // T1 and T2 share the role across the group: 2 − 1 = 1, × 5.
    #expect(report.objective == 5)
    // The preassigned class role: one resource, no cost.
    let c2 = X.constraint(
      "AvoidSplitAssignments", weight: 5, appliesTo: Self.all, body: "<Role>Class</Role>")
    let (_, again) = try X.evaluate(events: events, constraints: c2, solution: "")
    #expect(again.objective == 0)
  }

  @Test func limitWorkloadRoundsTheAmountOutsideUp() throws {
    // E1: duration 2, workload 3, T1 in a sub-event of duration 1: 1 × 3 / 2 = 1.5.
    // E2: T1 preassigned, duration 1, no workload: 1. Total 2.5, maximum 1: 1.5, rounded up 2.
    let events =
      Self.open("E1", duration: 2, workload: 3)
      + X.event("E2", duration: 1, resources: ["T1"])
    let c = X.constraint(
      "LimitWorkload", weight: 7,
      appliesTo: "<Resources><Resource Reference=\"T1\"/><Resource Reference=\"T2\"/></Resources>",
      body: "<Minimum>0</Minimum><Maximum>1</Maximum>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c,
      solution: Self.sub("E1", 1, "Mo1", "T1") + Self.sub("E1", 1, nil, "T2"))
    // T2: 1 × 3 / 2 = 1.5 (time plays no part): 0.5, rounded up 1.
    #expect(report.points.map(\.deviation) == [2, 1])
    #expect(report.objective == 21)
  }

  @Test func assignedResourcesClashAndAreBusy() throws {
    let events = Self.open("E1", duration: 1) + X.event("E2", duration: 1, resources: ["T1"])
    let c = X.constraint(
      "AvoidClashes", required: true,
      appliesTo: "<ResourceGroups><ResourceGroup Reference=\"gTeachers\"/></ResourceGroups>")
    let (_, report) = try X.evaluate(
      events: events, constraints: c,
      solution: Self.sub("E1", 1, "Mo1", "T1") + X.sub("E2", 1, "Mo1"))
    #expect(report.infeasibility == 1)
  }

  /// OrderEvents on the hand-made fixture; README.md there derives 4 and 40.
  @Test func orderEventsFixtureScoresAsDerivedByHand() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("xhstt-fixtures/OrderEventsHandmade.xml")
    let (archive, diagnostics) = XHSTTReader.read(try Data(contentsOf: url))
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let instance = try #require(archive?.instances.first)
    let solution = try #require(archive?.solutionGroups.first?.solutions.first)
    let report = XEvaluator.evaluate(instance, try #require(solution.timetable(in: instance).0))
    #expect(report.infeasibility == 4 && report.objective == 40)
    #expect(report.infeasibility == solution.reportedInfeasibility)
    #expect(report.objective == solution.reportedObjective)
    #expect(report.breakdown == "OrderEventsMonitor=4/40;")
    #expect(report.points.filter { !$0.required }.map(\.deviation) == [2, 1, 1])
    // The engine's own scoring agrees, and its search finds a timetable with no cost.
    let timetable = try #require(solution.timetable(in: instance).0)
    let engine = scoreHSTT(
      HSTTCompiler.compile(instance),
      subEvents: HSTTCompiler.subEvents(timetable, eventCount: instance.events.count))
    #expect(engine.hard == 4 && engine.soft == 40)
  }

  // MARK: Bad input

  static func errors(_ text: String) -> [Diagnostic] {
    XHSTTReader.read(text: text).1.filter { $0.severity == .error }
  }

  @Test func openRoleWithoutTypeIsAnErrorAtItsLine() {
    let event =
      "<Event Id=\"E1\"><Name>E1</Name><Duration>1</Duration>\n<Resources><Resource>"
      + "<Role>Teacher</Role></Resource></Resources></Event>\n"
    let errors = Self.errors(X.archive(events: event, constraints: ""))
    #expect(errors.map(\.code) == ["xhstt-missing-element"])
    #expect(errors.first?.message.contains("names no resource type") == true)
    #expect(errors.first?.line != nil)
  }

  @Test func emptyGroupForARoleThatMustBeFilledIsAnError() {
    let c =
      X.constraint(
        "AssignResource", required: true, appliesTo: Self.all, body: "<Role>Teacher</Role>")
      + X.constraint(
        "PreferResources", id: "P", required: true, appliesTo: Self.all,
        body: "<ResourceGroups><ResourceGroup Reference=\"gEmpty\"/></ResourceGroups>"
          + "<Role>Teacher</Role>")
    let text = X.archive(events: Self.open("E1", duration: 1), constraints: c)
      .replacingOccurrences(
        of: "</ResourceGroups>\n<Resource Id",
        with: "<ResourceGroup Id=\"gEmpty\"><Name>Nobody</Name>"
          + "<ResourceType Reference=\"Teacher\"/></ResourceGroup></ResourceGroups>\n<Resource Id")
    let errors = Self.errors(text)
    #expect(errors.map(\.code) == ["xhstt-empty-role"])
    #expect(errors.first?.message.contains("role 'Teacher' must be filled") == true)
    #expect(errors.first?.line != nil)
    // A PreferResources that is not required may prefer nobody: no error.
    let soft = text.replacingOccurrences(
      of: "<PreferResourcesConstraint Id=\"P\"><Name>P name</Name><Required>true",
      with: "<PreferResourcesConstraint Id=\"P\"><Name>P name</Name><Required>false")
    #expect(soft != text)
    #expect(Self.errors(soft).isEmpty)
  }

  @Test func solutionResourceErrorsNameTheLine() throws {
    func resolve(_ solution: String) throws -> [String] {
      let (archive, _) = XHSTTReader.read(
        text: X.archive(
          events: Self.open("E1", duration: 1) + X.event("E2", duration: 1),
          constraints: "", solution: solution))
      let instance = try #require(archive?.instances.first)
      let s = try #require(archive?.solutionGroups.first?.solutions.first)
      let (timetable, diagnostics) = s.timetable(in: instance)
      #expect(timetable == nil)
      #expect(diagnostics.allSatisfy { $0.line != nil })
      return diagnostics.map(\.code)
    }
    #expect(try resolve(Self.sub("E1", 1, "Mo1", "T9")) == ["xhstt-unknown-resource"])
    #expect(try resolve(Self.sub("E1", 1, "Mo1", "C1")) == ["xhstt-wrong-resource-type"])
    let twice =
      "<Event Reference=\"E1\"><Resources><Resource Reference=\"T1\"><Role>Teacher</Role>"
      + "</Resource><Resource Reference=\"T2\"><Role>Teacher</Role></Resource></Resources></Event>"
    #expect(try resolve(twice) == ["xhstt-duplicate-role"])
    let wrongPre =
      "<Event Reference=\"E1\"><Resources><Resource Reference=\"T1\"><Role>Class</Role>"
      + "</Resource></Resources></Event>"
    #expect(try resolve(wrongPre) == ["xhstt-preassigned-resource"])
    let noRole =
      "<Event Reference=\"E1\"><Resources><Resource Reference=\"T1\"><Role>Room</Role>"
      + "</Resource></Resources></Event>"
    #expect(try resolve(noRole) == ["xhstt-unknown-role"])
  }

  @Test func solutionResourcesReadBackPerRole() throws {
    let (archive, _) = XHSTTReader.read(
      text: X.archive(
        events: Self.open("E1", duration: 2), constraints: "",
        solution: Self.sub("E1", 1, "Mo1", "T2")
          + "<Event Reference=\"E1\"><Duration>1</Duration><Resources>"
          + "<Resource Reference=\"T1\"/></Resources></Event>"))
    let instance = try #require(archive?.instances.first)
    let s = try #require(archive?.solutionGroups.first?.solutions.first)
    let timetable = try #require(s.timetable(in: instance).0)
    // T2 by role; T1 without a role fills the one open role of its type.
    #expect(timetable.subEvents.map(\.assigned) == [[1], [0]])
    let written = XHSTTWriter.solutionGroups(
      instance: instance, timetable: timetable, groupId: "G", description: "d", report: nil)
    let back = try #require(
      XHSTTReader.read(text: written).0?.solutionGroups.first?.solutions.first)
    #expect(back.timetable(in: instance).0 == timetable)
  }
}
