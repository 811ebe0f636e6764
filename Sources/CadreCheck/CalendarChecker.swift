import CadreModel

/// The independent coaching-calendar checker: recomputes every rule of docs/CALENDAR.md from
/// the `School`, the master `Schedule` and the `CoachingCalendar`, with plain loops over
/// domain values.
///
/// It shares no code with the planner (it imports only CadreModel and maps dates to cycle
/// days itself), so the planner's cost can be compared with it on every calendar: a
/// difference is a bug in one of them. Malformed calendars never trap; events on dates or
/// periods that do not exist are reported and ignored by the other rules.
public enum CalendarChecker {
  /// Every violation of `calendar` for `school` and `schedule`, its cost, each leader's load
  /// and a human report. The soft weights are the document's fixed defaults.
  /// - Complexity: O(year dates × closures + events × team size + leaders × weeks × teams ×
  ///   days × periods × team size); this runs once per plan, not in a search loop.
  public static func check(school: School, schedule: Schedule, calendar: CoachingCalendar)
    -> CalendarReport
  {
    let context = CalendarContext(school: school, schedule: schedule, calendar: calendar)
    var counts: [(rule: String, hard: Bool, count: Int, weighted: Int)] = []
    var groups: [[Violation]] = []
    var hard = 0
    var soft = 0
    for rule in CalendarRuleEntry.all {
      let found = rule.check(context)
      let count = found.reduce(0) { saturatingAdd($0, $1.count) }
      let weighted = saturatingMultiply(count, rule.weight)
      if rule.hard {
        hard = saturatingAdd(hard, weighted)
      } else {
        soft = saturatingAdd(soft, weighted)
      }
      counts.append((rule.code, rule.hard, count, weighted))
      groups.append(found)
    }
    let cost = HardSoft(hard: hard, soft: soft)
    let load = leaderLoad(context)
    let text = CalendarReportText.render(cost: cost, counts: counts, groups: groups, load: load)
    return CalendarReport(
      violations: groups.flatMap { $0 }, cost: cost, countsByRule: counts, leaderLoad: load,
      text: text)
  }

  /// Each leader's required and scheduled observations and weekly periods by activity.
  static func leaderLoad(_ c: CalendarContext) -> [LeaderLoad] {
    let weeks = c.schoolWeeks()
    let counted = Set(c.countedObservations)
    var out: [LeaderLoad] = []
    var seen: Set<LeaderID> = []
    for leader in c.school.leadership.leaders where seen.insert(leader.id).inserted {
      // Each member's own quotas (their team's numbers).
      let led = c.members.filter { m in
        c.teamOf[m].map { c.school.leadership.teams[$0].leader == leader.id } ?? false
      }
      let members = led.count
      let required = led.reduce(0) { sum, m in
        saturatingAdd(sum, saturatingAdd(c.quota(m, .spot).count, c.quota(m, .formal).count))
      }
      var byWeek = [Int: WeekLoad]()
      for (k, days) in weeks {
        byWeek[k] = WeekLoad(
          monday: c.dates.days[days[0]].date.adding(days: -c.dates.days[days[0]].date.weekday),
          schoolDays: days.count, observations: 0, debriefs: 0, huddles: 0, oneOnOnes: 0)
      }
      var scheduled = 0
      for i in c.placedEvents where c.calendar.events[i].leader == leader.id {
        guard let day = c.events[i].day else { continue }
        let k = c.dates.days[day].calendarWeek
        switch c.calendar.events[i].kind {
        case .spotObservation, .formalObservation: byWeek[k]?.observations += 1
        case .debrief: byWeek[k]?.debriefs += 1
        case .huddle: byWeek[k]?.huddles += 1
        case .oneOnOne: byWeek[k]?.oneOnOnes += 1
        }
        if counted.contains(i) { scheduled += 1 }
      }
      out.append(
        LeaderLoad(
          leader: leader.id, name: leader.name, members: members,
          observationsRequired: required,
          observationsScheduled: scheduled, weeks: weeks.compactMap { byWeek[$0.week] }))
    }
    return out
  }
}
