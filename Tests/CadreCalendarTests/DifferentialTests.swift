import CadreCalendar
import CadreModel
import Testing

/// The planner's per-rule counts against the oracle's, on seeded medium schools.
@Suite struct DifferentialTests {
  @Test(arguments: [UInt64(1), 2, 3, 4])
  func plannerCountsMatchTheOracle(seed: UInt64) {
    let (school, schedule) = Synthetic.make(seed: seed)
    let r = CoachingPlanner.plan(
      school: school, schedule: schedule, options: PlanOptions(seed: seed, stepLimit: 20_000))
    let counts = CalendarOracle(school: school, schedule: schedule).counts(r.calendar)
    for entry in r.costByRule {
      #expect(counts[entry.rule.rawValue, default: 0] == entry.count, "\(entry.rule.rawValue)")
    }
    #expect(r.cost.hard == r.costByRule.filter(\.rule.isHard).reduce(0) { $0 + $1.count })
    #expect(r.stats.placedObservations > 0)
  }

  @Test func aTightLeaderExplainsTheBusiestWeek() {
    var (school, schedule) = Synthetic.make(seed: 9, teamSize: 7)
    schedule.meetings.sort { ($0.lesson.raw, $0.index) < ($1.lesson.raw, $1.index) }
    school.policy.observations = [ObservationQuota(kind: .spot, perYear: 30)]
    school.policy.minDaysBetweenObservations = 0
    let r = CoachingPlanner.plan(
      school: school, schedule: schedule, options: PlanOptions(seed: 1, stepLimit: 5_000))
    #expect(r.cost.hard > 0)
    #expect(r.unmet.contains { $0.contains("observation periods in the week of") })
    let counts = CalendarOracle(school: school, schedule: schedule).counts(r.calendar)
    #expect(
      counts["observation-quota"] == r.costByRule.first { $0.rule == .observationQuota }?.count)
  }
}
