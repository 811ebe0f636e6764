import Cadre
import CadreCheck
import CadreCompiler
import CadreEngine
import CadreGen
import CadreModel
import Testing

/// A school on the general engine (`solveSchoolOnGeneralEngine`): compiled into the general
/// model (its XHSTT export plus the team patterns and uneven days), searched, mapped back and
/// judged by the school checker. The checker's verdict is what these tests read; the engine's
/// own score must equal it on every rule the model holds.
@Suite struct GeneralSchoolTests {
  static let compared = [
    "common-planning", "observation-window", "debrief-time", "debrief-window", "uneven-spread",
    "split-lesson",
    "teacher-clash", "class-clash", "same-subject-twice",
  ]

  /// Schedule -> the export's timetable -> schedule gives every meeting back: start, teacher
  /// and room.
  @Test(arguments: ["small-ab-week.json", "denver-team-leads.json", "green-dot-secondary.json"])
  func aTimetableMapsBackToItsSchedule(file: String) throws {
    let school = try XHSTTExportTests.sample(file)
    let solved = solve(
      school, options: SolveOptions(seed: 1, threads: 1, timeLimit: nil, stepLimit: 20_000))
    let export = SchoolXHSTTExporter.export(school, assignments: solved.schedule)
    let back = export.schedule(
      from: export.timetable(for: solved.schedule, school: school), school: school)
    func key(_ m: Meeting) -> String {
      let slot = m.start.map { school.cycle.resolve($0).map { "\($0)" }.joined() } ?? "-"
      return "\(m.lesson.raw)#\(m.index)@\(slot) \(m.teacher?.raw ?? "-") \(m.room?.raw ?? "-")"
    }
    #expect(solved.schedule.meetings.map(key).sorted() == back.meetings.map(key).sorted())
    #expect(back.meetings.count == school.lessons.reduce(0) { $0 + $1.meetings })
  }

  /// Generated schools (teams with observation, debrief and huddle needs, uneven spread): the
  /// general engine's best timetable costs by its own score exactly what the checker says on
  /// the rules the model wholly holds, the team rules among them.
  @Test(arguments: ["S", "M"])
  func engineScoreEqualsTheChecker(size: String) throws {
    let spec = try #require(size == "S" ? GeneratorSpec.S : GeneratorSpec.M)
    let school = SchoolGenerator.generate(spec, seed: 1)
    let options = SolveOptions(seed: 1, threads: 1, timeLimit: nil, stepLimit: 30_000)
    let own = solve(school, options: options)
    let general = solveSchoolOnGeneralEngine(school, assignments: own.schedule, options: options)
    // Every rule is in the model; only the gaps around unavailable periods are held in part.
    #expect(general.result.notSearched.allSatisfy { $0 == "teacher-gap" })
    #expect(general.engineCost == general.checkedCost)
    // The comparison covers the team rules and uneven spread (the generated schools have one
    // leader per team; only the gaps around unavailable periods are held in part).
    #expect(Self.compared.allSatisfy { !general.result.notSearched.contains($0) })
    // The schools have teams and courses of several meetings: the patterns and uneven days
    // are in the model, so the equality covers them.
    let problem = SchoolGeneralCompiler.compile(
      school, export: SchoolXHSTTExporter.export(school, assignments: own.schedule)
    ).problem
    #expect(problem.patterns.count > 10)
  }

  /// The samples with teams: on the rules the model wholly holds, the engine's score is the
  /// checker's; what it holds in part (the gaps around
  /// blocked periods, a leader of several teams' huddles, ...) is the difference.
  @Test(arguments: [
    "denver-team-leads.json", "typical-elementary-54-team-leads.json", "green-dot-secondary.json",
    "typical-elementary-54-principal-ap.json",
  ])
  func samplesScoreAlikeOnTheModelledRules(file: String) throws {
    let school = try XHSTTExportTests.sample(file)
    let options = SolveOptions(seed: 1, threads: 1, timeLimit: nil, stepLimit: 30_000)
    let own = solve(school, options: options)
    let general = solveSchoolOnGeneralEngine(school, assignments: own.schedule, options: options)
    #expect(general.engineCost == general.checkedCost)
    // The team rules are compared, a leader of several teams' huddles included (green-dot's
    // assistant principals lead three teams each).
    #expect(!general.result.notSearched.contains("common-planning"))
    #expect(!general.result.notSearched.contains("debrief-window"))
  }

