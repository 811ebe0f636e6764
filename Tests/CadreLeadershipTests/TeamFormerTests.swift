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
    #expect(members(formed, "KEEP") == ["X1"])
    // The coverage position shares no lesson with a leader, so it goes by its grade (rule 5).
    #expect(members(formed, "G1") == ["A2", "C1"])
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

  // MARK: What teachers teach, coverage positions and the schedule's signals (issue 14)

  /// Grade-1 and grade-2 classes; lessons as (id, class, teacher or nil, candidates, meetings).
  static func taught(
    _ teachers: [Teacher], _ l: Leadership,
    _ lessons: [(String, String, String?, [String], Int)]
  ) -> School {
    var school = F.staff(teachers, l)
    school.classes = [
      SchoolClass(id: "1A", grade: "1"), SchoolClass(id: "2A", grade: "2"),
      SchoolClass(id: "3A", grade: "3"), SchoolClass(id: "KA", grade: "K"),
    ]
    school.lessons = lessons.map { id, c, t, candidates, n in
      Lesson(
        id: LessonID(id), classID: ClassID(c), subject: id, meetings: n,
        teacher: t.map { TeacherID($0) }, candidates: candidates.map { TeacherID($0) })
    }
    return school
  }

  static let twoGrades = Leadership(
    roles: [F.principal],
    leaders: [Leader(id: "P1", role: "principal"), Leader(id: "P2", role: "principal")],
    teams: [Team(id: "G1", leader: "P1", grade: "1"), Team(id: "G2", leader: "P2", grade: "2")],
    formation: .byGrade)

  /// Given teachers without `grades`, expect each in the team of the grade they teach most.
  @Test func teachersGoByTheGradesOfTheirLessons() {
    let school = Self.taught(
      [F.teacher("SUP"), F.teacher("ART"), F.teacher("ONE")], Self.twoGrades,
      [
        ("sup-1", "1A", "SUP", [], 10), ("sup-2", "2A", "SUP", [], 2),
        ("art-2", "2A", "ART", [], 3), ("one-1", "1A", nil, ["ONE"], 4),
      ])
    let (formed, diagnostics) = TeamFormer.form(school)
    #expect(members(formed, "G1") == ["SUP", "ONE"])
    #expect(members(formed, "G2") == ["ART"])
    #expect(diagnostics.isEmpty)
  }

  /// Given a specialist who teaches four grades two periods each (no grade with a third of
  /// their periods), expect no grade match: the smallest team with room, and a warning.
  @Test func aSpecialistOfEveryGradeMatchesNoGradeTeam() {
    let school = Self.taught(
      [F.teacher("A"), F.teacher("PE")], Self.twoGrades,
      [
        ("a-1", "1A", "A", [], 10), ("pe-1", "1A", "PE", [], 2), ("pe-2", "2A", "PE", [], 2),
        ("pe-3", "3A", "PE", [], 2), ("pe-k", "KA", "PE", [], 2),
      ])
    let (formed, diagnostics) = TeamFormer.form(school)
    #expect(members(formed, "G1") == ["A"])
    #expect(members(formed, "G2") == ["PE"])
    #expect(diagnostics.map(\.code) == ["formation-no-match"])
  }

  /// Given a coverage position that takes a Team Lead's released grade-2 lesson but teaches
  /// grade 1 too, expect it in that lead's team (rule 5.1), not by its grade.
  @Test func coveragePositionJoinsTheLeaderItCoversFor() {
    let l = Leadership(
      roles: [F.teamLead, F.principal],
      leaders: [
        Leader(id: "P1", role: "principal"), Leader(id: "L2", role: "team-lead", teacher: "T-L2"),
      ],
      teams: [Team(id: "G1", leader: "P1", grade: "1"), Team(id: "G2", leader: "L2", grade: "2")],
      formation: .byGrade)
    let school = Self.taught(
      [F.teacher("T-L2"), F.teacher("COV", coverage: true)], l,
      [("sci-2", "2A", nil, ["T-L2", "COV"], 3), ("pe-1", "1A", "COV", [], 8)])
    let (formed, diagnostics) = TeamFormer.form(school)
    #expect(members(formed, "G2") == ["COV"])
    #expect(members(formed, "G1").isEmpty)
    #expect(diagnostics.isEmpty)
  }

  /// Given no room anywhere, expect the coverage position left out with a warning naming it.
  @Test func coveragePositionLeftOutWhenNoLeaderHasRoom() {
    var role = F.principal
    role.spanLimit = 1
    var l = Self.twoGrades
    l.roles = [role]
    let school = Self.taught(
      [
        F.teacher("A", grades: ["1"]), F.teacher("B", grades: ["2"]),
        F.teacher("COV", "Associate", grades: ["1"], coverage: true),
      ], l, [])
    let (formed, diagnostics) = TeamFormer.form(school)
    #expect(members(formed, "G1") == ["A"])
    #expect(!formed.leadership.teams.contains { $0.members.contains("COV") })
    #expect(diagnostics.map(\.code) == ["formation-coverage-left-out"])
    #expect(diagnostics.first?.severity == .warning)
    #expect(diagnostics.first?.pointer == "/teachers/2")
    #expect(diagnostics.first?.message.contains("Associate (COV)") == true)
  }

  /// Given a schedule where A teaches only while Team Lead 1 teaches (no observation window
  /// under them) and B only while Team Lead 2 teaches, expect each with the other lead.
  @Test func theScheduleDecidesBetweenMatchingTeams() {
    let l = Leadership(
      roles: [F.teamLead],
      leaders: [
        Leader(id: "L1", role: "team-lead", teacher: "T-L1"),
        Leader(id: "L2", role: "team-lead", teacher: "T-L2"),
      ],
      teams: [Team(id: "G1", leader: "L1", grade: "1"), Team(id: "G1B", leader: "L2", grade: "1")],
      formation: .byGrade)
    var school = Self.taught(
      ["T-L1", "T-L2", "A", "B"].map { F.teacher($0, grades: ["1"]) }, l,
      [
        ("l1", "1A", "T-L1", [], 10), ("l2", "1A", "T-L2", [], 10), ("a", "1A", "A", [], 10),
        ("b", "1A", "B", [], 10),
      ])
    school.policy.observableSlotsPerMember = 2
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    var meetings: [Meeting] = []
    for (lesson, periods) in [
      ("l1", ["P1", "P2"]), ("a", ["P1", "P2"]), ("l2", ["P3", "P4"]),
      ("b", ["P3", "P4"]),
    ] {
      var i = 0
      for d in days {
        for p in periods {
          meetings.append(
            Meeting(
              lesson: LessonID(lesson), index: i, start: SlotRef(day: d, period: p),
              teacher: TeacherID(
                lesson == "a" ? "A" : lesson == "b" ? "B" : "T-" + lesson.uppercased())))
          i += 1
        }
      }
    }
    let (formed, _) = TeamFormer.form(school, schedule: Schedule(meetings: meetings))
    #expect(members(formed, "G1") == ["B"])
    #expect(members(formed, "G1B") == ["A"])
    // Without the schedule nothing says so: the sizes balance by id.
    let (plain, _) = TeamFormer.form(school)
    #expect(members(plain, "G1") == ["A"])
    #expect(members(plain, "G1B") == ["B"])
  }
}
