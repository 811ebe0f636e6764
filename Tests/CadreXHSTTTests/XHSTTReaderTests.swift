import CadreCheck
import CadreIO
import CadreModel
import Testing

/// Reading errors, unsupported constraint types and the solution reading rules.
@Suite("XHSTT reader")
struct XHSTTReaderTests {
  typealias X = SyntheticXHSTT

  static let allEvents = "<EventGroups><EventGroup Reference=\"gAll\"/></EventGroups>"

  @Test func mapsTheInstance() throws {
    let events =
      X.event("E1", duration: 2, resources: ["T1", "C1"], course: "cA")
      + X.event("E2", duration: 1, time: "Tu2", groups: ["gAll", "gLink"])
    let (archive, diagnostics) = XHSTTReader.read(
      text: X.archive(events: events, constraints: ""))
    #expect(diagnostics.isEmpty)
    let inst = try #require(archive?.instances.first)
    #expect(archive?.id == "A")
    #expect(inst.id == "I" && inst.name == "Tiny")
    #expect(inst.times.count == 8)
    #expect(inst.timeGroups.map(\.kind) == [.day, .day, .group])
    #expect(inst.timeGroups[0].members == [0, 1, 2, 3])
    #expect(inst.timeGroups[2].members == Array(0..<8))
    #expect(inst.times[5].day == 1 && inst.times[5].groups == [1, 2])
    #expect(inst.resources.map(\.id) == ["T1", "T2", "C1"])
    #expect(inst.resourceGroups[0].members == [0, 1])
    #expect(inst.resources[2].type == 1)
    #expect(inst.eventGroups.map(\.kind) == [.course, .course, .group, .group])
    #expect(inst.events[0].course == 0 && inst.events[0].groups == [0, 2])
    #expect(inst.events[0].resources.map(\.resource) == [0, 2])
    #expect(inst.events[0].resources.map(\.type) == [0, 1])
    #expect(inst.events[1].time == 5)
    #expect(inst.eventGroups[3].members == [1])
  }

  @Test func malformedXMLReportsLineAndColumn() {
    let text = "<HighSchoolTimetableArchive>\n<Instances>\n<Instance Id=\"x\">\n</Oops>\n"
    let (archive, diagnostics) = XHSTTReader.read(text: text)
    #expect(archive == nil)
    let d = diagnostics.first
    #expect(d?.code == "xhstt-malformed-xml")
    #expect(d?.line == 4)
    #expect(d?.column != nil)
    #expect(d?.message.contains("line 4") == true)
    #expect(d?.rendered.contains("(line 4, column") == true)
  }

  @Test func unknownReferenceNamesElementAndIdWithSuggestion() {
    let events = X.event("E1", duration: 1, course: "cAA")
    let (archive, diagnostics) = XHSTTReader.read(
      text: X.archive(events: events, constraints: ""))
    #expect(archive == nil)
    let d = diagnostics.first { $0.code == "xhstt-unknown-reference" }
    #expect(d?.message.contains("<Course Reference=\"cAA\">") == true)
    #expect(d?.hint == "did you mean 'cA'?")
    #expect(d?.pointer == "/Instances/I/Events/E1/Course")
    #expect(d?.line != nil)
  }