  /// Nothing preassigned: the general engine chooses each lesson's teacher and room, starting
  /// from the school engine's balanced teachers (`HSTTRole.hint`), one teacher per lesson
  /// (`split-lesson` is a required AvoidSplitAssignments). Generated school S, seed 1: the
  /// checker finds no hard violation after 30,000 steps (the first feasible timetable comes
  /// after 11,203 in a release build, same seed), and the engine's score is the checker's.
  @Test func theGeneralEngineChoosesTheTeachersToo() throws {
    let school = SchoolGenerator.generate(GeneratorSpec.S, seed: 1)
    let export = SchoolXHSTTExporter.export(school)
    let problem = SchoolGeneralCompiler.compile(school, export: export).problem
    let hinted = problem.events.flatMap(\.openRoles).filter { $0.hint >= 0 }
    let openTeachers = export.instance.events.filter { $0.openRole(named: "Teacher") != nil }
    #expect(!openTeachers.isEmpty && hinted.count == openTeachers.count)
    let general = solveSchoolOnGeneralEngine(
      school, options: SolveOptions(seed: 1, threads: 1, timeLimit: nil, stepLimit: 30_000))
    #expect(general.check.cost.hard == 0)
    #expect(general.check.count("split-lesson") == 0)
    #expect(general.engineCost == general.checkedCost)
    // The comparison covers the team rules and uneven spread (the generated schools have one
    // leader per team; only the gaps around unavailable periods are held in part).
    #expect(Self.compared.allSatisfy { !general.result.notSearched.contains($0) })
  }

  /// A calendar feedback round on the general engine (`solveSchool` runs them for both
  /// engines): the search starts from the round's best schedule (`HSTTProblem.start`, one
  /// entry per event) and asks for the short pair's extra debrief-window chances by a monitor
  /// that steers the search but is never reported: the engine's cost is still the checker's.
  @Test func aFeedbackRoundStartsFromTheBestScheduleAndAsksForMore() throws {
    let school = SchoolGenerator.generate(GeneratorSpec.S, seed: 1)
    let options = SolveOptions(seed: 1, threads: 1, timeLimit: nil, stepLimit: 30_000)
    let first = solveSchoolOnGeneralEngine(school, options: options)
    let team = try #require(school.leadership.teams.first)
    let leader = school.leadership.leaders.first { $0.id == team.leader }?.teacher
    let member = try #require(team.members.first { $0 != leader })
    var again = options
    again.seed = 2
    again.start = first.schedule
    again.emphasis = [(team.id, member, 2)]
    let compiled = SchoolGeneralCompiler.compile(
      school, export: SchoolXHSTTExporter.export(school), start: again.start,
      emphasis: again.emphasis)
    #expect(compiled.monitorRules.filter { $0 == SchoolGeneralCompiler.feedbackRule }.count == 1)
    #expect(compiled.problem.start?.count == compiled.problem.events.count)
    let second = solveSchoolOnGeneralEngine(school, options: again)
    #expect(second.check.cost.hard == 0)
    #expect(second.engineCost == second.checkedCost)
    #expect(second.result.costByRule.allSatisfy { $0.rule != SchoolGeneralCompiler.feedbackRule })
  }

  /// A re-solve (`cadre solve --from`): `moved` is searched (`movedStart`, `movedResource`)
  /// and scored as the checker scores it. Here the previous schedule is one seed's and the
  /// search starts from another seed's, so meetings and teachers differ and the count has
  /// something to agree on.
  @Test func aReSolveCountsMovedAsTheCheckerDoes() {
    let school = SchoolGenerator.generate(GeneratorSpec.S, seed: 1)
    var options = SolveOptions(seed: 2, threads: 1, timeLimit: nil, stepLimit: 30_000)
    let before = solve(school, options: options)
    options.seed = 1
    let other = solveSchoolOnGeneralEngine(school, options: options)
    var again = options
    again.previous = before.schedule
    again.start = other.schedule
    let after = solveSchoolOnGeneralEngine(school, options: again)
    #expect(!after.result.notSearched.contains("moved"))
    #expect(after.check.count("moved") > 0)
    #expect(after.engineCost == after.checkedCost)
    // From the previous schedule itself (no other start) nothing needs to move.
    again.start = nil
    let kept = solveSchoolOnGeneralEngine(school, options: again)
    #expect(kept.check.count("moved") < after.check.count("moved"))
    #expect(kept.engineCost == kept.checkedCost)
  }
}
