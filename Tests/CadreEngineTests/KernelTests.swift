import Testing

@testable import CadreEngine

/// Given/expect tests, one or more per kernel, on hand-built problems.
@Suite struct KernelTests {
  /// One week of 1 day x `periods` periods, teachers 0..<teachers, one class, one lesson per
  /// entry of `lessons` (meetings, duration, teacher).
  func problem(periods: Int, teachers: Int = 2, lessons: [(Int, Int, Int32)]) -> Problem {
    var p = Problem()
    p.daysPerWeek = 1
    p.periodsPerDay = periods
    p.teacherCount = teachers
    p.classCount = 2
    for (i, (meetings, duration, teacher)) in lessons.enumerated() {
      p.lessonClass.append(0)
      p.lessonDuration.append(Int32(duration))
      p.lessonSubjectGroup.append(Int32(i))
      p.lessonMeetingCount.append(Int32(meetings))
      p.lessonCandidates.append(teacher >= 0 ? [teacher] : [])
      p.lessonNeedsRoom.append(false)
      p.lessonRooms.append([])
      p.lessonPreferred.append([])
      p.lessonPinned.append([])
    }
    p.softWeights = [1, 1, 1, 1, 0, 1, 1]
    return p
  }

  func count(_ st: SearchState, _ r: Rule) -> Int64 { st.counts[r.rawValue] }

  @Test func clashesCountExcessOccupancy() {
    var st = SearchState(model: SearchModel(problem(periods: 3, lessons: [(3, 1, 0)])))
    for m in 0..<3 { st.place(m, 0, 0, -1) }
    #expect(count(st, .teacherClash) == 2)
    #expect(count(st, .classClash) == 2)
    #expect(count(st, .unplaced) == 0)
    st.assign(2, 1, 0, -1)
    #expect(count(st, .teacherClash) == 1)
    #expect(st.agreesWithRecount())
  }

  @Test func teacherGapCountsHolesBetweenFirstAndLast() {
    // RULES.md worked example: P1, P2 and P5 taught gives a gap of 2.
    var st = SearchState(model: SearchModel(problem(periods: 7, lessons: [(3, 1, 1)])))
    st.place(0, 0, 1, -1)
    st.place(1, 1, 1, -1)
    st.place(2, 4, 1, -1)
    #expect(count(st, .teacherGap) == 2)
    #expect(st.agreesWithRecount())
  }

  @Test func consecutiveCountsRunsBeyondTheLimit() {
    var p = problem(periods: 7, lessons: [(6, 1, 1)])
    p.maxConsecutivePeriods = 4
    var st = SearchState(model: SearchModel(p))
    for m in 0..<6 { st.place(m, m, 1, -1) }
    #expect(count(st, .consecutive) == 2)
    #expect(count(st, .sameSubjectTwice) == 5)
  }

  @Test func doubleLessonPastTheDayOverflows() {
    var p = problem(periods: 3, lessons: [(1, 2, 0)])
    p.periodLate = [false, false, true]
    var st = SearchState(model: SearchModel(p))
    st.place(0, 2, 0, -1)
    #expect(count(st, .doubleLessonOverflow) == 1)
    #expect(count(st, .lateDay) == 1)
  }

  @Test func leaderOverloadCountsPeriodsBeyondTheLimit() {
    var p = problem(periods: 5, lessons: [(4, 1, 0)])
    p.leaderTeacher = [0]
    p.leaderLimit = [2]
    var st = SearchState(model: SearchModel(p))
    for m in 0..<4 { st.place(m, m, 0, -1) }
    #expect(count(st, .leaderOverload) == 2)
    #expect(count(st, .teacherGap) == 0)  // teaching leaders have no gap rule
  }

  @Test func commonPlanningNeedsFreeSlotsForTheWholeTeam() {
    var p = problem(periods: 3, teachers: 2, lessons: [(2, 1, 0), (1, 1, 1)])
    p.teamLeaderTeacher = [0]
    p.teamLeaderUnavailable = [[]]
    p.teamMembers = [[1]]
    p.huddlesPerWeek = 1
    p.observableSlotsPerMember = 0
    var st = SearchState(model: SearchModel(p))
    #expect(count(st, .commonPlanning) == 0)
    st.place(0, 0, 0, -1)
    st.place(1, 1, 0, -1)
    #expect(count(st, .commonPlanning) == 0)
    st.place(2, 2, 1, -1)
    #expect(count(st, .commonPlanning) == 1)
    #expect(st.agreesWithRecount())
  }

  @Test func observationWindowNeedsMemberTeachingWhileLeaderFree() {
    var p = problem(periods: 4, teachers: 2, lessons: [(1, 1, 0), (2, 1, 1)])
    p.teamLeaderTeacher = [0]
    p.teamLeaderUnavailable = [[]]
    p.teamMembers = [[1]]
    p.observableSlotsPerMember = 2
    var st = SearchState(model: SearchModel(p))
    #expect(count(st, .observationWindow) == 2)
    st.place(1, 0, 1, -1)
    st.place(2, 1, 1, -1)
    #expect(count(st, .observationWindow) == 0)
    st.place(0, 1, 0, -1)  // the leader teaches during one of them
    #expect(count(st, .observationWindow) == 1)
    #expect(st.agreesWithRecount())
  }

  @Test func unevenSpreadComparesGapsWithTheIdealSpacing() {
    var p = problem(periods: 2, lessons: [(2, 1, 0)])
    p.daysPerWeek = 4
    var st = SearchState(model: SearchModel(p))
    st.place(0, 0, 0, -1)  // day 0
    st.place(1, 2, 0, -1)  // day 1; ideal spacing ⌊4 / 2⌋ = 2
    #expect(count(st, .unevenSpread) == 1)
    st.assign(1, 4, 0, -1)  // day 2
    #expect(count(st, .unevenSpread) == 0)
  }

  @Test func meetingWithoutCandidateHasNoTeacher() {
    var st = SearchState(model: SearchModel(problem(periods: 2, lessons: [(1, 1, -1)])))
    st.place(0, 0, -1, -1)
    #expect(count(st, .noTeacher) == 1)
    #expect(st.cost == Cost(hard: 1, soft: 0))
  }
}
