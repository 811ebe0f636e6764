import CadreModel
import Testing

@Suite struct SchoolSummaryTests {
  @Test func countsOfTheTestSchool() {
    let s = SchoolSummary(validSchool())
    #expect(s.teachableSlots == 19)
    #expect(s.periodsNeeded == 13)
    // Ana min(19, 9) + Ben 3 a day for 5 days + Cy 19.
    #expect(s.teachingCapacity == 43)
    #expect(s.classSlots == 38)
    #expect(s.roles.first?.limitPerLeader == 9)
    #expect(s.roles.first?.fixedLoad == 3)
    #expect(s.teams.map(\.team) == ["G3"])
    #expect(s.teams.first?.members == 2 && s.teams.first?.spanLimit == 8)
    #expect(s.teachersWithoutTeam == 0)
  }

  @Test func text() {
    let expected = """
      Test Elementary (cadre/1)
      Cycle: 1 week x 5 days x 4 periods = 20 slots, 1 blocked, 19 teachable
      People: 3 teachers (0 coverage), 2 classes, 2 rooms
      Lessons: 4 lessons, 13 meetings, 13 periods needed of 38 class slots (34%)
      Teaching: 13 periods needed, capacity 43 (30% of teachers' free slots within limits)
      Roles:
        team-lead (Team Lead): 1 leader, release 0.5, teaches at most 9 of 19; 1 teaching, \
      fixed load 3 of 9
      Teams: 1 team, members/span G3 2/8; 0 teacher(s) without a team
      """
    #expect(SchoolSummary(validSchool()).text == expected)
  }

  @Test func emptySchoolDoesNotTrap() {
    let s = School(
      name: "", cycle: Cycle(weeks: [], days: [], periods: []), teachers: [],
      classes: [], lessons: [])
    #expect(SchoolSummary(s).text.contains("0 slots"))
    #expect(Validator.validate(s).map(\.code) == ["empty-cycle", "empty-cycle", "empty-cycle"])
  }
}
