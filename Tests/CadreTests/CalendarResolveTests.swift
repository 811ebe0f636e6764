import Cadre
import CadreCalendar
import CadreCheck
import CadreGen
import CadreModel
import Testing

/// Re-solve of the coaching calendar (issue 14, item 5): the previous calendar's events that
/// are still valid stay on their dates; the independent checker judges the new calendar.
@Suite struct CalendarResolveTests {
  static func plan(
    _ school: School, _ schedule: Schedule, previous: CoachingCalendar? = nil
  ) -> PlanResult {
    CoachingPlanner.plan(
      school: school, schedule: schedule,
      options: PlanOptions(seed: 1, stepLimit: 3_000, previous: previous))
  }

  static func changes(_ a: CoachingCalendar, _ b: CoachingCalendar, _ s: Schedule)
    -> ResolveChanges
  {
    ResolveChanges(previous: s, schedule: s, previousCalendar: a, calendar: b)
  }

  @Test func anUnchangedSchoolKeepsEveryEvent() {
    let (school, schedule) = SchoolGenerator.generateWithWitness(.smallABWeek, seed: 1)
    let first = Self.plan(school, schedule)
    let again = Self.plan(school, schedule, previous: first.calendar)
    let c = Self.changes(first.calendar, again.calendar, schedule)
    #expect(c.unchangedEvents == first.calendar.events.count)
    #expect(c.removedEvents.isEmpty && c.addedEvents.isEmpty)
    let report = CalendarChecker.check(school: school, schedule: schedule, calendar: again.calendar)
    #expect(report.cost == again.cost)
    #expect(report.cost.hard <= first.cost.hard)
  }

  /// Given one teacher newly unavailable in the cycle slot of their first debrief (the observed
  /// teacher attends a debrief, not an observation), expect that debrief to move, the checker to find no hard rule broken that the first plan did
  /// not break, and at least 90% of the dated events to stay.
  @Test(arguments: [UInt64(1), 2])
  func oneTeachersChangeMovesFewEvents(seed: UInt64) throws {
    let (school, schedule) = SchoolGenerator.generateWithWitness(.smallABWeek, seed: seed)
    let first = Self.plan(school, schedule)
    let debrief = try #require(first.calendar.events.first { $0.kind == .debrief })
    let teacher = try #require(debrief.teachers.first)
    let day = try #require(SchoolDays(school: school).days.first { $0.date == debrief.date })
    var changed = school
    let i = try #require(changed.teachers.firstIndex { $0.id == teacher })
    changed.teachers[i].unavailable.append(
      SlotRef(
        week: school.cycle.weeks.count > 1 ? school.cycle.weeks[day.cycleWeek] : nil,
        day: school.cycle.days[day.cycleDay], period: debrief.period))
    let second = Self.plan(changed, schedule, previous: first.calendar)
    let report = CalendarChecker.check(
      school: changed, schedule: schedule, calendar: second.calendar)
    #expect(report.cost == second.cost)
    #expect(report.cost.hard <= first.cost.hard)
    let c = Self.changes(first.calendar, second.calendar, schedule)
    #expect(c.unchangedPercent >= 90, "\(c.unchangedEvents) of \(c.previousEvents)")
    #expect(
      !second.calendar.events.contains { e in
        e.teachers == [teacher] && e.date == debrief.date && e.period == debrief.period
      })
  }

  @Test func swappingIdenticalMeetingsOfOneLessonIsNotAMove() {
    func meeting(_ index: Int, _ day: String) -> Meeting {
      Meeting(
        lesson: "L1", index: index, start: SlotRef(day: day, period: "P1"), teacher: "T1")
    }
    let before = Schedule(meetings: [meeting(0, "Mon"), meeting(1, "Tue")])
    let swapped = Schedule(meetings: [meeting(0, "Tue"), meeting(1, "Mon")])
    let moved = Schedule(meetings: [meeting(0, "Wed"), meeting(1, "Mon")])
    let none = ResolveChanges(
      previous: before, schedule: swapped, previousCalendar: nil, calendar: nil)
    #expect(none.movedMeetings.isEmpty)
    let one = ResolveChanges(
      previous: before, schedule: moved, previousCalendar: nil, calendar: nil)
    #expect(one.movedMeetings == [.init(lesson: "L1", before: "Tue P1 T1", after: "Wed P1 T1")])
  }
}

/// The same through the facade, as `cadre solve --from DIR` runs it: the previous run's
/// schedule and calendar in `SolveOptions`, the verdict from the independent checkers. How much
/// of the calendar can stay depends on how far the schedule's own re-solve moves (the engine's
/// side), so this compares with the same re-solve given the previous schedule alone.
@Suite struct PipelineResolveTests {
  @Test func solveSchoolKeepsMoreOfThePreviousCalendar() throws {
    var (school, _) = SchoolGenerator.generateWithWitness(.smallABWeek, seed: 1)
    var options = SolveOptions(seed: 1, timeLimit: nil, stepLimit: 20_000)
    options.calendarStepLimit = 2_000
    let first = try #require(solveSchool(prepare(school), options: options).solved)
    let calendar = try #require(first.calendar)
    func kept(_ s: SolvedSchool) -> ResolveChanges {
      ResolveChanges(
        previous: first.result.schedule, schedule: s.result.schedule,
        previousCalendar: calendar.plan.calendar, calendar: s.calendar?.plan.calendar)
    }
    // Nothing changed: the re-solve keeps the schedule and every dated event.
    options.previous = first.result.schedule
    options.previousCalendar = calendar.plan.calendar
    let same = try #require(solveSchool(prepare(school), options: options).solved)
    #expect(kept(same).movedMeetings.isEmpty)
    #expect(kept(same).unchangedEvents == kept(same).previousEvents)
    // One teacher loses a slot they teach in: given the previous calendar too, the calendar
    // checker agrees with the planner, breaks no hard rule the schedule-only re-solve does not,
    // and more dated events stay.
    let meeting = try #require(first.result.schedule.meetings.first { $0.teacher != nil })
    let t = try #require(school.teachers.firstIndex { $0.id == meeting.teacher })
    school.teachers[t].unavailable.append(try #require(meeting.start))
    options.previousCalendar = nil
    let scheduleOnly = try #require(solveSchool(prepare(school), options: options).solved)
    options.previousCalendar = calendar.plan.calendar
    let both = try #require(solveSchool(prepare(school), options: options).solved)
    let again = try #require(both.calendar)
    #expect(again.check.cost == again.plan.cost)
    let other = try #require(scheduleOnly.calendar)
    #expect(again.check.cost.hard <= other.check.cost.hard)
    // The same schedule search (same seed, same previous schedule) either way.
    #expect(both.result.schedule == scheduleOnly.result.schedule)
    #expect(!kept(both).movedMeetings.isEmpty)
    #expect(
      kept(both).unchangedEvents > kept(scheduleOnly).unchangedEvents,
      "\(kept(both).summary) vs \(kept(scheduleOnly).summary)")
  }
}
