import CadreModel
import Testing

@Suite struct ValidatorPeopleTests {
  @Test func teacherLimitsBelowOne() {
    var s = validSchool()
    s.teachers[1].maxPerDay = 0
    s.teachers[2].maxPerWeek = -3
    expectDiagnostic("out-of-range", at: "/teachers/1/maxPerDay", in: s)
    expectDiagnostic("out-of-range", at: "/teachers/2/maxPerWeek", in: s)
  }

  @Test func negativeCostPerPeriod() {
    var s = validSchool()
    s.teachers[2].costPerPeriod = -20
    expectDiagnostic("out-of-range", at: "/teachers/2/costPerPeriod", in: s)
  }

  @Test func teacherUnavailableOnUnknownPeriod() {
    var s = validSchool()
    s.teachers[1].unavailable = [
      SlotRef(day: "Mon", period: "P1"), SlotRef(day: "Tue", period: "p2"),
    ]
    let d = expectDiagnostic("unknown-period", at: "/teachers/1/unavailable/1/period", in: s)
    #expect(d?.hint == "did you mean 'P2'?")
  }

  @Test func teacherNamesUnknownTeam() {
    var s = validSchool()
    s.teachers[1].team = "G4"
    let d = expectDiagnostic("unknown-team", at: "/teachers/1/team", in: s)
    #expect(d?.hint == "did you mean 'G3'?")
  }

  @Test func studentsBelowOne() {
    var s = validSchool()
    s.classes[1].students = 0
    expectDiagnostic("out-of-range", at: "/classes/1/students", in: s)
  }

  @Test func unknownHomeRoom() {
    var s = validSchool()
    s.classes[0].homeRoom = "R2"
    expectDiagnostic("unknown-room", at: "/classes/0/homeRoom", in: s)
  }

  @Test func homeRoomTooSmall() {
    var s = validSchool()
    s.rooms[0].capacity = 12
    expectDiagnostic("room-too-small", at: "/classes/0/homeRoom", in: s)
  }

  @Test func capacityBelowOne() {
    var s = validSchool()
    s.rooms[1].capacity = 0
    expectDiagnostic("out-of-range", at: "/rooms/1/capacity", in: s)
  }

  @Test func roomUnavailableUnknownDay() {
    var s = validSchool()
    s.rooms[1].unavailable = [SlotRef(day: "Sat", period: "P1")]
    expectDiagnostic("unknown-day", at: "/rooms/1/unavailable/0/day", in: s)
  }
}
