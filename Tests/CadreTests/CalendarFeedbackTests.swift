import Cadre
import CadreCheck
import CadreGen
import CadreModel
import Testing

/// The pipeline's calendar feedback (issue 14, item 3): when the calendar planned on a schedule
/// that holds falls short, the schedule is searched again for the members it fell short for,
/// and the best (schedule, calendar) pair by the independent checkers is kept.
@Suite struct CalendarFeedbackTests {
  /// The small A/B school with a policy whose weekly number (one observation chance a week,
  /// debrief within a day) is too weak for its quota (30 spot visits, 3 days apart): the
  /// first schedule meets the rules but its calendar cannot place every observation.
  static func tightSchool() -> School {
    var (school, _) = SchoolGenerator.generateWithWitness(.smallABWeek, seed: 3)
    school.policy.observableSlotsPerMember = 1
    school.policy.debriefWindowDays = 1
    school.policy.observations = [ObservationQuota(kind: .spot, perYear: 30, minutes: 15)]
    school.policy.minDaysBetweenObservations = 3
    return school
  }

  static func options(rounds: Int) -> SolveOptions {
    var options = SolveOptions(seed: 3, timeLimit: nil, stepLimit: 20_000)
    options.calendarStepLimit = 2_000
    options.feedbackRounds = rounds
    return options
  }

  @Test func aShortCalendarIsFedBackAndTheBestPairKept() throws {
    let school = Self.tightSchool()
    // Without feedback: the first calendar falls short, the verdict is "not found".
    let alone = solveSchool(prepare(school), options: Self.options(rounds: 0))
    let first = try #require(alone.solved?.calendar)
    #expect(alone.verdict == .notFound)
    #expect(first.check.cost.hard > 0 && alone.solved?.report.isFeasible == true)
    #expect(first.rounds.count == 1 && !first.rounds[0].shortMembers.isEmpty)

    // With two re-solves: round 1 is the same; each later round starts from the best schedule
    // with the short members fed back; the pair kept is the best of the rounds by the
    // checkers' figures, and here a later round's calendar breaks fewer hard rules.
    let solution = solveSchool(prepare(school), options: Self.options(rounds: 2))
    let solved = try #require(solution.solved)
    let calendar = try #require(solved.calendar)
    let rounds = calendar.rounds
    #expect(rounds.count == 3)
    #expect(rounds[0].line == first.rounds[0].line)
    let hard = rounds.map { ($0.schedule.hard, $0.calendar?.hard ?? 0) }
    let best = try #require(hard.min { $0 < $1 })
    #expect(hard[calendar.keptRound - 1] == best)
    #expect(calendar.keptRound > 1 && best.1 < hard[0].1)
    // The kept pair, re-checked here from scratch, is what the round recorded.
    let report = Checker.check(school: school, schedule: solved.result.schedule)
    let check = CalendarChecker.check(
      school: school, schedule: solved.result.schedule, calendar: calendar.plan.calendar)
    #expect(report.cost == rounds[calendar.keptRound - 1].schedule)
    #expect(check.cost == rounds[calendar.keptRound - 1].calendar)
    #expect(solution.verdict == (check.isFeasible && report.isFeasible ? .solved : .notFound))
  }

  /// A step-limited run is reproducible: the same rounds, schedule and calendar twice.
  @Test func roundsAreDeterministic() throws {
    let school = Self.tightSchool()
    let a = solveSchool(prepare(school), options: Self.options(rounds: 1))
    let b = solveSchool(prepare(school), options: Self.options(rounds: 1))
    let (ca, cb) = (try #require(a.solved?.calendar), try #require(b.solved?.calendar))
    #expect(ca.rounds.map(\.line) == cb.rounds.map(\.line))
    #expect(ca.rounds.count == 2 && ca.keptRound == cb.keptRound)
    #expect(a.solved?.result.schedule == b.solved?.result.schedule)
    #expect(ca.plan.calendar == cb.plan.calendar)
  }
}
