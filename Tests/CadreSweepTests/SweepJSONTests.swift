import CadreIO
import CadreModel
import Testing

@testable import CadreSweep

struct SweepJSONTests {
  static let valid = """
    {"format": "cadre-sweep/1", "name": "Pilot",
     "schools": [{"id": "a", "file": "a.json"}, {"id": "b", "file": "/x/b.json"}],
     "axes": {"model": ["apCentred", "teamLead"], "leaders": [{"assistantPrincipal": 2}],
              "release": [{"periodsPerDay": 1}, 0.25], "span": [6, 8],
              "observations": [{"spot": 10, "formal": 1}], "budgetCap": [null, 90000]},
     "seed": 7, "stepLimit": 5000, "calendarStepLimit": 100, "timeLimit": 30}
    """

  @Test func decodesEveryField() throws {
    let (spec, diagnostics) = SweepJSON.decode(Self.valid)
    #expect(diagnostics.isEmpty)
    let s = try #require(spec)
    #expect(s.name == "Pilot")
    #expect(
      s.schools == [BaseSchool(id: "a", file: "a.json"), BaseSchool(id: "b", file: "/x/b.json")])
    #expect(s.axes.model == [.apCentred, .teamLead])
    #expect(s.axes.leaders == [LeaderCounts([(.assistantPrincipal, 2)])])
    #expect(s.axes.release == [.periodsPerDay(1), .fraction(0.25)])
    #expect(s.axes.span == [6, 8])
    #expect(s.axes.observations == [ObservationSetting(spot: 10, formal: 1)])
    #expect(s.axes.budgetCap == [nil, 90000])
    #expect(s.seed == 7 && s.stepLimit == 5000 && s.calendarStepLimit == 100)
    #expect(s.timeLimit == 30)
  }

  /// (file text, code, pointer): every structural and range problem, at its place.
  static let broken: [(String, String, String)] = [
    ("[1]", "wrong-type", ""),
    (
      "{\"name\": \"x\", \"schools\": [{\"id\": \"a\", \"file\": \"a\"}]}", "missing-field",
      "/format"
    ),
    (wrap(#""format": "cadre-sweep/2""#), "unsupported-format", "/format"),
    (wrap(#""axis": {}"#), "unknown-key", "/axis"),
    (wrap(#""axes": {"spam": [6]}"#), "unknown-key", "/axes/spam"),
    (wrap(#""axes": {"span": [0]}"#), "out-of-range", "/axes/span/0"),
    (wrap(#""axes": {"span": [6.5]}"#), "not-integer", "/axes/span/0"),
    (wrap(#""axes": {"span": []}"#), "empty-axis", "/axes/span"),
    (wrap(#""axes": {"span": [6, 6]}"#), "duplicate-value", "/axes/span/1"),
    (wrap(#""axes": {"release": [1.5]}"#), "out-of-range", "/axes/release/0"),
    (wrap(#""axes": {"release": ["half"]}"#), "wrong-type", "/axes/release/0"),
    (wrap(#""axes": {"release": [{"perDay": 1}]}"#), "unknown-key", "/axes/release/0/perDay"),
    (wrap(#""axes": {"model": ["teamLeads"]}"#), "bad-enum", "/axes/model/0"),
    (wrap(#""axes": {"leaders": [{"teamLead": -1}]}"#), "out-of-range", "/axes/leaders/0/teamLead"),
    (wrap(#""axes": {"leaders": [{"coach": 1}]}"#), "unknown-key", "/axes/leaders/0/coach"),
    (
      wrap(#""axes": {"observations": [{"spot": 500}]}"#), "out-of-range",
      "/axes/observations/0/spot"
    ),
    (wrap(#""axes": {"observations": [{}]}"#), "empty-value", "/axes/observations/0"),
    (wrap(#""axes": {"budgetCap": [-5]}"#), "out-of-range", "/axes/budgetCap/0"),
    (wrap(#""stepLimit": 0"#), "out-of-range", "/stepLimit"),
    (wrap(#""timeLimit": 0"#), "out-of-range", "/timeLimit"),
    (wrap(#""seed": "one""#), "wrong-type", "/seed"),
    (
      #"{"format": "cadre-sweep/1", "name": "x", "schools": [{"id": "a b", "file": "a"}]}"#,
      "bad-id", "/schools/0/id"
    ),
    (
      #"{"format": "cadre-sweep/1", "name": "x", "schools": [{"id": "a"}]}"#, "missing-field",
      "/schools/0/file"
    ),
    (
      #"{"format": "cadre-sweep/1", "name": "x", "schools": [{"id": "a", "file": "a"}, {"id": "a", "file": "b"}]}"#,
      "duplicate-id", "/schools/1/id"
    ),
    ("{\"format\": ", "malformed-json", ""),
  ]

  static func wrap(_ member: String) -> String {
    if member.hasPrefix("\"format\"") {
      return #"{"#
        + member + #", "name": "x", "schools": [{"id": "a", "file": "a.json"}]}"#
    }
    return #"{"format": "cadre-sweep/1", "name": "x", "schools": [{"id": "a", "file": "a.json"}], "#
      + member + "}"
  }

  @Test(arguments: broken.indices)
  func reportsProblemAtPointer(_ i: Int) {
    let (text, code, pointer) = Self.broken[i]
    let (spec, diagnostics) = SweepJSON.decode(text)
    #expect(spec == nil, "\(text)")
    #expect(
      diagnostics.contains { $0.code == code && $0.pointer.hasPrefix(pointer) },
      "\(text): \(diagnostics.map(\.rendered))")
  }

  @Test func unknownKeySuggestsTheClosest() {
    let (_, diagnostics) = SweepJSON.decode(Self.wrap(#""axes": {"spam": [6]}"#))
    #expect(diagnostics.first { $0.code == "unknown-key" }?.hint == "did you mean \"span\"?")
  }

  @Test func missingSchoolFileIsReportedAtItsPointer() throws {
    let dir = Fixture.folder()
    let text =
      #"{"format": "cadre-sweep/1", "name": "x", "schools": [{"id": "a", "file": "nope.json"}]}"#
    try CadreIOWrite.write(text, dir + "/s.json")
    let (plan, diagnostics) = SweepPlan.load(path: dir + "/s.json")
    #expect(plan == nil)
    #expect(diagnostics.contains { $0.code == "file-not-found" && $0.pointer == "/schools/0/file" })
  }
}

enum CadreIOWrite {
  static func write(_ text: String, _ path: String) throws { try AtomicFile.write(text, to: path) }
}
