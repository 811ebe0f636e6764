import CadreCalendar
import CadreCheck
import CadreModel

/// The independent checkers and the school's calendar facts, as the front ends (the CLI) reach
/// them: through the facade, never by importing the checker's or the planner's target.

/// The checker's verdict on a schedule (docs/RULES.md); `previous` for the `moved` rule.
public func checkSchedule(school: School, schedule: Schedule, previous: Schedule? = nil)
  -> CheckReport
{
  Checker.check(school: school, schedule: schedule, previous: previous)
}

/// The calendar checker's verdict on a coaching calendar planned on `schedule`
/// (docs/CALENDAR.md).
public func checkCalendar(school: School, schedule: Schedule, calendar: CoachingCalendar)
  -> CalendarReport
{
  CalendarChecker.check(school: school, schedule: schedule, calendar: calendar)
}

/// The XHSTT evaluator's score of a timetable (docs/XHSTT.md), independent of the search.
public func evaluateXHSTT(_ instance: XInstance, _ timetable: XTimetable) -> XReport {
  XEvaluator.evaluate(instance, timetable)
}

/// "AvoidClashes" for "AvoidClashesConstraint": the names reports use.
public func xhsttShortTypeName(_ typeName: String) -> String {
  XEvaluator.shortTypeName(typeName)
}

/// The school year's school days (closures left out), each with its cycle week and day: the
/// days the lessons repeat on in the teachers' calendars.
public func schoolDays(_ school: School) -> [(date: CivilDate, week: Int, day: Int)] {
  SchoolDays(school: school).days.map { ($0.date, $0.cycleWeek, $0.cycleDay) }
}
