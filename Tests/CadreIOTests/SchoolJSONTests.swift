import CadreModel
import Testing

@testable import CadreIO

@Suite struct SchoolJSONTests {
  static let minimal = """
    {
      "format": "cadre/1",
      "name": "Minimal",
      "cycle": {
        "days": ["Mon", "Tue"],
        "periods": [{"name": "P1", "start": "08:00", "end": "08:50"}]
      },
      "teachers": [{"id": "T1"}],
      "classes": [{"id": "C1"}],
      "lessons": [{"id": "L1", "class": "C1", "subject": "math", "meetings": 2}]
    }
    """

  @Test func decodesAMinimalSchoolWithDefaults() throws {
    let (school, diagnostics) = SchoolJSON.decode(Self.minimal)
    #expect(diagnostics.isEmpty)
    let s = try #require(school)
    #expect(s.cycle.weeks == ["A"])
    #expect(s.cycle.periods[0].start == TimeOfDay(minutes: 480))
    #expect(s.teachers == [Teacher(id: "T1")])
    #expect(s.lessons[0].duration == 1)
    #expect(s.rooms.isEmpty && s.year == nil && s.budget == nil)
    #expect(s.policy == Policy() && s.weights == Weights() && s.leadership == Leadership())
  }

  @Test(arguments: ["tiny", "full", "minimal"])
  func roundTrips(_ name: String) throws {
    let school: School
    switch name {
    case "tiny": school = TestSchools.tiny()
    case "full": school = TestSchools.full()
    default: school = try #require(SchoolJSON.decode(Self.minimal).school)
    }
    let text = SchoolJSON.encode(school)
    let (decoded, diagnostics) = SchoolJSON.decode(text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(decoded == school)
    #expect(SchoolJSON.encode(try #require(decoded)) == text)
  }

  /// `"hard"` in place of a weight requires the rule; it survives a round trip, and any other
  /// string is an error at its pointer.
  @Test func hardWeightsRoundTrip() throws {
    let text = Self.minimal.replacingOccurrences(
      of: #""format": "cadre/1","#,
      with:
        #""format": "cadre/1", "weights": {"sameSubjectTwice": "hard", "teacherGap": "hard", "lateDay": 4},"#
    )
    let (school, diagnostics) = SchoolJSON.decode(text)
    #expect(diagnostics.isEmpty)
    let w = try #require(school).weights
    #expect(w.required == [.sameSubjectTwice, .teacherGap] && w.lateDay == 4)
    let (again, _) = SchoolJSON.decode(SchoolJSON.encode(try #require(school)))
    #expect(again?.weights == w)
    let (_, bad) = SchoolJSON.decode(
      Self.minimal.replacingOccurrences(
        of: #""format": "cadre/1","#,
        with: #""format": "cadre/1", "weights": {"moved": "required"},"#))
    #expect(bad.map(\.code) == ["wrong-type"])
    #expect(bad.first?.pointer == "/weights/moved")
  }

  @Test func encodeLeavesOutDefaults() {
    let text = SchoolJSON.encode(TestSchools.tiny())
    for absent in ["\"weeks\"", "\"policy\"", "\"weights\"", "\"duration\": 1", "\"kind\""] {
      #expect(!text.contains(absent), "\(absent)")
    }
    #expect(text.contains("\"duration\": 2"))
    #expect(SchoolJSON.encode(TestSchools.full()).contains("\"firstCycleWeek\": \"B\""))
  }

  @Test func presentDefaultBudgetSurvivesRoundTrip() throws {
    var school = TestSchools.tiny()
    school.budget = Budget()
    let text = SchoolJSON.encode(school)
    #expect(text.contains("\"budget\": {}"))
    #expect(SchoolJSON.decode(text).school == school)
  }

  /// A file with one structural problem of each kind; every one must be reported with its
  /// pointer and position, and the school still built (no required value is lost).
  static let manyProblems = """
    {
      "format": "cadre/2",
      "name": "Problems",
      "cycle": {
        "weeks": ["A", "B"],
        "days": ["Mon"],
        "periods": [{"name": "P1", "start": "08:00", "end": "08:50", "lat": true}]
      },
      "year": {"firstDay": "2026-08-24", "lastDay": "2027-06-04", "timeZone": "UTC",
               "firstCycleWeek": "C"},
      "teachers": [{"id": "T1", "nmae": "Ana", "maxPerDay": "five", "coverage": "yes"}],
      "classes": [{"id": "C1", "students": 2.5}],
      "lessons": [{"id": "L1", "class": "C1", "subject": "math", "meetings": 2}],
      "leadership": {"formation": "grades"},
      "color": "blue"
    }
    """

  @Test func reportsEveryStructuralProblemAtOnce() throws {
    let (school, diagnostics) = SchoolJSON.decode(Self.manyProblems)
    let got = diagnostics.map { "\($0.code) \($0.pointer) \($0.line ?? 0):\($0.column ?? 0)" }
    #expect(
      got == [
        "unknown-key /color 15:3",
        "unsupported-format /format 2:13",
        "unknown-key /cycle/periods/0/lat 7:66",
        "unknown-week /year/firstCycleWeek 10:30",
        "unknown-key /teachers/0/nmae 11:29",
        "wrong-type /teachers/0/maxPerDay 11:57",
        "wrong-type /teachers/0/coverage 11:77",
        "not-integer /classes/0/students 12:40",
        "bad-enum /leadership/formation 14:31",
      ])
    let byCode = Dictionary(grouping: diagnostics, by: \.code)
    #expect(byCode["unsupported-format"]?.first?.hint?.contains("\"cadre/1\"") == true)
    #expect(
      byCode["wrong-type"]?.first?.message == #"expected an integer, found string "five""#)
    #expect(
      diagnostics.first { $0.pointer == "/teachers/0/nmae" }?.hint == #"did you mean "name"?"#)
    #expect(byCode["bad-enum"]?.first?.hint?.contains(#""subject""#) == true)
    #expect(byCode["unknown-week"]?.first?.hint?.contains(#""A", "B""#) == true)
    // Optional values that could not be read fall back to defaults; the school is still built.
    let s = try #require(school)
    #expect(s.teachers[0].maxPerDay == nil)
    #expect(s.year?.firstCycleWeek == 0)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    /// A replacement applied to `minimal`.
    var from: String
    var to: String
    var code: String
    var pointer: String
    var message: String
    var schoolBuilt: Bool = false
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "meetings as a string", from: #""meetings": 2"#, to: #""meetings": "five""#,
      code: "wrong-type", pointer: "/lessons/0/meetings",
      message: #"expected an integer, found string "five""#),
    Case(
      name: "fractional meetings", from: #""meetings": 2"#, to: #""meetings": 2.5"#,
      code: "not-integer", pointer: "/lessons/0/meetings",
      message: "expected an integer, found number 2.5"),
    Case(
      name: "missing subject", from: #""subject": "math", "#, to: "", code: "missing-field",
      pointer: "/lessons/0/subject", message: #"lesson is missing the required field "subject""#),
    Case(
      name: "bad time", from: #""08:00""#, to: #""8:00""#, code: "bad-time",
      pointer: "/cycle/periods/0/start",
      message: #""8:00" is not a time of day; expected "HH:MM""#),
    Case(
      name: "days not an array", from: #"["Mon", "Tue"]"#, to: #""Mon""#, code: "wrong-type",
      pointer: "/cycle/days", message: #"expected an array, found string "Mon""#),
    Case(
      name: "day not a string", from: #"["Mon", "Tue"]"#, to: #"["Mon", 2]"#, code: "wrong-type",
      pointer: "/cycle/days/1", message: "expected a string, found number 2"),
    Case(
      name: "teacher not an object", from: #"[{"id": "T1"}]"#, to: #"["T1"]"#,
      code: "wrong-type", pointer: "/teachers/0",
      message: #"expected an object (teacher), found string "T1""#),
    Case(
      name: "bad date", from: #""teachers""#,
      to: #""year": {"firstDay": "2027-02-30", "lastDay": "2027-06-04", "#
        + #""timeZone": "UTC"}, "teachers""#,
      code: "bad-date", pointer: "/year/firstDay",
      message: #""2027-02-30" is not a date: 2027-02 has 28 days"#),
    Case(
      name: "bad role kind", from: #""teachers""#,
      to: #""leadership": {"roles": [{"id": "R", "kind": "teamLeader", "#
        + #""spanLimit": 8}]}, "teachers""#,
      code: "bad-enum", pointer: "/leadership/roles/0/kind",
      message: #""teamLeader" is not a role kind"#),
    Case(
      name: "bad observation kind", from: #""teachers""#,
      to: #""policy": {"observations": [{"kind": "walkthrough", "perYear": 3}]}, "teachers""#,
      code: "bad-enum", pointer: "/policy/observations/0/kind",
      message: #""walkthrough" is not a observation kind"#),
    Case(
      name: "top level array", from: "", to: "", code: "wrong-type", pointer: "",
      message: "expected an object (school), found array"),
    Case(
      name: "malformed json", from: #""name": "Minimal","#, to: #""name": "Minimal""#,
      code: "malformed-json", pointer: "",
      message: #"expected ',' or '}' after object member, found '"'"#),
    Case(
      name: "unknown key only", from: #""classes""#, to: #""clases": [], "classes""#,
      code: "unknown-key", pointer: "/clases", message: #"unknown key "clases" in school"#,
      schoolBuilt: true),
  ]

  @Test(arguments: cases)
  func reportsOneProblem(_ c: Case) throws {
    let text =
      c.name == "top level array"
      ? "[1]" : Self.minimal.replacingFirst(c.from, with: c.to)
    let (school, diagnostics) = SchoolJSON.decode(text)
    #expect(diagnostics.count == 1, "\(diagnostics)")
    let d = try #require(diagnostics.first)
    #expect(d.code == c.code)
    #expect(d.pointer == c.pointer)
    #expect(d.message == c.message)
    #expect(d.line != nil && d.column != nil)
    #expect((school != nil) == c.schoolBuilt)
  }

  @Test func missingFieldPointsAtItsObject() throws {
    let text = Self.minimal.replacingFirst(#"{"id": "T1"}"#, with: "{}")
    let d = try #require(SchoolJSON.decode(text).diagnostics.first)
    #expect(d.code == "missing-field" && d.pointer == "/teachers/0/id")
    #expect(d.line == 8 && d.column == 16)
  }

  @Test func invalidBytesAreDiagnosed() {
    let (school, diagnostics) = SchoolJSON.decode(bytes: [0x7B, 0x22, 0xFF, 0x22, 0x7D])
    #expect(school == nil)
    #expect(diagnostics.first?.code == "malformed-json")
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, let r = firstRange(of: target) else { return self }
    var out = self
    out.replaceSubrange(r, with: replacement)
    return out
  }
}