  @Test func missingRequiredChildIsAnError() {
    let events = "<Event Id=\"E1\"><Name>E1</Name></Event>"
    let (archive, diagnostics) = XHSTTReader.read(
      text: X.archive(events: events, constraints: ""))
    #expect(archive == nil)
    #expect(
      diagnostics.contains {
        $0.code == "xhstt-missing-element" && $0.message.contains("<Duration>")
      })
  }

  @Test func badValuesAreErrors() {
    let c = X.constraint("AssignTime", cost: "SumSquares", appliesTo: Self.allEvents)
    let (archive, diagnostics) = XHSTTReader.read(
      text: X.archive(events: X.event("E1", duration: 1), constraints: c))
    #expect(archive == nil)
    #expect(diagnostics.map(\.code) == ["xhstt-bad-value"])
  }

  @Test func wrongRootIsAnError() {
    let (archive, diagnostics) = XHSTTReader.read(text: "<School/>")
    #expect(archive == nil)
    #expect(diagnostics.map(\.code) == ["xhstt-unexpected-root"])
  }

  @Test func externalEntitiesAreNotResolved() {
    let text =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE HighSchoolTimetableArchive [\n"
      + "<!ENTITY leak SYSTEM \"file:///etc/hostname\">]>\n"
      + "<HighSchoolTimetableArchive Id=\"&leak;\"/>"
    let (archive, _) = XHSTTReader.read(text: text)
    let id: String = archive?.id ?? ""
    #expect(id.isEmpty)
  }

  @Test func unsupportedTypesAreKeptAndCounted() throws {
    let c =
      X.constraint("LimitResources", id: "r1", appliesTo: Self.allEvents, body: "<Role>T</Role>")
      + X.constraint("LimitActiveIntervals", id: "o1", appliesTo: "<EventPairs/>")
      + X.constraint("LimitResources", id: "r2", appliesTo: Self.allEvents, body: "<Role>T</Role>")
      + X.constraint("AssignTime", id: "a", required: true, appliesTo: Self.allEvents)
    let (inst, report) = try X.evaluate(
      events: X.event("E1", duration: 1), constraints: c, solution: "")
    #expect(
      inst.constraints.map(\.kind.typeName).filter { $0 != "AssignTimeConstraint" }
        == [
          "LimitResourcesConstraint", "LimitActiveIntervalsConstraint", "LimitResourcesConstraint",
        ])
    let counts = inst.unsupportedConstraintCounts
    #expect(counts.map(\.type) == ["LimitActiveIntervalsConstraint", "LimitResourcesConstraint"])
    #expect(counts.map(\.count) == [1, 2])
    #expect(
      report.unsupported == [
        XTypeCount(type: "LimitActiveIntervalsConstraint", count: 1),
        XTypeCount(type: "LimitResourcesConstraint", count: 2),
      ])
    #expect(report.infeasibility == 1)
    #expect(report.constraints.map(\.evaluated) == [false, false, false, true])
    #expect(report.text.contains("LimitResourcesConstraint x2"))
  }

  // MARK: Solution reading rules

  /// Resolves `solution` (solution events) against a two-event instance.
  func resolve(_ solution: String) throws -> (XTimetable?, [Diagnostic]) {
    let events = X.event("E1", duration: 3) + X.event("E2", duration: 2, time: "Tu1")
    let (archive, _) = XHSTTReader.read(
      text: X.archive(events: events, constraints: "", solution: solution))
    let inst = try #require(archive?.instances.first)
    let sol = try #require(archive?.solutionGroups.first?.solutions.first)
    return sol.timetable(in: inst)
  }

  @Test func missingEventsBecomeUnassignedAndPreassignedTimesAreFilledIn() throws {
    let (timetable, diagnostics) = try resolve(X.sub("E2"))
    #expect(diagnostics.isEmpty)
    #expect(
      timetable?.subEvents == [
        XSubEvent(event: 1, duration: 2, start: 4), XSubEvent(event: 0, duration: 3, start: nil),
      ])
  }

  @Test func unknownIdsAreNamed() throws {
    let (timetable, diagnostics) = try resolve(X.sub("E9", 3, "Mo1") + X.sub("E1", 3, "Mo9"))
    #expect(timetable == nil)
    let codes = diagnostics.map(\.code)
    #expect(codes.contains("xhstt-unknown-event"))
    #expect(codes.contains("xhstt-unknown-time"))
    #expect(diagnostics.first { $0.code == "xhstt-unknown-event" }?.hint == "did you mean 'E1'?")
    #expect(
      diagnostics.first { $0.code == "xhstt-unknown-time" }?.message.contains("'Mo9'") == true)
  }

  @Test func durationsMustSumToTheEventDuration() throws {
    let (timetable, diagnostics) = try resolve(X.sub("E1", 1, "Mo1") + X.sub("E1", 1, "Mo3"))
    #expect(timetable == nil)
    #expect(diagnostics.map(\.code) == ["xhstt-duration-mismatch"])
    #expect(diagnostics.first?.message.contains("total duration 2, not its duration 3") == true)
  }

  @Test func runningPastTheLastTimeIsAnError() throws {
    let (timetable, diagnostics) = try resolve(X.sub("E1", 3, "Tu3"))
    #expect(timetable == nil)
    #expect(diagnostics.map(\.code) == ["xhstt-past-last-time"])
  }

  @Test func aTimeOtherThanThePreassignedOneIsAnError() throws {
    let (timetable, diagnostics) = try resolve(X.sub("E2", 2, "Mo1"))
    #expect(timetable == nil)
    #expect(diagnostics.map(\.code) == ["xhstt-preassigned-time"])
  }

  @Test func evaluatorIgnoresSubEventsOutsideTheInstance() throws {
    let (archive, _) = XHSTTReader.read(
      text: X.archive(
        events: X.event("E1", duration: 1),
        constraints: X.constraint("AssignTime", appliesTo: Self.allEvents)))
    let inst = try #require(archive?.instances.first)
    let junk = XTimetable(subEvents: [
      XSubEvent(event: 7, duration: 1, start: 0), XSubEvent(event: 0, duration: 0, start: 0),
      XSubEvent(event: 0, duration: 1, start: 99),
    ])
    #expect(XEvaluator.evaluate(inst, junk).objective == 1)
  }
}
