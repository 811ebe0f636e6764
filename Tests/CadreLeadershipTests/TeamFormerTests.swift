import CadreLeadership
import CadreModel
import Testing

@Suite struct TeamFormerTests {
  typealias F = Fixtures

  func members(_ school: School, _ team: String) -> [String] {
    school.leadership.teams.first { $0.id.raw == team }?.members.map(\.raw) ?? []
  }

  /// Two grade teams led by teaching Team Leads; teachers go by grade.
  @Test func gradeTeams() {
    let teachers = [
      F.teacher("A1", grades: ["1"]), F.teacher("A2", grades: ["1"]),
      F.teacher("B1", grades: ["2"]), F.teacher("A3", grades: ["1"]),
      F.teacher("B2", grades: ["2"]), F.teacher("L1", grades: ["1"]),
      F.teacher("L2", grades: ["2"]),
    ]
    let l = Leadership(
      roles: [F.teamLead],
      leaders: [
        Leader(id: "LD1", role: "team-lead", teacher: "L1"),
        Leader(id: "LD2", role: "team-lead", teacher: "L2"),
      ],
      teams: [
        Team(id: "G1", leader: "LD1", grade: "1"), Team(id: "G2", leader: "LD2", grade: "2"),
      ], formation: .byGrade)
    let (formed, diagnostics) = TeamFormer.form(F.staff(teachers, l))
    #expect(members(formed, "G1") == ["A1", "A2", "A3"])
    #expect(members(formed, "G2") == ["B1", "B2"])
    #expect(diagnostics.isEmpty)
  }

  @Test func subjectTeams() {
    let teachers = [
      F.teacher("M1", subjects: ["math"]), F.teacher("E1", subjects: ["ela"]),
      F.teacher("M2", subjects: ["math", "science"]), F.teacher("S1", subjects: ["science"]),
    ]
    let l = Leadership(
      roles: [F.principal],
      leaders: [Leader(id: "AP1", role: "principal"), Leader(id: "AP2", role: "principal")],
      teams: [
        Team(id: "MATH", leader: "AP1", subject: "math"),
        Team(id: "HUM", leader: "AP2", subject: "ela"),
        Team(id: "SCI", leader: "AP2", subject: "science"),
      ], formation: .bySubject)
    let (formed, diagnostics) = TeamFormer.form(F.staff(teachers, l))
    // M2 matches MATH and SCI; placed after the single-match teachers, and of two teams of
    // one member each, into the one with the smaller id.
    #expect(members(formed, "MATH") == ["M1", "M2"])
    #expect(members(formed, "SCI") == ["S1"])
    #expect(members(formed, "HUM") == ["E1"])
    #expect(diagnostics.isEmpty)
  }

  /// A teacher's `team` wins over their grade; teams listing members keep them.
  @Test func fixedTeamAndListedTeam() {
    let teachers = [
      F.teacher("A1", grades: ["1"], team: "G2"), F.teacher("A2", grades: ["1"]),
      F.teacher("X1", grades: ["1"]), F.teacher("C1", grades: ["1"], coverage: true),
    ]
    let l = Leadership(
      roles: [F.principal],
      leaders: [
        Leader(id: "P1", role: "principal"), Leader(id: "P2", role: "principal"),
        Leader(id: "P3", role: "principal"),
      ],
      teams: [
        Team(id: "G1", leader: "P1", grade: "1"), Team(id: "G2", leader: "P2", grade: "2"),
        Team(id: "KEEP", leader: "P3", members: ["X1"], grade: "1"),
      ], formation: .byGrade)
    let (formed, diagnostics) = TeamFormer.form(F.staff(teachers, l))
    #expect(members(formed, "G2") == ["A1"])
    #expect(members(formed, "G1") == ["A2"])
    #expect(members(formed, "KEEP") == ["X1"])
    // The coverage position has no team of its own asking, so it is left alone.
    #expect(!formed.leadership.teams.contains { $0.members.contains("C1") })
    #expect(diagnostics.isEmpty)
  }

  /// Five grade-1 teachers, two grade-1 teams: 3 and 2, ties to the smaller team id.
  @Test func balancing() {
    let teachers = (1...5).map { F.teacher("T\($0)", grades: ["1"]) }
    let l = Leadership(
      roles: [F.principal],
      leaders: [Leader(id: "P1", role: "principal"), Leader(id: "P2", role: "principal")],
      teams: [Team(id: "B", leader: "P2", grade: "1"), Team(id: "A", leader: "P1", grade: "1")],
      formation: .byGrade)
    let (formed, _) = TeamFormer.form(F.staff(teachers, l))
    #expect(members(formed, "A") == ["T1", "T3", "T5"])
    #expect(members(formed, "B") == ["T2", "T4"])
  }

