import CadreModel
import Testing

@Suite struct ValidatorLeadershipTests {
  @Test func releaseAboveOne() {
    var s = validSchool()
    s.leadership.roles[0].release = 1.5
    expectDiagnostic("out-of-range", at: "/leadership/roles/0/release", in: s)
  }

  @Test func releasePeriodsPerDayAbovePeriods() {
    var s = validSchool()
    s.leadership.roles[0].releasePeriodsPerDay = 5
    let d = expectDiagnostic("out-of-range", at: "/leadership/roles/0/releasePeriodsPerDay", in: s)
    #expect(d?.message == "Role team-lead releases 5 periods a day but a day has 4")
  }

  @Test func spanLimitBelowOneAndNegativeStipend() {
    var s = validSchool()
    s.leadership.roles[0].spanLimit = 0
    s.leadership.roles[0].stipend = -2000
    expectDiagnostic("out-of-range", at: "/leadership/roles/0/spanLimit", in: s)
    expectDiagnostic("out-of-range", at: "/leadership/roles/0/stipend", in: s)
  }

  @Test func unknownRole() {
    var s = validSchool()
    s.leadership.leaders[0].role = "team-leed"
    let d = expectDiagnostic("unknown-role", at: "/leadership/leaders/0/role", in: s)
    #expect(d?.hint == "did you mean 'team-lead'?")
  }

  @Test func leaderNamesUnknownTeacher() {
    var s = validSchool()
    s.leadership.leaders[0].teacher = "T-ANNA"
    expectDiagnostic("unknown-teacher", at: "/leadership/leaders/0/teacher", in: s)
  }

  @Test func teacherLeadsTwice() {
    var s = validSchool()
    s.leadership.leaders.append(Leader(id: "L-ANA2", role: "team-lead", teacher: "T-ANA"))
    expectDiagnostic("teacher-leads-twice", at: "/leadership/leaders/1/teacher", in: s)
  }

  @Test func teachingLeaderOwnUnavailabilityIgnored() {
    var s = validSchool()
    s.leadership.leaders[0].unavailable = [SlotRef(day: "Mon", period: "P1")]
    expectDiagnostic(
      "leader-unavailable-ignored", at: "/leadership/leaders/0/unavailable", in: s,
      severity: .warning)
  }

  @Test func unknownLeader() {
    var s = validSchool()
    s.leadership.teams[0].leader = "L-AN"
    let d = expectDiagnostic("unknown-leader", at: "/leadership/teams/0/leader", in: s)
    #expect(d?.hint == "did you mean 'L-ANA'?")
  }

  @Test func unknownMember() {
    var s = validSchool()
    s.leadership.teams[0].members.append("T-DAN")
    expectDiagnostic("unknown-teacher", at: "/leadership/teams/0/members/2", in: s)
  }

  @Test func duplicateMember() {
    var s = validSchool()
    s.leadership.teams[0].members.append("T-BEN")
    expectDiagnostic("duplicate-member", at: "/leadership/teams/0/members/2", in: s)
  }

  @Test func leaderInOwnTeam() {
    var s = validSchool()
    s.leadership.teams[0].members.insert("T-ANA", at: 0)
    expectDiagnostic("leader-in-own-team", at: "/leadership/teams/0/members/0", in: s)
  }

  @Test func teacherInTwoTeams() {
    var s = validSchool()
    s.leadership.leaders.append(Leader(id: "L-AP", role: "team-lead"))
    s.leadership.teams.append(Team(id: "G4", leader: "L-AP", members: ["T-BEN"]))
    let d = expectDiagnostic("teacher-in-two-teams", at: "/leadership/teams/1/members/0", in: s)
    #expect(d?.message == "Teacher T-BEN is a member of team G3 and of team G4")
  }

  @Test func emptyTeamWithoutFormationIsAWarning() {
    var s = validSchool()
    s.leadership.teams[0].members = []
    expectDiagnostic("empty-team", at: "/leadership/teams/0/members", in: s, severity: .warning)
    s.leadership.formation = .byGrade
    #expect(!codes(s).contains("empty-team"))
  }

  @Test func spanExceeded() {
    var s = validSchool()
    s.leadership.roles[0].spanLimit = 1
    let d = expectDiagnostic("span-exceeded", at: "/leadership/teams/0/members", in: s)
    #expect(d?.message == "Team G3 has 2 members; role team-lead allows 1")
  }

  @Test func spanCountsEveryTeamOfALeader() {
    var s = validSchool()
    s.leadership.roles[0].spanLimit = 1
    s.leadership.teams = [
      Team(id: "G3", leader: "L-ANA", members: ["T-BEN"]),
      Team(id: "G4", leader: "L-ANA", members: ["T-CY"]),
    ]
    let d = expectDiagnostic("span-exceeded", at: "/leadership/teams/1/members", in: s)
    #expect(d?.message.contains("across teams G3, G4") == true)
  }

  @Test func teacherTeamDisagreesWithMemberList() {
    var s = validSchool()
    s.leadership.leaders.append(Leader(id: "L-AP", role: "team-lead"))
    s.leadership.teams.append(Team(id: "G4", leader: "L-AP"))
    s.leadership.formation = .byGrade
    s.teachers[2].team = "G4"
    expectDiagnostic("team-conflict", at: "/teachers/2/team", in: s)
  }

  @Test func teacherTeamWhoseListLeavesThemOut() {
    var s = validSchool()
    s.teachers.append(Teacher(id: "T-DEE", team: "G3"))
    expectDiagnostic("team-conflict", at: "/teachers/3/team", in: s)
  }

  @Test func spansCannotFit() {
    var s = validSchool()
    s.leadership.formation = .byGrade
    s.leadership.teams[0].members = []
    s.leadership.roles[0].spanLimit = 1
    let d = expectDiagnostic("spans-cannot-fit", at: "/leadership/formation", in: s)
    #expect(d?.message == "2 teachers need a leader but 1 leader with span 1 can lead 1")
  }

  @Test func spansCannotFitWithMixedSpans() {
    var s = validSchool()
    s.leadership.formation = .bySubject
    s.leadership.roles[0].spanLimit = 1
    s.leadership.roles.append(Role(id: "ap", kind: .assistantPrincipal, spanLimit: 0))
    s.leadership.leaders.append(Leader(id: "L-AP", role: "ap"))
    s.leadership.teams = [Team(id: "G3", leader: "L-ANA"), Team(id: "AP", leader: "L-AP")]
    let d = expectDiagnostic("spans-cannot-fit", at: "/leadership/formation", in: s)
    #expect(d?.message == "2 teachers need a leader but 2 leaders with spans 1, 0 can lead 1")
  }
}
