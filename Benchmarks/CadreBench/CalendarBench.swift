import CadreCalendar
import CadreCheck
import CadreGen
import CadreModel
import Foundation

/// The coaching-calendar figure of issue 4: plan the year for a benchmark school from its
/// witness master schedule, with the planner's default (deterministic) step budget.
///
///   CadreBench calendar [--size L] [--runs 3]
enum CalendarBench {
  static func run(args: [String]) -> Int32 {
    let size = value("size") ?? "L"
    guard let gen = spec(named: size) else { return 64 }
    let runs = Int(value("runs") ?? "3") ?? 3
    let (school, schedule) = SchoolGenerator.generateWithWitness(gen, seed: 1)
    var times: [Double] = []
    var last: PlanResult?
    for _ in 0..<max(1, runs) {
      let start = Date()
      let plan = CoachingPlanner.plan(
        school: school, schedule: schedule, options: PlanOptions(seed: 1))
      times.append(Date().timeIntervalSince(start))
      last = plan
    }
    guard let plan = last else { return 1 }
    let check = CalendarChecker.check(school: school, schedule: schedule, calendar: plan.calendar)
    let sorted = times.sorted()
    let median = sorted[sorted.count / 2]
    let leaders = school.leadership.leaders.count
    print(
      "calendar \(size): \(school.teachers.count) teachers, \(leaders) leaders, "
        + "\(plan.stats.calendarWeeks) weeks, \(plan.stats.events) events, observations "
        + "\(plan.stats.placedObservations) of \(plan.stats.requiredObservations); cost (hard "
        + "\(plan.cost.hard), soft \(plan.cost.soft)), checker agrees: \(check.cost == plan.cost); "
        + "median of \(times.count): " + String(format: "%.3f s", median))
    return check.cost == plan.cost ? 0 : 1
  }
}
