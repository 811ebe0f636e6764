import CadreModel
import Testing

@testable import CadreIO

/// A team's or a role's own `policy` (issue 14 item 6): plain numbers are hard, `{"count",
/// "weight"}` soft; quotas may carry a weight. Every form survives a round trip, and a bad one
/// is reported at its pointer.
@Suite struct TeamPolicyJSONTests {
  static func school(team: String, role: String = "") -> String {
    """
    {
      "format": "cadre/1",
      "name": "Team policy",
      "cycle": {
        "days": ["Mon", "Tue"],
        "periods": [{"name": "P1", "start": "08:00", "end": "08:50"}]
      },
      "teachers": [{"id": "T1"}, {"id": "T2"}],
      "classes": [{"id": "C1"}],
      "lessons": [{"id": "L1", "class": "C1", "subject": "math", "meetings": 2}],
      "leadership": {
        "roles": [{"id": "R", "kind": "teamLead", "spanLimit": 4\(role)}],
        "leaders": [{"id": "L", "role": "R", "teacher": "T1"}],
        "teams": [{"id": "G", "leader": "L", "members": ["T2"]\(team)}]
      }
    }
    """
  }

  @Test func plainAndSoftNumbersRoundTrip() throws {
    let text = Self.school(
      team: #", "policy": {"observations": [{"kind": "spot", "perYear": 36, "weight": 4}], "#
        + #""huddlesPerWeek": {"count": 2, "weight": 5}, "observableSlotsPerMember": 3}"#,
      role: #", "policy": {"oneOnOnesPerMonth": 2, "huddlesPerWeek": 1}"#)
    let (school, diagnostics) = SchoolJSON.decode(text)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let s = try #require(school)
    let own = try #require(s.leadership.teams[0].policy)
    #expect(own.huddlesPerWeek == PolicyNumber(2, weight: 5))
    #expect(own.observableSlotsPerMember == PolicyNumber(3))
    #expect(own.observations == [ObservationQuota(kind: .spot, perYear: 36, weight: 4)])
    #expect(own.oneOnOnesPerMonth == nil)
    #expect(s.leadership.roles[0].policy?.oneOnOnesPerMonth == PolicyNumber(2))
    let again = SchoolJSON.encode(s)
    #expect(again.contains(#""huddlesPerWeek": {"count": 2, "weight": 5}"#))
    let (decoded, more) = SchoolJSON.decode(again)
    #expect(more.isEmpty)
    #expect(decoded == s)
    #expect(SchoolJSON.encode(try #require(decoded)) == again)
    // The resolved numbers: the team's wins over the role's, the role's over the school's.
    let p = s.policy(for: s.leadership.teams[0])
    #expect(p.huddlesPerWeek == PolicyNumber(2, weight: 5))
    #expect(p.oneOnOnesPerMonth == PolicyNumber(2))
    #expect(p.observableSlotsPerMember == PolicyNumber(3))
    #expect(p.perYear(.spot) == 36 && p.weight(.spot) == 4 && p.perYear(.formal) == 0)
  }

  /// An empty list of observations is a choice (no observations for this team), not absence.
  @Test func anEmptyQuotaListSurvives() throws {
    let (school, diagnostics) = SchoolJSON.decode(
      Self.school(team: #", "policy": {"observations": []}"#))
    #expect(diagnostics.isEmpty)
    let s = try #require(school)
    #expect(s.leadership.teams[0].policy?.observations == [])
    #expect(SchoolJSON.decode(SchoolJSON.encode(s)).school == s)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var policy: String
    var code: String
    var pointer: String
    var testDescription: String { policy }
  }

  static let cases = [
    Case(
      policy: #"{"huddlesPerWek": 2}"#, code: "unknown-key",
      pointer: "/leadership/teams/0/policy/huddlesPerWek"),
    Case(
      policy: #"{"huddlesPerWeek": {"count": 2}}"#, code: "missing-field",
      pointer: "/leadership/teams/0/policy/huddlesPerWeek/weight"),
    Case(
      policy: #"{"huddlesPerWeek": {"count": 2, "weight": 1, "hard": true}}"#, code: "unknown-key",
      pointer: "/leadership/teams/0/policy/huddlesPerWeek/hard"),
    Case(
      policy: #"{"observableSlotsPerMember": "two"}"#, code: "wrong-type",
      pointer: "/leadership/teams/0/policy/observableSlotsPerMember"),
    Case(
      policy: #"{"observations": [{"kind": "spot", "perYear": 2, "weight": 1.5}]}"#,
      code: "not-integer", pointer: "/leadership/teams/0/policy/observations/0/weight"),
    Case(policy: #"[2]"#, code: "wrong-type", pointer: "/leadership/teams/0/policy"),
  ]

  @Test(arguments: cases)
  func reportsOneProblem(_ c: Case) {
    let (_, diagnostics) = SchoolJSON.decode(Self.school(team: #", "policy": "# + c.policy))
    #expect(
      diagnostics.contains { $0.code == c.code && $0.pointer == c.pointer },
      "\(diagnostics.map(\.rendered))")
  }
}
