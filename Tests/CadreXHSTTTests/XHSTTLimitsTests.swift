import Cadre
import CadreCheck
import CadreIO
import CadreModel
import Testing

/// The documented ranges of XHSTT numbers (`XLimits`): one fixture per input that used to trap
/// (`validate`, `check --embedded` or `solve`), refused by the reader with a diagnostic, and
/// the saturating arithmetic behind it, where the evaluator and the engine must agree.
@Suite("XHSTT limits")
struct XHSTTLimitsTests {
  typealias X = SyntheticXHSTT

  static func codes(_ text: String) -> [String] {
    let (archive, diagnostics) = XHSTTReader.read(text: text)
    #expect(archive == nil || diagnostics.allSatisfy { $0.severity == .warning })
    return diagnostics.filter { $0.severity == .error }.map(\.code)
  }

  /// A duration of 2^31 - 1 trapped `solve` (Int32 storage); summing two of 2^63 - 1
  /// trapped `validate`. Durations are 1...number of times (8 here).
  @Test(arguments: [
    ("2147483647", ["xhstt-bad-duration"]), ("9223372036854775807", ["xhstt-bad-duration"]),
    ("9", ["xhstt-bad-duration"]), ("0", ["xhstt-bad-duration"]), ("8", []),
  ])
  func eventDurations(_ duration: String, _ expected: [String]) {
    let events = X.event("E1", duration: 1).replacingOccurrences(
      of: "<Duration>1</Duration>", with: "<Duration>\(duration)</Duration>")
    #expect(
      Self.codes(X.archive(events: events + X.event("E2", duration: 1), constraints: ""))
        == expected)
  }

  /// A weight of 2^62 trapped `solve` and `check --embedded` (weight × deviation).
  @Test(arguments: [
    ("4611686018427387904", ["xhstt-out-of-range"]), ("1000001", ["xhstt-out-of-range"]),
    ("-1", ["xhstt-out-of-range"]), ("1000000", []), ("0", []),
  ])
  func weights(_ weight: String, _ expected: [String]) {
    let c = X.constraint("AssignTime", appliesTo: XHSTTReaderTests.allEvents)
      .replacingOccurrences(of: "<Weight>1</Weight>", with: "<Weight>\(weight)</Weight>")
    let text = X.archive(events: X.event("E1", duration: 1), constraints: c)
    #expect(Self.codes(text) == expected)
    if let d = XHSTTReader.read(text: text).1.first {
      #expect(d.message.contains("0...1000000") && d.line != nil)
      #expect(d.pointer == "/Instances/I/Constraints/C/Weight")
    }
  }

  /// Crash sites of `check --embedded`: a Maximum of -2^63 overflowed "amount outside"
  /// (XEvalContext.outside, LimitBusyTimes' sum), a SpreadEvents Minimum of 2^63 - 1 the
  /// spread sum. Every bound is 0...2^31 - 1.
  @Test(arguments: [
    ("LimitBusyTimes", "Maximum", "-9223372036854775808"),
    ("ClusterBusyTimes", "Minimum", "9223372036854775807"),
    ("SpreadEvents", "Minimum", "9223372036854775807"),
    ("SpreadEvents", "Maximum", "-1"),
    ("SplitEvents", "MaximumAmount", "2147483648"),
    ("DistributeSplitEvents", "Duration", "-5"),
  ])
  func constraintBounds(_ type: String, _ field: String, _ value: String) throws {
    let body: String
    let applies: String
    switch type {
    case "SpreadEvents":
      applies = XHSTTReaderTests.allEvents
      body =
        "<TimeGroups><TimeGroup Reference=\"gMo\"><Minimum>0</Minimum><Maximum>2</Maximum>"
        + "</TimeGroup></TimeGroups>"
    case "SplitEvents":
      applies = XHSTTReaderTests.allEvents
      body =
        "<MinimumDuration>1</MinimumDuration><MaximumDuration>2</MaximumDuration>"
        + "<MinimumAmount>1</MinimumAmount><MaximumAmount>2</MaximumAmount>"
    case "DistributeSplitEvents":
      applies = XHSTTReaderTests.allEvents
      body = "<Duration>1</Duration><Minimum>0</Minimum><Maximum>2</Maximum>"
    default:
      applies = "<Resources><Resource Reference=\"T1\"/></Resources>"
      body =
        "<TimeGroups><TimeGroup Reference=\"gMo\"/></TimeGroups><Minimum>0</Minimum>"
        + "<Maximum>2</Maximum>"
    }
    let fine = X.constraint(type, appliesTo: applies, body: body)
    let events = X.event("E1", duration: 1)
    #expect(Self.codes(X.archive(events: events, constraints: fine)).isEmpty)
    let range = try #require(fine.range(of: "<\(field)>"))
    let close = try #require(fine.range(of: "</\(field)>", range: range.upperBound..<fine.endIndex))
    let bad = fine.replacingCharacters(in: range.upperBound..<close.lowerBound, with: value)
    #expect(Self.codes(X.archive(events: events, constraints: bad)) == ["xhstt-out-of-range"])
  }

  /// Solution events of duration 2^63 - 1 overflowed `start + duration` and the per-event sum
  /// in `XSolution.timetable(in:)`: now a duration above the event's is an error.
  @Test func hugeSolutionDurationsAreErrors() throws {
    let text = X.archive(
      events: X.event("E1", duration: 2), constraints: "",
      solution: X.sub("E1", Int.max, "Mo2") + X.sub("E1", Int.max, "Mo3") + X.sub("E1", Int.max))
    let archive = try #require(XHSTTReader.read(text: text).0)
    let instance = try #require(archive.instances.first)
    let solution = try #require(archive.solutionGroups.first?.solutions.first)
    let (timetable, diagnostics) = solution.timetable(in: instance)
    #expect(timetable == nil)
    #expect(
      diagnostics.map(\.code)
        == Array(repeating: "xhstt-bad-duration", count: 3) + ["xhstt-duration-mismatch"])
    #expect(diagnostics.first?.line != nil)
  }

  /// Group references multiply: 2,049 references to a group of 2,048 events ask for more
  /// than 2^22 points of application (2,040 with the events' 2,048 resources stay inside).
  @Test func expandedPointsAreBounded() {
    var events = ""
    for e in 0..<2_048 { events += X.event("E\(e)", duration: 1) }
    let refs = String(repeating: "<EventGroup Reference=\"gAll\"/>", count: 2_049)
    let c = X.constraint("AssignTime", appliesTo: "<EventGroups>\(refs)</EventGroups>")
    let (archive, diagnostics) = XHSTTReader.read(
      text: X.archive(events: events, constraints: c))
    #expect(archive == nil)
    #expect(diagnostics.map(\.code) == ["xhstt-too-large"])
    let fewer = X.constraint(
      "AssignTime",
      appliesTo: "<EventGroups>"
        + String(repeating: "<EventGroup Reference=\"gAll\"/>", count: 2_040) + "</EventGroups>")
    #expect(Self.codes(X.archive(events: events, constraints: fewer)).isEmpty)
  }

  @Test func timeCellsSaturate() {
    #expect(XLimits.timeCells(resources: 3, totalDuration: 5, times: 8) == 64)
    #expect(XLimits.timeCells(resources: Int.max, totalDuration: 1, times: 2) == Int.max)
    #expect(
      XLimits.timeCells(resources: 1 << 20, totalDuration: 0, times: 1 << 5) > XLimits.maxTimeCells)
  }

  @Test func pointCostsSaturate() {
    #expect(XLimits.pointCost(weight: 3, value: 4) == 12)
    #expect(XLimits.pointCost(weight: Int.max, value: 2) == XLimits.maxPointCost)
    #expect(XLimits.pointCost(weight: 1 << 30, value: 1 << 11) == XLimits.maxPointCost)
    #expect(XLimits.pointCost(weight: 0, value: Int.max) == 0)
    #expect(XCostFunction.quadratic.apply(Int.max) == Int.max)
    #expect(XLimits.sum(Int.max, 1) == Int.max && XLimits.sum(Int.min, -1) == Int.min)
  }

  /// An instance built in code (not read) with extreme numbers: the evaluator saturates
  /// instead of trapping, and the engine's own cost agrees with it exactly.
  @Test func engineAndEvaluatorAgreeWhenCostsSaturate() throws {
    let events = X.event("E1", duration: 2) + X.event("E2", duration: 1)
    let c =
      X.constraint(
        "AvoidUnavailableTimes", id: "u", cost: "Quadratic",
        appliesTo: "<Resources><Resource Reference=\"T1\"/></Resources>",
        body: "<TimeGroups><TimeGroup Reference=\"gAll\"/></TimeGroups>")
      + X.constraint(
        "LimitBusyTimes", id: "b",
        appliesTo: "<Resources><Resource Reference=\"T1\"/></Resources>",
        body: "<TimeGroups><TimeGroup Reference=\"gAll\"/></TimeGroups><Minimum>0</Minimum>"
          + "<Maximum>0</Maximum>")
    var instance = try #require(
      XHSTTReader.read(text: X.archive(events: events, constraints: c)).0?.instances.first)
    instance.constraints[0].weight = Int.max
    instance.constraints[1].weight = Int.max / 2
    instance.constraints[1].kind = .limitBusyTimes(
      resources: [0, 0, 0], timeGroups: [2, 2], minimum: Int.max, maximum: Int.min)
    let result = Cadre.solveXHSTT(
      instance, options: SolveOptions(seed: 3, threads: 1, timeLimit: nil, stepLimit: 500))
    let report = XEvaluator.evaluate(instance, result.timetable)
    #expect(report.constraints[0].cost == XLimits.maxPointCost)
    #expect(report.constraints[1].cost == 3 * XLimits.maxPointCost)
    #expect(report.objective == 4 * XLimits.maxPointCost)
    #expect(result.cost == report.cost)
  }
}
