import Cadre
import CadreCalendar
import CadreIO
import CadreLeadership
import CadreModel
import Foundation

/// What every input of a run shares: the project root, where the XHSTT data is, and (for
/// schedules and calendars) a base school with answers solved for it at startup.
final class Context {
  let root: String
  let xhsttData: String
  /// Base schools of sweeps, decoded once per path (nil: not a readable school).
  var sweepSchools: [String: School?] = [:]

  init(root: String) {
    self.root = root
    let env = ProcessInfo.processInfo.environment["CADRE_XHSTT_DATA"] ?? ""
    xhsttData =
      env.isEmpty
      ? URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent(
        "shared/data/xhstt"
      ).path : env
  }

  /// The school schedules and calendars are checked against: the first sample, in this order,
  /// that is valid and has a coaching calendar to plan.
  static let baseCandidates = [
    "small-ab-week.json", "denver-team-leads.json", "typical-elementary-54-team-leads.json",
  ]

  struct Base {
    var name: String
    var school: School
    var schedule: Schedule
  }

  /// Solved once, on first use, with a step limit: the same bytes on every machine.
  lazy var base: Base = {
    for name in Self.baseCandidates {
      guard let data = FileManager.default.contents(atPath: root + "/Samples/" + name),
        let text = String(validating: [UInt8](data), as: UTF8.self),
        var school = SchoolJSON.decode(text).school,
        !Validator.validate(school).contains(where: { $0.severity == .error })
      else { continue }
      if school.leadership.formation != nil { school = TeamFormer.form(school).school }
      guard CoachingPlanner.applies(to: school) else { continue }
      let result = Cadre.solve(
        school, options: SolveOptions(seed: 1, threads: 1, timeLimit: nil, stepLimit: 20_000))
      return Base(name: name, school: school, schedule: result.schedule)
    }
    fatalError("no sample school under \(root)/Samples can serve as the base of schedules")
  }()

  /// Seeds of the schedule kind: the base schedule, and a partial one (a short search).
  lazy var schedules: [(name: String, text: String)] = {
    let b = base
    let partial = Cadre.solve(
      b.school, options: SolveOptions(seed: 2, threads: 1, timeLimit: nil, stepLimit: 40))
    return [
      ("schedule of " + b.name, ScheduleJSON.encode(b.schedule, school: b.school, cost: nil)),
      (
        "partial schedule of " + b.name,
        ScheduleJSON.encode(partial.schedule, school: b.school, cost: nil)
      ),
    ]
  }()

  /// Seeds of the calendar kind: the base schedule's coaching calendar.
  lazy var calendars: [(name: String, text: String)] = {
    let b = base
    let plan = CoachingPlanner.plan(
      school: b.school, schedule: b.schedule, options: PlanOptions(seed: 1, stepLimit: 2_000))
    return [("calendar of " + b.name, CalendarJSON.encode(plan.calendar, school: b.school))]
  }()
}