  /// One leader leading two teams: the span limit counts both.
  @Test func spanCountsEveryTeamOfALeader() {
    let teachers =
      (1...5).map { F.teacher("T\($0)", grades: ["1"]) }
      + [F.teacher("U1", grades: ["2"])]
    var role = F.principal
    role.spanLimit = 3
    let l = Leadership(
      roles: [role], leaders: [Leader(id: "P1", role: "principal")],
      teams: [Team(id: "G1", leader: "P1", grade: "1"), Team(id: "G2", leader: "P1", grade: "2")],
      formation: .byGrade)
    let (formed, diagnostics) = TeamFormer.form(F.staff(teachers, l))
    #expect(formed.leadership.teams.map(\.members.count).reduce(0, +) == 3)
    #expect(diagnostics.contains { $0.code == "spans-cannot-fit" && $0.severity == .error })
  }

  /// Nine grade-3 teachers and one grade-3 leader with span 8: the ninth has nowhere to go.
  @Test func spanOverflowWithoutRoom() {
    let teachers = (1...9).map { F.teacher("T\($0)", grades: ["3"]) }
    let l = Leadership(
      roles: [F.teamLead], leaders: [Leader(id: "L3", name: "Ana", role: "team-lead")],
      teams: [Team(id: "G3", leader: "L3", grade: "3")], formation: .byGrade)
    let (formed, diagnostics) = TeamFormer.form(F.staff(teachers, l))
    #expect(members(formed, "G3") == (1...8).map { "T\($0)" })
    let overflow = diagnostics.first { $0.code == "spans-cannot-fit" }
    #expect(overflow?.severity == .error)
    #expect(overflow?.pointer == "/leadership/teams/0")
    #expect(
      overflow?.message.hasPrefix("9 grade-3 teachers, one grade-3 leader, span limit 8") == true
    )
    #expect(overflow?.message.contains("T9 has no team") == true)
  }

  /// The same overflow with another team that has room: a warning, and T9 goes there.
  @Test func spanOverflowFindsRoomElsewhere() {
    let teachers = (1...9).map { F.teacher("T\($0)", grades: ["3"]) }
    let l = Leadership(
      roles: [F.teamLead],
      leaders: [
        Leader(id: "L3", role: "team-lead"), Leader(id: "L4", role: "team-lead"),
      ],
      teams: [Team(id: "G3", leader: "L3", grade: "3"), Team(id: "G4", leader: "L4", grade: "4")],
      formation: .byGrade)
    let (formed, diagnostics) = TeamFormer.form(F.staff(teachers, l))
    #expect(members(formed, "G4") == ["T9"])
    #expect(diagnostics.map(\.code) == ["spans-cannot-fit"])
    #expect(diagnostics.first?.severity == .warning)
    #expect(diagnostics.first?.message.contains("T9 goes to team G4 instead") == true)
  }

  /// Teachers who match no team go to the least-loaded team with room, with a warning.
  @Test func unmatchedTeacherGoesToSmallestTeam() {
    let teachers = [
      F.teacher("A1", grades: ["1"]), F.teacher("A2", grades: ["1"]),
      F.teacher("B1", grades: ["2"]), F.teacher("PE", "Nadia", subjects: ["pe"]),
    ]
    let l = Leadership(
      roles: [F.principal],
      leaders: [Leader(id: "P1", role: "principal"), Leader(id: "P2", role: "principal")],
      teams: [Team(id: "G1", leader: "P1", grade: "1"), Team(id: "G2", leader: "P2", grade: "2")],
      formation: .byGrade)
    let (formed, diagnostics) = TeamFormer.form(F.staff(teachers, l))
    #expect(members(formed, "G2") == ["B1", "PE"])
    #expect(diagnostics.map(\.code) == ["formation-no-match"])
    #expect(diagnostics.first?.pointer == "/teachers/3")
    #expect(diagnostics.first?.message.contains("Nadia (PE)") == true)
  }

  @Test func withoutFormationNothingChanges() {
    let school = F.staff(
      [F.teacher("A1", grades: ["1"])],
      Leadership(
        roles: [F.principal], leaders: [Leader(id: "P1", role: "principal")],
        teams: [Team(id: "G1", leader: "P1", grade: "1")]))
    let (formed, diagnostics) = TeamFormer.form(school)
    #expect(formed == school)
    #expect(diagnostics.isEmpty)
  }
}
